package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Units and number forms as held-out set 18 wrote them (docs/quality.md,
// 2026-12-02): "about 45 metres per second" and "162 k/h" for "162
// km/h"; "3.5 k" and "around 35k" for kilometres; "2.300" and "1.800
// pesos" with a dot between thousands, "2,3 thousand" with a decimal
// comma, "2 thousand 300"; "90ish", "14ppl". Tables:
// TestHeldOutEighteenUnits, TestHeldOutEighteenNumberForms.

// metresPerSecond finds a speed in metres per second, and kmPerHourShort
// one in "k/h".
var (
	metresPerSecond = lazyre.New(`(?i)([0-9])\s*(?:metres|meters|metre|meter|m)\s*(?:per\s+|a\s+|/\s*)(?:second|sec|s)\b`)
	kmPerHourShort  = lazyre.New(`(?i)([0-9])\s*k/h\b`)
)

// withUnitSpellings18 writes metres per second as one unit ("mps", 3.6
// km/h) and "k/h" as "km/h".
func withUnitSpellings18(text string) string {
	if !strings.Contains(text, "/") && !strings.Contains(text, "second") && !strings.Contains(text, "sec") {
		return text
	}
	text = metresPerSecond.ReplaceAllString(text, "$1 mps")
	return kmPerHourShort.ReplaceAllString(text, "$1 km/h")
}

// kShort finds an amount with "k" after it: "3.5 k", "35k".
var kShort = lazyre.New(`(?i)\b([0-9]+(?:\.[0-9]+)?)\s*k\b`)

// keyKilometres finds a key's kilometres.
var keyKilometres = lazyre.New(`(?i)([0-9][0-9.,]*)\s*(?:km\b|kilomet)`)

// withKilometreK writes "3.5 k" and "35k" as kilometres where a key
// gives that many kilometres: read alone, "35k" is 35,000.
func withKilometreK(q Question, answer string) string {
	if !hasDigit(answer) || !strings.ContainsAny(answer, "kK") {
		return answer
	}
	var kms []float64
	for _, acc := range q.Accepted {
		for _, m := range keyKilometres.FindAllStringSubmatch(acc, -1) {
			if v, ok := textnum.Parse(m[1]); ok {
				kms = append(kms, v)
			}
		}
	}
	if len(kms) == 0 {
		return answer
	}
	return kShort.ReplaceAllStringFunc(answer, func(s string) string {
		m := kShort.FindStringSubmatch(s)
		if v, ok := textnum.Parse(m[1]); ok && slices.Contains(kms, v) {
			return m[1] + " km"
		}
		return s
	})
}

// dottedThousands finds a number with dots between its groups of three,
// as much of Europe and Latin America writes it: "2.300", "1.800" —
// never "0.012", a decimal (held-out set 24: "0.012 kg" for 12 grams).
// decimalCommaScale finds one with a comma before a scale's word: "2,3
// thousand". thousandAnd finds "2 thousand 300".
var (
	dottedThousands   = lazyre.New(`\b([1-9][0-9]{0,2}(?:\.[0-9]{3})+)\b`)
	decimalCommaScale = lazyre.New(`(?i)\b([0-9]+),([0-9]{1,2})\s*(thousand|million|billion|k|m|bn)\b`)
	thousandAnd       = lazyre.New(`(?i)\b([0-9]{1,3})\s+thousand\s+(?:and\s+)?([0-9]{1,3})\b`)
)

// withEuropeanNumbers writes a number in those forms as figures the
// checker reads, where that is a key's number and the other reading is
// not: "2.300" is 2300 for a key of 2,300, and 2.3 still for a key of
// 2.3.
func withEuropeanNumbers(q Question, answer string) string {
	if !hasDigit(answer) || !strings.ContainsAny(answer, ".,") && !strings.Contains(strings.ToLower(answer), "thousand") {
		return answer
	}
	keyNums := keyAmounts(q)
	if len(keyNums) == 0 {
		return answer
	}
	keyed := func(s string) bool {
		v, ok := textnum.Parse(s)
		return ok && slices.Contains(keyNums, v)
	}
	answer = dottedThousands.ReplaceAllStringFunc(answer, func(s string) string {
		if plain := strings.ReplaceAll(s, ".", ""); keyed(plain) && !keyed(s) {
			return plain
		}
		return s
	})
	answer = decimalCommaScale.ReplaceAllStringFunc(answer, func(s string) string {
		m := decimalCommaScale.FindStringSubmatch(s)
		if dotted := m[1] + "." + m[2] + " " + m[3]; keyed(dotted) && !keyed(s) {
			return dotted
		}
		return s
	})
	return thousandAnd.ReplaceAllStringFunc(answer, func(s string) string {
		m := thousandAnd.FindStringSubmatch(s)
		whole := strings.TrimLeft(m[1], "0") + strings.Repeat("0", 3-len(m[2])) + m[2]
		if keyed(whole) {
			return whole
		}
		return s
	})
}

// gluedNumberWord finds a number with a word glued to it that students
// type short: "90ish", "14ppl", "44yrs".
var gluedNumberWord = lazyre.New(`(?i)\b([0-9][0-9.,]*)(ish|ppl|pple|peeps|yrs|yo)\b`)

// withGluedNumberWords writes "90ish" as "about 90", "14ppl" as "14
// people" and "44yrs" as "44 years".
func withGluedNumberWords(answer string) string {
	if !hasDigit(answer) {
		return answer
	}
	return gluedNumberWord.ReplaceAllStringFunc(answer, func(s string) string {
		m := gluedNumberWord.FindStringSubmatch(s)
		switch strings.ToLower(m[2]) {
		case "ish":
			return "about " + m[1]
		case "yrs", "yo":
			return m[1] + " years" // "44yrs", "44yo" (held-out set 25)
		}
		return m[1] + " people"
	})
}
