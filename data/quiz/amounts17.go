package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Amounts as held-out set 17 wrote them (docs/quality.md, 2026-12-02).
// "KSh 100 a month" passed for "KSh 15,000 a month", "19% a year" for
// "9% a year" and "₦8,500 a tonne" for "₦85,000 a tonne": the rate's
// period or unit ("a month") was read as the amount (one month), and
// the same in answer and key. Table: TestHeldOutSeventeenDenominators.

// amountThenPer finds an amount in figures, a percentage or a scale word
// and, right after it, "a", "an", "per", "each" or "every" and a word:
// "15,000 a month", "9% a year", "85,000 a tonne", "3.90 a gallon".
var amountThenPer = lazyre.New(`(?i)(?:[0-9%]|\b(?:thousand|million|billion|bn|k|crores?|lakhs?|cr))\s+(?:a|an|per|each|every)\s+([a-z]+)\b`)

// perMarks are the strings without which a text counts no amount per
// anything.
var perMarks = newFoldMarks("a ", "an ", "per ", "each ", "every ")

// withoutDenominators drops the unit or period an amount is counted per
// when it follows the amount, so that "KSh 15,000 a month" is read as no
// quantity at all rather than as one month: the amount is money, or a
// share, and the unit is what it is counted per (otherPeriod and
// otherPerUnit judge that). "About a tonne" is a tonne still.
func withoutDenominators(text string) string {
	if !perMarks.in(text) {
		return text
	}
	return amountThenPer.ReplaceAllStringFunc(text, func(m string) string {
		f := strings.Fields(m)
		if _, ok := measureUnits[strings.ToLower(f[len(f)-1])]; !ok {
			return m
		}
		return strings.TrimRight(strings.Join(f[:len(f)-2], " "), " ")
	})
}
