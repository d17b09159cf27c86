package quiz

import (
	"strings"
	"testing"
)

// "No plans to …" said by someone the sentence names is asked as "Has X
// promised not to …?", answered No; a speaker the sentence does not
// name, or an act that points at what came before, is not asked.
func TestNoPlansAsked(t *testing.T) {
	const head = "Chain opens online shop\n\n" +
		"Nigel Sturdy, chief executive of Harwood Records, said the chain would sell downloads from May.\n\n"
	for _, c := range []struct {
		name, sentence, want string
	}{
		{"named, quoted words", "But Mr Sturdy said there were \"no plans\" to close shops as a result of the launch.",
			"Has Nigel Sturdy promised not to close shops?"},
		{"named, plain", "Harwood Records said it had no plans to sell the business, which it has owned since 1998.",
			"Has Harwood Records promised not to sell the business?"},
		{"the firm, unnamed", "The company said it had no plans to sell the business.", ""},
		{"a pronoun", "He said there were no plans to close them.", ""},
		{"an idea from before", "Mr Sturdy said there were no plans to drop the scheme.", ""},
		{"a plan, not its absence", "Mr Sturdy said there were plans to close shops.", ""},
		{"the article's own account, named", "Harwood Records founder Nigel Sturdy has no plans to retire when the chain is sold.",
			"Has Nigel Sturdy promised not to retire when the chain is sold?"},
		{"the article's own account, his own", "Harwood Records founder Nigel Sturdy has no plans to retire when his contract ends.",
			"Has Nigel Sturdy promised not to retire when his contract ends?"},
		{"the article's own account, someone else's", "Harwood Records has no plans to close his shop.", ""},
		{"the article's own account, unnamed", "The company has no plans to sell the business.", ""},
		{"a body with its the (h27-01)", "The Treasury has said it keeps duty under review but has no plans to treat hauliers differently.",
			"Has the Treasury promised not to treat hauliers differently?"},
		{"beside a firm reported future (h28-01)", "Mr Sturdy said the chain would stay open and there were no plans to close any shops in the spring.", ""},
		{"beside a firmer word", "Mr Sturdy said there were no plans to close shops, which will stay open.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := askedOf(t, head+c.sentence+"\n", func(g *generator) {
				for i := range g.a.Sentences {
					g.noPlansAsked(i)
				}
			})
			switch {
			case c.want == "" && len(qs) > 0:
				t.Errorf("asked %q", qs[0].Prompt)
			case c.want != "" && (len(qs) != 1 || qs[0].Prompt != c.want || qs[0].Answer != "No" ||
				!strings.Contains(qs[0].Explanation, "not a promise")):
				t.Errorf("got %v, want %q answered No", qs, c.want)
			}
		})
	}
}
