package quiz

import "testing"

// TestHeldOutFifteenUnits: short units ("ha", "ac", "t", "st", "gal")
// are read, a number in words beside a formula's figure too ("… tonnes
// of CO2"), "t", "st" and "ac" only where a key's unit is theirs; an
// answer in the unit of a key's second form ("4.5 million litres" beside
// "up to 1.2 million gallons") is tried against every key before it is
// wrong.
func TestHeldOutFifteenUnits(t *testing.T) {
	ask := teacherQuestion
	bog := ask("How much land will be rewetted?", "2,600 hectares")
	site := ask("How big is the site of the solar farm?", "11 hectares", "about 27 acres")
	farm := ask("How much tideland does Okafor's family farm?", "85 acres")
	acres := ask("How many acres does the family farm?", "85")
	carbon := ask("How much carbon dioxide will the work prevent each year once complete?", "about 120,000 tonnes")
	ram := ask("About how much does the ram weigh?", "about 95kg", "nearly 15 stone")
	water := ask("How much water could the facility use per day in the hottest months?", "up to 1.2 million gallons", "about 4.5 million liters")
	century := ask("In which century was the church built?", "the 14th century")
	checkVerdicts(t, []verdictCase{
		{bog, "2600 ha", Correct},
		{bog, "2,600 ha of cutaway bog", Correct},
		{bog, "2,600 acres", Incorrect},
		{bog, "260 ha", Incorrect},
		{site, "11 ha", Correct},
		{site, "27 ac", Correct},
		{site, "11 acres", Incorrect},
		{farm, "85 ac", Correct},
		{farm, "85 ha", Incorrect},
		{acres, "85 ha", Incorrect},
		{carbon, "120,000 t", Correct},
		{carbon, "120,000 t a year", Correct},
		{carbon, "12,000 t", Incorrect},
		{carbon, "a hundred and twenty thousand tonnes of CO2", Correct}, // CO2's figure is no number
		{carbon, "a hundred and twenty tonnes of CO2", Incorrect},
		{ram, "almost 15 st", Correct},
		{ram, "nearly 15 stone", Correct},
		{ram, "95 kg", Correct},
		{ram, "15 kg", Incorrect},
		{ram, "50 st", Incorrect},
		{water, "4.5 million litres", Correct},
		{water, "about 4.5 million L", Correct},
		{water, "1.2 million gal a day", Correct},
		{water, "4.5 million gallons", Incorrect},
		{water, "1.2 million litres", Incorrect},
		{century, "the 14th", Correct},
		{century, "14th century", Correct},
		{century, "the 21st century", Incorrect},
	})
}

// TestHeldOutFifteenTemperatures: a temperature with its scale is read
// however written ("40°C", "40 celsius", "104 degrees Fahrenheit") and
// is right in either scale of a key; "104 degrees Fahrenheit" was read
// as 104 degrees Celsius. Another number, or the number in the other
// scale ("40°F"), is wrong.
func TestHeldOutFifteenTemperatures(t *testing.T) {
	ask := teacherQuestion
	heat := ask("What temperature did Raymond reach?", "104°F", "40°C")
	celsius := ask("How hot was it?", "40°C")
	cold := ask("How cold did it get?", "minus 14C")
	checkVerdicts(t, []verdictCase{
		{heat, "40 celsius", Correct},
		{heat, "104 degrees Fahrenheit", Correct},
		{heat, "104 °F (40 °C)", Correct},
		{heat, "40C", Correct},
		{heat, "forty degrees celsius", Correct},
		{heat, "104 degrees", Correct},
		{heat, "40°F", Incorrect},
		{heat, "104°C", Incorrect},
		{heat, "100F", Incorrect},
		{heat, "104 °F (45 °C)", Incorrect},
		{celsius, "104 degrees Fahrenheit", Correct},
		{celsius, "40 degrees", Correct},
		{celsius, "40 fahrenheit", Incorrect},
		{celsius, "35°C", Incorrect},
		{cold, "minus 14 degrees", Correct},
		{cold, "14 degrees below zero", Correct},
		{cold, "-14°C", Correct},
		{cold, "14°C", Incorrect},
	})
}
