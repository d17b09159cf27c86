package quiz

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Names as held-out set 11 wrote them (docs/quality.md, 2026-12-02): a
// first name as its initial ("R. Thomas", "J-R Fourtou") and a word of a
// name written short ("Int'l", "Assoc.", "Mgmt", "N. Ireland"). Table:
// TestHeldOutElevenNames.

// initialledName reports whether an answer gives a person's first names
// as initials before the key's surname: "R. Thomas" for Richard Thomas,
// "J-R Fourtou" for Jean-Rene Fourtou, "J. W. Foley" or "J. Foley" for
// James Wright Foley. The initials are those of the first names in order,
// all of them or the first ones; another initial ("M. Thomas") is another
// person, and so is the answer when another person the question names
// fits the same way.
func initialledName(q Question, answer string) bool {
	answer = strings.TrimSpace(answer)
	if i := strings.IndexByte(answer, ' '); i < 1 || i > 5 || answer[0] < 'A' || answer[0] > 'Z' {
		return false // "R. Thomas", "J-R Fourtou": a short word in capitals first
	}
	typed := strings.Fields(answer)
	if len(typed) > 4 {
		return false
	}
	letters, ok := initialLetters(typed[:len(typed)-1])
	if !ok {
		return false
	}
	surname := Normalize(typed[len(typed)-1])
	fits := func(name string) bool {
		given, last, ok := givenNameLetters(name)
		return ok && last == surname && strings.HasPrefix(given, letters)
	}
	return slices.ContainsFunc(q.Accepted, fits) && !slices.ContainsFunc(q.Distractors, fits)
}

// initialLetters reads the words before a surname as initials: "R.",
// "J-R", "J.W.", "JR" give r, jr, jw, jr. A word is initials when each
// of its letters stands alone (dots and hyphens between them) or the
// word is one to three capitals; "Rob" is a first name, no initial.
func initialLetters(words []string) (string, bool) {
	var b strings.Builder
	for _, w := range words {
		bare := strings.Map(func(r rune) rune {
			if r == '.' || r == '-' {
				return -1
			}
			return r
		}, w)
		if bare == "" || len(bare) > 3 || !isLetters(bare) {
			return "", false
		}
		if len(bare) > 1 && strings.ToUpper(bare) != bare {
			return "", false
		}
		b.WriteString(strings.ToLower(bare))
	}
	return b.String(), true
}

// givenNameLetters gives a person's name's first letters of the names
// before the surname, each part of a hyphenated name its own ("jr" for
// Jean-Rene Fourtou), and the surname normalised. ok is false for a key
// that is no person's name of two words or more.
func givenNameLetters(name string) (given, surname string, ok bool) {
	words := strings.Fields(name)
	if len(words) < 2 || !isProperName(name) || slices.Contains(words, "and") {
		return "", "", false
	}
	var b strings.Builder
	for _, w := range words[:len(words)-1] {
		for _, part := range strings.Split(Normalize(w), " ") {
			if part != "" {
				b.WriteByte(part[0])
			}
		}
	}
	return b.String(), Normalize(words[len(words)-1]), true
}

// wordAbbreviations are the short forms of words people write in names
// and phrases, each with the words it may stand for, beside the clipped
// words of sameWords ("intl", "govt", "dept", "tech").
var wordAbbreviations = map[string][]string{
	"assoc": {"association", "associate", "associated"}, "assn": {"association"},
	"natl": {"national"}, "mgmt": {"management"}, "mgt": {"management"},
	"univ": {"university"}, "corp": {"corporation"}, "co": {"company"}, "bros": {"brothers"},
	"ltd": {"limited"}, "inc": {"incorporated"}, "fed": {"federation", "federal"},
	"org": {"organisation", "organization"}, "admin": {"administration"}, "dir": {"director"},
	"sec": {"secretary"}, "secy": {"secretary"}, "pres": {"president"}, "eng": {"england", "english", "engineering"},
	"st": {"saint", "street"}, "mt": {"mount"}, "ave": {"avenue"}, "av": {"avenue"}, "rd": {"road"}, "intel": {"intelligence"},
	"n": {"north", "northern"}, "s": {"south", "southern"}, "e": {"east", "eastern"}, "w": {"west", "western"},
}

