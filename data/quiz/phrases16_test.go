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

// TestHeldOutSixteenMentNouns: a verb is its noun in "-ment" ("recruiting
// teachers" for "teacher recruitment"); another verb with the key's other
// word stays partly right at most, as before.
func TestHeldOutSixteenMentNouns(t *testing.T) {
	ask := teacherQuestion
	reason := ask("What did Kowalski say was the main reason for the change?", "teacher recruitment")
	plan := ask("What does the plan aim to improve?", "the management of the reserve")
	checkVerdicts(t, []verdictCase{
		{reason, "recruiting teachers", Correct},
		{reason, "to help recruit teachers", Correct},
		{reason, "teacher recruitment", Correct},
		{reason, "recruited teachers", Correct},
		{reason, "retaining teachers", Partial},
		{reason, "teacher pay", Partial},
		{plan, "managing the reserve", Correct},
		{plan, "how the reserve is managed", Correct},
		{plan, "funding the reserve", Partial},
	})
}

// TestHeldOutSixteenNowhereNear: "not nearly" says "nowhere near", and
// "completely" "altogether"; "near enough" or "nearly enough" say the
// opposite and stay wrong.
func TestHeldOutSixteenNowhereNear(t *testing.T) {
	ask := teacherQuestion
	called := ask("What did John Hassell call the support package?", "welcome but nowhere near enough", "nowhere near enough")
	sprayed := ask("What have some farmers north of Geraldton done to their crops?", "sprayed them out altogether", "sprayed out crops altogether")
	checkVerdicts(t, []verdictCase{
		{called, "welcome but not nearly enough", Correct},
		{called, "not anywhere near enough", Correct},
		{called, "nowhere near enough", Correct},
		{called, "nearly enough", Incorrect},
		{called, "more than enough", Incorrect},
		{sprayed, "sprayed out their crops completely", Correct},
		{sprayed, "sprayed them out entirely", Correct},
		{sprayed, "harvested their crops completely", Partial},
	})
}
