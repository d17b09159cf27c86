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
