package quiz

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Dates as held-out set 11 wrote them (docs/quality.md, 2026-12-02): a
// month and year as "may 04" or "2001-03", a year in words ("nineteen
// eighty"). Table: TestHeldOutElevenDates.

// keyMonthYear finds a key that is a month and a year with no day: "May
// 2004", "March 2001".
var keyMonthYear = lazyre.New(`(?i)^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:1[89]|20)\d\d)\s*$`)

// monthTwoDigits finds a month's name and two figures: "may 04".
var monthTwoDigits = lazyre.New(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+['’]?(\d\d)\b`)

// isoYearMonth finds a year and a month in ISO order: "2001-03".
var isoYearMonth = lazyre.New(`\b((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])\b`)

// withMonthYear writes a month and year a key gives without a day in the
// answer's other forms as the key writes them: "may 04" and "2001-03"
// are May 2004 and March 2001. Without a day in the key, the two figures
// after a month are its year, and a year and two figures joined by a
// hyphen are its month, not a span of years: either way another month or
// year stays another.
func withMonthYear(q Question, answer string) string {
	if !strings.ContainsAny(answer, "0123456789") {
		return answer
	}
	for _, acc := range q.Accepted {
		if !hasDigit(acc) {
			continue // no year: skip the pattern
		}
		k := keyMonthYear.FindStringSubmatch(acc)
		if k == nil {
			continue
		}
		month, year := monthOf(strings.ToLower(k[1])), k[2]
		if m := monthTwoDigits.FindStringSubmatch(answer); m != nil && monthOf(strings.ToLower(m[1])) == month && m[2] == year[2:] {
			return strings.Replace(answer, m[0], month.String()+" "+year, 1)
		}
		if m := isoYearMonth.FindStringSubmatch(answer); m != nil && m[1] == year {
			return strings.Replace(answer, m[0], time.Month(atoi(m[2])).String()+" "+year, 1)
		}
	}
	return answer
}

// centuryWords are the first halves of a year said in words: "nineteen"
// eighty, "twenty" fifteen.
var centuryWords = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

// opensYear reports whether a word, in any case, is one of centuryWords.
func opensYear(w string) bool {
	if len(w) < 3 || !strings.ContainsRune("tefsnTEFSN", rune(w[0])) {
		return false // ten … twenty: most words open otherwise
	}
	for c := range centuryWords {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// yearInWords reads a year said as people say it: "nineteen eighty",
// "nineteen eighty-one", "twenty fifteen", "nineteen hundred", "nineteen
// oh five". ok is false for anything else, "two thousand and one" among
// them: textnum reads that as the number it is.
func yearInWords(s string) (int, bool) {
	if first, _, _ := strings.Cut(strings.TrimSpace(s), " "); !opensYear(first) {
		return 0, false // most answers open with no such word: skip the split
	}
	words := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	if len(words) < 2 || len(words) > 3 {
		return 0, false
	}
	century, ok := centuryWords[words[0]]
	if !ok {
		return 0, false
	}
	rest := strings.Join(words[1:], " ")
	switch {
	case rest == "hundred":
		return century * 100, true
	case len(words) == 3 && (words[1] == "oh" || words[1] == "o"):
		if v, ok := textnum.Parse(words[2]); ok && v >= 1 && v <= 9 {
			return century*100 + int(v), true
		}
		return 0, false
	}
	v, ok := textnum.Parse(rest)
	if !ok || v < 10 || v > 99 || v != float64(int(v)) {
		return 0, false
	}
	return century*100 + int(v), true
}

// withYearInWords writes an answer that is a year in words ("nineteen
// eighty") in figures, when a key holds a year.
func withYearInWords(q Question, answer string) string {
	if strings.ContainsAny(answer, "0123456789") {
		return answer
	}
	text := strings.TrimSpace(answer)
	lead := ""
	if len(text) > 3 && strings.EqualFold(text[:3], "in ") {
		lead, text = text[:3], text[3:] // "in nineteen eighty"
	}
	y, ok := yearInWords(text)
	if !ok || !slices.ContainsFunc(q.Accepted, fourDigitYear.MatchString) {
		return answer
	}
	return lead + strconv.Itoa(y)
}
