package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// "Which source does the article give?" is asked where the article leans
// on three or more named outlets, which are its options; with fewer, the
// people it quotes no longer stand in as wrong options (a look-up of the
// one source the sentence names: r97, V), and a described source
// ("media reports at the time") is no option.
func TestSourceOptionsAreOutlets(t *testing.T) {
	quoted := "\n\n\"We asked outlets not to speculate,\" said Commander Richard Walton. " +
		"\"He was a kind young man,\" CAGE said in a statement.\n"
	tests := []struct {
		name, sentences string
		choices         []string
	}{
		{"one outlet, people quoted", "According to The Washington Post, Emwazi grew up in a well-to-do family in west London.", nil},
		{"three outlets", "According to The Washington Post, Emwazi grew up in a well-to-do family in west London. " +
			"According to the BBC, he studied computing at a university in the city. " +
			"According to Reuters, he left for Syria in 2012 after a trip to Tanzania.",
			[]string{"Reuters", "The Washington Post", "the BBC"}},
		{"two outlets and a description", "According to The Washington Post, Emwazi grew up in a well-to-do family in west London. " +
			"According to Reuters, he left for Syria in 2012 after a trip to Tanzania. " +
			"According to media reports at the time, he studied computing at a university in the city.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("Jihadi John named\n\n" + tt.sentences + quoted))
			if err != nil {
				t.Fatal(err)
			}
			an := facts.Extract(a)
			g := newGenerator(a, an)
			for _, f := range an.ByKind(facts.Attribution) {
				g.attribution(f)
			}
			if tt.choices == nil {
				for _, q := range g.out {
					t.Errorf("asked %q with %q", q.Prompt, q.Choices)
				}
				return
			}
			if len(g.out) == 0 {
				t.Fatal("not asked")
			}
			for _, q := range g.out {
				got := slices.Sorted(slices.Values(q.Choices))
				if !slices.Equal(got, tt.choices) {
					t.Errorf("choices %q; want %q", got, tt.choices)
				}
			}
		})
	}
}
