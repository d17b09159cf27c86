package quiz

import "testing"

// TestHeldOutFifteenContrasts: a key "A but not B" is not answered by A
// denied ("not encouraging") nor by A and B together ("encouraging and
// conclusive"); "not X" is a key's "unX" ("plausible, but not proven"
// for "plausible but unproven").
func TestHeldOutFifteenContrasts(t *testing.T) {
	ask := teacherQuestion
	report := ask("How does the university's report describe the results?", "encouraging but not conclusive")
	claims := ask("How did Dr. Liu describe the company's claims?", "plausible but unproven")
	vote := ask("What did the survey find?", "inconclusive")
	checkVerdicts(t, []verdictCase{
		{report, "encouraging but not conclusive", Correct},
		{report, "encouraging, not conclusive", Correct},
		{report, "encouraging", Correct},
		{report, "not encouraging", Incorrect},
		{report, "encouraging and conclusive", Incorrect},
		{report, "conclusive", Incorrect},
		{claims, "Plausible, but not proven", Correct},
		{claims, "plausible but not yet proven", Correct},
		{claims, "plausible but unproven", Correct},
		{claims, "plausible and proven", Incorrect},
		{claims, "implausible", Incorrect},
		{vote, "not conclusive", Correct},
		{vote, "conclusive", Incorrect},
	})
}
