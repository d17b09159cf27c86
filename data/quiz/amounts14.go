package quiz

import (
	"math"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Amounts as held-out set 14 wrote them (docs/quality.md, 2026-12-02).
// Normalising drops a minus sign, so "14C" passed for "minus 14C": a
// temperature below zero is another temperature than the same number
// above it. Table: TestHeldOutFourteenSigns.

// belowZeroMarks are the strings without which a text says no number is
// below zero: most texts hold none, and are read no further.
var belowZeroMarks = newFoldMarks("-", "−", "minus", "negative", "below", "sub-zero", "subzero")

// belowZero finds a temperature said to be below zero: "minus 14C",
// "-14C", "−14", "negative 14", "14 below zero", "14 below freezing",
// "14 below". A hyphen counts only before figures and not after
// another number ("15-25", "2021-23" are ranges).
var belowZero = lazyre.New(`(?i)(?:^|[\s(~≈])(?:minus\s+|negative\s+|[-−]\s?)[0-9a-z]|\b(?:[0-9]+|[a-z]+)\s*(?:°\s*)?(?:c|f|degrees?|celsius|centigrade|fahrenheit)?\s+below(?:\s+(?:zero|freezing)\b|\s*$)|\bsub-?zero\b`)

// saysBelowZero reports whether text gives a number below zero.
func saysBelowZero(text string) bool {
	return belowZeroMarks.in(text) && belowZero.MatchString(text)
}

// otherSign reports whether an answer gives a temperature on the other
// side of zero from every key that is a temperature: "14C" or "14
// degrees" for "minus 14C", "-5C" for "5C". An answer without a number
// is left to the other checks.
func otherSign(q Question, answer string) bool {
	if !hasDigit(answer) && len(numbersOf(answer)) == 0 {
		return false
	}
	opposed := false
	for _, acc := range q.Accepted {
		if !strings.ContainsAny(acc, "0123456789") {
			continue
		}
		if k, ok := quantityIn(acc, "temperature"); !ok || k.kind != "temperature" {
			continue
		}
		if saysBelowZero(acc) == saysBelowZero(answer) {
			return false
		}
		opposed = true
	}
	return opposed
}

// sameTemperature reports whether an answer that is one number, with no
// unit but a temperature's, gives a key's temperature on the same side
// of zero: "minus 14", "-14", "14 below zero", "fourteen below" for
// "minus 14C". The question asks how cold, so the degrees go without
// saying; "15" stays wrong for it.
func sameTemperature(q Question, answer string) bool {
	nums := numbersOf(signDropped.ReplaceAllString(answer, "${1}${2}"))
	if len(nums) != 1 {
		return false
	}
	fahrenheit := false
	for _, w := range strings.Fields(Normalize(answer)) {
		if _, ok := textnum.Parse(w); ok || temperatureWords[w] {
			continue
		}
		if w != "f" && w != "fahrenheit" {
			return false // "25 miles", "25 people"
		}
		fahrenheit = true
	}
	for _, acc := range q.Accepted {
		k, ok := quantityIn(acc, "temperature")
		if !ok || k.kind != "temperature" || saysFahrenheit(acc) != fahrenheit {
			continue // "25 fahrenheit" is no answer for "25C"
		}
		if abs(nums[0]) == abs(k.value) && saysBelowZero(acc) == saysBelowZero(answer) {
			return true
		}
	}
	return false
}

// temperatureWords are the words an answer that is one temperature may
// hold besides its number: its sign, its unit, a hedge.
var temperatureWords = wordSet(`minus negative below zero freezing sub subzero c degree degrees deg degs celsius
	centigrade about around roughly approximately some it was got to down fell dropped reached hit`)

// saysFahrenheit reports whether a temperature is given in Fahrenheit.
func saysFahrenheit(s string) bool {
	for _, w := range strings.Fields(Normalize(s)) {
		if w == "f" || w == "fahrenheit" || strings.HasSuffix(w, "f") && hasDigit(w) {
			return true
		}
	}
	return false
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// signDropped finds what says below zero around a number, to read the
// number alone: a sign before figures ("-14" is no number to textnum),
// and "below zero" or "below freezing" ("zero" would be a second number).
var signDropped = lazyre.New(`(?i)(^|[\s(])[-−]\s?([0-9])|\s+below\s+(?:zero|freezing)\b`)

// quantityRange finds a range of amounts in one unit: "15 to 25
// kilometers", "15-25 km", "between 15 and 25 km", "fifteen to
// twenty-five kilometres".
var quantityRange = lazyre.New(`(?i)([0-9][0-9.,]*)\s*(?:to|-|–|—|and)\s*([0-9][0-9.,]*)\s*-?\s*(km/h|[a-z]+)\b`)

// rangeLow reads the low end of a range of amounts in one unit, in the
// unit's base, where the unit measures kind: 15,000 for "15 to 25 km" as
// a length. quantityIn reads the high end, the number the unit follows.
func rangeLow(text, kind string) (float64, bool) {
	if !strings.Contains(text, "-") && !strings.Contains(text, "–") && !strings.Contains(text, "—") && !strings.Contains(text, "to") && !strings.Contains(text, "and") {
		return 0, false
	}
	if !hasDigit(text) {
		text = wordsInFigures(text, func(string) bool { return true })
	}
	m := quantityRange.FindStringSubmatch(text)
	if m == nil {
		return 0, false
	}
	u, ok := measureUnits[strings.ToLower(m[3])]
	if !ok || u.quantity != kind {
		return 0, false
	}
	lo, ok := textnum.Parse(m[1])
	hi, ok2 := textnum.Parse(m[2])
	if !ok || !ok2 || lo >= hi {
		return 0, false
	}
	return lo * u.size, true
}

// rangeVerdict judges an amount against a key that is a range: a range
// must have the key's low end too ("5 to 25 km" for "15 to 25 km" is
// wrong, though it ends where the key does), and one end alone is partly
// right ("25 km" for "15 to 25 km"). ok is false when the key is no
// range.
func rangeVerdict(key, answer string, kind string, tolerance float64) (Verdict, bool) {
	lo, ok := rangeLow(key, kind)
	if !ok {
		return "", false
	}
	got, ok := rangeLow(answer, kind)
	if !ok {
		return Partial, true
	}
	if math.Abs(got-lo)/lo <= tolerance {
		return Correct, true
	}
	return Incorrect, true
}
