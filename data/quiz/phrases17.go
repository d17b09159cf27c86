package quiz

import (
	"slices"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Names and parts as held-out set 17 wrote them (docs/quality.md,
// 2026-12-02). "The Kerala Agriculture University" was partly right for
// "Kerala Agricultural University": "agriculture" was no form of
// "agricultural". "Kerala" passed to "In which district and state …?",
// and "let it rot" for "sell or let it rot": half of what was asked.
// Tables: TestHeldOutSeventeenUreAdjectives,
// TestHeldOutSeventeenHalfAnswers.

// nounAndAdjectiveInUre reports whether two words are a noun in "-ure"
// and its adjective in "-ural": "agriculture" and "agricultural",
// "culture" and "cultural", "structure" and "structural".
func nounAndAdjectiveInUre(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	stem, ok := strings.CutSuffix(a, "ure")
	return ok && len(stem) >= 4 && b == stem+"ural"
}

// keyItems splits a key at "and" or "or" into the things it lists:
// "sell or let it rot" is two things a farmer could do.
func keyItems(keyNorm string) []string {
	items := strings.Split(keyNorm, " and ")
	if len(items) > 1 {
		return items
	}
	return strings.Split(keyNorm, " or ")
}

// asksTwo finds a question that asks for two things at once: "In which
// district and state …?", "Which city and country …?", "What day and
// time …?".
var asksTwo = lazyre.New(`(?i)\b(?:which|what)\s+([a-z]+)\s+and\s+([a-z]+)\b`)

// halfOfTwoAsked reports whether an answer gives one of the two things a
// question asks for where a key gives both, a part on each side of a
// comma: "Kerala" to "In which district and state …?" keyed "Wayanad,
// Kerala". An answer that names both, or neither, is left to the other
// checks.
func halfOfTwoAsked(q Question, answer string) bool {
	if !strings.Contains(q.Prompt, " and ") || !asksTwo.MatchString(q.Prompt) {
		return false
	}
	words := contentWordList(phraseNorm(answer))
	half := false
	for _, acc := range q.Accepted {
		parts := strings.Split(acc, ",")
		if len(parts) != 2 {
			continue
		}
		named := 0
		for _, p := range parts {
			if _, _, extra := phraseMatch(contentWordList(phraseNorm(p)), words, true); extra < len(contentWordList(phraseNorm(p))) {
				named++
			}
		}
		switch named {
		case 2:
			return false
		case 1:
			half = true
		}
	}
	return half
}

// asksMonthAndYear finds a question that asks for a month and its year.
var asksMonthAndYear = lazyre.New(`(?i)\b(?:month\s+and\s+year|year\s+and\s+month)\b`)

// monthWithoutAskedYear reports whether an answer gives the month alone
// to a question that asks the month and year, keyed with both: "March"
// for "March 1966" (held-out set 24) says half of what was asked.
func monthWithoutAskedYear(q Question, answer string) bool {
	if !asksMonthAndYear.MatchString(q.Prompt) || yearFigures.MatchString(answer) {
		return false
	}
	lowerWords := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	months := slices.DeleteFunc(lowerWords(answer), func(w string) bool { return !monthNames[w] })
	return len(months) > 0 && slices.ContainsFunc(q.Accepted, func(acc string) bool {
		keyWords := lowerWords(acc)
		return yearFigures.MatchString(acc) && slices.ContainsFunc(months, func(m string) bool { return slices.Contains(keyWords, m) })
	})
}

// yearFigures finds a year in figures, or its last two after an
// apostrophe ("March '66").
var yearFigures = lazyre.New(`\b(?:1[0-9]|20|21)[0-9]{2}\b|['’][0-9]{2}\b`)

// Verbs as held-out set 17 wrote them: "drivers had to run two routes"
// for "drivers were running two routes", "they can't keep raising pay"
// for "the district could not keep raising pay", "it will split his
// land" for "it would split his land in two". Table:
// TestHeldOutSeventeenVerbForms.

// doubledConsonantForm reports whether two words are a short verb and
// its form with the last consonant doubled: "run" and "running", "stop"
// and "stopped", "plan" and "planning". ("Runner" is a doer, and not
// one.)
func doubledConsonantForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 3 || !isLetters(a) {
		return false
	}
	last := a[len(a)-1]
	if strings.IndexByte("aeiouwxy", last) >= 0 || strings.IndexByte("aeiou", a[len(a)-2]) < 0 {
		return false // a double consonant follows one vowel and a consonant
	}
	return b == a+string(last)+"ing" || b == a+string(last)+"ed"
}

// modalTenses are the modal verbs whose past form reported speech uses
// for the present: "she warned the district could not" is "it can't".
var modalTenses = map[string]string{"can": "could", "could": "can", "will": "would", "would": "will", "may": "might", "might": "may", "shall": "should"}

// sameModal reports whether two words are one modal verb, present and
// past.
func sameModal(a, b string) bool {
	return modalTenses[a] == b
}

// negatedModals are a modal verb's negations written short, each as
// the modal and "not".
var negatedModals = map[string]string{
	"can't": "can not", "cannot": "can not", "couldn't": "could not", "couldnt": "could not",
	"won't": "will not", "wouldn't": "would not", "wouldnt": "would not",
	"shouldn't": "should not", "shouldnt": "should not", "mustn't": "must not", "mightn't": "might not",
}

// negatedModal finds a word of negatedModals, with either apostrophe.
var negatedModal = lazyre.New(`(?i)\b(?:can[’']t|cannot|couldn[’']?t|won[’']t|wouldn[’']?t|shouldn[’']?t|mustn[’']t|mightn[’']t)\b`)

// withModalNegationsWritten writes a modal's short negation as the modal
// and "not", where a key has "not": "can't" is "can not", "won't" "will
// not", so that "could not" in the key meets both its words.
func withModalNegationsWritten(q Question, answer string) string {
	lower := strings.ToLower(answer)
	if !strings.Contains(lower, "n't") && !strings.Contains(lower, "n’t") && !strings.Contains(lower, "nnot") && !strings.Contains(lower, "ntt") && !strings.Contains(lower, "dnt") {
		return answer
	}
	keyed := false
	for _, acc := range q.Accepted {
		keyed = keyed || strings.Contains(" "+strings.ToLower(acc)+" ", " not ")
	}
	if !keyed {
		return answer
	}
	return negatedModal.ReplaceAllStringFunc(answer, func(m string) string {
		return negatedModals[strings.ReplaceAll(strings.ToLower(m), "’", "'")]
	})
}

// sameVerb reports whether two words are one verb as written: its form
// with a doubled consonant ("run", "running") or a modal's other tense
// ("will", "would").
func sameVerb(a, b string) bool {
	return doubledConsonantForm(a, b) || sameModal(a, b)
}

// missesNegation reports whether the key words an answer lacks include
// the key's negation: "they can keep raising pay" for "the district could
// not keep raising pay" says the opposite, whatever else it shares.
func missesNegation(missing []string) bool {
	for _, w := range missing {
		switch w {
		case "not", "never", "no", "nor", "cannot":
			return true
		}
	}
	return false
}

// People as held-out set 17 wrote them: "locals told them the railway is
// part of their lives" for "local people said the railway is part of
// their lives". Table: TestHeldOutSeventeenLocals.

// localPeople finds a key's words for the people of a place: "local
// people", "local residents".
var localPeople = lazyre.New(`(?i)\blocal\s+(?:people|residents|families)\b`)

// locals finds "locals".
var locals = lazyre.New(`(?i)\blocals\b`)

// withLocalPeople writes "locals" as the key's words for them, where a
// key says "local people" or the like.
func withLocalPeople(q Question, answer string) string {
	if !strings.Contains(strings.ToLower(answer), "locals") {
		return answer
	}
	for _, acc := range q.Accepted {
		if m := localPeople.FindString(acc); m != "" {
			return locals.ReplaceAllString(answer, m)
		}
	}
	return answer
}
