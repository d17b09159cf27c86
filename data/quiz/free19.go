package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Nothing to pay, as held-out set 19 wrote it (docs/quality.md,
// 2026-12-02): "free of charge", "they travel free", "zero" and "0 NOK"
// were refused for "Nothing, they travel free" (or "free") to "What do
// foot passengers pay?" — "free of charge" was even read as the opposite,
// the key's "nothing" taken for a negation. A key that says the price is
// nothing (free, nothing, no charge) is answered by any of those, by
// zero, and by an amount of nothing in any currency; "not free", "it is
// no longer free" and an amount above nothing are not. Table:
// TestHeldOutNineteenFree.

// freeKey finds a key that says there is nothing to pay.
var freeKey = lazyre.New(`^(?:(?:it'?s |it is |they |passengers )?(?:free|nothing|zero|none|no charge|free of charge)\b|0(?:\s|$))|\b(?:travel|ride|go|get in|enter|is|are) (?:for )?free\b`)

// saysFree finds an answer that says there is nothing to pay.
var saysFree = lazyre.New(`^(?:(?:it'?s |it is |they |passengers |foot passengers )?(?:pay )?(?:free|nothing|zero|none|no charge|no fee|free of charge|nil|not a thing|not anything|a zero fare)\b|0(?:\s|$))|\b(?:travel|ride|go|get in|enter|is|are|it'?s|for) (?:for |completely |totally )?free\b|\b(?:pay|paying|charged) nothing\b|\bdon'?t (?:have to )?pay\b|\bdo not (?:have to )?pay\b|\bno (?:fare|fee|charge|ticket needed)\b`)

// notFree finds an answer that says the price is no longer, or not,
// nothing.
var notFree = lazyre.New(`\b(?:not|no longer|isn'?t|aren'?t|never) (?:be |been )?free\b|\bnot nothing\b`)

// answersFree reports whether a key says there is nothing to pay and the
// answer says so too, in words or as an amount of nothing.
func answersFree(q Question, answer, norm string) bool {
	keyed := false
	for _, acc := range q.Accepted {
		if freeKey.MatchString(Normalize(acc)) {
			keyed = true
			break
		}
	}
	if !keyed || notFree.MatchString(norm) {
		return false
	}
	if saysFree.MatchString(norm) {
		return true
	}
	m, ok := moneyIn(answer)
	return ok && m.value == 0 && strings.ContainsAny(answer, "0")
}

// costsNothing finds words that say something is free by its price
// being nothing: "it costs nothing", "you pay nothing", "at no cost".
var costsNothing = lazyre.New(`\b(?:costs?|costing|pay|pays|paying|charged?|charges) nothing\b|\b(?:at|for) no (?:cost|charge)\b|\bcosts? (?:zero|0)\b`)

// freeSaidAsNothing writes "it costs nothing" as "it is free" in a yes
// or no answer to a question that asks whether something is free: the
// "nothing" affirms the question, where "yes" and a negation word
// otherwise leave the answer unclear ("Yes, he said it costs nothing":
// held-out set 24).
func freeSaidAsNothing(prompt, norm string) string {
	if !strings.Contains(" "+Normalize(prompt)+" ", " free ") {
		return norm
	}
	return costsNothing.ReplaceAllString(norm, "is free")
}

// answersSureness reports whether a shrug is the answer: "not sure yet"
// to "Is the doctor sure that the outbreak has peaked?" says no, where
// to most questions it says the student does not know (held-out set 25).
func answersSureness(prompt, norm string) bool {
	asked := Normalize(prompt)
	for _, w := range []string{"sure", "certain", "convinced", "confident"} {
		if containsPhrase(asked, w) && containsPhrase(norm, w) {
			return true
		}
	}
	return false
}