// abbreviatedWords reports whether an answer is the key word for word
// with some words written short: "Int'l Association of Athletics
// Federations", "Digital Rights Mgmt", "Eng, Wales and N. Ireland". A
// short form is a common one (wordAbbreviations) or the first three
// letters or more of a word of five or more, with a point after them
// ("Assoc.", "Dev."). Most words stay whole — as many whole words of
// substance as short ones — and no wrong answer the question names fits
// the same way.
func abbreviatedWords(q Question, answer string) bool {
	if !strings.Contains(answer, " ") || !slices.ContainsFunc(q.Accepted, func(k string) bool { return sameWordCount(answer, k) }) ||
		!strings.Contains(answer, ".") && !shortFormApostrophe(answer) && !hasAbbreviation(answer) {
		return false // most answers have no short form, or another number of words: skip the splitting
	}
	typed := abbreviationWords(answer)
	if len(typed) < 2 {
		return false
	}
	fits := func(key string) bool {
		words := strings.Fields(Normalize(key))
		if len(words) > 0 && words[0] == "the" {
			words = words[1:]
		}
		if len(words) != len(typed) {
			return false
		}
		short, whole := 0, 0
		for i, w := range words {
			switch {
			case typed[i].word == w:
				if !initialsSkip[w] {
					whole++
				}
			case typed[i].abbreviates(w):
				short++
			default:
				return false
			}
		}
		return short > 0 && whole >= short
	}
	return slices.ContainsFunc(q.Accepted, fits) && !slices.ContainsFunc(q.Distractors, fits)
}

// sameWordCount reports whether two texts have as many words, split at
// spaces, commas and semicolons, without a "the" before them; read in
// place.
func sameWordCount(a, b string) bool {
	return wordsBesidesThe(a) == wordsBesidesThe(b)
}

func wordsBesidesThe(s string) int {
	n, start := 0, -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !isListSpace(rune(s[i])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && !(n == 0 && strings.EqualFold(s[start:i], "the")) {
			n++
		}
		start = -1
	}
	return n
}

// typedWord is a word of an answer, folded, and whether a point ended it.
type typedWord struct {
	word   string
	dotted bool
}

// abbreviates reports whether the typed word is a short form of w.
func (t typedWord) abbreviates(w string) bool {
	if slices.Contains(wordAbbreviations[t.word], w) || everydayWord(t.word, w) {
		return true
	}
	return t.dotted && len(t.word) >= 3 && len(w) >= 5 && len(w)-len(t.word) >= 2 && strings.HasPrefix(w, t.word)
}

// abbreviationWords splits an answer into its words, folded, without
// "the" before them and without the apostrophe of a short form ("Int'l").
func abbreviationWords(answer string) []typedWord {
	var out []typedWord
	for _, raw := range strings.FieldsFunc(answer, isListSpace) {
		w := strings.ReplaceAll(Normalize(raw), "'", "")
		if w == "" || strings.Contains(w, " ") {
			return nil // "J-R", "&": no word of a name written short
		}
		if len(out) == 0 && w == "the" {
			continue
		}
		out = append(out, typedWord{w, strings.HasSuffix(raw, ".")})
	}
	return out
}

// shortFormApostrophe reports whether an apostrophe stands for letters
// left out ("Int'l", "Nat’l"), not before a possessive's "s".
func shortFormApostrophe(s string) bool {
	for i, r := range s {
		if r != '\'' && r != '’' {
			continue
		}
		next := s[i+utf8.RuneLen(r):]
		if next != "" && next[0] != 's' && next[0] != 'S' && next[0] != ' ' {
			return true
		}
	}
	return false
}

// hasAbbreviation is abbreviatedWords' cheap look at an answer without a
// point or an apostrophe: has it a word that is a common short form? The
// words are read in place, in lower case, as mentionsUnit reads units.
func hasAbbreviation(answer string) bool {
	var buf [8]byte
	for i := 0; i < len(answer); {
		if !isUnitByte(answer[i]) {
			i++
			continue
		}
		j := i
		for j < len(answer) && isUnitByte(answer[j]) {
			j++
		}
		if j-i <= len(buf) {
			for k := i; k < j; k++ {
				buf[k-i] = lowerASCII(answer[k])
			}
			w := buf[:j-i] // looked up as string(w) in place: no copy is made
			if _, ok := wordAbbreviations[string(w)]; ok || sameWordGroups[string(w)] != nil {
				return true
			}
		}
		i = j
	}
	return false
}
