package quiz

import (
	"math"
	"slices"
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
	if !slices.ContainsFunc(q.Accepted, isTemperature) {
		return false // most keys: no temperature, and the answer is not read
	}
	if !hasDigit(answer) && len(numbersOf(answer)) == 0 {
		return false
	}
	opposed := false
	for _, acc := range q.Accepted {
		if !isTemperature(acc) {
			continue
		}
		if saysBelowZero(acc) == saysBelowZero(answer) {
			return false
		}
		opposed = true
	}
	return opposed
}

// temperatureMarks are the words of a temperature besides "C" after
// figures.
var temperatureMarks = newFoldMarks("°", "degree", "celsius", "centigrade", "deg", "fahrenheit")

// digitThenC reports whether figures are followed by "C", with a space
// or none, at a word's end: "14C", "25 c".
func digitThenC(s string) bool { return digitThenLetter(s, 'c') }

// digitThenLetter reports whether figures are followed by the letter
// (lower case) in either case, with a space or none, at a word's end:
// "14C", "104 f".
func digitThenLetter(s string, letter byte) bool {
	upper := letter - 'a' + 'A'
	for i := 0; i < len(s); i++ {
		if s[i] != letter && s[i] != upper || i+1 < len(s) && isASCIILetter(s[i+1]) {
			continue
		}
		j := i - 1
		if j >= 0 && s[j] == ' ' {
			j--
		}
		if j >= 0 && isDigitByte(s[j]) {
			return true
		}
	}
	return false
}

// isTemperature reports whether a key is a temperature in figures.
func isTemperature(acc string) bool {
	if !hasDigit(acc) || !temperatureMarks.in(acc) && !digitThenC(acc) {
		return false // most keys: no figures, or no word of a temperature
	}
	k, ok := quantityIn(acc, "temperature")
	return ok && k.kind == "temperature"
}

