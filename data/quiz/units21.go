package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Units as held-out set 21 wrote them (docs/quality.md): "4c per litre"
// for "4 cent per litre", the cent as its sign's letter; "between 190m
// and 260m" for "Between 190 and 260 metres", the unit after both ends
// of the range — both refused, though "4 cents per litre" and "190-260m"
// passed. Where a key counts cents, a figure run into a "c" is that many
// cents; and a range whose two ends carry the same unit is the range
// with the unit once, after it (TestHeldOutTwentyOneUnits).

// glued cents: "4c", "38c", "4.5c".
var centsGlued = lazyre.New(`\b([0-9]+(?:\.[0-9]+)?)c\b`)

// keyCents finds a key that counts cents.
var keyCents = lazyre.New(`(?i)\bcents?\b`)

// withCentsWritten writes "4c" as "4 cent" where a key counts cents.
func withCentsWritten(q Question, answer string) string {
	if !centsGlued.MatchString(answer) || !keyHas(q, keyCents) {
		return answer
	}
	return centsGlued.Re().ReplaceAllString(answer, "$1 cent")
}

// keyHas reports whether a key matches re.
func keyHas(q Question, re *lazyre.Regexp) bool {
	for _, acc := range q.Accepted {
		if re.MatchString(acc) {
			return true
		}
	}
	return false
}

// rangeUnits finds a range with a unit after each end: "190m and 260m",
// "3 km to 5 km".
var rangeUnits = lazyre.New(`(?i)\b([0-9][0-9.,]*)\s*([a-z]+)\s+(and|to)\s+([0-9][0-9.,]*)\s*([a-z]+)\b`)

// withRangeUnitOnce writes a range whose two ends carry the same unit
// with the unit once, after the range: "190 and 260 m".
func withRangeUnitOnce(answer string) string {
	m := rangeUnits.FindStringSubmatchIndex(answer)
	if m == nil {
		return answer
	}
	unit, again := answer[m[4]:m[5]], answer[m[10]:m[11]]
	if !strings.EqualFold(unit, again) || !mentionsUnit("1 "+unit) {
		return answer
	}
	return answer[:m[2]] + answer[m[2]:m[3]] + " " + answer[m[6]:m[7]] + " " + answer[m[8]:m[9]] + " " + again + answer[m[11]:]
}
