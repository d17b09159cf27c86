package quiz

import "testing"

// TestHeldOutEighteenWeekdayYears: a year the key lacks is no mistake,
// unless the key's weekday falls on another day that year: "Thursday 10
// December 2023" (a Sunday) for "Thursday 10 December".
func TestHeldOutEighteenWeekdayYears(t *testing.T) {
	ask := teacherQuestion
	passed := ask("When was the budget passed?", "Thursday 10 December", "10 December")
	opened := ask("When did the unit open?", "Monday 16 November", "16 November")
	us := ask("When did the storm hit?", "Saturday, Feb. 6")
	checkVerdicts(t, []verdictCase{
		{passed, "Thursday 10 December", Correct},
		{passed, "10 December 2020", Correct}, // a Thursday
		{passed, "Thursday 10 December 2026", Correct},
		{passed, "Thursday 10 December 2023", Incorrect}, // a Sunday
		{passed, "10 December 2023", Incorrect},
		{passed, "December 10, 2025", Incorrect}, // a Wednesday
		{opened, "Monday 16 November 2026", Correct},
		{opened, "16 November 2026", Correct},
		{opened, "Monday 16 November 2028", Incorrect}, // a Thursday
		{us, "Feb. 6, 2021", Correct},                  // a Saturday
		{us, "February 6 2022", Incorrect},             // a Sunday
	})
}

// TestHeldOutEighteenFigureDates: a date in figures that either order
// could read ("9/10") is read in the order the key writes its own date,
// when that reading is the key's; and a day and month with a dot or a
// hyphen ("16.11", "10-12") are read as a date. A reading in the other
// order stays ambiguous (unclear), and another date wrong.
func TestHeldOutEighteenFigureDates(t *testing.T) {
	ask := teacherQuestion
	on := ask("When was the solar system switched on?", "Friday 9 October", "9 October")
	from := ask("From when will the bakery supply the stores?", "1 March 2027")
	us := ask("When did the mall open?", "Sept. 11")
	opened := ask("When did the unit open?", "Monday 16 November", "16 November")
	passed := ask("When was the budget passed?", "Thursday 10 December", "10 December")
	work := ask("When is work due to start?", "11 January")
	checkVerdicts(t, []verdictCase{
		{on, "9/10", Correct},
		{on, "09/10", Correct},
		{on, "9.10", Correct},
		{on, "Friday 9/10", Correct},
		{on, "10/9", Unclear},
		{on, "9/11", Unclear},
		{on, "8/10", Unclear},
		{from, "1/3/2027", Correct},
		{from, "1-3-2027", Correct},
		{from, "01.03.2027", Correct},
		{from, "1 march 27", Correct},
		{from, "3/1/2027", Unclear},
		{from, "1/3/2026", Incorrect},
		{from, "2 march 27", Incorrect},
		{us, "9/11", Correct},
		{us, "11/9", Unclear},
		{opened, "16.11", Correct},
		{opened, "16-11", Correct},
		{opened, "16/11", Correct},
		{opened, "16/12", Incorrect},
		{opened, "16.12", Incorrect},
		{passed, "10-12", Correct},
		{passed, "10.12", Correct},
		{passed, "Thurs. 10/12", Correct},
		{passed, "12/10", Unclear},
		{work, "11/1", Correct},
		{work, "11-01", Correct},
		{work, "11.01", Correct},
		{work, "1/11", Unclear},
	})
}
