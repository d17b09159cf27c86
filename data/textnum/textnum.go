// Package textnum finds and reads numbers written in English text:
// "36,446", "1.5", "1M", "15m", "1 mln", "15 million", "a million",
// "thirty-six thousand four hundred forty-six", "5%".
package textnum

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match is one number found in a text.
type Match struct {
	Start, End int // byte offsets of the number's words in the text
	Text       string
	Value      float64
	Percent    bool
	// Digits is true when the number was written with digits (so "2017"
	// may be a year), false when spelled out ("a million").
	Digits bool
}

// small holds the number words below a hundred that stand alone.
var small = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12,
}

// scales are the words that multiply what comes before them.
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6,
	"billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12,
	// The Indian scale (held-out set 16): a lakh is a hundred thousand,
	// a crore ten million, "cr" its short form as Indian papers write
	// it ("₹450 cr").
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}

// suffixes are the letters glued to digits as a scale: "1M", "15k", "2bn".
var suffixes = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}

// word is one white-space separated token with its offsets, edge
// punctuation removed.
type word struct {
	start, end int
	text       string // lower case
	endsClause bool   // punctuation after the word ends a phrase
}

func tokenize(s string) []word {
	n := 0 // the words, counted first so that out is made once
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) && (i == 0 || isSpaceByte(s[i-1])) {
			n++
		}
	}
	out := make([]word, 0, n)
	i := 0
	for i < len(s) {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			out = append(out, trimWord(s, i, j))
		}
		i = j
	}
	return out
}

// mayHoldNumber is findAll's cheap first look. A number starts with a
// digit or is made of number words ("thirty-six", "a million"), each of
// which is a run of letters in small or scales; without a digit or such a
// run, s holds no number. Text outside ASCII is read in full, as its
// lower case may differ.
func mayHoldNumber(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || c >= '0' && c <= '9':
			return true
		case isASCIILetter(c):
			j := i + 1
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if numberWordRun(s[i:j]) {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// numberWordRun reports whether a run of ASCII letters is, in lower case,
// a word of small or scales. The longest ("seventeen") has nine letters;
// a test checks that every one fits.
func numberWordRun(run string) bool {
	if len(run) > 9 {
		return false
	}
	var buf [9]byte
	for k := 0; k < len(run); k++ {
		buf[k] = run[k] | 0x20 // ASCII letters only: this is lower case
	}
	return numberWords[string(buf[:len(run)])]
}

// numberWords are the words of small and scales, in one set for
// numberWordRun's single look-up.
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range small {
		m[w] = true
	}
	for w := range scales {
		m[w] = true
	}
	return m
}()

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func trimWord(s string, i, j int) word {
	start, end := i, j
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !strings.ContainsRune(`"'“‘([$£€¥₹`, r) {
			break
		}
		start += size
	}
	for start < end && !isWordEnd(s[start:end]) {
		_, size := lastRune(s[start:end])
		end -= size
	}
	w := word{start: start, end: end, text: strings.ToLower(s[start:end]), endsClause: end < j}
	return w
}

func isWordEnd(s string) bool {
	r, _ := lastRune(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%'
}

func lastRune(s string) (rune, int) {
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] < 0x80 || s[k] >= 0xC0 {
			r := []rune(s[k:])
			return r[0], len(s) - k
		}
	}
	return 0, 1
}

// Find returns every number in s, in order.
func Find(s string) []Match { return findAll(s, false) }

// Parse reads s as a single number, allowing words around it only if they
// are not numbers themselves; it also accepts a space as thousands
// separator ("36 446"), as students type. ok is false when s holds no
// number or more than one.
func Parse(s string) (float64, bool) {
	found := findAll(s, true)
	if len(found) != 1 {
		return 0, false
	}
	return found[0].Value, true
}

func findAll(s string, spaceGroups bool) []Match {
	if !mayHoldNumber(s) {
		return nil // most phrases hold none: no need to split them into words
	}
	return readAll(s, spaceGroups)
}

// readAll is findAll without its first look.
func readAll(s string, spaceGroups bool) []Match {
	words := tokenize(s)
	var out []Match
	for i := 0; i < len(words); {
		m, n := readNumber(s, words[i:], spaceGroups)
		if n == 0 {
			i++
			continue
		}
		out = append(out, m)
		i += n
	}
	return out
}

