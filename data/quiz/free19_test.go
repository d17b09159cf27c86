package quiz

import "testing"

// TestHeldOutNineteenFree: a key that says there is nothing to pay is
// answered by "free", "nothing", "zero", "free of charge" or an amount
// of nothing; "not free" or an amount above nothing is wrong. "free of
// charge", "they travel free", "zero" and "0 NOK" were refused for
// "Nothing, they travel free".
func TestHeldOutNineteenFree(t *testing.T) {
	ask := teacherQuestion
	fare := ask("What do foot passengers pay?", "Nothing, they travel free", "free")
	entry := ask("How much is entry to the museum for children?", "free")
	checkVerdicts(t, []verdictCase{
		{fare, "free", Correct},
		{fare, "nothing", Correct},
		{fare, "free of charge", Correct},
		{fare, "they travel free", Correct},
		{fare, "zero", Correct},
		{fare, "0 NOK", Correct},
		{fare, "£0", Correct},
		{fare, "they don't pay anything", Correct},
		{fare, "they pay nothing", Correct},
		{fare, "NOK 96", Incorrect},
		{fare, "not free any more", Incorrect},
		{fare, "half price", Incorrect},
		{entry, "it's free", Correct},
		{entry, "nothing, it's free", Correct},
		{entry, "€0", Correct},
		{entry, "€5", Incorrect},
		{entry, "it is no longer free", Incorrect},
	})
}

// TestHeldOutNineteenFreeIsNotAFigure: a key or an answer that opens
// with a figure below one ("0.4 t/ha") says nothing about paying.
func TestHeldOutNineteenFreeIsNotAFigure(t *testing.T) {
	yield := teacherQuestion("What yield does he expect?", "barely 0.4 tonnes a hectare", "0.4 t/ha")
	checkVerdicts(t, []verdictCase{
		{yield, "0.4 tonnes an acre", Incorrect},
		{yield, "0.4 t/ha", Correct},
	})
}
