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

// TestHeldOutSeventeenVerbForms: a short verb and its form with a
// doubled consonant are one word as written ("run", "running"), a modal
// is one in either tense ("can", "could"; "will", "would"), and a
// modal's short negation is the modal and "not" ("can't", "couldn't").
// Another verb, or the negation dropped, is not the key.
func TestHeldOutSeventeenVerbForms(t *testing.T) {
	ask := teacherQuestion
	late := ask("Why had some students been arriving late to school?", "drivers were running two routes back to back")
	warn := ask("What did the board president warn about?", "the district could not keep raising pay without new revenue")
	split := ask("What is the farmer's main objection to the path?", "it would split his land in two")
	checkVerdicts(t, []verdictCase{
		{late, "because drivers had to run two routes back to back", Correct},
		{late, "drivers run two routes back to back", Correct},
		{late, "drivers were walking two routes back to back", Partial},
		{warn, "they can't keep raising pay without new revenue", Correct},
		{warn, "without new revenue they couldn't keep raising pay", Correct},
		{warn, "they can keep raising pay without new revenue", Partial}, // the "not" missing: never right
		{split, "it will split his land", Correct},
		{split, "it would split his land in two", Correct},
		{split, "it won't split his land", Incorrect},
	})
}

// TestHeldOutSeventeenLocals: "locals" are a key's "local people", and
// "told" says what "said" does; other people, or the claim changed, are
// not the key.
func TestHeldOutSeventeenLocals(t *testing.T) {
	ask := teacherQuestion
	why := ask("Why did the rail company decide to keep the railway rather than use buses?", "local people said the railway is part of their lives")
	checkVerdicts(t, []verdictCase{
		{why, "locals told them the railway is part of their lives", Correct},
		{why, "local people told them the railway is part of their lives", Correct},
		{why, "locals said the railway is part of their lives", Correct},
		{why, "tourists said the railway is part of their lives", Partial},
		{why, "locals said the railway is not part of their lives", Incorrect},
	})
}
