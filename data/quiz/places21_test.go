package quiz

import "testing"

// TestHeldOutTwentyOnePlaceLevel: to a question that asks which city,
// stadium, park …, a key's wider place alone ("Ohio" for "Dayton, Ohio")
// is wrong; the place asked, alone or with the wider one, is right. An
// answer that opens with the question's preposition ("off skeleton" to
// "Off which coast …?") is read without it.
func TestHeldOutTwentyOnePlaceLevel(t *testing.T) {
	ask := teacherQuestion
	city := ask("In which city does the bakery chain have its head office?", "Dayton, Ohio")
	ground := ask("At which ground was the cup final played?", "Elm Park (Reading)")
	off := ask("Off which coast was the wreck found?", "The Skeleton Coast")
	checkVerdicts(t, []verdictCase{
		{off, "off skeleton", Correct},
		{off, "off the skeleton coast", Correct},
		{off, "off namibia", Incorrect},
		{city, "Dayton", Correct},
		{city, "dayton ohio", Correct},
		{city, "Dayton, Ohio", Correct},
		{city, "ohio", Incorrect},
		{city, "in Ohio", Incorrect},
		{ground, "Elm Park", Correct},
		{ground, "elm park in reading", Correct},
		{ground, "Reading", Incorrect},
		{ground, "in reading", Incorrect},
	})
}
