package quiz

import "testing"

// TestHeldOutNineteenAskedUntil: to "Until when …?", an answer's "until"
// says only what the question asks. "until 15/3" and "at least until
// 15/3" were partly right for "at least Monday 15 March".
func TestHeldOutNineteenAskedUntil(t *testing.T) {
	ask := teacherQuestion
	closed := ask("Until when will the museum stay closed?", "at least Monday 15 March", "Monday 15 March")
	since := ask("Since when has the road been shut?", "9 February")
	checkVerdicts(t, []verdictCase{
		{closed, "until 15/3", Correct},
		{closed, "at least until 15/3", Correct},
		{closed, "at least until 15 March", Correct},
		{closed, "till Monday 15 March", Correct},
		{closed, "until 16/3", Incorrect},
		{closed, "until 15 May", Incorrect},
		{since, "since 9 February", Correct},
		{since, "since Feb 9", Correct},
		{since, "since 19 February", Incorrect},
	})
}
