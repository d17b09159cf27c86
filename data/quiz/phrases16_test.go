package quiz

import "testing"

// TestHeldOutSixteenFamilyWords: a grandparent as children call them is
// the article's grandfather or grandmother; the other grandparent, or
// another relative, stays wrong.
func TestHeldOutSixteenFamilyWords(t *testing.T) {
	ask := teacherQuestion
	denied := ask("Who denied the fish was caught in Ontario waters?", "Arne Lindqvist", "her grandfather")
	raised := ask("Who raised her?", "her grandmother")
	checkVerdicts(t, []verdictCase{
		{denied, "her grandpa Arne", Correct},
		{denied, "her grandpa", Correct},
		{denied, "her granddad", Correct},
		{denied, "her grandfather", Correct},
		{denied, "her grandma", Incorrect},
		{denied, "her dad", Incorrect},
		{raised, "her gran", Correct},
		{raised, "her grandma", Correct},
		{raised, "her grandpa", Incorrect},
	})
}
