package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// What a named source says is not so is asked the other way round,
// answered No; a claim about the speaker names them; a claim whose
// subject or rest leans on the sentences before is not asked.
func TestNegatedClaim(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a body's denial",
			"Al Arabiya confirmed that Abdullah did not take part in any air strikes, and contradicted the report.",
			"According to Al Arabiya, did Abdullah take part in any air strikes?"},
		{"the speaker's own view",
			"Wigan chairman Maurice Lindsay says he does not expect a quick solution to the saga.",
			"Does Maurice Lindsay expect a quick solution to the saga?"},
		{"a short form",
			"Marie Harf said officials couldn't confirm the accuracy of reports from Kobani.",
			"According to Marie Harf, could officials confirm the accuracy of reports from Kobani?"},
		{"it: what?", "Maurice Lindsay said it was not yet a done deal.", ""},
		{"the club: which?", "Maurice Lindsay said money was not a motivating factor for the club.", ""},
		{"a condition", "Lord Holme said if Mr Blair did not want to take part, the event could go ahead.", ""},
		{"no negation", "Maurice Lindsay said money was a motivating factor for Wigan.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("A headline on the saga\n\n" + tt.body + "\n\nThe talks will go on next week, officials said.\n"))
			if err != nil {
				t.Fatal(err)
			}
			an := facts.Extract(a)
			g := newGenerator(a, an)
			for _, f := range an.Facts {
				g.negated(f)
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
