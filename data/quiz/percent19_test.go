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

// TestHeldOutNineteenExactShareInBrackets: a share rounded, then given
// exactly in brackets, is the exact share; a rounding the exact share
// does not round to is not read. "just over half (52%)" was refused for
// "52 per cent".
func TestHeldOutNineteenExactShareInBrackets(t *testing.T) {
	drop := teacherQuestion("By what percentage did numbers drop?", "52 per cent", "52%")
	checkVerdicts(t, []verdictCase{
		{drop, "just over half (52%)", Correct},
		{drop, "about half (52 per cent)", Correct},
		{drop, "just over half (25%)", Incorrect},
		{drop, "about a third (52%)", Incorrect},
		{drop, "just over half (55%)", Incorrect},
	})
}
