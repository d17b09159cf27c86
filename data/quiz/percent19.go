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

// A share rounded and then given exactly in brackets, as set 19 wrote it:
// "just over half (52%)" was refused for "52 per cent". As set 17's
// amounts of money in brackets, a share in words or figures that the
// exact share in brackets rounds to (within a tenth) is that exact share;
// "about a third (52%)" contradicts itself and is left as written. Table:
// TestHeldOutNineteenExactShareInBrackets.

// withExactShareInBrackets gives the exact share of an answer that
// rounds a share and gives it exactly in brackets: "just over half (52%)"
// is 52%.
func withExactShareInBrackets(answer string) string {
	if !strings.HasSuffix(strings.TrimSpace(answer), ")") {
		return answer
	}
	m := roundedThenExact.FindStringSubmatch(answer)
	if m == nil {
		return answer
	}
	rounded, _, ok1 := shareOf(m[1])
	exact, fraction, ok2 := shareOf(m[2])
	if !ok1 || !ok2 || fraction || exact == 0 || rounded < exact*0.9 || rounded > exact*1.1 {
		return answer
	}
	return m[2]
}
