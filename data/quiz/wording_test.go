package quiz

import "testing"

// A body the sentence names with "the" keeps it where the body itself
// acts; a name that only describes the noun after it does not gain one.
func TestSubjectPhraseKeepsTheBodysThe(t *testing.T) {
	for _, c := range []struct{ subject, sentence, want string }{
		{"Treasury", "The Treasury has said it has no plans to treat hauliers differently.", "the Treasury"},
		{"Treasury", "A spokesman for the Treasury, said there were no plans.", "the Treasury"},
		{"Alibaba", "The deal gives the Alibaba platform no plan to hire US staff.", "Alibaba"},
		// Found in the sentence as written: lowered, "İ" takes more bytes
		// and an index into the lowered copy misses the name.
		{"Treasury", "İSKİ, İzmir and the Treasury said there were no plans.", "the Treasury"},
		{"Lib Dems", "The Lib Dems have no plans to raise the tax.", "the Lib Dems"},
		{"Pellow Freight", "Pellow Freight said it had no plans to cut drivers.", "Pellow Freight"},
	} {
		if got, _ := subjectPhrase(c.subject, c.sentence); got != c.want {
			t.Errorf("subjectPhrase(%q, %q) = %q; want %q", c.subject, c.sentence, got, c.want)
		}
	}
}

// A title in quotation marks quotes no one; a phrase someone said does.
func TestQuotesWordsLeavesTitles(t *testing.T) {
	for claim, want := range map[string]bool{
		"the actor has been dropped from the sequel to last summer's hit “Night Harbor”": false,
		`the band will play "The Lord of the Rings" suite at the festival`:               false,
		"the club was “almost certain” to appeal":                                        true,
		`the minister said the plan was "dead in the water"`:                             true,
		"the actor posted a photo with the caption “Patience.”":                          true,
		"the company has no plans to close its shops":                                    false,
	} {
		if got := quotesWords(claim); got != want {
			t.Errorf("quotesWords(%q) = %v; want %v", claim, got, want)
		}
	}
}
