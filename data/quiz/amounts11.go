package quiz

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Amounts as held-out set 11 wrote them (docs/quality.md, 2026-12-02): a
// number in words joined to its word by a hyphen ("eighteen-karat"), a
// decimal comma ("105,6"), "No." before a number, a slip in a number's
// word ("twleve"). Units and money it wrote are in units.go and money.go
// (decades, "a 15-month probe", "$US10 million"). Table:
// TestHeldOutElevenAmounts.

// keyNumbers gives the numbers the keys write in figures, those joined
// to a word by a hyphen ("18-karat") among them.
func keyNumbers(q Question) []float64 {
	var out []float64
	for _, acc := range q.Accepted {
		if hasDigit(acc) {
			out = append(out, numbersOf(strings.ReplaceAll(acc, "-", " "))...)
		}
	}
	return out
}

// withHyphenedNumbers writes a number in words that a hyphen joins to
// the next word in figures, when a key has that number in figures:
// "eighteen-karat gold" is "18-karat gold", "a fifteen-month probe" "a
// 15-month probe". Only then: "one-off" keeps its words.
func withHyphenedNumbers(q Question, answer string) string {
	if !strings.Contains(answer, "-") || hasDigit(answer) || !slices.ContainsFunc(q.Accepted, hasDigit) {
		return answer
	}
	var nums []float64
	words := strings.Fields(answer)
	for i, w := range words {
		parts := strings.Split(w, "-")
		for n := len(parts) - 1; n >= 1; n-- {
			v, ok := textnum.Parse(strings.Join(parts[:n], "-"))
			if !ok {
				continue
			}
			if nums == nil {
				nums = keyNumbers(q)
			}
			if slices.Contains(nums, v) {
				words[i] = strconv.FormatFloat(v, 'f', -1, 64) + "-" + strings.Join(parts[n:], "-")
			}
			break
		}
	}
	return strings.Join(words, " ")
}

// decimalComma finds a number with a comma and one or two figures after
// it, as much of Europe writes a decimal point: "105,6".
var decimalComma = lazyre.New(`\b(\d+),(\d{1,2})\b`)

// withDecimalPoints writes a decimal comma as a point when the number so
// read is a key's: "105,6 yen" for "105.6 yen". A comma before three
// figures groups thousands, and is left alone.
func withDecimalPoints(q Question, answer string) string {
	if !mayHaveDecimalComma(answer) {
		return answer
	}
	nums := keyNumbers(q)
	return decimalComma.ReplaceAllStringFunc(answer, func(m string) string {
		point := strings.Replace(m, ",", ".", 1)
		if v, err := strconv.ParseFloat(point, 64); err == nil && slices.Contains(nums, v) {
			return point
		}
		return m
	})
}

// mayHaveDecimalComma is withDecimalPoints' cheap look: a comma between
// figures with fewer than three after it.
func mayHaveDecimalComma(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ',' && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && !(i+3 < len(s) && isDigitByte(s[i+2]) && isDigitByte(s[i+3])) {
			return true
		}
	}
	return false
}

// numberSign finds "No." or "#" before a number: "Office No. 39".
var numberSign = lazyre.New(`(?:\b[Nn]o\.|#)\s*(\d)`)

// withNumberSigns writes "No. 39" and "#39" as "number 39": read as a
// word, "No." would say no.
func withNumberSigns(answer string) string {
	if !strings.Contains(answer, "o.") && !strings.Contains(answer, "#") {
		return answer
	}
	return numberSign.ReplaceAllString(answer, "number $1")
}

// numberWords are the words of numbers long enough for a typing slip to
// be told from another word: "twleve", "fiv", "fourty".
var numberWords = strings.Fields(`four five seven eight nine eleven twelve thirteen fourteen fifteen sixteen
	seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion`)

// withNumberWordSlip writes a one-word answer that is a number's word
// with one typing slip ("twleve", "fiv", "fourty") as that word, when a
// key holds a number and the slip fits no other number's word. The words
// of three letters (one, two, six, ten) are not among them: a slip in
// one makes another word ("tow", "tin").
func withNumberWordSlip(q Question, answer string) string {
	typed := strings.TrimSpace(answer)
	if len(typed) < 3 || len(typed) > 9 || strings.ContainsAny(typed, " 0123456789") || !isLetters(typed) {
		return answer
	}
	typed = strings.ToLower(typed)
	fit := ""
	for _, w := range numberWords {
		// A slip rarely hits the first letter (wordsMatch): "fiv", not "giv".
		if d := len(w) - len(typed); d >= -1 && d <= 1 && typed[0] == w[0] && typed != w && editDistance(typed, w) == 1 {
			if fit != "" {
				return answer // fits two numbers' words: no guess between them
			}
			fit = w
		}
	}
	if fit == "" {
		return answer
	}
	if _, ok := textnum.Parse(typed); ok || !slices.ContainsFunc(q.Accepted, func(a string) bool { return len(numbersOf(a)) > 0 }) {
		return answer // a number's word already ("eighty"), or no number asked for
	}
	return fit
}

// amountThenBrackets finds an answer that ends in brackets: "$US10
// million ($11.84 million)".
var amountThenBrackets = lazyre.New(`^(.*\S)\s*\([^()]*\)\s*$`)

// beforeConversion gives the amount an answer states before the
// conversion it copies in brackets, as the article writes it: "$US10
// million ($11.84 million)" states $US10 million, whatever the other
// dollars are. An answer without an amount before its brackets is read
// whole.
func beforeConversion(answer string) string {
	if !strings.HasSuffix(strings.TrimSpace(answer), ")") {
		return answer
	}
	m := amountThenBrackets.FindStringSubmatch(answer)
	if m == nil {
		return answer
	}
	if _, ok := moneyIn(m[1]); !ok {
		return answer
	}
	return m[1]
}
