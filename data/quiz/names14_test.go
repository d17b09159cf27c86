package quiz

import "testing"

// TestHeldOutFourteenCodes: a code with the key's figures but other
// letters is another road, plane or flight ("the M5" for "the A5": the
// key's "A" was read as the article); the key's code however spaced
// stays right.
func TestHeldOutFourteenCodes(t *testing.T) {
	ask := teacherQuestion
	road := ask("Towards which road was the car heading?", "the A5")
	motorway := ask("Which motorway was closed?", "the M25")
	flight := ask("Which flight was diverted?", "BA2490")
	checkVerdicts(t, []verdictCase{
		{road, "the A5", Correct},
		{road, "A5", Correct},
		{road, "the a5", Correct},
		{road, "the A 5", Correct},
		{road, "the A-5", Correct},
		{road, "the A5 road", Correct},
		{road, "the M5", Incorrect},
		{road, "M5", Incorrect},
		{road, "the B5", Incorrect},
		{road, "the A6", Incorrect},
		{motorway, "M25", Correct},
		{motorway, "the M 25", Correct},
		{motorway, "the A25", Incorrect},
		{motorway, "the M26", Incorrect},
		{flight, "ba2490", Correct},
		{flight, "BA 2490", Correct},
		{flight, "AA2490", Incorrect},
	})
}

// TestHeldOutFourteenOtherNames: a name's words in another order with a
// capitalised word of the answer's own among them, or right before them,
// name another body ("Arizona State University", "Northern Arizona
// University" for the "University of Arizona"); the key's words in
// another order alone, or with more said after them, stay right.
func TestHeldOutFourteenOtherNames(t *testing.T) {
	ask := teacherQuestion
	uni := ask("At which university is Dr Okoro based?", "University of Arizona")
	checkVerdicts(t, []verdictCase{
		{uni, "University of Arizona", Correct},
		{uni, "the University of Arizona", Correct},
		{uni, "Arizona University", Correct},
		{uni, "The Arizona University", Correct},
		{uni, "At Arizona University", Correct},
		{uni, "University of Arizona in Tucson", Correct},
		{uni, "Dr Okoro, Arizona University", Correct},
		{uni, "Arizona State University", Incorrect},
		{uni, "Northern Arizona University", Incorrect},
	})
}
