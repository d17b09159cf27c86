package quiz

import "testing"

// TestHeldOutEighteenUnits: metres per second are a speed ("45 metres
// per second" is 162 km/h), "k/h" is km/h, and "3.5 k" or "35k" are
// kilometres where a key gives that many.
func TestHeldOutEighteenUnits(t *testing.T) {
	ask := teacherQuestion
	gust := ask("What was the maximum wind gust speed?", "162 km/h")
	far := ask("How far is the new unit from the old shop?", "3.5 km", "3.5 kilometres")
	drive := ask("How far did people previously have to drive?", "35 km", "around 35 kilometres")
	fee := ask("How much was the fee?", "$35,000")
	checkVerdicts(t, []verdictCase{
		{gust, "162 km/h", Correct},
		{gust, "about 45 metres per second", Correct},
		{gust, "45 m/s", Correct},
		{gust, "162 k/h", Correct},
		{gust, "100 mph", Correct},
		{gust, "45 km/h", Incorrect},
		{gust, "162 metres per second", Incorrect},
		{gust, "50 m/s", Incorrect},
		{far, "3.5 k", Correct},
		{far, "3.5k", Correct},
		{far, "5.3 k", Incorrect},
		{far, "3.5 miles", Incorrect},
		{drive, "around 35k", Correct},
		{drive, "53k", Incorrect},
		{fee, "$35k", Correct},
		{fee, "35 km", Incorrect},
	})
}

// TestHeldOutEighteenNumberForms: a number with dots between its groups
// of three ("2.300"), a decimal comma before a scale ("2,3 thousand"),
// "2 thousand 300", "90ish" and "14ppl" are read where they give a key's
// number; the other reading of "2.300" (2.3) stays another number.
func TestHeldOutEighteenNumberForms(t *testing.T) {
	ask := teacherQuestion
	members := ask("How many members does APAU have?", "2,300", "2300")
	water := ask("How much does she pay for a tanker load of water?", "1,800 pesos", "MX$1,800")
	patients := ask("About how many patients a day is the unit expected to see?", "90", "about 90")
	jobs := ask("How many more people does the bakery plan to employ?", "14", "fourteen")
	rate := ask("What is the average rate?", "2.3 per cent")
	checkVerdicts(t, []verdictCase{
		{members, "2.300", Correct},
		{members, "2,3 thousand", Correct},
		{members, "2 thousand 300", Correct},
		{members, "2.3 thousand", Correct},
		{members, "3.200", Incorrect},
		{members, "2,4 thousand", Incorrect},
		{members, "2 thousand 200", Incorrect},
		{water, "1.800 pesos", Correct},
		{water, "1.600 pesos", Incorrect},
		{patients, "90ish", Correct},
		{patients, "80ish", Incorrect},
		{jobs, "14ppl", Correct},
		{jobs, "41ppl", Incorrect},
		{rate, "2.3%", Correct},
		{rate, "2.300", Incorrect},
	})
}
