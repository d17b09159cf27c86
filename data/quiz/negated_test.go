package quiz

import "testing"

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
		{"not his word for certain", "Shekau allegedly says he does not know Danladi.", ""},
		{"a denial of a not: he says it was", "Maurice Lindsay denied the club had not paid the fee for Wigan's new player.", ""},
		{"further down: trivia", "The club met on Monday.\n\nThe fans waited.\n\nThe board met.\n\nMaurice Lindsay says he does not expect a quick solution to the saga.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAsked(t, "A headline on the saga\n\n"+tt.body+"\n\nThe talks will go on next week, officials said.\n", tt.want, "No",
				eachFact((*generator).negated))
		})
	}
}
