package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// A name the article uses that one slip away from the key is a near
// miss, not a typo of it; the key's own possessive is not another name.
func TestLookalikes(t *testing.T) {
	a, err := article.Parse([]byte("Hostage taken in Gombi\n\nThe German was kidnapped in Gombi in July. Three bombs went off in Gombe on Monday. BBC Two's show moved.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Lookalikes([]string{"Gombi"}, a); len(got) != 1 || got[0] != "Gombe" {
		t.Errorf("Lookalikes(Gombi) = %q; want [Gombe]", got)
	}
	if got := Lookalikes([]string{"BBC Two"}, a); len(got) != 0 {
		t.Errorf("Lookalikes(BBC Two) = %q; want none", got)
	}
	q := Question{Kind: ShortAnswer, Prompt: "In which town was he kidnapped?", Answer: "Gombi", Accepted: []string{"Gombi"},
		Distractors: Lookalikes([]string{"Gombi"}, a)}
	if v := Check(q, "Gombe").Verdict; v != Incorrect {
		t.Errorf("Gombe for Gombi: %s; want incorrect", v)
	}
	if v := Check(q, "Gombbi").Verdict; v != Correct {
		t.Errorf("Gombbi for Gombi: %s; want correct (a typo)", v)
	}
}

// A description is read wherever the article gives it: after a name the
// sentence's first "X, …," does not describe, cut at a relative clause,
// or between the verb and the name.
func TestRolesReadOnRealShapes(t *testing.T) {
	tests := []struct{ sentence, name, want string }{
		{`She moved near the border held by the Nusra Front, said Mario Abou Zeid, a research analyst with the Carnegie Centre in Beirut.`,
			"Mario Abou Zeid", "a research analyst with the Carnegie Centre in Beirut"},
		{`The operation will prove useful, said retired Lebanese general and security analyst, Elias Farhat.`,
			"Elias Farhat", "retired Lebanese general and security analyst"},
		{`Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation which campaigns for consumers, expressed doubts.`,
			"Cory Doctorow", "European co-ordinator for the Electronic Frontier Foundation"},
		{`Fawaz Gerges, a Middle East expert at the London School of Economics said the arrest was coordinated.`,
			"Fawaz Gerges", "a Middle East expert at the London School of Economics"},
		{`"The industry will work with the artists," according to media and PR strategist Glen Yearwood, who is representing the industry.`,
			"Glen Yearwood", "media and PR strategist"},
		{`It is a long secret, and first-year dance student Jess Smith kept it.`, "Jess Smith", "first-year dance student"},
		{`His son died, said prominent Kenyan politician and former prime minister Raila Odinga on Monday.`, "Raila Odinga", "former prime minister"},
		{`The debate was backed by Tory leader Michael Howard and Lib Dem leader Charles Kennedy on Monday.`,
			"Charles Kennedy", "Lib Dem leader"},
	}
	for _, tt := range tests {
		a, err := article.Parse([]byte("Roles in the news\n\n" + tt.sentence + " \"We will see,\" " + tt.name + " said.\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		got := ""
		for _, r := range g.roles() {
			if r.name == tt.name {
				got = r.role
			}
		}
		if got != tt.want {
			t.Errorf("%s: role %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestAsDescribed(t *testing.T) {
	checkEach(t, "asDescribed", asDescribed, map[string]string{
		"Tory ex-minister":                           "a Tory ex-minister",
		"analyst at Finans Investment":               "an analyst at Finans Investment",
		"the chairman of the Bar Council":            "the chairman of the Bar Council",
		"a research analyst":                         "a research analyst",
		"Margaret Thatcher's former press secretary": "Margaret Thatcher's former press secretary",
		"last year’s US collegiate champion":         "last year’s US collegiate champion",
		"friend of Brown’s":                          "a friend of Brown’s",
	})
}

func TestIndefinite(t *testing.T) {
	for phrase, want := range map[string]string{"US Treasury Secretary": "a", "MP for Bath": "an", "executive at Xstrata": "an", "business adviser": "a",
		"European co-ordinator": "a", "university lecturer": "a"} {
		if got := indefinite(phrase); got != want {
			t.Errorf("indefinite(%q) = %q; want %q", phrase, got, want)
		}
	}
}
