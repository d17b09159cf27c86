package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Phrases as held-out set 14 wrote them (docs/quality.md, 2026-12-02).
// Tables: TestHeldOutFourteenListItems, TestHeldOutFourteenContrasts.

// contrastSplit finds where a key sets what is so against what is not:
// "sell the plant rather than demolish it", "historical, not financial",
// "by train instead of by car", "red but not blue".
var contrastSplit = lazyre.New(`(?i)(?:,?\s+rather\s+than|,?\s+instead\s+of|,?\s+but\s+not|,\s*(?:and\s+)?not)\s+`)

// contrastMarks are the strings without which a text sets nothing
// against anything.
var contrastMarks = newFoldMarks("rather than", "instead of", "not ")

// contrastParts splits s at its one contrast: what is so, and what is
// not. ok is false when s has none, or more than one.
func contrastParts(s string) (so, not string, ok bool) {
	if !contrastMarks.in(s) {
		return "", "", false
	}
	idx := contrastSplit.FindAllStringIndex(s, 2)
	if len(idx) != 1 {
		return "", "", false
	}
	so, not = strings.TrimSpace(s[:idx[0][0]]), strings.TrimSpace(s[idx[0][1]:])
	if so == "" || not == "" {
		return "", "", false
	}
	return so, not, true
}

// checkContrast judges an answer to a key that sets what is so against
// what is not: the part that is so is the answer ("historical" for
// "historical, not financial"; "sell the plant"), the part that is not
// is wrong ("demolish the plant" for "sell the plant rather than
// demolish it": it passed, every word of it in the key), and an answer
// that sets the two against each other must do so the key's way round.
// ok is false when no key has a contrast, or the answer matches neither
// part.
func checkContrast(q Question, answer string) (Verdict, bool) {
	if !slices.ContainsFunc(q.Accepted, contrastMarks.in) {
		return "", false // most keys set nothing against anything
	}
	part := func(key, typed string) Verdict {
		one := q
		one.Answer, one.Accepted = key, []string{key}
		v, _ := checkPhrase(one, typed)
		return v
	}
	typedSo, typedNot, typedSplit := contrastParts(answer)
	for _, acc := range q.Accepted {
		so, not, ok := contrastParts(acc)
		if !ok {
			continue
		}
		if typedSplit {
			if part(so, typedSo) == Correct && part(not, typedNot) != Incorrect {
				return Correct, true // "Sell the plant to a buyer rather than demolishing it."
			}
			if part(not, typedSo) == Correct && part(so, typedNot) == Correct {
				return Incorrect, true // the two the other way round
			}
			continue
		}
		answerNegates := negates(Normalize(answer))
		if !answerNegates && part(not, answer) == Correct {
			return Incorrect, true // "encouraging and conclusive" for "encouraging but not conclusive" (set 15)
		}
		if part(so, answer) == Correct {
			return Correct, true
		}
		if answerNegates && !negates(Normalize(so)) && part(so, withoutNegators(answer)) == Correct {
			return Incorrect, true // "not encouraging" (set 15)
		}
	}
	return "", false
}

// tooFew finds the ways of saying there is too little of a thing: "not
// enough", "there aren't enough", "too few", "a lack of", "a shortage
// of", "insufficient".
var tooFew = lazyre.New(`(?i)\b(?:(?:there\s+)?(?:are|is|were|was)(?:n't|n’t|\s+not)\s+enough|not\s+enough|too\s+few|too\s+little|insufficient|(?:a\s+)?lack\s+of|(?:a\s+)?shortage\s+of|(?:a\s+)?shortfall\s+(?:of|in))\b`)

// tooFewMarks are the strings without which a text says none of them.
var tooFewMarks = newFoldMarks("enough", "too few", "too little", "insufficient", "lack", "shortage", "shortfall")

// withTooFew writes each way of saying there is too little of a thing as
// "shortage of", in the answer and the keys, where both say one: "lack of
// beds in care homes", "there aren't enough beds in community care
// homes" and "not enough community care home beds" for "a shortage of
// beds in community care homes" (held-out set 14). "not enough" was read
// as a negation, the opposite of the key.
func withTooFew(q Question, answer string) (Question, string) {
	if !tooFewMarks.in(answer) || !slices.ContainsFunc(q.Accepted, tooFewMarks.in) {
		return q, answer
	}
	keys := make([]string, len(q.Accepted))
	for i, a := range q.Accepted {
		keys[i] = tooFew.ReplaceAllString(a, "shortage of")
	}
	q.Accepted = keys
	return q, tooFew.ReplaceAllString(answer, "shortage of")
}

// asksWhy finds a question that asks for a reason.
var asksWhy = lazyre.New(`(?i)^\s*(?:\S+\s+){0,4}?why\b|\bfor\s+what\s+reason\b|\bwhat\s+was\s+the\s+reason\b`)

// recentWhy keeps whether the questions read last ask why: every check
// asks (withReasonWords), and a question with "reasonable" or "reasons"
// in it runs the pattern over the whole question each time.
var recentWhy recent[bool]

// asksWhyIn reports whether a question asks for a reason.
func asksWhyIn(prompt string) bool { return recentWhy.of(prompt, asksWhy.MatchString) }

// onlyTheReason reports whether all a key's words an answer leaves out
// are "reason" or "reasons", to a question that asks why: "because of
// his health" says "for health reasons" (held-out set 14). The question
// asks for a reason; the word adds nothing.
func onlyTheReason(missing []string, prompt string) bool {
	if len(missing) == 0 {
		return false
	}
	for _, m := range missing {
		if m != "reason" && m != "reasons" {
			return false
		}
	}
	return asksWhyIn(prompt)
}

// causeWords say that what follows is a reason: "because of", "due to".
var causeWords = wordSet("because due owing cause caused result")

// onlyCauseWords reports whether every word of an answer's that is no
// key word only says a reason follows.
func onlyCauseWords(ws, key []string) bool {
	for _, w := range ws {
		if !causeWords[w] && !slices.ContainsFunc(key, func(k string) bool { return wordsMatch(w, k) }) {
			return false
		}
	}
	return true
}
