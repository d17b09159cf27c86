package quiz

import (
	"strings"
	"time"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Dates as held-out set 18 wrote them (docs/quality.md, 2026-12-02).
// "Thursday 10 December 2023" passed for "Thursday 10 December": a year
// the key lacks is no mistake, but 10 December 2023 was a Sunday. And
// "9/10", "1/3/2027", "16.11", "10-12" were refused for "9 October", "1
// March 2027", "16 November", "10 December" — read as ambiguous, or not
// read at all. Tables: TestHeldOutEighteenWeekdayYears,
// TestHeldOutEighteenFigureDates.

// dayThenMonth and monthThenDay find a day and a month's name: "10
// December", "9th of October"; "Dec. 10", "December 10th".
var (
	dayThenMonth = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)
	monthThenDay = lazyre.New(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
)

// monthNumbers number the months by their first three letters.
var monthNumbers = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// dayMonthOf reads the day and month a text names, and the order it
// names them in: dayFirst for "10 December", not for "Dec. 10".
func dayMonthOf(text string) (day, month int, dayFirst, ok bool) {
	if m := dayThenMonth.FindStringSubmatch(text); m != nil {
		return atoi(m[1]), monthNumbers[strings.ToLower(m[2])], true, true
	}
	if m := monthThenDay.FindStringSubmatch(text); m != nil {
		return atoi(m[2]), monthNumbers[strings.ToLower(m[1])], false, true
	}
	return 0, 0, false, false
}

// otherYearsWeekday reports whether an answer dates a key's weekday and
// day to a year in which that day falls on another weekday: "Thursday 10
// December 2023" (a Sunday) for "Thursday 10 December". A key with its
// own year is left to the checks that compare years.
func otherYearsWeekday(q Question, answer string) bool {
	if !hasDigit(answer) || fourDigitYear.FindString(answer) == "" {
		return false
	}
	day, month, _, ok := dayMonthOf(answer)
	if !ok {
		return false
	}
	year := atoi(fourDigitYear.FindString(answer))
	for _, acc := range q.Accepted {
		days := weekdaysIn(acc)
		kd, km, _, ok := dayMonthOf(acc)
		if len(days) != 1 || !ok || kd != day || km != month || fourDigitYear.MatchString(acc) {
			continue
		}
		want := time.Weekday(days[0] - 100) // Monday is 101
		if days[0] == 107 {
			want = time.Sunday
		}
		if time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC).Weekday() != want {
			return true
		}
	}
	return false
}

// keyOrderReading reads a date in figures whose two first numbers could
// each be the day ("9/10") in the order the key writes its own date (day
// first for "9 October", month first for "Oct. 9"), when that reading is
// the key's date. ok is false otherwise, or when the keys write both
// orders or none: the date is then ambiguous, and the student is asked
// to write the month (as for "3/2/2012" to a key of 22 November).
func keyOrderReading(q Question, a, b int) (day, month int, ok bool) {
	order := 0 // 1 day first, 2 month first, 3 both
	var kd, km int
	for _, acc := range q.Accepted {
		d, m, dayFirst, found := dayMonthOf(acc)
		if !found {
			continue
		}
		if kd != 0 && (d != kd || m != km) {
			return 0, 0, false // keys of two dates
		}
		kd, km = d, m
		if dayFirst {
			order |= 1
		} else {
			order |= 2
		}
	}
	switch {
	case order == 1 && a == kd && b == km:
		return a, b, true
	case order == 2 && a == km && b == kd:
		return b, a, true
	}
	return 0, 0, false
}

// dottedDayMonth finds an answer that is only a day and a month in
// figures with a dot or a hyphen between them, as much of Europe writes
// it: "16.11", "10-12", "on 20.09", "Thurs. 10-12". A slash is
// dayMonthFigures'; elsewhere "1-0" is a score and "3.2" a decimal.
var dottedDayMonth = lazyre.New(`(?i)^\s*(?:on\s+)?(?:[a-z]+\.?,?\s+)?(\d{1,2})[.-](\d{1,2})\.?\s*$`)

// shortYearAfterDate finds a day and a month, then a year in two
// figures: "1 march 27".
var shortYearAfterDate = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d\d)\s*$`)

// withShortYearAfterDate writes a two-figure year after a day and a
// month as the key's year that ends in it: "1 march 27" for "1 March
// 2027".
func withShortYearAfterDate(q Question, answer string) string {
	m := shortYearAfterDate.FindStringSubmatchIndex(answer)
	if m == nil {
		return answer
	}
	if y := keyYearEnding(q, answer[m[4]:m[5]]); y != "" {
		return answer[:m[4]] + y + answer[m[5]:]
	}
	return answer
}
