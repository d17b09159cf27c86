package quiz

import (
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Times and dates as held-out set 12 wrote them (docs/quality.md,
// 2026-12-02): a time of day in four figures ("0530") or in words ("half
// 5 in the morning"), a date in ISO order whose year the key leaves out
// ("2025-02-11" for "Tuesday 11 February"), a span of days with ordinal
// endings ("24th-25th march"), and a year in two figures without its
// apostrophe ("since 97"). Table: TestHeldOutTwelveDates.

var (
	// halfHour finds "half" and an hour, as British speech gives the half
	// hour after it: "half 5", "half past five".
	halfHour = lazyre.New(`(?i)\bhalf\s+(?:past\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)
	// quarterHour finds "quarter past" or "quarter to" an hour.
	quarterHour = lazyre.New(`(?i)\b(?:a\s+)?quarter\s+(past|to)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)
	// oClock finds an hour and "o'clock".
	oClock = lazyre.New(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]?\s?clock\b`)
	// partOfDay finds the words after a time that say am or pm.
	partOfDay = lazyre.New(`(?i)\s*\b(?:in\s+the\s+(morning)|in\s+the\s+(?:afternoon|evening)|at\s+night)\b`)
)

// hourWords are the hours in words.
var hourWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// hourOf reads an hour in figures or words; 0 when it is none.
func hourOf(s string) int {
	if h, ok := hourWords[strings.ToLower(s)]; ok {
		return h
	}
	if h, err := strconv.Atoi(s); err == nil && h >= 1 && h <= 12 {
		return h
	}
	return 0
}

// spokenClockTime reads a time of day as it is said rather than written:
// "half 5" is 5:30, "quarter to six" 5:45, "six o'clock" 6:00, with "in
// the morning" as am and "in the evening" or "at night" as pm ("5.30 in
// the evening" is 17:30); and, to a question that asks what time, four
// figures as a schedule writes them ("0530"). ok is false when the answer
// says none of these.
func spokenClockTime(prompt, answer string) (int, bool) {
	if fourDigits(answer) {
		if m := hhmm.FindStringSubmatch(answer); m != nil && asksTimeOfDay.MatchString(prompt) {
			return atoi(m[1])*60 + atoi(m[2]), true
		}
	}
	if shortFormMarks(answer)&markClock == 0 && !(strings.Contains(answer, " to ") && asksTimeOfDay.MatchString(prompt)) {
		return 0, false
	}
	said := withMinutesToHour(answer) // "twenty to ten" (held-out set 14)
	said = halfHour.ReplaceAllStringFunc(said, func(m string) string {
		h := hourOf(halfHour.FindStringSubmatch(m)[1])
		if h == 0 {
			return m
		}
		return strconv.Itoa(h) + ":30"
	})
	said = quarterHour.ReplaceAllStringFunc(said, func(m string) string {
		sub := quarterHour.FindStringSubmatch(m)
		h := hourOf(sub[2])
		switch {
		case h == 0:
			return m
		case strings.EqualFold(sub[1], "past"):
			return strconv.Itoa(h) + ":15"
		}
		return strconv.Itoa((h+10)%12+1) + ":45" // "quarter to one" is 12:45
	})
	said = oClock.ReplaceAllStringFunc(said, func(m string) string {
		h := hourOf(oClock.FindStringSubmatch(m)[1])
		if h == 0 {
			return m
		}
		return strconv.Itoa(h) + ":00"
	})
	said = withHourThenPartOfDay(said) // "eleven at night" (held-out set 16)
	said = partOfDay.ReplaceAllStringFunc(said, func(m string) string {
		if partOfDay.FindStringSubmatch(m)[1] != "" {
			return "am"
		}
		return "pm"
	})
	if said == answer {
		return 0, false
	}
	return clockTime(said)
}

// fourDigits reports whether s has four figures in a row: hhmm's cheap
// first look.
func fourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// ordinalSpan finds a day with an ordinal ending before a dash and
// another day: "24th-25th".
var ordinalSpan = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)(\s*[-–—]\s*\d{1,2})(?:st|nd|rd|th)?\b`)

// withOrdinalSpans writes a span of days with ordinal endings as figures:
// "24th-25th march" is "24-25 march".
func withOrdinalSpans(answer string) string {
	if strings.IndexByte(answer, '-') < 0 && !strings.Contains(answer, "–") && !strings.Contains(answer, "—") || !hasDigit(answer) {
		return answer
	}
	return ordinalSpan.ReplaceAllString(answer, "$1$2")
}

// asksYear finds a question that asks for a year: "Since which year …?",
// "In what year …?".
var asksYear = lazyre.New(`(?i)\b(?:which|what)\s+year\b`)

// twoFigures finds a number of two figures standing alone.
var twoFigures = lazyre.New(`(?:^|\s)(\d\d)(?:$|[\s.,;!?])`)

// withTwoFigureYear writes a year given in two figures without an
// apostrophe ("since 97") as the key's year (1997), where the question
// asks which year and the answer holds no other number: "'97" the
// checker reads already.
func withTwoFigureYear(q Question, answer string) string {
	if !hasDigit(answer) || !strings.Contains(q.Prompt, "year") || !asksYear.MatchString(q.Prompt) || len(numbersOf(answer)) != 1 {
		return answer
	}
	m := twoFigures.FindStringSubmatchIndex(answer)
	if m == nil {
		return answer
	}
	if y := keyYearEnding(q, answer[m[2]:m[3]]); y != "" {
		return answer[:m[2]] + y + answer[m[3]:]
	}
	return answer
}

// keyYearEnding returns the first year the key writes in four figures
// that ends in short ("27" → "2027"), or "".
func keyYearEnding(q Question, short string) string {
	for _, acc := range q.Accepted {
		for _, y := range fourDigitYear.FindAllString(acc, -1) {
			if strings.HasSuffix(y, short) {
				return y
			}
		}
	}
	return ""
}
