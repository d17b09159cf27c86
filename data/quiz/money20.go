package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Amounts as held-out set 20 wrote them (docs/quality.md): "$6.50"
// passed for "₹6.50", its figures read as the clock time 6:50; "830" and
// "830 i think" were refused for "830 pesos", and "roughly 28 billion"
// for "about 28 billion ISK", though the writer leaves a currency out of
// a number question as "830" for "$830" always was; "5,000,000 AMD" was
// refused for "5,000,000 drams", the Armenian dram unread. An amount
// with a currency's sign is no time of day (TestHeldOutTwentyAmountNotClock);
// a money key's amount alone, hedged or not, is right, another number or
// another currency still wrong (TestHeldOutTwentyAmountWithoutCurrency);
// the dram, lari, manat and tenge are read by name and code
// (TestHeldOutTwentyCurrencies).

// moneyNotClock reports whether an answer is an amount of money, with a
// currency's sign or name: "$6.50" is no time of day.
func moneyNotClock(answer string) bool {
	if !strings.ContainsAny(answer, "$£€¥₹") && !mayBeWorldMoney(answer) && !moneyWord.MatchString(answer) {
		return false // most answers: no sign, no currency's name
	}
	_, ok := moneyIn(answer)
	return ok
}

// moneyWord finds the older tables' currency names.
var moneyWord = lazyre.New(`(?i)dollar|euro|pound|rupee|peso|yen\b|cents?\b|shilling|naira|rand\b`)

// amountAlone is an answer that is one number in figures, with at most a
// hedge before or "I think" after it: "830", "roughly 28 billion", "830
// i think".
var amountAlone = lazyre.New(`^(?:(?:about|around|roughly|approximately|approx|nearly|almost|some|i think|i guess)\s+)*([0-9][0-9.,]*(?:\s+(?:thousand|million|billion|trillion|m|bn))?)(?:\s+(?:i think|i guess|or so))?$`)

// amountWithoutCurrency reports whether an answer is a money key's
// amount with its currency left out: "830" for "830 pesos", "roughly 28
// billion" for "about 28 billion ISK". The number must be the key's as
// checkMoney reads it, within a tenth where the key is approximate.
func amountWithoutCurrency(q Question, answer string) bool {
	if !hasDigit(answer) || len(answer) > 40 {
		return false
	}
	m := amountAlone.FindStringSubmatch(strings.ToLower(strings.TrimSpace(strings.Trim(answer, " .!"))))
	if m == nil {
		return false
	}
	v, ok := textnum.Parse(m[1])
	if !ok {
		return false
	}
	for _, acc := range q.Accepted {
		key, ok := moneyIn(acc)
		if !ok || key.value == 0 {
			continue
		}
		tolerance := 1e-9
		if approxKey.MatchString(acc) && !otherNumberAsPrecise(v, key.value) {
			tolerance = 0.10
		}
		if d := (v - key.value) / key.value; d <= tolerance && d >= -tolerance {
			return true
		}
	}
	return false
}
