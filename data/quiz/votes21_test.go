package quiz

import "testing"

// TestHeldOutTwentyOneVotes: where the key's reason gives a split tally,
// a reason that says the vote was unanimous or level is wrong; where it
// says the vote was approved (or rejected), a reason that says the
// other is wrong, and one that tells a side or denies the other outcome
// stays right. "Yes, unanimously" passed for "Yes, by 12 votes to 5".
func TestHeldOutTwentyOneVotes(t *testing.T) {
	const text = "Library wins its vote\n\nThe parish board approved the new library by 12 votes to 5 on Tuesday. Members of the rowing club voted 80 to 64 to keep their old boathouse. The mayor said she was pleased."
	library := yesNoInArticle(t, text, "Was the library approved unanimously?", "no", "No, it was approved by 12 votes to 5")
	backed := yesNoInArticle(t, text, "Did the parish board back the new library?", "yes", "Yes, by 12 votes to 5")
	boathouse := yesNoInArticle(t, text, "Did the rowing club vote to leave the boathouse?", "no", "No, they voted 80 to 64 to keep it")
	checkVerdicts(t, []verdictCase{
		{library, "no, 12 to 5", Correct},
		{library, "no, five members voted against", Correct},
		{library, "no it wasn't unanimous", Correct},
		{library, "no, it was rejected", Incorrect},
		{library, "no they voted it down", Incorrect},
		{backed, "yes, 12-5", Correct},
		{backed, "yes, it was approved", Correct},
		{backed, "yes, unanimously", Incorrect},
		{backed, "yes, everyone voted for it", Incorrect},
		{boathouse, "no they voted to keep it", Correct},
		{boathouse, "no, it was a tie", Incorrect},
		{boathouse, "no, the vote was tied", Incorrect},
	})
}
