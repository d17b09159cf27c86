package quiz

import "testing"

// TestDimensionsAreOneAnswer: a size given as two measurements is one
// answer, in any order and unit; one of them alone is half of it, other
// figures are wrong (held-out sets 22 and 23).
func TestDimensionsAreOneAnswer(t *testing.T) {
	ask := teacherQuestion
	book := ask("What are the book's dimensions?", "18 by 13 centimetres", "18 x 13 cm")
	painting := ask("What are the painting's measurements?", "2.1 metres by 1.4 metres")
	checkVerdicts(t, []verdictCase{
		{book, "18 by 13 cm", Correct},
		{book, "13 by 18 cm", Correct},
		{book, "18cm x 13cm", Correct},
		{book, "180 by 130 mm", Correct},
		{book, "13 cm", Partial},
		{book, "18 centimetres", Partial},
		{book, "18 by 12 cm", Incorrect},
		{book, "18 by 13 inches", Incorrect},
		{book, "20 cm", Incorrect},
		{painting, "2.1 by 1.4 metres", Correct},
		{painting, "1.4m x 2.1m", Correct},
		{painting, "2.1 metres", Partial},
		{painting, "2.1 by 1.5 metres", Incorrect},
	})
	for _, tt := range []struct {
		text string
		want int
	}{
		{"18 by 13 centimetres", 2}, {"2.1 m x 1.4 m x 0.3 m", 3}, {"3 by 2 votes", 0}, {"by 2030", 0}, {"18 x 13", 0},
	} {
		got, ok := dimensionsIn(tt.text)
		if len(got) != tt.want || ok != (tt.want > 0) {
			t.Errorf("dimensionsIn(%q) = %v, %v; want %d measurements", tt.text, got, ok, tt.want)
		}
	}
}

// TestHeldOutTwentyThreeUnitsAndTimes: the key's figure in another unit
// is wrong ("70 yards" for "about 70 metres"), unless the answer hedges
// a conversion ("about a litre" for "a quart"); the Brazilian real is no
// dollar; a bare temperature wants its scale, as any unit does; a period
// named from another side of now is another time ("this spring" for
// "next spring"), "the following spring" is not.
func TestHeldOutTwentyThreeUnitsAndTimes(t *testing.T) {
	ask := teacherQuestion
	run := ask("About how far did Havili run to score the try?", "about 70 metres", "70 m")
	spent := ask("How much has the city spent on the campaign so far?", "R$4.2 million", "4.2 million reais")
	kickOff := ask("What was the temperature at kick-off?", "9°C", "9 degrees Celsius")
	hours := ask("About how many hours of volunteer time did the rescue involve?", "about 600", "600 hours")
	sensors := ask("When does the team plan to install the sensors?", "next spring")
	checkVerdicts(t, []verdictCase{
		{run, "70 yards", Incorrect},
		{run, "70 metres", Correct},
		{run, "70 meters", Correct},
		{run, "about 77 yards", Correct}, // a conversion
		{spent, "R$4.2 million", Correct},
		{spent, "4.2 million", Correct},
		{spent, "US$4.2 million", Incorrect},
		{spent, "4.2 million dollars", Incorrect},
		{kickOff, "9", Partial},
		{kickOff, "nine", Partial},
		{kickOff, "9 degrees", Correct},
		{kickOff, "8", Incorrect},
		{hours, "approximately 600", Correct}, // the question names the unit
		{sensors, "this spring", Incorrect},
		{sensors, "last spring", Incorrect},
		{sensors, "next spring", Correct},
	})
}
