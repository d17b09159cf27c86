package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// A percentage the question asks for, as held-out set 19 wrote it
// (docs/quality.md, 2026-12-02): "by 27" was refused for "27 per cent" to
// "By what percentage has the waiting list fallen?". Where the question
// asks for a percentage and the key is one, an answer that is a bare
// number — no per cent, no unit, no other amount — gives that percentage.
// Table: TestHeldOutNineteenAskedPercent.

// asksPercent finds a question that asks for a percentage.
var asksPercent = lazyre.New(`(?i)\b(?:what|which) (?:percentage|per ?cent|proportion in per ?cent)\b|\bhow many per ?cent\b|\bby how much,? in per ?cent\b`)

// bareNumber is an answer that is one number, with at most "by",
// "about" or "around" before it.
var bareNumber = lazyre.New(`^(?:(?:by|about|around|roughly|some|approximately|approx|nearly|almost|just over|just under|over|under|more than|less than)\s+)?([0-9]+(?:[.,][0-9]+)?)$`)

// withAskedPercent writes a bare number as the percentage the question
// asks for: "by 27" is "by 27%".
func withAskedPercent(q Question, answer string) string {
	a := strings.TrimSpace(strings.TrimRight(answer, ". "))
	if !bareNumber.MatchString(strings.ToLower(a)) || !asksPercent.MatchString(q.Prompt) {
		return answer
	}
	for _, acc := range q.Accepted {
		if found := textnum.Find(acc); len(found) == 1 && found[0].Percent {
			return a + "%"
		}
	}
	return answer
}
