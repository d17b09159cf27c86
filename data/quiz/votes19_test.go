package quiz

import "testing"

// TestHeldOutNineteenVoteOutcomes: a vote keyed as going one way, with
// its tally, answered as going the other way is wrong, whatever the
// tally. "it was rejected 7 to 3" passed for "7 to 3 in favour".
func TestHeldOutNineteenVoteOutcomes(t *testing.T) {
	ask := teacherQuestion
	vote := ask("What was the result of the council vote?", "7 to 3 in favour", "7-3")
	board := ask("What did the board decide about the plan?", "it rejected the plan")
	against := ask("How did the committee vote on the plan?", "9 to 2 against")
	checkVerdicts(t, []verdictCase{
		{vote, "7 to 3 in favour", Correct},
		{vote, "7-3", Correct},
		{vote, "it was approved 7 to 3", Correct},
		{vote, "passed 7-3", Correct},
		{vote, "it was rejected 7 to 3", Incorrect},
		{vote, "7 to 3 against", Incorrect},
		{vote, "voted down 7-3", Incorrect},
		{vote, "6 to 4 in favour", Incorrect},
		{board, "they rejected it", Correct},
		{board, "rejected the plan", Correct},
		{board, "it approved the plan", Incorrect},
		{against, "9 to 2 against", Correct},
		{against, "9 to 2 in favour", Incorrect},
		{against, "it passed 9 to 2", Incorrect},
	})
}
