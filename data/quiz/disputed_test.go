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
			a, err := article.Parse([]byte("Army arrests leader's wife\n\n" +
				"The Lebanese army arrested the wife of Islamic State leader Abu Bakr al-Baghdadi near the border.\n\n" +
				"She was taken to a military base for questioning. Officials gave no further details.\n\n" + tt.denial + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			an := facts.Extract(a)
			g := newGenerator(a, an)
			for _, fl := range an.Flags {
				g.disputed(fl)
			}
			got := ""
			for _, q := range g.out {
				got = q.Prompt
				if q.Answer != "Yes" {
					t.Errorf("answer %q; want Yes", q.Answer)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q (flags %+v)", got, tt.want, an.Flags)
			}
		})
	}
}
