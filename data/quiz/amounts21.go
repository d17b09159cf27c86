package quiz

import (
	"math"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// A count rounded or without its bound, as held-out set 21 wrote it
// (docs/quality.md): "Nearly 12,000" and "about 4800." for the keys
// "11,850" and "4,812", "86k" for "More than 86,000" — refused, as
// another number or a number without its words. The writer counts any
// form of the right value right, a reader's rounding among them. Where a
// key is one count, alone or after an approximate bound ("more than",
// "over", "about", "nearly"), an answer that is one number is right if it
// is the key's number (the bound may go), or, hedged ("about",
// "nearly", "around"), a rounding of it: within 2 % and with fewer
// significant digits, on the hedge's side ("nearly 12,000" is above
// 11,850). An unhedged near number ("4,800" for 4,812) or a
// far one stays wrong (TestHeldOutTwentyOneRoundedCounts).

// countKey finds a key that is one count, with an approximate bound or
// none: "11,850", "More than 86,000".
var countKey = lazyre.New(`(?i)^\s*(?:(more than|over|at least|nearly|almost|about|around|roughly|approximately|some)\s+)?([0-9][0-9,]*(?:\.[0-9]+)?(?:\s+(?:thousand|million|billion))?)\s*$`)

// countAnswer finds an answer that is one number, hedged or not:
// "nearly 12,000", "about 4800.", "86k".
var countAnswer = lazyre.New(`(?i)^\s*(?:(about|around|roughly|approximately|approx|nearly|almost|some|just under|just over|close to)\s+)?([0-9][0-9,]*(?:\.[0-9]+)?\s*(?:k|thousand|million|m|bn|billion)?)\s*[.!]?\s*$`)

// roundedCount reports whether an answer is a key's count without its
// bound, or a hedged rounding of it.
func roundedCount(q Question, answer string) bool {
	m := countAnswer.FindStringSubmatch(answer)
	if m == nil {
		return false
	}
	got, ok := textnum.Parse(m[2])
	if !ok || got == 0 {
		return false
	}
	hedged := m[1] != ""
	for _, acc := range q.Accepted {
		k := countKey.FindStringSubmatch(acc)
		if k == nil {
			continue
		}
		key, ok := textnum.Parse(k[2])
		if !ok || key < 100 {
			continue // a small count is exact or wrong
		}
		if got == key {
			return true // "86k" for "More than 86,000"
		}
		if hedged && k[1] == "" && math.Abs(got-key) <= 0.02*key && significantDigits(got) < significantDigits(key) && hedgeSide(m[1], got, key) {
			return true // "nearly 12,000" for 11,850
		}
	}
	return false
}

// hedgeSide reports whether a hedge's side fits: "nearly 12,000" is
// above the count it rounds (11,850), "just over 4,800" below it
// (4,812); "about" is either.
func hedgeSide(hedge string, got, key float64) bool {
	switch strings.ToLower(hedge) {
	case "nearly", "almost", "just under", "close to":
		return got >= key
	case "just over":
		return got <= key
	}
	return true
}

// An amount rounded in the key's unit, as the same writer counted it:
// "about 14 km" for "14.2 kilometres" was refused, though a conversion
// within rounding ("around 43 mph" for 70 km/h) is right. A hedged amount
// in the key's own unit that rounds the key's, as roundedCount reads a
// count, is right (TestHeldOutTwentyOneRoundedCounts).

// amountAnswer finds an answer that is one hedged amount with its unit:
// "about 14 km", "roughly 3.5 tonnes".
var amountAnswer = lazyre.New(`(?i)^\s*(about|around|roughly|approximately|approx|nearly|almost|just under|just over|close to)\s+([0-9][0-9,]*(?:\.[0-9]+)?)\s*([a-z]+)\s*[.!]?\s*$`)

// roundedAmount reports whether an answer is a hedged rounding of a
// key's amount, in the key's unit.
func roundedAmount(q Question, answer string) bool {
	m := amountAnswer.FindStringSubmatch(answer)
	if m == nil {
		return false
	}
	got, ok := quantityIn(m[2]+" "+m[3], "")
	if !ok || got.unit == 0 {
		return false
	}
	for _, acc := range q.Accepted {
		if countKey.MatchString(acc) {
			continue // a count: roundedCount's
		}
		key, ok := quantityIn(acc, got.kind)
		if !ok || key.kind != got.kind || key.unit != got.unit || key.value <= 0 {
			continue // another quantity, or another unit: a conversion is another rule's
		}
		if math.Abs(got.value-key.value) <= 0.02*key.value && significantDigits(got.value/got.unit) < significantDigits(key.value/key.unit) && hedgeSide(m[1], got.value, key.value) {
			return true
		}
	}
	return false
}
