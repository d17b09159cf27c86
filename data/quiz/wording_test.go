package quiz

import "testing"

// A body the sentence names with "the" keeps it where the body itself
// acts; a name that only describes the noun after it does not gain one.
func TestSubjectPhraseKeepsTheBodysThe(t *testing.T) {
	for _, c := range []struct{ subject, sentence, want string }{
		{"Treasury", "The Treasury has said it has no plans to treat hauliers differently.", "the Treasury"},
		{"Treasury", "A spokesman for the Treasury, said there were no plans.", "the Treasury"},
		{"Alibaba", "The deal gives the Alibaba platform no plan to hire US staff.", "Alibaba"},
		{"Lib Dems", "The Lib Dems have no plans to raise the tax.", "the Lib Dems"},
		{"Pellow Freight", "Pellow Freight said it had no plans to cut drivers.", "Pellow Freight"},
	} {
		if got, _ := subjectPhrase(c.subject, c.sentence); got != c.want {
			t.Errorf("subjectPhrase(%q, %q) = %q; want %q", c.subject, c.sentence, got, c.want)
		}
	}
}
