package quiz

import (
	"slices"
	"strings"
)

// Phrases as held-out set 18 wrote them (docs/quality.md, 2026-12-02):
// "the amount of rain" passed for "the amount of rain that soaks into the
// ground" — every word of it the key's, and one the question did not
// give, though the clause that says which rain was left out. Table:
// TestHeldOutEighteenClauseHeads.

// relativeWords open a clause that says which of a thing a key means.
var relativeWords = []string{" that ", " which ", " who ", " whose "}

// keyHeadOnly reports whether an answer gives only the words a key says
// before the clause that says which ("the amount of rain" for "the
// amount of rain that soaks into the ground"): partly right. An answer
// holding every content word of some key, or one word of the clause, is
// left to the other checks.
func keyHeadOnly(q Question, norm string) bool {
	got := contentWordList(norm)
	if len(got) == 0 {
		return false
	}
	headOnly := false
	for _, acc := range q.Accepted {
		key := Normalize(acc)
		keyWords := contentWordList(key)
		if !slices.ContainsFunc(keyWords, func(w string) bool { return !slices.Contains(got, w) }) {
			return false // every word of a key
		}
		i := -1
		for _, rel := range relativeWords {
			if j := strings.Index(key, rel); j > 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 {
			continue
		}
		head, clause := contentWordList(key[:i]), contentWordList(key[i:])
		if len(clause) < 2 {
			continue
		}
		inHead := true
		for _, w := range got {
			if !slices.Contains(head, w) || slices.Contains(clause, w) {
				inHead = false
			}
		}
		headOnly = headOnly || inHead
	}
	return headOnly
}

// howMuchForms give the question's words for an amount and a count, as
// a noun phrase says them: "how much rain soaks in" is "the amount of
// rain that soaks in", "how many people" "the number of people".
var howMuchForms = [][2]string{{"how much ", "the amount of "}, {"how many ", "the number of "}}

// withHowMuch writes an answer's "how much" or "how many" as a key's
// "the amount of" or "the number of" (held-out set 18: "how much rain
// soaks into the ground" for "the amount of rain that soaks into the
// ground"), and the verb after the thing as the key's clause ("that
// soaks") when the key has one.
func withHowMuch(q Question, answer string) string {
	norm := Normalize(answer)
	for _, f := range howMuchForms {
		rest, ok := strings.CutPrefix(norm, f[0])
		if !ok {
			continue
		}
		for _, acc := range q.Accepted {
			key := Normalize(acc)
			if !strings.Contains(key, strings.TrimSpace(f[1])) {
				continue
			}
			thing, verb, _ := strings.Cut(rest, " ")
			if strings.Contains(key, f[1]+thing+" that "+verb) {
				return f[1] + thing + " that " + verb + strings.TrimPrefix(rest, thing+" "+verb)
			}
			return f[1] + rest
		}
	}
	return answer
}
