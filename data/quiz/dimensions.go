package quiz

import (
	"math"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// A thing's size given as two or three measurements — "18 by 13
// centimetres", "18 x 13 cm", "2.1 metres by 1.4 metres" — is one answer:
// one of its measurements alone is half of it ("13 cm", held-out sets 22
// and 23), and the same measurements the other way round are the same
// size ("13 by 18 cm", "18cm x 13cm").

// dimensionsPattern finds two or three lengths joined by "by" or "x",
// each with or without its unit, in figures or words ("eighteen by
// thirteen centimeters"); or, written close, "18cm x 13cm" (groups 7–10).
var dimensionsPattern = lazyre.New(`(?i)([0-9][0-9.,]*|[a-z]+(?:-[a-z]+)?)\s*([a-z]+)?\s+(?:by|x|×)\s+([0-9][0-9.,]*|[a-z]+(?:-[a-z]+)?)\s*([a-z]+)?(?:\s+(?:by|x|×)\s+([0-9][0-9.,]*|[a-z]+(?:-[a-z]+)?)\s*([a-z]+)?)?|([0-9][0-9.,]*)\s*([a-z]+)?\s*[x×]\s*([0-9][0-9.,]*)\s*([a-z]+)?`)

// dimensionsIn reads the measurements of a size in text, in metres,
// smallest first; false where text gives none, or no unit of length.
func dimensionsIn(text string) ([]float64, bool) {
	if !strings.Contains(text, "×") && !strings.Contains(text, " by ") && !strings.Contains(text, " By ") &&
		!(hasDigit(text) && strings.ContainsAny(text, "xX")) {
		return nil, false // most keys and answers: no size, at one look
	}
	for _, m := range dimensionsPattern.FindAllStringSubmatch(text, -1) {
		if m[7] != "" {
			m = append([]string{m[0]}, append(m[7:11], "", "")...) // "18cm x 13cm", written close
		}
		if out, ok := measurements(m); ok {
			return out, true
		}
	}
	return nil, false
}

// measurements reads a size from dimensionsPattern's groups: figures
// in 1, 3 and 5, each unit after its figure.
func measurements(m []string) ([]float64, bool) {
	var size float64 // the unit written last is every figure's that has none
	for i := 6; i >= 2; i -= 2 {
		if u, ok := measureUnits[strings.ToLower(m[i])]; ok && u.quantity == "length" {
			size = u.size
			break
		}
	}
	if size == 0 {
		return nil, false
	}
	var out []float64
	for i := 1; i < len(m); i += 2 {
		if m[i] == "" {
			continue
		}
		v, ok := textnum.Parse(m[i]) // "18", "eighteen", "1,200"
		if !ok {
			return nil, false // "passed by 13 cm"
		}
		unit := size
		if u, ok := measureUnits[strings.ToLower(m[i+1])]; ok && u.quantity == "length" {
			unit = u.size
		} else if m[i+1] != "" {
			return nil, false // "3 by 2 votes"
		}
		out = append(out, v*unit)
	}
	slices.Sort(out)
	return out, len(out) >= 2
}

// checkDimensions judges an answer to a key that gives a size: the same
// measurements in any order and unit are right, one of them alone partly
// right, other figures wrong. False where no key gives a size.
func checkDimensions(q Question, answer string) (Verdict, bool) {
	var keys [][]float64
	for _, acc := range q.Accepted {
		if d, ok := dimensionsIn(acc); ok {
			keys = append(keys, d)
		}
	}
	if len(keys) == 0 {
		return "", false
	}
	if got, ok := dimensionsIn(answer); ok {
		if slices.ContainsFunc(keys, func(k []float64) bool { return sameSizes(got, k) }) {
			return Correct, true
		}
		return Incorrect, true
	}
	one, ok := quantityIn(answer, "length")
	if !ok || one.kind != "length" {
		return "", false
	}
	for _, k := range keys {
		if slices.ContainsFunc(k, func(v float64) bool { return math.Abs(v-one.value) <= 0.03*v }) {
			return Partial, true
		}
	}
	return Incorrect, true
}

// sameSizes reports whether two sizes, smallest first, hold the same
// measurements within rounding.
func sameSizes(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 0.03*b[i] {
			return false
		}
	}
	return true
}
