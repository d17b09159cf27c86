package facts

import "testing"

// TestDenials: each denial rule on a small article, with the near misses
// that must not count — an opening that already reports the denial, an
// opening that gives the claim as an allegation, a view rather than a
// denial, and a denial of something the opening never said.
func TestDenials(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       string // the rule that flags, "" for no flag
	}{
		{"denied that", "Army holds leader's wife\n\nThe army detained the wife of the rebel leader at the border, officials said.\n\nShe was taken to the capital.\n\nA rebel fighter denied that the leader's wife had been arrested.\n", "denied that"},
		{"dismissed the claims", "Minister took bribes\n\nThe minister took bribes from a building firm last year.\n\nThe money went to his brother.\n\nThe newspaper said the minister had taken bribes from the firm. The minister dismissed the claims as nonsense.\n", "dismissed the claims"},
		{"said the report was untrue", "Club to sell striker\n\nThe club will sell its striker to a rival in January.\n\nThe fee is large.\n\nA club spokesman said the report that the striker would be sold was untrue.\n", "said the report was untrue"},
		{"no truth in", "Manager to quit club\n\nThe manager is to quit the club at the end of the season.\n\nHe has been there ten years.\n\nThe chairman said there was no truth in reports that the manager would quit.\n", "no truth in"},
		{"said it had not", "Home Office deleted e-mails to beat new law\n\nStaff deleted e-mails to keep them from the public under the new law.\n\nThe order went out in December.\n\nA Home Office spokeswoman said the move was not about the new law.\n", "said it had not"},
		// The headline reports the denial itself: upfront, no trap.
		{"opening denies", "Leader denies split over cards\n\nThe leader has denied his party was split over the cards.\n\nThe vote is next week.\n\nHe also said the party had not split over the cards.\n", ""},
		// The opening gives the charge as a complaint, not as fact.
		{"opening alleges", "Regulator files complaint\n\nThe regulator has filed complaints against the bank over its bond sale.\n\nIt says the bank may have had privileged information.\n\nThe bank denied that it had privileged information about the bond sale.\n", ""},
		// A view held or not held is not a denial.
		{"stance", "Tycoon makes offer to buy club\n\nThe tycoon made an offer to buy the football club.\n\nFans protested.\n\nA spokesman said the department did not believe there was a case for blocking takeovers of football clubs.\n", ""},
		// A denial of something the opening does not say.
		{"other topic", "Army holds leader's wife\n\nThe army detained the wife of the rebel leader at the border, officials said.\n\nShe was taken to the capital.\n\nThe fighter denied that the group had fired rockets at Tel Aviv.\n", ""},
		// "Was denied entry" is a refusal.
		{"refused", "Singer held at border\n\nThe singer was held at the border on Monday.\n\nShe had flown in from Paris.\n\nThe singer was denied entry and was held at the border for a day.\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, c.text)
			got := ""
			for _, fl := range an.Flags {
				if fl.Kind == Denial {
					got = fl.Rule
				}
			}
			if got != c.want {
				t.Errorf("denial flag by %q; want %q (flags %+v)", got, c.want, an.Flags)
			}
		})
	}
}