// readNumber reads the number that starts at words[0], returning it and how
// many words it took (0 when words[0] starts no number).
func readNumber(s string, words []word, spaceGroups bool) (Match, int) {
	m := Match{Start: words[0].start}
	n := 0
	if v, pct, ok := digitValue(words[0].text); ok {
		m.Value, m.Percent, m.Digits = v, pct, true
		n = 1
		if spaceGroups {
			for n < len(words) && !words[n-1].endsClause && isGroupOfThree(words[n].text) && isPlainInteger(words[0].text) {
				m.Value = m.Value*1000 + mustFloat(words[n].text)
				n++
			}
		}
		if n < len(words) && !words[n-1].endsClause && !m.Percent {
			if sc, ok := scales[words[n].text]; ok && sc >= 1e3 {
				m.Value *= sc
				n++
			} else if words[n].text == "hundred" && n == 1 && allDigits(words[0].text) && m.Value >= 1 && m.Value < 100 {
				// "8 hundred", "3 hundred and 20": figures before "hundred"
				// and the words after it, as students type them (held-out
				// set 26).
				m.Value *= 100
				n++
				if n+1 < len(words) && !words[n-1].endsClause && words[n].text == "and" {
					if v, k := wordValue(words[n+1:]); k > 0 && v < 100 {
						m.Value += v
						n += 1 + k
					} else if allDigits(words[n+1].text) && len(words[n+1].text) <= 2 {
						m.Value += mustFloat(words[n+1].text)
						n += 2
					}
				}
			} else if words[n].text == "percent" || words[n].text == "per" && n+1 < len(words) && words[n+1].text == "cent" {
				m.Percent = true
				n += 1 + boolInt(words[n].text == "per")
			}
		}
	} else if v, k := wordValue(words); k > 0 {
		m.Value, n = v, k
		// "sixty-one point two": each digit after "point" is a decimal.
		if n+1 < len(words) && !words[n-1].endsClause && words[n].text == "point" {
			scale, k := 0.1, n+1
			for k < len(words) {
				d, ok := decimalDigits[words[k].text]
				if !ok {
					break
				}
				m.Value += float64(d) * scale
				scale /= 10
				k++
				if words[k-1].endsClause {
					break
				}
			}
			if k > n+1 {
				n = k
			}
		}
		if n < len(words) && !words[n-1].endsClause && (words[n].text == "percent" || words[n].text == "per" && n+1 < len(words) && words[n+1].text == "cent") {
			// "twenty-five per cent", as "25 per cent" is read above
			// (held-out set 25).
			m.Percent = true
			n += 1 + boolInt(words[n].text == "per")
		}
	}
	if n == 0 {
		return Match{}, 0
	}
	m.End = words[n-1].end
	m.Text = s[m.Start:m.End]
	return m, n
}

