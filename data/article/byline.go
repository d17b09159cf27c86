package article

import (
	"strconv"
	"strings"
	"time"

	"github.com/lede-app/lede/data/internal/lazyre"
)

var (
	bylineStart = lazyre.New(`^(?i:by|written by|words by)\s+\p{Lu}`)
	monthNames  = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	// "Jan 10, 2017", "January 10 2017", "10 January 2017", "2017-01-10".
	datePattern = lazyre.New(`(?i)\b(?:(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `)\.?,?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`)
	timePattern = lazyre.New(`(?i)\b(\d{1,2}):(\d{2})\s*([ap])\.?m\.?(?:\s+([A-Z]{2,5})\b)?|\b(\d{1,2}):(\d{2})(?:\s+([A-Z]{2,5})\b)?`)
)

// zoneOffsets maps the time-zone abbreviations that English-language news
// sites print to their offsets from UTC in hours.
var zoneOffsets = map[string]float64{
	"UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
	"PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
	"IST": 5.5, "SGT": 8, "HKT": 8, "JST": 9, "KST": 9,
	"AEST": 10, "AEDT": 11, "ACST": 9.5, "AWST": 8, "NZST": 12, "NZDT": 13,
}

// isByline reports whether a line near the top is a byline: "By Name …",
// or a short line that is mostly a date.
func isByline(text string) bool {
	if len(text) > 160 {
		return false
	}
	if bylineStart.MatchString(text) {
		return true
	}
	loc := datePattern.FindStringIndex(text)
	return loc != nil && CountWords(text) <= 8
}

// parseByline reads the author's name and the publication time from a
// byline such as "By Victor Thomson , Jan 10, 2017 02:24 AM EST".
func parseByline(text string) (author string, published time.Time) {
	rest := text
	if m := bylineStart.FindStringIndex(text); m != nil {
		rest = text[m[1]-1:]
		author = rest
		if d := datePattern.FindStringIndex(rest); d != nil {
			author = rest[:d[0]]
		}
		author = strings.Trim(strings.TrimSpace(author), ",|-–—·•")
		author = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(author), " on"))
	}
	published = ParseDate(rest)
	return author, published
}

// ParseDate finds the first full date in text, with its time and zone when
// they follow it, and returns it; the zero time when there is none.
func ParseDate(text string) time.Time {
	m := datePattern.FindStringSubmatchIndex(text)
	if m == nil {
		return time.Time{}
	}
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	var year, month, day int
	switch {
	case g(1) != "":
		month, day, year = monthNumber(g(1)), atoi(g(2)), atoi(g(3))
	case g(4) != "":
		day, month, year = atoi(g(4)), monthNumber(g(5)), atoi(g(6))
	default:
		year, month, day = atoi(g(7)), atoi(g(8)), atoi(g(9))
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}
	}
	hour, minute, loc := clockAfter(text[m[1]:])
	t := time.Date(year, time.Month(month), day, hour, minute, 0, 0, loc)
	if t.Day() != day { // 31 February and the like
		return time.Time{}
	}
	return t
}

// clockAfter reads "02:24 AM EST" at the start of text.
func clockAfter(text string) (hour, minute int, loc *time.Location) {
	loc = time.UTC
	m := timePattern.FindStringSubmatch(text)
	if m == nil || strings.TrimSpace(text[:strings.Index(text, m[0])]) != "" {
		return 0, 0, loc
	}
	zone := m[4] + m[7]
	if m[1] != "" {
		hour, minute = atoi(m[1])%12, atoi(m[2])
		if strings.EqualFold(m[3], "p") {
			hour += 12
		}
	} else {
		hour, minute = atoi(m[5]), atoi(m[6])
	}
	if hour > 23 || minute > 59 {
		return 0, 0, loc
	}
	if off, ok := zoneOffsets[strings.ToUpper(zone)]; ok {
		loc = time.FixedZone(strings.ToUpper(zone), int(off*3600))
	}
	return hour, minute, loc
}

// monthNumber returns 1–12 for an English month name or abbreviation.
func monthNumber(name string) int {
	n := strings.ToLower(strings.TrimSuffix(name, "."))
	for i, full := range []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"} {
		if len(n) >= 3 && strings.HasPrefix(full, n) {
			return i + 1
		}
		if n == "sept" && i == 8 {
			return 9
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
