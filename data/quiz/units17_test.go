package quiz

import "testing"

// TestHeldOutSeventeenUnits: power in watts and their multiples, fuel
// economy in mpg or kilometres a litre, kilolitres, "yds" and imperial
// gallons are units, converted as any other.
func TestHeldOutSeventeenUnits(t *testing.T) {
	ask := teacherQuestion
	plant := ask("What size is the planned solar plant?", "1.2 megawatts", "1.2 MW")
	diesel := ask("How much diesel does each bus use?", "about 6 miles per gallon")
	leak := ask("How much water was the pool leaking?", "up to 60,000 litres a day", "about 13,200 gallons a day")
	path := ask("How close to the car park does the path pass?", "within 500 yards")
	can := ask("How much water does each jerrycan hold?", "20 litres")
	checkVerdicts(t, []verdictCase{
		{plant, "1,200 kilowatts", Correct},
		{plant, "1.2MW", Correct},
		{plant, "1200 kW", Correct},
		{plant, "0.0012 GW", Correct},
		{plant, "12 MW", Incorrect},
		{plant, "1,200 watts", Incorrect},
		{plant, "1.2 kilowatts", Incorrect},
		{diesel, "6 mpg", Correct},
		{diesel, "six mpg", Correct},
		{diesel, "about 2.5 km per litre", Correct},
		{diesel, "2.55 km/l", Correct},
		{diesel, "10 mpg", Incorrect},
		{diesel, "2 km/l", Incorrect},
		{diesel, "6 km per litre", Incorrect},
		{leak, "60 kilolitres a day", Correct},
		{leak, "60 kl a day", Correct},
		{leak, "6 kilolitres a day", Incorrect},
		{path, "500 yds", Correct},
		{path, "50 yds", Incorrect},
		{can, "about 4.4 imperial gallons", Correct},
		{can, "20 l", Correct},
		{can, "4.4 litres", Incorrect},
		{can, "20 gallons", Incorrect},
	})
}
