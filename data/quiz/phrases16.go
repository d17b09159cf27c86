package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Phrases as held-out set 16 wrote them (docs/quality.md, 2026-12-02):
// the verb for its noun in "-ment", "recruiting teachers" for "teacher
// recruitment"; "not nearly enough" for "nowhere near enough". Tables:
// TestHeldOutSixteenMentNouns, TestHeldOutSixteenNowhereNear.

// verbAndMentNoun reports whether verb is a form of the verb whose noun
// in "-ment" is noun, on a verb of five letters or more: "recruit",
// "recruits", "recruited", "recruiting" for "recruitment"; "managing" for
// "management". Like verbAndNoun's, they count as the key's words as
// written.
func verbAndMentNoun(verb, noun string) bool {
	stem, ok := strings.CutSuffix(noun, "ments")
	if !ok {
		stem, ok = strings.CutSuffix(noun, "ment")
	}
	if !ok || len(stem) < 5 {
		return false
	}
	switch verb {
	case stem, stem + "s", stem + "ed", stem + "ing":
		return true
	}
	if before, ok := strings.CutSuffix(stem, "e"); ok {
		return verb == stem+"d" || verb == before+"ing" // "managed", "managing"
	}
	return false
}

// notNearly finds "not nearly" and "not anywhere near", which say what
// "nowhere near" says.
var notNearly = lazyre.New(`(?i)\bnot\s+(?:nearly|anywhere\s+near|even\s+close\s+to)\b`)

// withNowhereNear writes "not nearly" as "nowhere near" where a key says
// "nowhere near": "welcome but not nearly enough" for "welcome but
// nowhere near enough" (held-out set 16), which the key's "near" and the
// answer's "not" made partly right.
func withNowhereNear(q Question, answer string) string {
	if !strings.Contains(strings.ToLower(answer), "not ") {
		return answer
	}
	for _, acc := range q.Accepted {
		if strings.Contains(strings.ToLower(acc), "nowhere near") {
			return notNearly.ReplaceAllString(answer, "nowhere near")
		}
	}
	return answer
}
