package quiz

import "testing"

// TestHeldOutEighteenYesNoSlang: "it doesn't say" is no answer (and not
// "no"); "yeah nah" says no, "nah yeah" yes; "yh", "defo" say yes and
// "negative" no, unless the question asks about something negative.
func TestHeldOutEighteenYesNoSlang(t *testing.T) {
	ask := teacherQuestion
	abstain := ask("Did any councillors abstain in the vote?", "no")
	close := ask("Will the original shop on Dorp Street close?", "no")
	raised := ask("Did the club raise more money than it needed?", "yes")
	test := ask("Was the test negative?", "yes")
	checkVerdicts(t, []verdictCase{
		{abstain, "no", Correct},
		{abstain, "it doesn't say", Incorrect},
		{abstain, "the article doesn't say", Incorrect},
		{abstain, "it does not mention it", Incorrect},
		{abstain, "not stated", Incorrect},
		{abstain, "none abstained", Correct},
		{abstain, "no, it doesn't say anyone did", Correct},
		{close, "yeah nah", Correct},
		{close, "yeah nah it stays open", Correct},
		{close, "nah yeah", Incorrect},
		{close, "negative", Correct},
		{close, "yeah", Incorrect},
		{raised, "yh", Correct},
		{raised, "defo", Correct},
		{raised, "nah yeah", Correct},
		{raised, "yeah nah", Incorrect},
		{raised, "negative", Incorrect},
		{test, "negative", Unclear},
	})
}
