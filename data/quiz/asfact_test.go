package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// A claim hedged in its main clause is asked without its hedge word; a
// hedge inside a clause, in someone's report or in a quotation is not.
func TestAsFactDropsTheHedgeWord(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"reportedly", "Militant group Boko Haram is reportedly holding a German hostage who was kidnapped in July.",
			"Does the article report as fact that militant group Boko Haram is holding a German hostage who was kidnapped in July?"},
		{"allegedly, a name first", "Shekau allegedly says in the video that he does not know the commander.",
			"Does the article report as fact that Shekau says in the video that he does not know the commander?"},
		{"the article's own clause stays out", "Eleven commercial jets have reportedly been stolen in Libya, and Western agencies have begun warning airlines.",
			"Does the article report as fact that eleven commercial jets have been stolen in Libya?"},
		{"a list with one subject stays whole", "Wilson has reportedly claimed that Brown shoved him, assaulted him, and struggled to grab the weapon.",
			"Does the article report as fact that Wilson has claimed that Brown shoved him, assaulted him, and struggled to grab the weapon?"},
		{"inside a clause", "The party suspended a candidate for allegedly suggesting that prisoners should be killed.", ""},
		{"inside someone's report", "The report said the group reportedly has surface-to-air missiles and rockets.", ""},
		{"a pronoun subject", "He reportedly told friends that he would leave the club in the summer.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("Hostage held in Nigeria\n\nEleven people from a militant group met in Abuja on Monday. " + tt.body + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			g := newGenerator(a, facts.Extract(a))
			for i := range a.Sentences {
				g.asFact(i)
			}
			got := ""
			for _, q := range g.out {
				got = q.Prompt
				if q.Answer != "No" {
					t.Errorf("answer %q; want No", q.Answer)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