// sameTemperature reports whether an answer that is one number, with no
// unit but a temperature's, gives a key's temperature on the same side
// of zero: "minus 14", "-14", "14 below zero", "fourteen below" for
// "minus 14C". The question asks how cold, so the degrees go without
// saying; "15" stays wrong for it.
func sameTemperature(q Question, answer string) bool {
	if !slices.ContainsFunc(q.Accepted, isTemperature) {
		return false // most keys: no temperature, and the answer is not read
	}
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
		if !isTemperature(acc) || saysFahrenheit(acc) != fahrenheit {
			continue // "25 fahrenheit" is no answer for "25C"
		}
		k, _ := quantityIn(acc, "temperature")
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

// fractionOfAmount finds a fraction of a large number, which is an
// amount, not a share: "a quarter of a million", "half a million", "a
// third of a billion", "three quarters of a million".
var fractionOfAmount = lazyre.New(`(?i)\b(?:half|quarters?|thirds?|fifths?|tenths?|\d+/\d+)\s+(?:of\s+)?(?:a|an|one)\s+(?:hundred|thousand|million|billion|trillion|dozen)\b`)

// largeNumberMarks are the strings without which a text has no fraction
// of a large number.
var largeNumberMarks = newFoldMarks("hundred", "thousand", "million", "billion", "trillion", "dozen")

// amountForShare reports whether an answer gives a fraction of a large
// number where every key that is a share is one, or the reverse: "a
// quarter of a million" passed for "nearly a quarter" as the fraction a
// quarter, and "a quarter" for "a quarter of a million".
func amountForShare(q Question, answer string) bool {
	answerAmount := largeNumberMarks.in(answer) && fractionOfAmount.MatchString(answer)
	if !answerAmount && !slices.ContainsFunc(q.Accepted, largeNumberMarks.in) {
		return false // most checks: no fraction of a large number on either side
	}
	if !answerAmount {
		if _, _, ok := shareOf(answer); !ok {
			return false
		}
	}
	other := false
	for _, acc := range q.Accepted {
		if _, _, ok := shareOf(acc); !ok {
			continue
		}
		if (largeNumberMarks.in(acc) && fractionOfAmount.MatchString(acc)) == answerAmount {
			return false
		}
		other = true
	}
	return other
}

// strictBounds open a bound that leaves out the number itself: "fewer
// than one in ten" is not one in ten. "at least", "up to", "within" and
// "or more" take it in, and "about" is no bound.
var strictBounds = boundPhrases("more than", "more then", "greater than", "higher than", "over", "above",
	"in excess of", "upwards of", "exceeding", "north of", "less than", "less then", "fewer than", "fewer then",
	"lower than", "under", "below", "nearly", "almost", "short of", "shy of")

// exactWords say an amount is the number itself.
var exactWords = wordSet("exactly precisely exact")

// exactForStrictBound reports whether an answer says its amount is
// exactly the number where every key that bounds it leaves the number
// out: "one in ten exactly" for "fewer than one in ten", "exactly 400"
// for "more than 400". "exactly 210" for "up to 210" is left as it was.
func exactForStrictBound(q Question, answer string) bool {
	if !strings.Contains(answer, "xact") && !strings.Contains(answer, "recise") && !strings.Contains(answer, "XACT") {
		return false
	}
	words := strings.Fields(strings.ToLower(answer))
	exact := false
	for _, w := range words {
		exact = exact || exactWords[strings.Trim(w, ".,!?;:")]
	}
	if !exact {
		return false
	}
	bounded := false
	for _, acc := range q.Accepted {
		if !hasDigit(acc) && len(numbersOf(acc)) == 0 && !strings.Contains(acc, " in ") {
			continue // no amount to bound
		}
		if !strictlyBounded(acc) {
			return false
		}
		bounded = true
	}
	return bounded
}

// strictlyBounded reports whether a text opens its amount with a strict
// bound, not turned round by "no" or "not".
func strictlyBounded(text string) bool {
	if !boundMarks.in(text) {
		return false
	}
	words := strings.Fields(strings.ToLower(text))
	for i := range words {
		if boundAt(words, i, strictBounds) > 0 && (i == 0 || words[i-1] != "no" && words[i-1] != "not") {
			return true
		}
	}
	return false
}

// askedNoun finds what a question counts: "How many flats …?".
var askedNoun = lazyre.New(`(?i)\bhow\s+many\s+([a-z]+)\b`)

// answerNumbers returns the numbers of an answer but those the question
// gives, for comparing with a key's (kept, which are never dropped): "58%
// were seen within four hours" to "… seen within four hours?", "12 hens
// in one night" to "… kill in a night?", "64.1% in July 2024" to "… in
// July 2024?" each give one number of their own. And where the question
// asks how many of a thing, the answer's count of it is its number: "14
// flats in two buildings" to "How many flats …?" (only one count of
// flats, and no "or").
func answerNumbers(prompt, answer string, kept []float64) []float64 {
	found := textnum.Find(answer)
	if len(found) < 2 {
		return nil
	}
	given := numbersOf(prompt)
	counted := ""
	if m := askedNoun.FindStringSubmatch(prompt); m != nil && !strings.Contains(answer, " or ") {
		counted = strings.ToLower(m[1])
	}
	nextWord := func(end int) string {
		rest := strings.Fields(strings.ToLower(answer[end:]))
		if len(rest) == 0 {
			return ""
		}
		return strings.Trim(rest[0], ".,;:!?")
	}
	countsOfKey, counts := 0, 0
	for _, m := range found {
		if counted != "" && sameWord(nextWord(m.End), counted) {
			counts++
			if slices.Contains(kept, m.Value) {
				countsOfKey++
			}
		}
	}
	var out []float64
	for _, m := range found {
		v := m.Value
		switch {
		case slices.Contains(kept, v):
		case slices.Contains(given, v):
			continue // the question's own: "four hours", "July 2024"
		case v == 1 && nextWord(m.End) != "" && oneOfQuestion(Normalize(prompt), nextWord(m.End)):
			continue // "in one night" to "in a night"
		case countsOfKey == 1 && counts == 1 && !sameWord(nextWord(m.End), counted):
			continue // "in two buildings" beside "14 flats" to "How many flats"
		}
		out = append(out, v)
	}
	return out
}

// oneOfQuestion reports whether a question (normalised) speaks of one
// of word: "a night", "an hour", "each night", "per night".
func oneOfQuestion(prompt, word string) bool {
	for _, one := range []string{"a ", "an ", "one ", "each ", "per ", "every "} {
		if containsPhrase(prompt, one+word) {
			return true
		}
	}
	return false
}
