package quiz

import "testing"

// TestHeldOutTwentyOneRoundedCounts: a count's number without its
// approximate bound, or a hedged rounding of an exact count on the
// hedge's side, is right; an unhedged near number, a far one, or a
// rounding past the hedge's side is not; the same for an amount in the
// key's unit ("about 23 km" for 23.4 kilometres).
func TestHeldOutTwentyOneRoundedCounts(t *testing.T) {
	ask := teacherQuestion
	runners := ask("How many runners finished the race?", "9,640")
	crowd := ask("How many people came to the fair?", "More than 52,000")
	small := ask("How many boats were in the race?", "48")
	route := ask("How long is the new cycle route?", "23.4 kilometres")
	checkVerdicts(t, []verdictCase{
		{runners, "9640", Correct},
		{runners, "about 9,600", Correct},
		{runners, "around 9600.", Correct},
		{runners, "roughly 9.6k", Correct},
		{runners, "nearly 9,700", Correct},
		{runners, "nearly 9,600", Incorrect}, // 9,600 is below 9,640
		{runners, "9,600", Incorrect},
		{runners, "about 9,000", Incorrect},
		{runners, "about 6,940", Incorrect},
		{crowd, "52k", Correct},
		{crowd, "52,000", Correct},
		{crowd, "52 thousand", Correct},
		{crowd, "25,000", Incorrect},
		{crowd, "5,200", Incorrect},
		{small, "about 50", Incorrect},
		// An amount, in the key's unit.
		{route, "about 23 km", Correct},
		{route, "roughly 23 kilometres", Correct},
		{route, "nearly 23 km", Incorrect}, // 23 is below 23.4
		{route, "about 25 km", Incorrect},
		{route, "about 23 miles", Incorrect},
	})
}
