package quiz

import (
	"slices"
	"testing"
)

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
		{book, "eighteen by thirteen centimeters", Correct},
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
		{"eighteen by thirteen centimeters", 2}, {"18cm x 13cm", 2}, {"it grew by 13 cm", 0}, {"passed by 13 cm by noon", 0},
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
	seaTemp := ask("What was the highest sea temperature?", "7.4°C", "7.4 degrees Celsius")
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
		{kickOff, "nine degrees celsius", Correct},
		{kickOff, "eight degrees celsius", Incorrect},
		{seaTemp, "seven point four degrees celsius", Correct},
		{seaTemp, "seven point five degrees celsius", Incorrect},
		{seaTemp, "four degrees celsius", Incorrect},
		{hours, "approximately 600", Correct}, // the question names the unit
		{sensors, "this spring", Incorrect},
		{sensors, "last spring", Incorrect},
		{sensors, "next spring", Correct},
		{sensors, "the following spring", Correct},
		{sensors, "the coming summer", Incorrect},
	})
}

// TestHeldOutTwentyThreeForms: the right answers set 23 wrote that were
// refused, each a general rule with its near misses: a hedged rounding of
// a large exact sum to two figures or more; "av." for avenue; a
// country's people's word to "Which country's …?"; a past-tense opposite
// to "Did … win?"; a description before a person's name.
func TestHeldOutTwentyThreeForms(t *testing.T) {
	ask := teacherQuestion
	missing := ask("How much money did the independent audit find was missing?", "$1,347,000", "1,347,000 dollars")
	rate := ask("What record low did the dollar slide to against the euro?", "$1.3666")
	road := ask("Which road was partly closed during the protest?", "Kenyatta Avenue")
	side := ask("Which country's under-20 side did Havili play for?", "Tonga")
	win := ask("Did Canterbury win the final?", "no")
	led := ask("Who led the research team?", "Professor Ingrid Solberg", "Prof Solberg")
	tools := ask("What did the researchers use to measure the glacier's front?", "drones and satellite images")
	breed := ask("Where do the mosquitoes breed?", "in standing water")
	publish := ask("What do the traders want the county to publish?", "a timetable for the works")
	checkVerdicts(t, []verdictCase{
		{missing, "about $1.35 million", Correct},
		{missing, "just over 1.3 million dollars", Correct},
		{missing, "just under 1.3 million dollars", Incorrect}, // the key is over it
		{missing, "about $1.4 million", Incorrect},
		{missing, "about €1.35 million", Incorrect},
		{missing, "nearly 1 million dollars", Incorrect},
		{rate, "about $1.37", Incorrect}, // a rate is exact
		{road, "kenyatta av.", Correct},
		{road, "Kenyatta Road", Partial}, // as before this rule

		{side, "the Tongan under-20 team", Correct},
		{side, "the Samoan under-20 team", Incorrect},
		{win, "Canterbury lost.", Correct},
		{win, "Canterbury won.", Unclear}, // as before: the question's own word, no opposite
		{led, "the glaciologist Ingrid Solberg", Correct},
		{tools, "drone and satellite imagery", Correct},
		{tools, "using drones and satellite pictures", Correct},
		{tools, "drones and radar", Partial}, // not this rule's: as before
		{breed, "still water", Correct},
		{breed, "running water", Partial}, // as before
		{publish, "a schedule for the work", Correct},
		{publish, "a budget for the works", Partial},   // as before
		{led, "the wife of Ingrid Solberg", Partial},   // not this rule's: as before
		{led, "the glaciologist Ingrid Berg", Partial}, // not this rule's: as before
	})
}

// FuzzDimensionsIn: reading a size never panics, and a size read holds
// two or three measurements, smallest first.
func FuzzDimensionsIn(f *testing.F) {
	for _, s := range []string{"18 by 13 centimetres", "18cm x 13cm", "2.1 m x 1.4 m x 0.3 m", "eighteen by thirteen centimeters",
		"passed by 13 cm by noon", "3 by 2 votes", "x x x", "1,200 by 800 mm", "0 by 0 m", "by by by m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := dimensionsIn(s)
		if !ok {
			return
		}
		if len(got) < 2 || len(got) > 3 || !slices.IsSorted(got) {
			t.Errorf("dimensionsIn(%q) = %v", s, got)
		}
	})
}
