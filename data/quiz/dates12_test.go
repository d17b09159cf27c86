package quiz

import "testing"

// TestHeldOutTwelveDates: times and dates held-out set 12 wrote — a time
// in four figures or said in words ("half 5 in the morning", "quarter to
// six"), a date in ISO order whose year the key leaves out, a span of
// days with ordinal endings, a year in two figures without its
// apostrophe — each beside near misses that stay wrong.
func TestHeldOutTwelveDates(t *testing.T) {
	ask := teacherQuestion
	finished := ask("At what time did the recounts finish?", "5.30am")
	started := ask("At what time did it start?", "5.45pm")
	six := ask("At what time did it start?", "6pm")
	approved := ask("On what date did the council approve the budget?", "Tuesday 11 February")
	strikes := ask("On which dates are further strikes planned?", "24 and 25 March")
	since := ask("Her majority is the smallest since which year?", "1997")
	checkVerdicts(t, []verdictCase{
		{finished, "0530", Correct},
		{finished, "1730", Incorrect},
		{finished, "half 5 in the morning", Correct},
		{finished, "half past five", Correct},
		{finished, "half 5 in the evening", Incorrect},
		{finished, "half 6 in the morning", Incorrect},
		{finished, "5.30 in the evening", Incorrect}, // "in the evening" is pm
		{started, "quarter to six in the evening", Correct},
		{started, "quarter to five in the evening", Incorrect},
		{six, "six o'clock in the evening", Correct},
		{six, "six o'clock in the morning", Incorrect},
		{approved, "2025-02-11", Correct},
		{approved, "2025-02-12", Incorrect},
		{strikes, "24th-25th march", Correct},
		{strikes, "23rd-25th march", Incorrect},
		{since, "since 97", Correct},
		{since, "97", Correct},
		{since, "since 98", Incorrect},
		{ask("How many seats did they win?", "1997"), "97", Incorrect}, // no year asked for
	})
}
