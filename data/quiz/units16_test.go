package quiz

import "testing"

// TestHeldOutSixteenUnits: set 16's spellings of units are the key's
// units ("80 kmph", "80km/hr" for 80 km/h; "3.8 lakh m3" for 3.8 lakh
// cubic metres; "4.2 mg/l" for 4.2 mg per litre; "24.4mt", "14m t" for
// million tonnes); another amount or another unit stays wrong.
func TestHeldOutSixteenUnits(t *testing.T) {
	ask := teacherQuestion
	speed := ask("What is the trains' top speed?", "80 km/h")
	silt := ask("How much silt has been dredged so far?", "around 3.8 lakh cubic metres", "3.8 lakh cubic metres")
	oxygen := ask("What is the dissolved oxygen level now in parts of the lake?", "4.2 mg per litre")
	harvest := ask("How large was last year's harvest?", "24.4 million tonnes")
	forecast := ask("What is this season's forecast harvest?", "about 14 million tonnes", "14 million tonnes")
	checkVerdicts(t, []verdictCase{
		{speed, "80 kmph", Correct},
		{speed, "80km/hr", Correct},
		{speed, "80 km/h", Correct},
		{speed, "50 mph", Correct},
		{speed, "80 mph", Incorrect},
		{speed, "90 kmph", Incorrect},
		{speed, "80 km", Incorrect},
		{silt, "3.8 lakh m3", Correct},
		{silt, "3.8 lakh cu m", Correct},
		{silt, "380,000 m³", Correct},
		{silt, "3.8 lakh litres", Incorrect},
		{silt, "3.8 m3", Incorrect},
		{oxygen, "4.2 mg/l", Correct},
		{oxygen, "4.2 milligrams per litre", Correct},
		{oxygen, "4.2 mg per liter", Correct},
		{oxygen, "4.2 g per litre", Incorrect},
		{oxygen, "4.2 g/l", Incorrect},
		{oxygen, "2.4 mg/l", Incorrect},
		{harvest, "24.4mt", Correct},
		{harvest, "24.4 million t", Correct},
		{harvest, "24.4 tonnes", Incorrect},
		{harvest, "42.4mt", Incorrect},
		{forecast, "14m t", Correct},
		{forecast, "14m tonnes", Correct},
		{forecast, "14 t", Incorrect},
	})
}
