package quiz

import "testing"

// TestHeldOutThirteenUnits: "metric tons" are tonnes; half or a quarter
// of one unit is that part of it ("half a day" was read as a day); a
// range in inches written "in" ("1–2 in"). Other amounts and units stay
// wrong.
func TestHeldOutThirteenUnits(t *testing.T) {
	ask := teacherQuestion
	rain := ask("How much more rain could fall?", "1 to 2 inches")
	fell := ask("Over how long did the rain fall?", "less than 12 hours")
	tram := ask("How much does each tram weigh?", "41 tonnes")
	checkVerdicts(t, []verdictCase{
		{tram, "41 metric tons", Correct},
		{tram, "41 metric tonnes", Correct},
		{tram, "14 metric tons", Incorrect},
		{tram, "41 kg", Incorrect},
		{fell, "less than half a day", Correct},
		{fell, "less than a day", Incorrect},
		{fell, "more than half a day", Incorrect},
		{ask("How long did it take?", "30 minutes"), "half an hour", Correct},
		{ask("How long did it take?", "30 minutes"), "half a day", Incorrect},
		{ask("How long did it take?", "15 minutes"), "a quarter of an hour", Correct},
		{ask("How long did it take?", "15 minutes"), "a quarter of a day", Incorrect},
		{rain, "1–2 in", Correct},
		{rain, "1-2 in", Correct},
		{rain, "2-3 in", Incorrect},
		{rain, "1–2 ft", Incorrect},
	})
}
