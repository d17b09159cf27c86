package quiz

import (
	"strings"

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
