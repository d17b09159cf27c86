package quiz

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/lexicon"
	"github.com/lede-app/lede/data/textnum"
)

// withSpokenYears writes a year said as people say it — "nineteen
// sixty-six", "twenty twenty-nine", "fourteen sixty-one", "nineteen oh
// five" — in figures, where a key gives that year: read word by word,
// "nineteen sixty-six" was the numbers 19 and 66, and no year (held-out
// set 24). Only a key's year is written, so that "twenty twenty" in a
// score or a count stays as it was.
func withSpokenYears(q Question, answer string) string {
	if q.Kind == YesNo || len(q.Choices) > 0 || !spokenYearMarks.in(answer) || !slices.ContainsFunc(q.Accepted, hasDigit) {
		return answer // most answers: no number words, or no figures in the key
	}
	years := map[int]bool{}
	for _, acc := range q.Accepted {
		for _, w := range strings.Fields(acc) {
			// A year as a key writes it: four figures, no comma ("1461",
			// "2029."); "2,020" is a count.
			if n, err := strconv.Atoi(strings.Trim(w, ".,;:!?()")); err == nil && len(strings.Trim(w, ".,;:!?()")) == 4 && n >= 1000 && n < 2200 {
				years[n] = true
			}
		}
	}
	if len(years) == 0 {
		return answer
	}
	words := strings.Fields(answer)
	for i := 0; i+1 < len(words); i++ {
		century, ok := spokenPart(words[i])
		if !ok || century < 10 {
			continue
		}
		next, end := words[i+1], i+2
		if low := strings.ToLower(next); (low == "oh" || low == "o") && end < len(words) {
			next, end = words[end], end+1 // "nineteen oh five"
		}
		rest, ok := spokenPart(next)
		if !ok {
			continue
		}
		if strings.EqualFold(words[i+1], "hundred") {
			rest = 0 // "nineteen hundred"
		}
		if year := century*100 + rest; years[year] {
			tail := trailingMarks(words[end-1])
			words = append(append(words[:i:i], strconv.Itoa(year)+tail), words[end:]...)
		}
	}
	return strings.Join(words, " ")
}

// spokenYearMarks are what a year said aloud has one of: a tens word, a
// "-teen" or "hundred" — withSpokenYears' first look.
var spokenYearMarks = newFoldMarks("teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred")

// spokenPart reads one word of a year said aloud: a number from 0 to 99
// in words ("sixty-six"), or "hundred" (as 0).
func spokenPart(w string) (int, bool) {
	w = strings.TrimRight(w, ".,;:!?")
	if strings.EqualFold(w, "hundred") {
		return 0, true
	}
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return 0, false // figures are read already
	}
	v, ok := textnum.Parse(strings.ToLower(w))
	if !ok || v < 0 || v > 99 || v != float64(int(v)) {
		return 0, false
	}
	return int(v), true
}

// trailingMarks returns the punctuation that ends w: "sixty-six." keeps
// its full stop.
func trailingMarks(w string) string {
	return w[len(strings.TrimRight(w, ".,;:!?")):]
}

// monthGroup captures a month's name, from the lexicon's list.
var monthGroup = "(" + lexicon.Alternation(lexicon.English.Months) + ")"

// monthEnd finds "the end of" a month in a key.
var monthEnd = lazyre.New(`(?i)\bend\s+of\s+` + monthGroup + `\b`)

// lateMonth finds "late" before a month: "late April".
var lateMonth = lazyre.New(`(?i)\blate\s+` + monthGroup + `\b`)

// dayOfMonth finds a day and a month, either way round: "31 March",
// "March 31st".
var dayOfMonth = lazyre.New(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthGroup + `|` + monthGroup + `\s+(\d{1,2})(?:st|nd|rd|th)?)\b`)

// monthLength is each month's last day; February's 28 or 29 are both its
// end.
var monthLength = map[string][]int{"january": {31}, "february": {28, 29}, "march": {31}, "april": {30}, "may": {31}, "june": {30},
	"july": {31}, "august": {31}, "september": {30}, "october": {31}, "november": {30}, "december": {31}}

// withMonthEnd writes the last day of a month in an answer as "the end of"
// it where the key says "the end of" that month: "by 31 March" for "by
// the end of March" (held-out set 25). Another day stays as it is.
func withMonthEnd(q Question, answer string) string {
	if !slices.ContainsFunc(q.Accepted, func(acc string) bool { return strings.Contains(strings.ToLower(acc), "end of") }) {
		return answer
	}
	if !hasDigit(answer) {
		// "by late April" for "by the end of April" (held-out set 26).
		return lateMonth.ReplaceAllString(answer, "the end of $1")
	}
	var ends []string
	for _, acc := range q.Accepted {
		for _, m := range monthEnd.FindAllStringSubmatch(acc, -1) {
			ends = append(ends, strings.ToLower(m[1]))
		}
	}
	if len(ends) == 0 {
		return answer
	}
	return dayOfMonth.ReplaceAllStringFunc(answer, func(s string) string {
		m := dayOfMonth.FindStringSubmatch(s)
		day, month := m[1], strings.ToLower(m[2])
		if day == "" {
			day, month = m[4], strings.ToLower(m[3])
		}
		n, _ := strconv.Atoi(day)
		if slices.Contains(ends, month) && slices.Contains(monthLength[month], n) {
			return "the end of " + month
		}
		return s
	})
}

// degreesLetter finds "degrees C" or "degrees F", the scale by its
// letter; glued finds a figure with the scale's letter glued on ("2C").
var (
	degreesLetter = lazyre.New(`(?i)\bdeg(?:rees?|s)?\s+([cf])\b`)
	gluedScale    = lazyre.New(`\b([0-9]+(?:\.[0-9]+)?)([CF])\b`)
)

// withTemperatureScales writes a temperature's scale in full where a key
// gives a temperature: "between two and eight degrees C" and "2C-8C" for
// "between 2°C and 8°C" (held-out set 26) — "degrees Celsius" and "2°C"
// were read, their short forms not.
func withTemperatureScales(q Question, answer string) string {
	if !slices.ContainsFunc(q.Accepted, func(acc string) bool { return strings.Contains(acc, "°") }) {
		return answer
	}
	answer = degreesLetter.ReplaceAllStringFunc(answer, func(s string) string {
		if strings.EqualFold(degreesLetter.FindStringSubmatch(s)[1], "f") {
			return "degrees Fahrenheit"
		}
		return "degrees Celsius"
	})
	answer = gluedScale.ReplaceAllString(answer, "$1°$2")
	return scaledRangeDash.ReplaceAllString(answer, "$1 to $2") // "2°C - 8°C": a range's dash, not a minus
}
