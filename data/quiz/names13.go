package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Names as held-out set 13 wrote them (docs/quality.md, 2026-12-02).
// Table: TestHeldOutThirteenNames.

// otherSurname reports whether an answer to a question keyed by a
// person's name calls them by another person's surname from the article
// ("Judge Kaye" for "Judge Rebecca Thorne", where Simon Kaye is the
// defendant), and names no key in full: the title it shares with the key
// ("Judge") does not make it right. A surname a key also holds is no
// other person's.
func otherSurname(q Question, norm string) bool {
	if len(q.Distractors) == 0 {
		return false
	}
	var keys []string // normalised, read only when a surname is found
	for _, d := range q.Distractors {
		i := strings.LastIndexByte(d, ' ')
		if i < 0 {
			continue // one word: no surname of a full name
		}
		last := Normalize(d[i+1:])
		if len(last) < 3 || !containsPhrase(norm, last) || !looksLikePerson(d) {
			continue
		}
		if keys == nil {
			if !looksLikePerson(q.Answer) {
				return false // the key is no person: a surname in the answer may be a place's
			}
			keys = normalizeAll(q.Accepted)
		}
		shared := false
		for _, k := range keys {
			if containsPhrase(k, last) || strings.Contains(k, " ") && containsPhrase(norm, k) {
				shared = true // the key's own surname, or the key named in full
				break
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

// slipsPerWord reports whether a misspelt name's slips fit its words:
// when the answer has as many words as the name, no word may take more
// than one slip beyond what its own length allows, so that "Tropical
// Storm Irma" (three slips in a five-letter word) is not "Tropical Storm
// Irene", though the whole name is long enough to allow three. Sets 2–13
// write first names and surnames two slips out ("Robbie" for "Robby",
// "Lisle" for "Lyle", "Fern" for "Fearne") and shorten words ("Ct" for
// "Court") or put a title for a first name ("Mr Mansfield QC"): those
// stay right. An answer that joins or splits words is
// measured whole, as before.
func slipsPerWord(typed, name string) bool {
	tw, nw := strings.Fields(typed), strings.Fields(name)
	if len(tw) != len(nw) || len(tw) < 2 {
		return true
	}
	for i, w := range tw {
		if w != nw[i] && nameDistance(w, nw[i]) > allowedEdits(nw[i])+1 && !shortensWord(w, nw[i]) && !titleWords[w] {
			return false
		}
	}
	return true
}

// shortensWord reports whether w is word written short: its first letter,
// then some of its other letters in order ("ct" for "court", "pk" for
// "park").
func shortensWord(w, word string) bool {
	if w == "" || len(w) >= len(word) || w[0] != word[0] {
		return false
	}
	j := 1
	for i := 1; i < len(word) && j < len(w); i++ {
		if word[i] == w[j] {
			j++
		}
	}
	return j == len(w)
}

// asksTitle finds a question that asks for a work or an outlet by its
// title: "In which journal was it published?", "Which newspaper …?".
var asksTitle = lazyre.New(`(?i)\b(?:which|what)\s+(?:journal|newspaper|paper|magazine|publication|book|novel|film|movie|programme|series|album|song|single|podcast|website|play)\b`)

// partOfTitle reports whether a key is a title the question asks for,
// and so no part of it is right alone: "Pediatrics" and "JAMA" are each
// another journal than "JAMA Pediatrics", "the Royal Society" its
// publisher, not "Proceedings of the Royal Society B". A part of a
// person's name or a post still is (names are matched before this).
func partOfTitle(q Question, acc string) bool {
	return titleCased(acc) && asksTitle.MatchString(q.Prompt)
}

// titleSmallWords go in lower case inside a title: "Proceedings of the
// Royal Society B".
var titleSmallWords = wordSet("of the and for in on a an at to de la le von van")

// titleCased reports whether every word of s but the small ones opens
// with a capital or a figure, as a title's do: "JAMA Pediatrics",
// "Proceedings of the Royal Society B", "The Lancet".
func titleCased(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		if i > 0 && titleSmallWords[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// holdsKey reports whether a wrong answer holds a whole key of several
// words: a person described by the key's body ("the analyst at Jupiter
// Research" for the key "Jupiter Research").
func holdsKey(q Question, wrong string) bool {
	w := Normalize(wrong)
	for _, acc := range q.Accepted {
		if a := Normalize(acc); strings.Contains(a, " ") && containsPhrase(w, a) {
			return true
		}
	}
	return false
}
