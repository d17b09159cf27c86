package quiz

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Amounts as held-out set 12 wrote them (docs/quality.md, 2026-12-02):
// the short forms of a hurried hand ("58pc", "£14 mil", "17 pound 99",
// "£17.99p", "400 plus", "more then 400"), a number in words with a
// decimal point ("four point two"), a half ("six and a half percent"), a
// slip in one word of a longer number ("fourty three"), and "a couple"
// for two. Table: TestHeldOutTwelveAmounts.

// withShortAmounts writes an answer's short forms of amounts as the
// other checks read them. Each rewrite is read only where its mark is in
// the answer; an answer with no digit and no number's word is returned
// as it is.
func withShortAmounts(q Question, answer string) string {
	marks := shortFormMarks(answer)
	if marks == 0 {
		return withNumberWordSlips(q, answer) // most answers: one pass over their letters
	}
	if marks&markCurrency != 0 && !hasDigit(answer) && wordAfterCurrency.MatchString(answer) {
		// "six pounds fifty" is "6 pounds 50", which the rewrite below
		// reads as £6.50 (held-out set 13).
		// Only then: "fourty eight point six million pounds" is left to
		// the slip and point rewrites below.
		if inFigures := wordsInFigures(answer, func(string) bool { return true }); unitsAndHundredths.MatchString(inFigures) {
			answer = inFigures
		}
	}
	if hasDigit(answer) {
		if marks&markPercent != 0 {
			answer = percentShort.ReplaceAllString(answer, "$1%") // "58pc", "6.5 pc"
		}
		if marks&markMillion != 0 {
			answer = millionShort.ReplaceAllString(answer, "$1 million") // "£14 mil", "2 mill"
		}
		if marks&markCurrency != 0 {
			answer = unitsAndHundredths.ReplaceAllString(answer, "$1.$3 $2") // "17 pound 99"
		}
		if marks&markPence != 0 && strings.ContainsAny(answer, "£$€") {
			answer = signAndPence.ReplaceAllString(answer, "$1$2") // "£17.99p"
		}
		if marks&markPlus != 0 {
			answer = plusAfter.ReplaceAllString(answer, "$1+") // "400 plus"
		}
	}
	if marks&markThen != 0 {
		answer = thenForThan.ReplaceAllString(answer, "$1 than") // "more then 400"
	}
	if marks&markCouple != 0 && slices.Contains(allKeyNumbers(q), 2) {
		answer = aCouple.ReplaceAllString(answer, "2") // "a couple" where the key is two
	}
	answer = withNumberWordSlips(q, answer)
	if marks&markPoint != 0 {
		answer = pointInWords(answer) // "four point two metres"
	}
	if marks&markHalf != 0 {
		answer = withHalves(answer) // "six and a half percent"
	}
	return answer
}

// The short forms' marks, as shortFormMarks finds them.
const (
	markPercent = 1 << iota
	markMillion
	markCurrency
	markPence
	markPlus
	markThen
	markCouple
	markPoint
	markHalf
	markClock
)

// shortFormMarks reads an answer's runs of letters once, in any case,
// without copying it, and says which short forms and spoken times it may
// hold: "pc" (markPercent), "mil" (markMillion), "pound" (markCurrency),
// "half" (markHalf and markClock), "morning" (markClock) ….
func shortFormMarks(s string) int {
	marks := 0
	var buf [12]byte
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if j-i <= len(buf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = lowerASCII(s[i+k])
			}
			marks |= wordMark(string(w)) // no copy: the string only selects a case
		}
		i = j
	}
	return marks
}

// wordMark gives the mark of one lower-case run of letters.
func wordMark(w string) int {
	switch w {
	case "pc", "pct":
		return markPercent
	case "mil", "mill", "mils", "mio":
		return markMillion
	case "pound", "pounds", "dollar", "dollars", "euro", "euros":
		return markCurrency
	case "p":
		return markPence
	case "plus":
		return markPlus
	case "then":
		return markThen
	case "couple":
		return markCouple
	case "point":
		return markPoint
	case "half":
		return markHalf | markClock
	case "quarter", "clock", "morning", "evening", "afternoon", "night", "past":
		return markClock
	}
	return 0
}

