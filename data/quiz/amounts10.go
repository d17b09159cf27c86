package quiz

import (
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Amounts as held-out set 10 wrote them (docs/quality.md, 2026-12-01,
// night): a number in words after a hedge or a bound, half after a
// number, a rough conversion. Table: TestHeldOutTenAmounts.

// halfAfterNumber finds "six and a half" or "6 and a half" before a unit,
// a number's hyphened words whole ("twenty-seven and a half thousand":
// the half was read after "seven" alone, held-out set 14).
var halfAfterNumber = lazyre.New(`(?i)\b([0-9]+|[a-z]+(?:-[a-z]+)?)\s+and\s+a\s+half\s+([a-z]+)`)

// withHalves writes "six and a half weeks" as "6.5 weeks", so that the
// unit reader sees one amount. "an hour and a half", where the half comes
// after the unit, is timeAfter's.
func withHalves(text string) string {
	if !strings.Contains(text, "and a half") {
		return text
	}
	return halfAfterNumber.ReplaceAllStringFunc(text, func(m string) string {
		sub := halfAfterNumber.FindStringSubmatch(m)
		v, ok := textnum.Parse(sub[1])
		if !ok {
			return m
		}
		return strconv.FormatFloat(v+0.5, 'f', -1, 64) + " " + sub[2]
	})
}

// quantityMatches finds each number with a word after it that may be a
// unit. Where a word before a number in words was read as the amount
// ("about fifty km", "over four weeks": "about" and "fifty"), the search
// goes on from the number, which the first match swallowed.
func quantityMatches(text string) [][]int {
	var out [][]int
	for start := 0; start < len(text); {
		idx := quantityAfter.FindStringSubmatchIndex(text[start:])
		if idx == nil {
			break
		}
		for i := range idx {
			if idx[i] >= 0 {
				idx[i] += start
			}
		}
		out = append(out, idx)
		start = idx[1]
		if wordBeforeNumber(text[idx[2]:idx[3]], text[idx[4]:idx[5]]) {
			start = idx[4]
		}
	}
	return out
}

// wordBeforeNumber reports whether a match read a word that is no
// number as the amount and the next word as the unit, where that next
// word is no unit: "about fifty", "over four". "forty five" is one
// number, and is not split.
func wordBeforeNumber(amount, unitWord string) bool {
	if _, unit := measureUnits[strings.ToLower(unitWord)]; unit || hasDigit(amount) {
		return false
	}
	_, number := textnum.Parse(amount)
	return !number
}

// roughConversion is how far out a conversion the student calls rough
// may be: "about a litre" for a quart is 6 % out, "about seven weeks"
// for 45 days 9 %, another amount.
const roughConversion = 0.07

// hedgedConversion reports whether an answer gives an amount as
// approximate in a unit other than the key's: "about a litre" for "a
// quart" rounds a conversion, and says so.
func hedgedConversion(answer string, got, key quantity) bool {
	return got.unit != key.unit && answerHedge.MatchString(answer)
}

// answerHedge finds a hedge in an answer.
var answerHedge = lazyre.New(`(?i)\b(?:about|around|roughly|nearly|almost|approximately|approx|just over|just under|some)\b|~`)

// fractionWords are the words of a fraction that are also ordinals.
var fractionWords = wordSet("third thirds quarter quarters fourth fourths fifth fifths sixth sixths eighth eighths tenth tenths")

// shareKey reports whether a key is a share of something: a fraction
// that ends the key or has "of" after it ("a fifth", "about a third of
// the vote"). "a third term" is a place in an order, and "3rd term"
// answers it.
func shareKey(key string) bool {
	if _, ok := textnum.Fraction(key); !ok {
		return false
	}
	words := strings.Fields(strings.ToLower(key))
	for i, w := range words {
		if fractionWords[w] {
			return i == len(words)-1 || words[i+1] == "of"
		}
	}
	return false
}

// tensWord reports whether a word is a multiple of ten in words, alone or
// opening a compound: "sixty", "sixtyfive". "more than sixty per cent"
// is a bound, as "more than 60%" is.
func tensWord(w string) bool {
	for _, t := range []string{"thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		if strings.HasPrefix(w, t) {
			return true
		}
	}
	return false
}
