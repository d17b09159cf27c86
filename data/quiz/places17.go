package quiz

import (
	"math"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Places as held-out set 17 wrote them (docs/quality.md, 2026-12-02):
// "SK" for Saskatchewan (placeShortNames), "Pataskala, Ohio, US" for
// "Pataskala, Ohio", the country added; "the fifth ward" for "Ward 5".
// Table: TestHeldOutSeventeenPlaces.

// trailingCountry finds a country's short name that ends a place after a
// comma: ", US", ", USA", ", U.S.", ", United States", ", UK",
// ", Canada", ", Ireland", ", India", ", Nigeria", ", Kenya", ", Japan",
// ", Australia".
var trailingCountry = lazyre.New(`(?i),\s*(?:the\s+)?(?:us|usa|u\.s\.a?\.?|united\s+states(?:\s+of\s+america)?|america|uk|u\.k\.|united\s+kingdom|canada|ireland|india|nigeria|kenya|japan|australia)\s*\.?\s*$`)

// withoutTrailingCountry drops the country that ends an answer naming a
// place within it, where no key names a country: "Pataskala, Ohio, US"
// is "Pataskala, Ohio". The country is right, and adds nothing the
// question asks.
func withoutTrailingCountry(q Question, answer string) string {
	if !strings.Contains(answer, ",") {
		return answer
	}
	loc := trailingCountry.FindStringIndex(answer)
	if loc == nil || loc[0] == 0 {
		return answer
	}
	for _, acc := range q.Accepted {
		if trailingCountry.MatchString(", " + acc) {
			return answer // the key is a country: the answer's is what it says
		}
	}
	return answer[:loc[0]]
}

// ordinalUnit finds a numbered district said by its place in order:
// "the fifth ward", "the 3rd district", "the second precinct".
var ordinalUnit = lazyre.New(`(?i)\b(?:the\s+)?([a-z]+|\d+(?:st|nd|rd|th))\s+(ward|district|precinct|division|zone|constituency)\b`)

// withNumberedUnits writes "the fifth ward" as "Ward 5", where a key
// names its district so ("Ward 5").
func withNumberedUnits(q Question, answer string) string {
	m := ordinalUnit.FindStringSubmatchIndex(answer)
	if m == nil {
		return answer
	}
	n, ok := ordinalValue(answer[m[2]:m[3]])
	if !ok {
		return answer
	}
	unit := answer[m[4]:m[5]]
	for _, acc := range q.Accepted {
		if strings.Contains(strings.ToLower(acc), strings.ToLower(unit)+" ") {
			return answer[:m[0]] + upperFirst(strings.ToLower(unit)) + " " + n + answer[m[1]:]
		}
	}
	return answer
}

// ordinalValue reads an ordinal in words or figures as its number in
// figures: "fifth" and "5th" are "5".
func ordinalValue(w string) (string, bool) {
	v, ok := textnum.Ordinal(w)
	if !ok || v < 1 || v > 99 || v != math.Trunc(v) {
		return "", false
	}
	return strconv.Itoa(int(v)), true
}
