package quiz

import "testing"

// A sentence that opens on a claim and names its source only at the end
// is asked "does the article report as fact …?"; a sentence that names
// its source first, a quotation, a condition or a claim that points back
// is not.
func TestClaimFirst(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"the source at the end",
			`Gordon Brown has failed to tackle the fundamental unfairness in the tax system in his ninth Budget, Charles Kennedy has said.`,
			"In what way does the article say that Gordon Brown has failed to tackle the fundamental unfairness in the tax system in his ninth Budget?"},
		{"words in quotation marks show whose they are", // ab93, G
			`Gordon Brown has failed to tackle the "fundamental unfairness" in the tax system in his ninth Budget, Charles Kennedy has said.`, ""},
		{"according to, at the end",
			"Broadcasters should fix a date for a televised debate between the main party leaders, according to the Hansard Society.",
			"In what way does the article say that broadcasters should fix a date for a televised debate between the main party leaders?"},
		{"the source first", "Charles Kennedy said Gordon Brown had failed to tackle unfairness in the tax system.", ""},
		{"a condition", "If the mayor did not take part, the broadcasters could go ahead with an empty chair, Lord Holme said.", ""},
		{"a claim that points back", "The decision would hit the poorest neighbourhoods hardest, Helen Okafor said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAsked(t, "Budget row\n\n"+tt.body+"\n\nThe broadcasters have not replied to the society.\n", tt.want, footingOptions[creditedFooting],
				eachFact((*generator).claimFirst))
		})
	}
}