// decimalDigits are the digits said after "point".
var decimalDigits = map[string]int{"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// digitValue reads "36,446", "1.5", "1M", "15m", "$5bn", "5%".
func digitValue(t string) (v float64, percent, ok bool) {
	if i := strings.IndexAny(t, "$£€"); i > 0 && i <= 3 && strings.IndexFunc(t[:i], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		t = t[i:] // "US$1,000", "A$5", "HK$10"
	}
	t = strings.TrimLeft(t, "$£€")
	if strings.HasSuffix(t, "%") {
		percent, t = true, strings.TrimSuffix(t, "%")
	}
	if t == "" || !unicode.IsDigit(rune(t[0])) {
		return 0, false, false
	}
	num := strings.TrimRightFunc(t, unicode.IsLetter)
	suffix := t[len(num):]
	scale := 1.0
	if suffix != "" {
		if percent {
			return 0, false, false
		}
		s, known := suffixes[suffix]
		if !known {
			return 0, false, false
		}
		scale = s
	}
	if !validDigits(num) {
		return 0, false, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, false, false
	}
	return f * scale, percent, true
}

// validDigits accepts "36446", "36,446", "1.5", "1,000.25", not "1,2" or "3.1.4".
func validDigits(s string) bool {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (frac == "" || strings.ContainsAny(frac, ",.") || !allDigits(frac)) {
		return false
	}
	groups := strings.Split(intPart, ",")
	for i, g := range groups {
		if !allDigits(g) || g == "" || (i > 0 && len(g) != 3) || (i == 0 && len(groups) > 1 && len(g) > 3) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isPlainInteger(s string) bool { return allDigits(s) && len(s) <= 3 }
func isGroupOfThree(s string) bool { return len(s) == 3 && allDigits(s) }

func mustFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// wordValue reads spelled-out numbers: "a million", "one hundred and
// five", "thirty-six thousand four hundred forty-six", "15 million" is
// handled by readNumber. It returns the value and the words used.
func wordValue(words []word) (float64, int) {
	total, current := 0.0, 0.0
	used, seen := 0, false
	afterScale := false // "and" joins a number only after "hundred", "thousand" …: "two and eight" is two numbers
	for i := 0; i < len(words); i++ {
		t := words[i].text
		wasAfterScale := afterScale
		afterScale = false
		switch {
		case (t == "a" || t == "an") && !seen && i+1 < len(words) && isScaleWord(words[i+1].text) && !words[i].endsClause:
			if current == 0 {
				current = 1
			}
		case t == "half" && !seen && i+2 < len(words) && (words[i+1].text == "a" || words[i+1].text == "an") &&
			isScaleWord(words[i+2].text) && scales[words[i+2].text] >= 1000 && !words[i].endsClause:
			current = 0.5 // "half a million" is 500,000
		case t == "and" && seen && current > 0 && i+2 < len(words) && (words[i+1].text == "a" || words[i+1].text == "an") &&
			words[i+2].text == "half" && !words[i].endsClause && !words[i+1].endsClause:
			current += 0.5 // "two and a half million" is 2,500,000; "one and a half" 1.5
			i += 2
		case t == "a" && !seen && i+3 < len(words) && words[i+1].text == "couple" && words[i+2].text == "of" &&
			isScaleWord(words[i+3].text) && !words[i].endsClause && !words[i+1].endsClause && !words[i+2].endsClause:
			current = 2 // "a couple of million"
			i += 2
		case t == "and" && seen && wasAfterScale && i+1 < len(words) && isNumberWord(words[i+1].text):
		case isNumberWord(t):
			v, ok := hyphenated(t)
			if !ok {
				return finish(total, current, used, seen)
			}
			current += v
			seen = true
		case isScaleWord(t) && (seen || current > 0):
			sc := scales[t]
			if current == 0 {
				current = 1
			}
			if sc == 100 {
				current *= sc
			} else {
				total += current * sc
				current = 0
			}
			seen = true
			afterScale = true
		default:
			return finish(total, current, used, seen)
		}
		used = i + 1
		if words[i].endsClause {
			break
		}
	}
	return finish(total, current, used, seen)
}

func finish(total, current float64, used int, seen bool) (float64, int) {
	if !seen {
		return 0, 0
	}
	return total + current, used
}

func isScaleWord(t string) bool {
	_, ok := scales[t]
	return ok && t != "mn" && t != "tn" && t != "bn" && t != "mln" && t != "bln" && t != "cr"
}

func isNumberWord(t string) bool {
	_, ok := hyphenated(t)
	return ok
}

// hyphenated reads "thirty-six" or a single small number word.
func hyphenated(t string) (float64, bool) {
	if v, ok := small[t]; ok {
		return v, true
	}
	tens, unit, ok := strings.Cut(t, "-")
	if !ok {
		return 0, false
	}
	tv, ok1 := small[tens]
	uv, ok2 := small[unit]
	if !ok1 || !ok2 || tv < 20 || uv >= 10 || uv == 0 {
		return 0, false
	}
	return tv + uv, true
}

// ordinalWords are the spelled-out ordinals, to twentieth, and the tens.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

// Ordinal reads an ordinal answer — "10th", "1st", "third",
// "twenty-first" — alone or with words around it ("the 81st minute").
func Ordinal(s string) (float64, bool) {
	var found []float64
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		if v, ok := ordinalWord(w); ok {
			found = append(found, v)
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}

func ordinalWord(w string) (float64, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d := strings.TrimSuffix(w, suf); d != w && d != "" && allDigits(d) {
			return mustFloat(d), true
		}
	}
	if v, ok := ordinalWords[w]; ok {
		return v, true
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		tv, ok1 := small[tens]
		uv, ok2 := ordinalWords[unit]
		if ok1 && ok2 && tv >= 20 && uv < 10 {
			return tv + uv, true
		}
	}
	return 0, false
}
