package quiz

import "testing"

// Held-out h16 (r142): a hedge after "and" covers the second clause
// only, so the sentence is no claim "reported or believed"; a denial's
// claim whose subject is "any …" is no statement to accept.
func TestHeldOut16Shapes(t *testing.T) {
	for before, want := range map[string]bool{
		"The Reddit user has not responded to messages and": true,
		"Smith and": false,
		"The band's manager said it was true but": true,
		"The video": false,
	} {
		if got := secondClauseOnly(before); got != want {
			t.Errorf("secondClauseOnly(%q) = %v, want %v", before, got, want)
		}
	}
	for claim, want := range map[string]bool{
		"any agreement is in place":                       true,
		"anyone had been hurt":                            true,
		"cost-cutting had played any part in the failure": false,
	} {
		if got := negativePolarity.MatchString(claim); got != want {
			t.Errorf("negativePolarity(%q) = %v, want %v", claim, got, want)
		}
	}
}
