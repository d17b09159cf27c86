package quiz

import "testing"

// TestHeldOutSeventeenWeekdays: a weekday that no key names makes a
// right date wrong — "Sunday, Feb. 6" for "Saturday, Feb. 6" passed,
// the date read and the weekday not. The date alone is still right.
func TestHeldOutSeventeenWeekdays(t *testing.T) {
	ask := teacherQuestion
	run := ask("On what day is the test run scheduled?", "Saturday, Feb. 6", "February 6")
	party := ask("When will the group hold its celebration?", "Sunday 15 February from 10am", "15 February")
	vote := ask("On what date did the council approve the extension?", "Monday, 9 November", "9 November")
	checkVerdicts(t, []verdictCase{
		{run, "Saturday, Feb. 6", Correct},
		{run, "Sat Feb 6th", Correct},
		{run, "Feb. 6", Correct},
		{run, "Saturday February 6", Correct},
		{run, "Sunday, Feb. 6", Incorrect},
		{run, "Friday 6 February", Incorrect},
		{party, "Sunday 15 February", Correct},
		{party, "15 Feb", Correct},
		{party, "Saturday 15 February", Incorrect},
		{vote, "Monday 9 November", Correct},
		{vote, "Thursday, 9 November", Incorrect},
		{vote, "9 Nov", Correct},
	})
}

// TestHeldOutSeventeenMonthSpans: a season keyed as a span of months
// ("from October to April") is those months in that order, however
// written; the other way round it is another season, and one end alone
// is half of it.
func TestHeldOutSeventeenMonthSpans(t *testing.T) {
	ask := teacherQuestion
	season := ask("When will the heated water be available each season?", "from October to April", "October to April")
	dry := ask("Over which months was the driest period on record?", "June to August")
	checkVerdicts(t, []verdictCase{
		{season, "October to April", Correct},
		{season, "Oct-Apr", Correct},
		{season, "from Oct to Apr", Correct},
		{season, "October through April", Correct},
		{season, "April to October", Incorrect},
		{season, "Apr-Oct", Incorrect},
		{season, "October", Partial},
		{season, "April", Partial},
		{season, "November to March", Incorrect},
		{dry, "June to August", Correct},
		{dry, "Jun to Aug", Correct},
		{dry, "August to June", Incorrect},
		{dry, "July", Incorrect},
	})
}

// TestHeldOutSeventeenOpeningHours: opening hours keyed as a span of
// the day ("6am to 10pm") are the same two times however written —
// on a 24-hour clock, in words, "in the morning" and "at night" — and
// "every day" is "seven days a week"; other times are wrong.
func TestHeldOutSeventeenOpeningHours(t *testing.T) {
	ask := teacherQuestion
	hours := ask("What hours will each ATM be open?", "6am to 10pm", "6am-10pm, seven days a week")
	checkVerdicts(t, []verdictCase{
		{hours, "6am to 10pm", Correct},
		{hours, "06:00 to 22:00", Correct},
		{hours, "from 6 in the morning to 10 at night", Correct},
		{hours, "six am till ten pm every day", Correct},
		{hours, "6 a.m.-10 p.m. daily", Correct},
		{hours, "6am to 9pm", Incorrect},
		{hours, "07:00 to 22:00", Incorrect},
		{hours, "6pm to 10am", Incorrect},
		{hours, "from 6 in the evening to 10 at night", Incorrect},
	})
}
