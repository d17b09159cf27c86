package quiz

import (
	"slices"
	"strconv"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Dates and hours as held-out set 17 wrote them (docs/quality.md,
// 2026-12-02). "Sunday, Feb. 6" passed for "Saturday, Feb. 6": the date
// was read and the weekday beside it was not. "April to October" passed
// for "October to April", the months read and their order not, and
// "October" alone for the season. Opening hours were read as one time,
// so "06:00 to 22:00" was refused for "6am to 10pm". Tables:
// TestHeldOutSeventeenWeekdays, TestHeldOutSeventeenMonthSpans,
// TestHeldOutSeventeenOpeningHours.

// weekdaysIn returns the weekdays text names, as calendarNumbers numbers
// them (101–107).
func weekdaysIn(text string) []int {
	var out []int
	for _, n := range calendarIn(text) {
		if n > 100 {
			out = append(out, n)
		}
	}
	return out
}

// otherWeekday reports whether an answer names a weekday that no key
// names, where a key names one: "Sunday, Feb. 6" for "Saturday, Feb. 6".
// The date may be right, but the day is not: one of the two is wrong,
// and the student cannot say which. An answer that names no weekday
// ("Feb. 6") is left to the other checks.
func otherWeekday(q Question, answer string) bool {
	got := weekdaysIn(answer)
	if len(got) == 0 {
		return false
	}
	var want []int
	for _, acc := range q.Accepted {
		want = append(want, weekdaysIn(acc)...)
	}
	if len(want) == 0 {
		return false
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			return true
		}
	}
	return false
}

// spanWord finds what joins the two ends of a span: "to", "till",
// "until", "through", or a dash between them.
var spanWord = lazyre.New(`(?i)\s+(?:to|till|til|until|through|thru)\s+|\s*[-–—]\s*`)

// spanMarks are the strings without which a text holds no span.
var spanMarks = newFoldMarks(" to ", " till ", " til ", "until", "through", "thru", "-", "–", "—")

// monthSpan returns the two months a text runs from and to, in its order
// ("from October to April" is 10 and 4), when it names two months and a
// span's word or dash between them, and no other month or weekday.
func monthSpan(text string) (from, to int, ok bool) {
	if !spanMarks.in(text) || !spanWord.MatchString(text) {
		return 0, 0, false
	}
	months := calendarIn(text)
	if len(months) != 2 || months[0] > 12 || months[1] > 12 || months[0] == months[1] {
		return 0, 0, false
	}
	return months[0], months[1], true
}

// checkMonthSpan judges an answer to a key that is a span of months, as
// a season is ("from October to April"): the same months in the same
// order are right however written ("Oct-Apr"); the same months the other
// way round are another season, and wrong; one end alone ("October") is
// half the answer. ok is false when no key is a span of months, or the
// answer names no month.
func checkMonthSpan(q Question, answer string) (Verdict, bool) {
	got := calendarIn(answer)
	if len(got) == 0 || slices.ContainsFunc(got, func(n int) bool { return n > 12 }) {
		return "", false
	}
	for _, acc := range q.Accepted {
		from, to, ok := monthSpan(acc)
		if !ok {
			continue
		}
		gotFrom, gotTo, span := monthSpan(answer)
		switch {
		case span && gotFrom == from && gotTo == to:
			if hasDigit(answer) {
				return "", false // "October 2026 to April 2027": the years are the rest's to read
			}
			return Correct, true
		case span && gotFrom == to && gotTo == from:
			return Incorrect, true
		case len(got) == 1 && (got[0] == from || got[0] == to) && !spanWord.MatchString(answer):
			// One month and no span: "Jun to Aug" is a span whose "Jun"
			// calendarIn leaves unread, and is the rest's to judge.
			return Partial, true
		}
	}
	return "", false
}

// hourWordThenMeridiem finds an hour in words before "am" or "pm": "six
// am", "ten p.m.".
var hourWordThenMeridiem = lazyre.New(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*([ap]\.?m\b\.?)`)

// clockSpan reads the times of day a text runs from and to, as minutes
// after midnight: "6am to 10pm", "06:00 to 22:00", "from 6 in the
// morning to 10 at night", "six am till ten pm every day". ok is false
// unless the text is two times with a span's word or dash between.
func clockSpan(prompt, text string) (from, to int, ok bool) {
	if !spanMarks.in(text) || !hasDigit(text) && !hourWordThenMeridiem.MatchString(text) && !hourThenPartOfDay.MatchString(text) {
		return 0, 0, false
	}
	text = withHourThenPartOfDay(hourWordThenMeridiem.ReplaceAllStringFunc(text, func(m string) string {
		sub := hourWordThenMeridiem.FindStringSubmatch(m)
		return strconv.Itoa(hourOf(sub[1])) + sub[2]
	}))
	loc := spanWord.FindStringIndex(text)
	if loc == nil {
		return 0, 0, false
	}
	q := Question{Prompt: prompt}
	from, okFrom := answerClockTime(q, text[:loc[0]])
	to, okTo := answerClockTime(q, text[loc[1]:])
	return from, to, okFrom && okTo
}

// checkClockSpan judges an answer to a key that is a span of the day,
// as opening hours are ("6am to 10pm"): the same two times are right
// however written, other times wrong. ok is false when no key is such a
// span or the answer is none.
func checkClockSpan(q Question, answer string) (Verdict, bool) {
	from, to, ok := clockSpan(q.Prompt, answer)
	if !ok {
		return "", false
	}
	judged := false
	for _, acc := range q.Accepted {
		kFrom, kTo, ok := clockSpan(q.Prompt, acc)
		if !ok {
			continue
		}
		if kFrom == from && kTo == to {
			return Correct, true
		}
		judged = true
	}
	if judged {
		return Incorrect, true
	}
	return "", false
}