var (
	// percentShort finds "pc" or "pct" after a number: per cent, as
	// British papers write it.
	percentShort = lazyre.New(`(?i)(\d)\s?(?:pc|pct)\b\.?`)
	// millionShort finds "mil", "mill" or "mio" after a number: a million.
	millionShort = lazyre.New(`(?i)(\d)\s?(?:mil|mill|mils|mio)\b\.?`)
	// unitsAndHundredths finds a currency's word between its units and
	// its hundredths: "17 pound 99", "17 pounds and 99p".
	// wordAfterCurrency finds a word after a currency's word, where
	// pence in words may be: "six pounds fifty".
	wordAfterCurrency  = lazyre.New(`(?i)\b(?:pounds?|dollars?|euros?)\s+(?:and\s+)?[a-z]`)
	unitsAndHundredths = lazyre.New(`(?i)\b(\d+)\s*(pounds?|dollars?|euros?)\s+(?:and\s+)?(\d{2})(?:\s*(?:p|pence|cents?))?\b`)
	// signAndPence finds a sign and an amount with pence, then "p" as
	// well: "£17.99p" says £17.99 twice.
	signAndPence = lazyre.New(`([£$€])\s*(\d+\.\d\d)\s*p\b`)
	// plusAfter finds "plus" after a number: "400 plus" is "400+".
	plusAfter = lazyre.New(`(?i)(\d[\d,.]*)\s*plus\b`)
	// thenForThan finds "then" written for "than" after a comparative.
	thenForThan = lazyre.New(`(?i)\b(more|less|fewer|greater|higher|lower|bigger|smaller|larger|rather|better|worse|older|younger|over|under)\s+then\b`)
	// aCouple finds "a couple" and "a couple of".
	aCouple = lazyre.New(`(?i)\ba\s+couple(?:\s+of)?\b`)
)

// allKeyNumbers gives every number the keys hold, in figures or words.
func allKeyNumbers(q Question) []float64 {
	var out []float64
	for _, acc := range q.Accepted {
		out = append(out, numbersOf(acc)...)
	}
	return out
}

// keyAmounts gives every number the keys hold, and each key's amount of
// money as a whole ("$1.2 million" is 1,200,000 as well as 1.2).
func keyAmounts(q Question) []float64 {
	out := allKeyNumbers(q)
	for _, acc := range q.Accepted {
		if m, ok := moneyIn(acc); ok {
			out = append(out, m.value)
		}
	}
	return out
}

// pointInWords writes a number in words with a decimal point in figures:
// "four point two" is 4.2, "forty eight point six million" 48,600,000,
// where the patterns for units and money read one word before theirs.
func pointInWords(answer string) string {
	return wordsInFigures(answer, func(words string) bool { return strings.Contains(strings.ToLower(words), " point ") })
}

// wordsInFigures writes in figures each number text spells in words
// (not a percentage) whose words rewrite accepts, from the last, so that
// the earlier matches' places hold.
func wordsInFigures(text string, rewrite func(words string) bool) string {
	found := textnum.Find(text)
	for i := len(found) - 1; i >= 0; i-- {
		m := found[i]
		if m.Digits || m.Percent || !rewrite(text[m.Start:m.End]) {
			continue
		}
		text = text[:m.Start] + strconv.FormatFloat(m.Value, 'f', -1, 64) + text[m.End:]
	}
	return text
}

// numberWordSlip gives the number's word that a word is with one typing
// slip ("fourty" is forty, "twleve" twelve), or "" when it is a number's
// word already, fits none, or fits two. The words of three letters are
// not among them (numberWords).
func numberWordSlip(typed string) string {
	if len(typed) < 3 || len(typed) > 9 || !isLetters(typed) || !strings.ContainsRune("eftsnhmbEFTSNHMB", rune(typed[0])) {
		return "" // numberWords open with one of these letters
	}
	typed = strings.ToLower(typed)
	if wordsNotSlips[typed] {
		return "" // "for ten years" is no "four ten" (held-out set 14)
	}
	fit := ""
	for _, w := range numberWords {
		// A slip rarely hits the first letter (wordsMatch): "fiv", not "giv".
		if d := len(w) - len(typed); d >= -1 && d <= 1 && typed[0] == w[0] && typed != w && editDistance(typed, w) == 1 {
			if fit != "" {
				return "" // fits two numbers' words: no guess between them
			}
			fit = w
		}
	}
	if fit == "" {
		return ""
	}
	if _, ok := textnum.Parse(typed); ok {
		return "" // a number's word already ("eighty")
	}
	if _, ok := textnum.Ordinal(typed); ok {
		return "" // "fifth", one slip from "fifty", is a word of its own
	}
	return fit
}

