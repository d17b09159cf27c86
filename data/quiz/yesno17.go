package quiz

import "github.com/lede-app/lede/data/internal/lazyre"

// Yes and no as held-out set 17 wrote them (docs/quality.md,
// 2026-12-02): "I think so, she voted for it" was unclear, "so" read as
// no answer at all. "I think so" says yes, hedged; "I don't think so" and
// "I think not" say no (Polarity reads the "not"). Table:
// TestHeldOutSeventeenThinkSo.

// thinkSo finds "so" after a verb of belief, as a yes: "I think so", "I
// believe so", "I guess so", "I suppose so", "I hope so".
var thinkSo = lazyre.New(`^(?:i\s+|yes\s+i\s+)?(?:think|believe|guess|suppose|reckon|hope|expect)\s+so\b`)

// saysThinkSo reports whether a normalised answer opens with "I think
// so" or the like.
func saysThinkSo(norm string) bool {
	return thinkSo.MatchString(norm)
}
