package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
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

// Reasons as held-out set 18 wrote them: "cos of landslides", "in case
// of landslides", "danger of landslides" for "risk of landslides" were
// partly right, the words that say "because" or name the risk read as
// words the key lacks. Table: TestHeldOutEighteenReasons.

// causeLead finds the words an answer to "Why …?" opens with to say
// "because": "because of", "cos of", "due to", "in case of", "for fear
// of".
var causeLead = lazyre.New(`(?i)^\s*(?:because\s+of|because|cos\s+of|coz\s+of|cuz\s+of|'cause\s+of|due\s+to|owing\s+to|in\s+case\s+of|for\s+fear\s+of)\s+`)

// riskWords name a risk; a key's is the one an answer's stands for.
var riskWords = wordSet("risk risks danger dangers threat threats hazard hazards")

// withReasonWords drops the "because" an answer to "Why …?" opens with,
// and writes its word for a risk ("danger", "threat") as the key's
// ("risk"), where the key names one: "danger of landslides" for "risk of
// landslides". The rest of the answer still decides.
func withReasonWords(q Question, answer string) string {
	if !asksWhyIn(q.Prompt) {
		return answer
	}
	keyLead := slices.ContainsFunc(q.Accepted, func(acc string) bool {
		return causeLead.MatchString(acc) || strings.Contains(strings.ToLower(acc), "because")
	})
	if loc := causeLead.FindStringIndex(answer); loc != nil && loc[1] < len(answer) && !keyLead {
		answer = answer[loc[1]:] // a key that says "because" itself is left to match it
	}
	keyRisk := ""
	for _, acc := range q.Accepted {
		for _, w := range strings.Fields(Normalize(acc)) {
			if riskWords[w] && keyRisk == "" {
				keyRisk = w
			}
		}
	}
	if keyRisk == "" {
		return answer
	}
	words := strings.Fields(answer)
	for i, w := range words {
		if lw := strings.ToLower(w); riskWords[lw] && lw != keyRisk {
			words[i] = keyRisk
		}
	}
	return strings.Join(words, " ")
}
