package quiz

import "testing"

// TestHeldOutFourteenSigns: a temperature below zero is another
// temperature than the same number above it ("14C" and "14 degrees" for
// "minus 14C"), however the sign is written; with the right sign, the
// number alone answers "How cold …?" ("minus 14", "14 below zero").
func TestHeldOutFourteenSigns(t *testing.T) {
	ask := teacherQuestion
	cold := ask("How cold did it get on the summit overnight?", "minus 14C", "-14C")
	warm := ask("How warm was the sea in August?", "about 21C")
	furnace := ask("At about what temperature do the furnaces run?", "about 1,500 degrees Celsius")
	checkVerdicts(t, []verdictCase{
		{cold, "minus 14C", Correct},
		{cold, "-14C", Correct},
		{cold, "−14°C", Correct},
		{cold, "minus fourteen degrees", Correct},
		{cold, "minus 14", Correct},
		{cold, "-14", Correct},
		{cold, "about -14", Correct},
		{cold, "14 below zero", Correct},
		{cold, "fourteen below", Correct},
		{cold, "14 below freezing", Correct},
		// The other side of zero, or another number: wrong.
		{cold, "14C", Incorrect},
		{cold, "14 degrees", Incorrect},
		{cold, "14", Incorrect},
		{cold, "about 14", Incorrect},
		{cold, "minus 15C", Incorrect},
		{cold, "14 miles", Incorrect},
		{warm, "21 degrees", Correct},
		{warm, "21", Partial}, // since 2026-12-04 the scale is wanted, as with any unit (set 23's writer; set 14's took "21")
		{warm, "-21C", Incorrect},
		{warm, "minus 21", Incorrect},
		{warm, "21 below", Incorrect},
		{warm, "21 fahrenheit", Incorrect},
		{furnace, "1500 °C", Correct},
		{furnace, "about 1,500 degrees", Correct},
		{furnace, "1500 fahrenheit", Incorrect},
		{furnace, "1500 miles", Incorrect},
	})
}

// TestHeldOutFourteenRanges: a key that is a range of amounts in a unit
// needs both its ends — "5 to 25 km" passed for "15 to 25 kilometers",
// read at its high end alone; one end alone is partly right.
func TestHeldOutFourteenRanges(t *testing.T) {
	ask := teacherQuestion
	ice := ask("How thick may Europa's ice shell be?", "15 to 25 kilometers", "15-25 km")
	sleep := ask("How much sleep do teenagers need?", "8 to 10 hours")
	checkVerdicts(t, []verdictCase{
		{ice, "15 to 25 kilometers", Correct},
		{ice, "15-25km", Correct},
		{ice, "between 15 and 25 km", Correct},
		{ice, "fifteen to twenty-five kilometres", Correct},
		{ice, "15 to 25 kilometres thick", Correct},
		{ice, "5 to 25 km", Incorrect},
		{ice, "5-25 km", Incorrect},
		{ice, "15 to 20 km", Incorrect},
		{ice, "25 km", Partial},
		{sleep, "8-10 hours", Correct},
		{sleep, "between 8 and 10 hours", Correct},
		{sleep, "6 to 10 hours", Incorrect},
		{sleep, "8 to 12 hours", Incorrect},
	})
}

// TestHeldOutFourteenShares: a fraction of a large number is an amount,
// not a share ("a quarter of a million" for "nearly a quarter", and the
// reverse); "exactly" the number is wrong where the key bounds it
// strictly ("one in ten exactly" for "fewer than one in ten") and stays
// right where the key takes the number in ("exactly 210" for "up to 210").
func TestHeldOutFourteenShares(t *testing.T) {
	ask := teacherQuestion
	budget := ask("What share of the city budget do the plant's taxes make up?", "nearly a quarter", "almost 25%")
	crowd := ask("How many people watched the parade?", "a quarter of a million")
	recovered := ask("What proportion of stolen antiquities are ever recovered?", "fewer than one in ten")
	evacuated := ask("How many people were evacuated?", "more than 400")
	tram := ask("How many passengers can each tram carry?", "up to 210")
	checkVerdicts(t, []verdictCase{
		{budget, "a quarter", Correct},
		{budget, "almost a quarter of it", Correct},
		{budget, "nearly 25 percent", Correct},
		{budget, "a quarter of a million", Incorrect},
		{budget, "half a million", Incorrect},
		{crowd, "quarter of a million people", Correct},
		{crowd, "a quarter", Incorrect},
		{crowd, "25%", Incorrect},
		{recovered, "fewer than one in ten", Correct},
		{recovered, "less than 10%", Correct},
		{recovered, "one in ten", Correct},
		{recovered, "one in ten exactly", Incorrect},
		{recovered, "exactly one in ten", Incorrect},
		{recovered, "exactly 10%", Incorrect},
		{evacuated, "over 400", Correct},
		{evacuated, "exactly 400", Incorrect},
		{tram, "exactly 210", Correct},
		{tram, "210", Correct},
	})
}

