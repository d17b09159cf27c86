package quiz

import "testing"

// TestHeldOutFifteenPlaces: a point of the compass pointing away from
// the key's is another place ("south east England" for "North East
// England"); to "Which state …?" the city of the state's name is wrong
// ("Washington, D.C."), and the state's postal code right ("WA").
func TestHeldOutFifteenPlaces(t *testing.T) {
	ask := teacherQuestion
	bakery := ask("In which part of England is the bakery chain?", "the north-east", "North East England")
	lebanon := ask("Where were they detained?", "northern Lebanon")
	state := ask("In which state is Willapa Bay?", "Washington")
	capital := ask("In which city is the agency based?", "Washington, D.C.")
	checkVerdicts(t, []verdictCase{
		{bakery, "north east England", Correct},
		{bakery, "the North East", Correct},
		{bakery, "northeast England", Correct},
		{bakery, "south east England", Incorrect},
		{bakery, "the south-east", Incorrect},
		{bakery, "south west England", Incorrect},
		{lebanon, "the north of Lebanon", Correct},
		{lebanon, "southern Lebanon", Incorrect},
		{state, "Washington", Correct},
		{state, "Washington state", Correct},
		{state, "WA", Correct},
		{state, "Washington, D.C.", Incorrect},
		{state, "Washington DC", Incorrect},
		{state, "Oregon", Incorrect},
		{capital, "Washington, D.C.", Correct},
		{capital, "DC", Correct},
		{capital, "Washington state", Incorrect},
	})
}
