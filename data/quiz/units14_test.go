package quiz

import "testing"

// TestHeldOutFourteenUnits: a large number's word or short form between
// figures and a unit is read ("2.9 billion km" for "roughly 2.9 billion
// kilometers", "600k sq. ft."), and an area is a unit of its own
// ("square feet", "sq ft", "sq. ft."; "600,000 feet", a length, passed
// for "600,000 square feet").
func TestHeldOutFourteenUnits(t *testing.T) {
	ask := teacherQuestion
	trip := ask("How far will Meridian travel on its way to Jupiter?", "roughly 2.9 billion kilometers", "1.8 billion miles")
	plant := ask("How big is the plant?", "600,000 square feet")
	farm := ask("How big is the farm?", "about 400 acres")
	checkVerdicts(t, []verdictCase{
		{trip, "roughly 2.9 billion km", Correct},
		{trip, "2.9 billion km", Correct},
		{trip, "2,900,000,000 km", Correct},
		{trip, "about 2.9bn km", Correct},
		{trip, "1.8bn miles", Correct},
		{trip, "2.5 billion km", Incorrect},
		{trip, "2.9 million km", Incorrect},
		{trip, "1.8 billion km", Incorrect},
		{plant, "600k sq. ft.", Correct},
		{plant, "600,000 sq ft", Correct},
		{plant, "600,000 square ft", Correct},
		{plant, "about 56,000 square metres", Correct},
		{plant, "600,000 feet", Incorrect},
		{plant, "600,000 square metres", Incorrect},
		{plant, "60,000 sq ft", Incorrect},
		{farm, "400 acres", Correct},
		{farm, "about 160 hectares", Correct},
		{farm, "400 hectares", Incorrect},
	})
}
