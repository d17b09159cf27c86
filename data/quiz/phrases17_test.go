package quiz

import "testing"

// TestHeldOutSeventeenUreAdjectives: a noun in "-ure" and its adjective
// in "-ural" are one word ("the Kerala Agriculture University" for
// "Kerala Agricultural University"); other endings are not.
func TestHeldOutSeventeenUreAdjectives(t *testing.T) {
	ask := teacherQuestion
	uni := ask("Which university carried out the study on losses?", "Kerala Agricultural University", "KAU")
	fund := ask("Which fund paid for the hall?", "the Cultural Heritage Fund")
	checkVerdicts(t, []verdictCase{
		{uni, "the Kerala Agriculture University", Correct},
		{uni, "Kerala Agricultural Uni", Correct},
		{uni, "Kerala Agricultural College", Partial},
		{fund, "the Culture Heritage Fund", Correct},
		{fund, "the Cult Heritage Fund", Partial},
	})
}

// TestHeldOutSeventeenHalfAnswers: one of two things a question asks for
// ("In which district and state …?"), or one of two things a key lists
// with "or" ("sell or let it rot"), is half the answer.
func TestHeldOutSeventeenHalfAnswers(t *testing.T) {
	ask := teacherQuestion
	where := ask("In which district and state is the cold store?", "Wayanad district, Kerala", "Wayanad, Kerala")
	choice := ask("What could farmers do before the cold store if prices crashed on market day?", "sell anyway or let the crop rot", "sell or let it rot")
	checkVerdicts(t, []verdictCase{
		{where, "Wayanad, Kerala", Correct},
		{where, "Wayanad district in Kerala", Correct},
		{where, "Kerala", Partial},
		{where, "Wayanad", Partial},
		{where, "Kozhikode, Kerala", Partial}, // the state is right, the district not
		{choice, "sell or let it rot", Correct},
		{choice, "sell it anyway or let it rot", Correct},
		{choice, "let it rot", Partial},
		{choice, "sell anyway", Partial},
		{choice, "store it", Incorrect},
	})
}
