package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// A denial deep in the body of what the opening states is asked as
// "does anyone deny …?", answered Yes; a denial whose words do not say
// what is denied is left to the teacher's flag.
func TestDisputedClaim(t *testing.T) {
	tests := []struct{ name, denial, want string }{
		{"denied that",
			"An Islamic State fighter denied that the leader's wife had been arrested.",
			"Does anyone in the article deny that the leader's wife had been arrested?"},
		{"the denial does not say what", "An Islamic State fighter said the story was untrue.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAsked(t, "Army arrests leader's wife\n\n"+
				"The Lebanese army arrested the wife of Islamic State leader Abu Bakr al-Baghdadi near the border.\n\n"+
				"She was taken to a military base for questioning. Officials gave no further details.\n\n"+tt.denial+"\n", tt.want, "Yes",
				func(g *generator, _ *article.Article, an *facts.Analysis) {
					for _, fl := range an.Flags {
						g.disputed(fl)
					}
				})
		})
	}
}
