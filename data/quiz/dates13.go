package quiz

import (
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Dates and periods as held-out set 13 wrote them (docs/quality.md,
// 2026-12-02). Table: TestHeldOutThirteenDates.

// calendarNumbers are the months and weekdays, in full and as written
// short, each as its month (1–12) or its weekday (101–107). "may" is left
// out (a verb far more often than a month in what students write), and
// "sat", "sun", "mar" and "jun" too short to tell from other words in an
// answer — a key still reads them in full.
var calendarNumbers = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4,
	"june": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"monday": 101, "mon": 101, "tuesday": 102, "tue": 102, "tues": 102, "wednesday": 103, "wed": 103, "weds": 103,
	"thursday": 104, "thu": 104, "thur": 104, "thurs": 104, "friday": 105, "fri": 105, "saturday": 106, "sunday": 107,
}

// calendarIn returns the months and weekdays text names, as
// calendarNumbers numbers them (none: nil). It reads the words of letters
// only, without a copy when there are none.
func calendarIn(text string) []int {
	var out []int
	var buf [12]byte
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j-i >= 3 && j-i <= len(buf) && (j == len(text) || text[j] < 0x80 && !unicode.IsLetter(rune(text[j]))) {
			for k := i; k < j; k++ {
				buf[k-i] = lowerASCII(text[k])
			}
			if n, ok := calendarNumbers[string(buf[:j-i])]; ok {
				out = append(out, n)
			}
		}
		i = j
	}
	return out
}

// otherCalendarWord reports whether an answer names a month or weekday
// and every key that names one names others: "the three months to the
// end of March" for "the three months to the end of September" — the
// amount ("three months") is the key's, and was judged alone.
func otherCalendarWord(q Question, answer string) bool {
	got := calendarIn(answer)
	if len(got) == 0 {
		return false
	}
	other := false
	for _, acc := range q.Accepted {
		want := calendarIn(acc)
		if len(want) == 0 {
			continue
		}
		for _, g := range got {
			for _, w := range want {
				if g == w {
					return false
				}
			}
		}
		other = true
	}
	return other
}

// halfAsPeriod finds "half" that names a part of a match or a year, not
// a share: "half-time", "the second half", "half-term".
var halfAsPeriod = lazyre.New(`(?i)\b(?:first|second|1st|2nd)\s+half\b|\bhalf[\s-]?(?:time|term)\b`)

// halfMark is halfIsPeriod's cheap first look.
var halfMark = newFoldMarks("half")

// halfIsPeriod is halfAsPeriod's cheap first look and match.
func halfIsPeriod(s string) bool {
	return halfMark.in(s) && halfAsPeriod.MatchString(s)
}

// namedTime finds a time of day said by its name: "midnight", "noon".
var namedTime = lazyre.New(`(?i)\b(midnight|noon|midday)\b`)

// namedClockTime reads the one named time of day in s as minutes after
// midnight: midnight is 0, noon 720.
func namedClockTime(s string) (int, bool) {
	if !strings.Contains(s, "id") && !strings.Contains(s, "oon") && !strings.Contains(s, "OON") && !strings.Contains(s, "ID") {
		return 0, false // no "midnight", "midday" or "noon": most answers
	}
	ms := namedTime.FindAllStringSubmatch(s, 2)
	if len(ms) != 1 {
		return 0, false
	}
	if strings.EqualFold(ms[0][1], "midnight") {
		return 0, true
	}
	return 720, true
}

// saysHalfOfDay finds what settles whether a time is am or pm: the
// words, "noon" and "midnight", or a clock written in 24 hours ("03:00",
// "15:00").
var saysHalfOfDay = lazyre.New(`(?i)\d\s*[ap]\.?m\b|\b(?:am|pm|morning|afternoon|evening|night|tonight|noon|midday|midnight)\b|\b0\d[:.]?\d\d|\b(?:1[3-9]|2[0-3])[:.]?\d\d`)

// sameHourOfClock reports whether an answer's time t, said without am or
// pm ("three o'clock", "3:00"), is a key's time k on a twelve-hour clock:
// "three o'clock" for "3pm" is how the time is said (held-out set 13).
// "3 o'clock in the morning" settles it, and is wrong for 3pm.
func sameHourOfClock(answer string, t, k int) bool {
	return t < 13*60 && (t%720) == (k%720) && !saysHalfOfDay.MatchString(answer)
}

// relativePeriod finds a period named from now: "next spring", "this
// year", "last week", "the coming season", "the following summer".
var relativePeriod = lazyre.New(`(?i)\b(this|next|last|coming|following|previous|past)\s+(spring|summer|autumn|fall|winter|week|weekend|month|year|season|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// sideOfNow is what each of relativePeriod's first words means.
var sideOfNow = map[string]string{"this": "this", "next": "next", "coming": "next", "following": "next",
	"last": "last", "previous": "last", "past": "last"}

// relativePeriodVerdict judges an answer that names a period from now
// against a key that does: the same period on the same side is right
// ("the following spring" for "next spring"), on another side wrong.
// False where either names none, or another period.
func relativePeriodVerdict(q Question, answer string) (Verdict, bool) {
	got := relativePeriod.FindStringSubmatch(answer)
	if got == nil {
		return "", false
	}
	for _, acc := range q.Accepted {
		want := relativePeriod.FindStringSubmatch(acc)
		if want == nil || !strings.EqualFold(want[2], got[2]) {
			continue
		}
		if sideOfNow[strings.ToLower(want[1])] != sideOfNow[strings.ToLower(got[1])] {
			return Incorrect, true
		}
		if len(strings.Fields(answer)) <= 4 {
			return Correct, true
		}
	}
	return "", false
}
