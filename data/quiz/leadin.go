package quiz

import (
	"slices"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// An answer that opens by saying the question again — "it was 2M", "the
// firm raised 2M" to "How much did the firm raise?" — is checked on what
// follows (Check; TestLeadInSaysTheQuestionAgain).

// leadInWords may open an answer before what it answers: "it was 2M",
// "they raised 2M", "she is the finance minister". A lead-in holds one of
// sentenceWords: the words that make it a sentence's start. An article
// or the question's words alone do not ("the state Department of
// Agriculture", "University of California" to "Which university …?"),
// nor "this" or "that", which name as often as they point ("this spring").
var (
	leadInWords   = wordSet("it its they he she we this that there these those the a an is was were are be been has had have did do does will would 's")
	sentenceWords = wordSet("it they he she we there is was were are has had have did will would 's")
)

// withoutLeadIn is answer without the words that open it by saying again
// what the question says — pronouns, "was", and the question's own words:
// "the firm raised 2M" to "How much did the firm raise?" is "2M". It
// reports false where the opening is no sentence's or nothing is left.
func withoutLeadIn(q Question, answer string) (string, bool) {
	if m := nounOfOpener.FindStringSubmatch(answer); m != nil && (promptHolds(q.Prompt, m[1]) || amountNouns[strings.ToLower(m[1])]) && hasFigureWord(m[2]) {
		return m[2], true // "a loss of nearly £48m" to "What loss …?" (held-out set 25)
	}
	fields := strings.Fields(answer)
	if len(fields) < 2 {
		return "", false
	}
	if first := Normalize(fields[0]); !leadInWords[first] && !promptHolds(q.Prompt, first) {
		return "", false // most answers: their first word opens no sentence
	}
	if !slices.ContainsFunc(fields, mayMakeSentence) {
		return "", false // "the UK": no pronoun, no "was", no verb's ending
	}
	asked := promptWords(q.Prompt)
	n, sentence := 0, false
	for ; n < len(fields); n++ {
		w := Normalize(fields[n])
		inflected := !asked[w] && slices.ContainsFunc(inflections(w), func(f string) bool { return asked[f] })
		if w == "" || !leadInWords[w] && !asked[w] && !inflected {
			break
		}
		// A pronoun, "was", or the question's verb in another form
		// ("raised" for "did … raise") makes the opening a sentence's.
		sentence = sentence || sentenceWords[w] || inflected
	}
	if !sentence || n == len(fields) {
		return "", false
	}
	return strings.Join(fields[n:], " "), true
}

// nounOfOpener finds an answer that opens on a noun and "of" before its
// figure: "a loss of nearly £48m", "a total of 27". The noun is the
// question's own, or one that only says "an amount".
var nounOfOpener = lazyre.New(`(?i)^\s*(?:a|an|the)\s+(\p{L}+)\s+of\s+(.+)$`)

// amountNouns say only that a figure follows.
var amountNouns = wordSet("total sum figure amount")

// mayMakeSentence is withoutLeadIn's second look: a word that may make
// an answer's opening a sentence's — a pronoun or "was", or a verb's
// ending ("raised", "fines").
func mayMakeSentence(w string) bool {
	lower := strings.ToLower(w)
	return sentenceWords[lower] || strings.HasSuffix(lower, "ed") || strings.HasSuffix(lower, "s") || strings.HasSuffix(lower, "'s")
}

// promptHolds reports whether prompt has word among its words, in any
// capitals, with nothing kept or built: the first look of withoutLeadIn.
func promptHolds(prompt, word string) bool {
	for w := range strings.FieldsFuncSeq(prompt, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// promptWords are a question's words, normalised, kept for the next
// check of the question (recentPromptWords), and read, never written.
func promptWords(prompt string) map[string]bool {
	return recentPromptWords.of(prompt, func(p string) map[string]bool { return wordSet(Normalize(p)) })
}

// recentPromptWords keeps the questions' words read last.
var recentPromptWords recent[map[string]bool]

// inflections are the forms w may have without the ending a past or
// third person gives a verb: "raised" is "raise" or "rais", "fines" is
// "fine" or "fin".
func inflections(w string) []string {
	var out []string
	for _, suffix := range []string{"ed", "es", "d", "s"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			out = append(out, strings.TrimSuffix(w, suffix))
		}
	}
	return out
}
