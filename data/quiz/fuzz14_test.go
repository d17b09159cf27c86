package quiz

import (
	"strings"
	"testing"
)

// Fuzz tests of the readers held-out set 14 added; their seeds are also
// in testdata/fuzz.

// FuzzMinutesToHour: minutes said past or to an hour never panic, and
// what is read is a time of day.
func FuzzMinutesToHour(f *testing.F) {
	for _, s := range []string{"twenty to ten in the morning", "ten past six", "25 minutes past 4", "twenty-five to one",
		"20 to 10", "twenty to", "past past past", "59 to 13", "0 past 0", "twenty  to  twelve at night"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := withMinutesToHour(s)
		if out != s && !strings.Contains(out, ":") {
			t.Errorf("withMinutesToHour(%q) = %q", s, out)
		}
		if m, ok := spokenClockTime("At what time did it happen?", s); ok && (m < 0 || m >= 24*60) {
			t.Errorf("spokenClockTime(%q) = %d", s, m)
		}
	})
}

// FuzzAmountsFourteen: ranges of amounts, areas, signs and fractions of
// large numbers never panic; a range's low end is below its high end.
func FuzzAmountsFourteen(f *testing.F) {
	for _, s := range []string{"15 to 25 kilometers", "15-25 km", "between 15 and 25 km", "fifteen to twenty-five kilometres",
		"600k sq. ft.", "600,000 square feet", "about 56,000 m²", "2.9 billion km", "minus 14C", "-14", "14 below zero",
		"−14°C", "a quarter of a million", "one in ten exactly", "25-15 km", "9.9.9 to 1 km"} {
		f.Add(s)
	}
	q := Question{Prompt: "How far is it?", Accepted: []string{"15 to 25 kilometers", "minus 14C", "nearly a quarter", "fewer than one in ten"}}
	f.Fuzz(func(t *testing.T, s string) {
		if lo, ok := rangeLow(s, "length"); ok && !(lo >= 0) {
			t.Errorf("rangeLow(%q) = %v", s, lo)
		}
		quantityIn(s, "")
		saysBelowZero(s)
		sameTemperature(q, s)
		otherSign(q, s)
		amountForShare(q, s)
		exactForStrictBound(q, s)
		answerNumbers("How many flats did he own in a year?", s, []float64{14})
	})
}

// FuzzNamesFourteen: codes, contrasts and year spans never panic; a
// contrast's parts are parts of the text, and a span is only written
// out to a year a key has.
func FuzzNamesFourteen(f *testing.F) {
	for _, s := range []string{"the A5", "the A 380", "BA2490", "sell the plant rather than demolish it", "historical, not financial",
		"a, not b, not c", "2021-23", "2021 to 23", "the 1800s", "1999-00", "Arizona State University", "Housing and Planning Act 2016"} {
		f.Add(s)
	}
	q := Question{Prompt: "Which road?", Accepted: []string{"the A5", "between 2021 and 2023", "the 19th century", "University of Arizona"}}
	f.Fuzz(func(t *testing.T, s string) {
		codesIn(s)
		otherCode(q, s)
		if so, not, ok := contrastParts(s); ok && (len(so)+len(not) > len(s) || so == "" || not == "") {
			t.Errorf("contrastParts(%q) = %q, %q", s, so, not)
		}
		if out := withShortYearSpans(q, s); out != s && !strings.Contains(out, "2023") {
			t.Errorf("withShortYearSpans(%q) = %q", s, out)
		}
		if out := withCenturyYears(q, s); out != s && !strings.Contains(out, "century") {
			t.Errorf("withCenturyYears(%q) = %q", s, out)
		}
		otherNameAround("University of Arizona", s, []string{"university", "arizona"})
		onlyLawYears(s, []float64{2016})
	})
}
