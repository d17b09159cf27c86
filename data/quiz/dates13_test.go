package quiz

import "testing"

// TestHeldOutThirteenDates: an answer that names another month or weekday
// than every key that names one is wrong, though its amount ("three
// months") is the key's; "half" in "the second half" or "half-time" is a
// part of a match, not a share.
func TestHeldOutThirteenDates(t *testing.T) {
	ask := teacherQuestion
	period := ask("What period do the results cover?", "the three months to the end of September", "July to September")
	quarter := ask("What period do the results cover?", "the three months to the end of September")
	goal := ask("When did she score?", "just before half-time")
	share := ask("What share of the vote did they win?", "half")
	checkVerdicts(t, []verdictCase{
		{period, "the three months to the end of March", Incorrect},
		{quarter, "three months to the end of Sept", Correct},
		{quarter, "three months to end of March", Incorrect},
		{period, "July to Sept", Correct},
		{period, "the three months to the end of September", Correct},
		{period, "three months", Correct},
		{ask("On which day was the vote?", "Tuesday"), "Thursday", Incorrect},
		{ask("On which day was the vote?", "Tuesday"), "on Tues", Correct},
		{ask("When did the lido close?", "August 2022"), "in Aug 2022", Correct},
		{ask("When did the lido close?", "August 2022"), "June 2022", Incorrect},
		// "half" as a part of a match is no share.
		{goal, "in the second half", Incorrect},
		{share, "50%", Correct},
		{share, "a half", Correct},
		{share, "a quarter", Incorrect},
	})
}

// TestHeldOutThirteenTimes: a time said without am or pm ("three
// o'clock", "3:00") is the key's on a twelve-hour clock; midnight and noon
// are times of day ("12am", "12 o'clock at night" for "midnight"). A time
// that says the other half of the day, or another hour, stays wrong.
func TestHeldOutThirteenTimes(t *testing.T) {
	ask := teacherQuestion
	kickOff := ask("What time did the match kick off?", "3pm")
	trams := ask("Until what time will trams run?", "midnight")
	checkVerdicts(t, []verdictCase{
		{kickOff, "three o'clock", Correct},
		{kickOff, "3:00", Correct},
		{kickOff, "15:00", Correct},
		{kickOff, "three o'clock in the morning", Incorrect},
		{kickOff, "3am", Incorrect},
		{kickOff, "03:00", Incorrect},
		{kickOff, "four o'clock", Incorrect},
		{trams, "12am", Correct},
		{trams, "12 o'clock at night", Correct},
		{trams, "00:00", Correct},
		{trams, "12pm", Incorrect},
		{trams, "noon", Incorrect},
		{trams, "11pm", Incorrect},
		{ask("When does the shop open?", "12am"), "midnight", Correct},
		{ask("When does the shop open?", "noon"), "12pm", Correct},
		{ask("When does the shop open?", "noon"), "midnight", Incorrect},
	})
}

// TestHeldOutThirteenRanges: a range is one range however it is opened
// and closed ("from June until August 2023" for "between June and August
// 2023"); one end of it alone is partly right, another end wrong or
// partly right, never right.
func TestHeldOutThirteenRanges(t *testing.T) {
	trips := teacherQuestion("When did the lorries make their trips?", "between June and August 2023")
	checkVerdicts(t, []verdictCase{
		{trips, "from June until August 2023", Correct},
		{trips, "from June till August 2023", Correct},
		{trips, "June to August 2023", Correct},
		{trips, "between June and August 2023", Correct},
		{trips, "June 2023", Partial},
		{trips, "until August 2023", Partial},
		{trips, "from June until September 2023", Partial},
		{trips, "from July until August 2023", Partial},
		{teacherQuestion("How long do they sleep?", "between 8 and 10 hours"), "from 8 to 10 hours", Correct},
	})
}
