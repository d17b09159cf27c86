package quiz

import (
	"slices"
	"strings"
)

// Yes/no answers as held-out sets 11 and 13 wrote them (docs/quality.md,
// 2026-12-02): a verb that repeats the question's, then a word that says
// something else ("they were worried" to "Did they sound confident?") or
// its opposite ("it is unclear" to "Is it clear …?"). Table:
// TestHeldOutElevenYesNo.

// copulas are the verbs after which an answer says what someone or
// something was: "they were worried".
var copulas = wordSet("is are was were")

// hasCopula is repeatedVerbSays' cheap look at a normalised answer: has
// it one of copulas as a word?
func hasCopula(norm string) bool {
	for c := range copulas {
		for i := 0; ; {
			j := strings.Index(norm[i:], c)
			if j < 0 {
				break
			}
			j += i
			if (j == 0 || norm[j-1] == ' ') && (j+len(c) == len(norm) || norm[j+len(c)] == ' ') {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// linkFillers, and words in -ly, may come between a repeated verb and what it says: "it is
// very clear", "they were a bit worried".
var linkFillers = wordSet("a an the very so quite really rather bit little too most more")

// repeatedVerbSays reads a yes that Polarity found only in a verb that
// repeats the question's, where that verb is "is", "was" or their plurals
// ("it is", "they were"), by what the answer says right after it: its opposite of the question's word is a no
// ("it is unclear" to "Is it clear …?"), another word of its own is no
// yes ("they were worried" to "Did they sound confident?" says how they
// were, not that they sounded confident), the question's words or
// nothing leave the yes. An answer with a yes word in it is its own.
func repeatedVerbSays(prompt, norm string) string {
	if !hasCopula(norm) {
		return "yes" // "they did", "yes": no "is" or "was" to read after
	}
	words := strings.Fields(norm)
	if slices.ContainsFunc(words, func(w string) bool { return yesWords[w] }) {
		return "yes"
	}
	i := slices.IndexFunc(words, func(w string) bool { return copulas[w] })
	if i < 0 {
		return "yes" // "she had a baby girl": a verb of its own, read as before
	}
	next := ""
	for _, w := range words[i+1:] {
		if !linkFillers[w] && !strings.HasSuffix(w, "ly") {
			next = w
			break
		}
	}
	if next == "" || stopWords[next] || pronouns[next] || affirmers[next] {
		return "yes" // "it did", "it did, in 2004", "they were, mostly"
	}
	if contradictsQuestion(prompt, next) || negatedWordOf(prompt, next) {
		return "no"
	}
	for _, w := range contentWordList(Normalize(prompt)) {
		if sameStem(w, next) || sameDerivation(w, next) {
			return "yes"
		}
	}
	return ""
}

// negativePrefixes turn a word into its opposite: "illegal", "impossible",
// "irregular", "dishonest", "non-binding" ("un" is contradictsQuestion's).
var negativePrefixes = []string{"il", "im", "in", "ir", "dis", "non"}

// negatedWordOf reports whether a word is a word of the question with a
// negative prefix: "illegal" to "Is it legal?".
func negatedWordOf(prompt, w string) bool {
	asked := wordSet(Normalize(prompt))
	for _, p := range negativePrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) > 3 && asked[rest] {
			return true
		}
	}
	return false
}

// oppositeWordAnswer reports whether a short answer with no yes or no in
// it turns a word of the question round with a negative prefix:
// "unlikely" to "Is more flooding likely?", "illegal" to "Is it legal?",
// "very unlikely". It says no as plainly as "no" does. Three words at
// most: a longer answer says more than the one word.
func oppositeWordAnswer(prompt, norm string) bool {
	words := strings.Fields(norm)
	if len(words) == 0 || len(words) > 3 || !slices.ContainsFunc(words, hasNegativePrefix) {
		return false // "hmm": no word turned round, and no question read
	}
	if contradictsQuestion(prompt, norm) {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool { return negatedWordOf(prompt, w) })
}

// hasNegativePrefix reports whether a word opens with "un" or one of
// negativePrefixes: oppositeWordAnswer's cheap first look.
func hasNegativePrefix(w string) bool {
	if strings.HasPrefix(w, "un") {
		return true
	}
	return slices.ContainsFunc(negativePrefixes, func(p string) bool { return strings.HasPrefix(w, p) })
}
