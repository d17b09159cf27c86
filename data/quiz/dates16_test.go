package quiz

import "testing"

// TestHeldOutSixteenTimes: an hour in words with its part of the day is
// that time ("eleven at night" for 11 pm); another hour, or the other
// half of the day, stays wrong.
func TestHeldOutSixteenTimes(t *testing.T) {
	ask := teacherQuestion
	last := ask("At what time do trains stop running at night?", "11 pm")
	first := ask("When does the first train leave?", "6am")
	checkVerdicts(t, []verdictCase{
		{last, "eleven at night", Correct},
		{last, "11 at night", Correct},
		{last, "eleven in the evening", Correct},
		{last, "11pm", Correct},
		{last, "ten at night", Incorrect},
		{last, "eleven in the morning", Incorrect},
		{first, "six in the morning", Correct},
		{first, "6 in the morning", Correct},
		{first, "six in the evening", Incorrect},
		{first, "seven in the morning", Incorrect},
	})
}

// TestHeldOutSixteenTemperatures: a temperature's scale after "below
// zero" is its scale ("18 below zero Fahrenheit" for -18F); another
// number, the other side of zero, or the other scale's number stay
// wrong.
func TestHeldOutSixteenTemperatures(t *testing.T) {
	ask := teacherQuestion
	cold := ask("How cold did the air get that morning?", "minus 18 degrees Fahrenheit", "-18F")
	checkVerdicts(t, []verdictCase{
		{cold, "18 below zero Fahrenheit", Correct},
		{cold, "18 degrees below zero Fahrenheit", Correct},
		{cold, "-18F", Correct},
		{cold, "minus 18 Fahrenheit", Correct},
		{cold, "18 below zero Celsius", Incorrect},
		{cold, "18 degrees Fahrenheit", Incorrect},
		{cold, "20 below zero Fahrenheit", Incorrect},
	})
}
