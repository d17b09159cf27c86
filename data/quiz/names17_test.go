package quiz

import "testing"

// TestHeldOutSeventeenTitledNames: a title before a name adds nothing —
// the name decides, with the slip it would be forgiven alone ("Mr.
// Whittaker" for "Tom Whitaker") — and a post after a comma ("Mrs
// Wanjiru, chair of the vendors' group") describes the name before it.
// Another surname stays wrong, title or not.
func TestHeldOutSeventeenTitledNames(t *testing.T) {
	ask := teacherQuestion
	chair := ask("Who said the vote was overdue?", "board president Tom Whitaker", "Tom Whitaker")
	coun := ask("Which councillor voted against the plan?", "Randy Kowalchuk", "Coun. Kowalchuk")
	vendor := ask("Who said 'We were not consulted'?", "Mary Wanjiru")
	checkVerdicts(t, []verdictCase{
		{chair, "Mr. Whittaker", Correct},
		{chair, "Mr Whitaker", Correct},
		{chair, "Mr. Whitman", Incorrect},
		{chair, "Mr. Baker", Incorrect},
		{coun, "Coun. Randy Kowalchuck", Correct},
		{coun, "Councillor Randy Kowalchuk", Correct},
		{coun, "Coun. Randy Kowalski", Partial}, // the first name only
		{vendor, "Mrs Wanjiru, chair of the vendors' group", Correct},
		{vendor, "Mary Wanjiru, head of the vendors", Correct},
		{vendor, "Mrs Otieno, chair of the vendors' group", Incorrect},
	})
}
