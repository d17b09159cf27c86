package quiz

import "testing"

// TestHeldOutFifteenPartsOfDay: a key that names a part of the day is
// not answered by another part of that day ("Tuesday morning" for
// "Tuesday night", though "Tuesday" is a key too); the evening is the
// night's part.
func TestHeldOutFifteenPartsOfDay(t *testing.T) {
	ask := teacherQuestion
	board := ask("On what day did the library board hear the figures?", "Tuesday", "Tuesday night")
	power := ask("By when had the number of homes without power fallen?", "Friday morning")
	checkVerdicts(t, []verdictCase{
		{board, "Tuesday", Correct},
		{board, "Tuesday night", Correct},
		{board, "on Tuesday evening", Correct},
		{board, "Tue", Correct},
		{board, "Tuesday morning", Incorrect},
		{board, "Tuesday morning last spring", Incorrect},
		{board, "Tuesday afternoon", Incorrect},
		{board, "Wednesday night", Incorrect},
		{power, "Friday morning", Correct},
		{power, "on Friday in the morning", Correct},
		{power, "Friday night", Incorrect},
		{power, "Friday afternoon", Incorrect},
	})
}
