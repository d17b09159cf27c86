package quiz

import "testing"

// TestHeldOutFourteenTimes: a time of day that is not the key's exact
// time is wrong, however close its figures ("2:06 p.m." for "12:06
// p.m."); minutes said past or to an hour are that time ("twenty to ten
// in the morning" for 9.40am), where the question asks what time or the
// answer says "past" or a part of the day.
func TestHeldOutFourteenTimes(t *testing.T) {
	ask := teacherQuestion
	launch := ask("At what time did the rocket lift off?", "12:06 p.m.", "12:06 p.m. Eastern time")
	lift := ask("At what time did the helicopter lift him off the ledge?", "9.40am")
	peak := ask("At what time did the river peak?", "shortly after 2am")
	score := ask("What was the score?", "20-10")
	checkVerdicts(t, []verdictCase{
		{launch, "12:06 p.m.", Correct},
		{launch, "12.06pm", Correct},
		{launch, "12:06", Correct},
		{launch, "six minutes past twelve", Correct},
		{launch, "6 past 12 in the afternoon", Correct},
		{launch, "2:06 p.m.", Incorrect},
		{launch, "1:06 p.m.", Incorrect},
		{launch, "12:16 p.m.", Incorrect},
		{launch, "six past twelve at night", Incorrect},
		{lift, "twenty to ten in the morning", Correct},
		{lift, "twenty to ten", Correct},
		{lift, "20 to 10", Correct},
		{lift, "9:40", Correct},
		{lift, "twenty to ten at night", Incorrect},
		{lift, "twenty past nine", Incorrect},
		{lift, "ten to ten", Incorrect},
		{lift, "twenty to nine in the morning", Incorrect},
		{lift, "9.40pm", Incorrect},
		{peak, "shortly after 2am", Correct},
		{peak, "shortly before 2am", Incorrect},
		{score, "20 to 10", Correct},
	})
}

// TestHeldOutFourteenYears: a span of years whose end is written short
// is the span in full ("2021-23" for "between 2021 and 2023"), and a
// century said by its years is that century ("the 1800s" for "the 19th
// century"); another span, or another century, stays wrong, and a year
// and its month to a key that is a month is read as before.
func TestHeldOutFourteenYears(t *testing.T) {
	ask := teacherQuestion
	wrote := ask("Between which years did the council write to him?", "between 2021 and 2023", "2021 to 2023")
	hunted := ask("In which century were pine martens hunted for fur?", "the 19th century")
	opened := ask("When was the store opened?", "March 2001")
	checkVerdicts(t, []verdictCase{
		{wrote, "2021-23", Correct},
		{wrote, "2021–23", Correct},
		{wrote, "2021 to 23", Correct},
		{wrote, "2021-2023", Correct},
		{wrote, "2021-22", Incorrect},
		{wrote, "2020-23", Incorrect},
		{wrote, "2021-24", Incorrect},
		{hunted, "the 1800s", Correct},
		{hunted, "in the 1800's", Correct},
		{hunted, "1800s", Correct},
		{hunted, "the 1900s", Incorrect},
		{hunted, "the 1700s", Incorrect},
		{opened, "2001-03", Correct},
		{opened, "2001-04", Incorrect},
	})
}
