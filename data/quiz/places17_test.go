package quiz

import "testing"

// TestHeldOutSeventeenPlaces: Canada's provinces by their postal codes
// ("SK"), a place with its country added after a comma ("Pataskala,
// Ohio, US"), and a numbered ward by its place in order ("the fifth
// ward" for "Ward 5"); another province, ward or town stays wrong.
func TestHeldOutSeventeenPlaces(t *testing.T) {
	ask := teacherQuestion
	province := ask("In which Canadian province is the city that approved the plan? (Give the province.)", "Saskatchewan", "Sask.")
	town := ask("In which town is the school district based?", "Pataskala, Ohio", "Pataskala")
	ward := ask("Which ward does the councillor who voted against represent?", "Ward 5")
	country := ask("In which country is the plant?", "Canada")
	checkVerdicts(t, []verdictCase{
		{province, "SK", Correct},
		{province, "Sask", Correct},
		{province, "AB", Incorrect},
		{province, "Alberta", Incorrect},
		{town, "Pataskala, Ohio, US", Correct},
		{town, "Pataskala, Ohio, USA", Correct},
		{town, "Pataskala, OH", Correct},
		{town, "Columbus, Ohio, US", Partial}, // the state only
		{ward, "the fifth ward", Correct},
		{ward, "the 5th ward", Correct},
		{ward, "the fourth ward", Incorrect},
		{ward, "Ward 6", Incorrect},
		{country, "Canada", Correct},
		{country, "the US", Incorrect},
	})
}
