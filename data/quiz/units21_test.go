package quiz

import "testing"

// TestHeldOutTwentyOneUnits: a figure run into a "c", where the key
// counts cents, is that many cents; a range with its unit after both
// ends is the range; another figure, or another unit, stays wrong.
func TestHeldOutTwentyOneUnits(t *testing.T) {
	ask := teacherQuestion
	fare := ask("By how much did the bus fare rise?", "15 cent per trip")
	dive := ask("At what depth were the wrecks found?", "Between 40 and 65 metres")
	checkVerdicts(t, []verdictCase{
		{fare, "15c per trip", Correct},
		{fare, "15c a trip.", Correct},
		{fare, "16c per trip", Incorrect},
		{dive, "between 40m and 65m", Correct},
		{dive, "40 m to 65 m", Correct},
		{dive, "between 40m and 56m", Incorrect},
		{dive, "between 40ft and 65ft", Incorrect},
	})
}
