package quiz

import "testing"

// TestHeldOutFourteenYesNo: a short answer that gives the opposite of a
// word of the question says no ("it's closed", "shut" to "Is the museum
// open?"), right where the key is no and wrong where it is yes; the
// question's own word, or a longer answer, is not read this way.
func TestHeldOutFourteenYesNo(t *testing.T) {
	ask := teacherQuestion
	openNo := ask("Is the museum open at the moment?", "no")
	openYes := ask("Is the museum open at the moment?", "yes")
	alive := ask("Was the bird alive when it was found?", "no")
	checkVerdicts(t, []verdictCase{
		{openNo, "it's closed", Correct},
		{openNo, "closed", Correct},
		{openNo, "shut", Correct},
		{openNo, "no, closed", Correct},
		{openNo, "yes", Incorrect},
		{openYes, "it's closed", Incorrect},
		{openYes, "closed", Incorrect},
		{alive, "dead", Correct},
		{alive, "it was dead", Correct},
		{alive, "alive", Unclear},
	})
}
