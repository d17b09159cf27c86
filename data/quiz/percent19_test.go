package quiz

import "testing"

// TestHeldOutNineteenAskedPercent: to a question that asks for a
// percentage keyed as one, a bare number is that percentage. "by 27" was
// refused for "27 per cent".
func TestHeldOutNineteenAskedPercent(t *testing.T) {
	ask := teacherQuestion
	fell := ask("By what percentage has the waiting list fallen?", "27 per cent", "27%")
	share := ask("What percentage of pupils passed?", "about 64%")
	count := ask("How many pupils passed?", "64")
	checkVerdicts(t, []verdictCase{
		{fell, "by 27", Correct},
		{fell, "27", Correct},
		{fell, "27%", Correct},
		{fell, "by 72", Incorrect},
		{fell, "27 people", Incorrect},
		{fell, "by 2.7", Incorrect},
		{share, "64", Correct},
		{share, "about 64", Correct},
		{share, "46", Incorrect},
		{count, "64", Correct},
	})
}
