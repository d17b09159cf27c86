package quiz

import (
	"slices"
	"strings"
	"unicode"
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
	typed := strings.Fields(answer)
	if len(typed) < 2 || len(typed) > 4 || !unicode.IsUpper([]rune(typed[0])[0]) {
		return false // "R. Thomas": an initial in capitals first
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
	"st": {"saint", "street"}, "mt": {"mount"}, "ave": {"avenue"}, "rd": {"road"}, "intel": {"intelligence"},
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
	if !strings.ContainsAny(answer, ".'’") && !hasAbbreviation(answer) {
		return false // most answers have no short form: skip the key
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

// hasAbbreviation is abbreviatedWords' cheap look at an answer without a
// point or an apostrophe: has it a word that is a common short form?
func hasAbbreviation(answer string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(answer), isListSpace) {
		if _, ok := wordAbbreviations[w]; ok || sameWordGroups[w] != nil {
			return true
		}
	}
	return false
}
