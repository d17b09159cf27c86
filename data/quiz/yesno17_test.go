package quiz

import "testing"

// TestHeldOutSeventeenThinkSo: "I think so" says yes, hedged — right to
// a question keyed yes, wrong to one keyed no; "I don't think so" says
// no.
func TestHeldOutSeventeenThinkSo(t *testing.T) {
	ask := teacherQuestion
	support := ask("Did the mayor support the plan?", "yes")
	list := ask("Does the company plan to list on the exchange within five years?", "no")
	checkVerdicts(t, []verdictCase{
		{support, "I think so, she voted for it", Correct},
		{support, "I think so", Correct},
		{support, "I believe so", Correct},
		{support, "I don't think so", Incorrect},
		{list, "I think so", Incorrect},
		{list, "I guess so", Incorrect},
		{list, "I don't think so", Correct},
	})
}
