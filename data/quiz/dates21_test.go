package quiz

import "testing"

// TestHeldOutTwentyOneDateParts: to a "When …?" question, a date key's
// time of day, and the year after its month, may go; the year alone,
// the weekday alone, another day or month, a season without its year,
// or a wrong time or year given stay wrong.
func TestHeldOutTwentyOneDateParts(t *testing.T) {
	ask := teacherQuestion
	strike := ask("When did the dock strike start?", "At 5 am on Friday 9 May")
	survey := ask("When will the divers go back to the wreck?", "In June 2026")
	season := ask("When will the bridge open?", "In the autumn of 2027")
	checkVerdicts(t, []verdictCase{
		{strike, "friday 9th may", Correct},
		{strike, "9 may", Correct},
		{strike, "on Friday, May 9", Correct},
		{strike, "5am on 9 may", Correct},
		{strike, "friday", Incorrect},
		{strike, "10 may", Incorrect},
		{strike, "7am on 9 may", Incorrect},
		{survey, "in june", Correct},
		{survey, "june", Correct},
		{survey, "june 2026", Correct},
		{survey, "2026", Incorrect},
		{survey, "july", Incorrect},
		{survey, "june 2025", Incorrect},
		{survey, "june 25", Incorrect},
		{season, "autumn 2027", Correct},
		{season, "in the autumn", Incorrect},
	})
}