// TestHeldOutFourteenNotSlips: an everyday word one slip from a number's
// word is no slip beside a number ("for ten years" was read "four ten
// years"); the slips set 12 read stay read ("fourty three").
func TestHeldOutFourteenNotSlips(t *testing.T) {
	ask := teacherQuestion
	years := ask("For how many years had the team worked on the mission?", "ten", "10 years")
	age := ask("How old was she?", "43")
	checkVerdicts(t, []verdictCase{
		{years, "for ten years", Correct},
		{years, "for 10 years", Correct},
		{years, "ten years", Correct},
		{years, "for fourteen years", Incorrect},
		{years, "four ten years", Incorrect},
		{age, "fourty three", Correct},
		{age, "fourty four", Incorrect},
	})
}

// TestHeldOutFourteenAskedNumbers: a number the question itself gives is
// not a second number of the answer's ("58% were seen within four hours"
// to "… seen within four hours?", "12 hens in one night" to "… in a
// night?", "64.1% in July 2024"), and to "How many flats …?" the count
// of flats is the answer's number ("14 flats in two buildings"); another
// number, or two counts of the thing, stay wrong.
func TestHeldOutFourteenAskedNumbers(t *testing.T) {
	ask := teacherQuestion
	seen := ask("What percentage of patients were seen within four hours in January?", "58%", "58 per cent")
	kill := ask("How many birds can a marten kill in a night?", "a dozen", "12")
	flats := ask("How many flats did Mr Hollis operate without a licence?", "14")
	turnout := ask("What was the turnout at the general election in July 2024?", "64.1%")
	checkVerdicts(t, []verdictCase{
		{seen, "Only 58% were seen within four hours.", Correct},
		{seen, "58% within four hours", Correct},
		{seen, "64% within four hours", Incorrect},
		{seen, "4", Incorrect},
		{kill, "12 hens in one night", Correct},
		{kill, "a dozen in one night", Correct},
		{kill, "11 in one night", Incorrect},
		{kill, "one", Incorrect},
		{flats, "14 flats in two buildings", Correct},
		{flats, "2 buildings with 14 flats", Correct},
		{flats, "15 flats in two buildings", Incorrect},
		{flats, "14 flats and 12 flats", Incorrect},
		{flats, "two", Incorrect},
		{turnout, "64.1% in July 2024", Correct},
		{turnout, "64.1 per cent in 2024", Correct},
		{turnout, "2024", Incorrect},
		{turnout, "61.4% in July 2024", Incorrect},
	})
}

// TestHeldOutFourteenHalves: a half after a number's hyphened words
// belongs to the whole number ("twenty-seven and a half thousand pounds"
// for £27,500 was read "twenty-7.5 thousand"); another number stays
// wrong.
func TestHeldOutFourteenHalves(t *testing.T) {
	ask := teacherQuestion
	fine := ask("How much had magistrates fined Mr Hollis?", "£27,500")
	course := ask("How long was the course?", "six and a half weeks")
	checkVerdicts(t, []verdictCase{
		{fine, "twenty-seven and a half thousand pounds", Correct},
		{fine, "27.5 thousand pounds", Correct},
		{fine, "twenty-six and a half thousand pounds", Incorrect},
		{fine, "seven and a half thousand pounds", Incorrect},
		{course, "six and a half weeks", Correct},
		{course, "6.5 weeks", Correct},
		{course, "seven and a half weeks", Incorrect},
	})
}
