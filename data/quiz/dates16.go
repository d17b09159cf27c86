package quiz

import (
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Times of day as held-out set 16 wrote them (docs/quality.md,
// 2026-12-02): an hour in words with its part of the day and no
// "o'clock", "eleven at night" for 11 pm; and a temperature's scale after
// "below zero". Tables: TestHeldOutSixteenTimes,
// TestHeldOutSixteenTemperatures.

// hourThenPartOfDay finds an hour right before the words that say am or
// pm: "eleven at night", "7 in the morning", "six in the evening".
// An hour after ":" or "." is a clock's minutes ("12:06 in the
// afternoon"), and is left.
var hourThenPartOfDay = lazyre.New(`(?i)(^|[^:.0-9])\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b`)

// withHourThenPartOfDay writes such an hour as the time in figures:
// "eleven at night" is "11:00 at night", which partOfDay reads as 11 pm.
func withHourThenPartOfDay(said string) string {
	return hourThenPartOfDay.ReplaceAllStringFunc(said, func(m string) string {
		sub := hourThenPartOfDay.FindStringSubmatch(m)
		h := hourOf(sub[2])
		if h == 0 {
			return m // "23 at night" is no time said
		}
		return sub[1] + strconv.Itoa(h) + ":00" + sub[3]
	})
}

// belowZeroThenScale finds a temperature below zero whose scale comes
// after "below zero": "18 below zero Fahrenheit", "18 degrees below zero
// Celsius". ("Below freezing" is not zero in Fahrenheit, and is left.)
var belowZeroThenScale = lazyre.New(`(?i)\b([0-9][0-9.,]*|[a-z]+(?:-[a-z]+)?)\s+(?:degrees?\s+)?below\s+zero\s+(?:degrees?\s+)?(fahrenheit|celsius|centigrade|f|c)\b`)

// withBelowZeroScale writes such a temperature with its sign before it,
// as temperaturesIn reads it: "18 below zero Fahrenheit" is "minus 18
// degrees Fahrenheit" (held-out set 16), not 0 °F.
func withBelowZeroScale(answer string) string {
	if !temperatureMarks.in(answer) || !strings.Contains(strings.ToLower(answer), "below zero") {
		return answer
	}
	return belowZeroThenScale.ReplaceAllString(answer, "minus $1 degrees $2")
}
