package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// "Which source does the article give?" takes the people the article
// quotes as wrong options where it credits too few sources the same way
// — one a body like the answer — not where a source is a person
// described, who may be one of them.
func TestSourceOptionsFromSpeakers(t *testing.T) {
	quoted := "\n\n\"We asked outlets not to speculate,\" said Commander Richard Walton. " +
		"\"He was a kind young man,\" CAGE said in a statement.\n"
	tests := []struct{ name, sentence, answer string }{
		{"a named outlet", "According to The Washington Post, Emwazi grew up in a well-to-do family in west London.", "The Washington Post"},
		{"a person described", "According to the man's attorney, the shots were recorded by a neighbour in an apartment.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("Jihadi John named\n\n" + tt.sentence + quoted))
			if err != nil {
				t.Fatal(err)
			}
			an := facts.Extract(a)
			g := newGenerator(a, an)
			for _, f := range an.ByKind(facts.Attribution) {
				g.attribution(f)
			}
			got := ""
			for _, q := range g.out {
				got = q.Answer
				if len(q.Choices) < 3 || !slices.Contains(q.Choices, "Richard Walton") && !slices.Contains(q.Choices, "Commander Richard Walton") {
					t.Errorf("choices %q; want the people the article quotes", q.Choices)
				}
			}
			if got != tt.answer {
				t.Errorf("answer %q; want %q", got, tt.answer)
			}
		})
	}
}