// wordsNotSlips are everyday words one slip from a number's word, and
// so no slip: "for" (four), "fine" (five), "none" (nine), "forth"
// (forty), "bullion" (billion).
var wordsNotSlips = wordSet("for fore foul flour fine fire file fife sever none nice nile thirsty forth fort forte bullion")

// withNumberWordSlips writes a word with one typing slip in a number of
// several words as the number's word ("fourty three" is forty three),
// when a key holds a number: only beside another number's word, so that
// a slip is read where a number is plainly meant.
func withNumberWordSlips(q Question, answer string) string {
	if !strings.Contains(answer, " ") || strings.Count(answer, " ") > 8 || !slices.ContainsFunc(q.Accepted, hasDigit) {
		return answer // the slip is read where a key has a number in figures: "fourty three" for 43
	}
	fields := strings.Fields(answer)
	changed := false
	isNumberWord := func(i int) bool {
		if i < 0 || i >= len(fields) || hasDigit(fields[i]) {
			return false
		}
		_, ok := textnum.Parse(fields[i])
		return ok && !strings.EqualFold(fields[i], "a") && !strings.EqualFold(fields[i], "an")
	}
	for i, f := range fields {
		fit := numberWordSlip(f) // first: few words are slips, and reading the neighbours costs more
		if fit == "" || !isNumberWord(i-1) && !isNumberWord(i+1) {
			continue
		}
		fields[i], changed = fit, true
	}
	if !changed {
		return answer
	}
	return strings.Join(fields, " ")
}

// periodWords are the words that say what time an amount is counted
// over: "a year", "per annum", "a week".
var periodWords = wordSet("year annum annual annually yearly month monthly week weekly day daily per each every")

// onlyPeriod reports whether a key's words beside its number (key, from
// acc) only say the time it is counted over: "£31,650 a year" gives a
// salary, and "31,650" is it. "Five years" is a length, not a period.
func onlyPeriod(acc string, key []string) bool {
	if len(key) == 0 || periodOf(acc) == "" {
		return false
	}
	for _, w := range key {
		if !periodWords[w] {
			return false
		}
	}
	return true
}

// numberWordsInFigures writes each number of two words or more in
// figures: "twenty five degrees" is "25 degrees", where the unit's
// pattern would read "five degrees". Text with a figure is left as it
// is.
func numberWordsInFigures(text string) string {
	if hasFigures(text) || strings.Count(text, " ") < 2 {
		return text
	}
	return wordsInFigures(text, func(words string) bool { return strings.Contains(strings.TrimSpace(words), " ") })
}

// wordHyphenWord finds two words joined by a hyphen: "five-year".
var wordHyphenWord = lazyre.New(`(?i)\b([a-z]+)-([a-z]+)\b`)

// unitHyphens writes a number's word joined by a hyphen to a unit with a
// space: "a five-year contract" is "a five year contract", where the
// unit's pattern would read "five-year" as one word. "Twenty-five" stays.
func unitHyphens(text string) string {
	if !strings.Contains(text, "-") {
		return text
	}
	return wordHyphenWord.ReplaceAllStringFunc(text, func(m string) string {
		number, unitWord, _ := strings.Cut(m, "-")
		if _, ok := measureUnits[strings.ToLower(unitWord)]; !ok || len(unitWord) < 3 {
			return m
		}
		if _, ok := textnum.Parse(number); !ok {
			return m
		}
		return number + " " + unitWord
	})
}

// asksLength finds a question that asks how far, high or deep: there
// "1.6 m" is metres, whichever way the key writes it.
var asksLength = lazyre.New(`(?i)\bhow\s+(?:far|high|deep|tall|wide)\b|\b(?:height|depth|distance)\b`)
