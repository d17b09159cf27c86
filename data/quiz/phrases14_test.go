package quiz

import "testing"

// TestHeldOutFourteenListItems: a key that lists things needs each item
// named by a word of its own — "broken" names both "a broken left ankle"
// and "two broken ribs", so "two broken ribs" is one of two, partly right.
func TestHeldOutFourteenListItems(t *testing.T) {
	ask := teacherQuestion
	hurt := ask("What injuries did he suffer in the fall?", "a broken left ankle and two broken ribs")
	bought := ask("What did they buy?", "a red car and two red bikes")
	cache := ask("What did the seized cache of weapons include?", "hand grenades, ammunition and rocket-propelled grenade launchers")
	checkVerdicts(t, []verdictCase{
		{hurt, "a broken left ankle and two broken ribs", Correct},
		{hurt, "a broken ankle and two broken ribs", Correct},
		{hurt, "broken left ankle and 2 broken ribs", Correct},
		{hurt, "two broken ribs", Partial},
		{hurt, "2 broken ribs", Partial},
		{bought, "a red car and two red bikes", Correct},
		{bought, "two red bikes", Partial},
		{cache, "grenades, ammunition and rocket-propelled grenade launchers", Correct},
		{cache, "hand grenades", Partial},
		{cache, "tanks", Incorrect},
	})
}
