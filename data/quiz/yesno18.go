package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Yes and no as held-out set 18 wrote them (docs/quality.md,
// 2026-12-02): "it doesn't say" passed for no, its "doesn't" read as the
// answer; "yeah nah" (Australian and New Zealand English for no) was
// read as yes; and "yh", "defo" and "negative" were unclear. Table:
// TestHeldOutEighteenYesNoSlang.

// saysNothing finds an answer that says the article does not answer the
// question: "it doesn't say", "the article does not mention it", "not
// stated".
var saysNothing = lazyre.New(`^(?:i\s+think\s+)?(?:it|the\s+article|article|the\s+story|the\s+text|they)\s+(?:does\s*n[o']?t|doesnt|did\s*n[o']?t|didnt)\s+(?:say|mention|tell|state|specify)\b|^(?:it\s+(?:is|s)\s+)?(?:not|never)\s+(?:stated|said|mentioned|specified)\s*$|^(?:it\s+)?doesn\s*t\s+say\b`)

// slangFirst give the words a student may open a yes or no with that
// Polarity does not read: "yh" and "defo" say yes; "yeah nah" says no,
// "nah yeah" yes.
var slangFirst = map[string]string{"yh": "yes", "yhh": "yes", "defo": "yes", "deffo": "yes", "defs": "yes"}

// withYesNoSlang rewrites the opening of a normalised yes/no answer
// given in slang as the plain word: "yeah nah, nobody died" as "no,
// nobody died", "defo" as "yes". "Negative" alone is no, unless the
// question asks whether something is negative.
func withYesNoSlang(prompt, norm string) string {
	words := strings.Fields(norm)
	if len(words) == 0 {
		return norm
	}
	if len(words) >= 2 {
		switch first, second := words[0], words[1]; {
		case (first == "yeah" || first == "yea" || first == "yeh") && (second == "nah" || second == "na"):
			return strings.Join(append([]string{"no"}, words[2:]...), " ")
		case (first == "nah" || first == "na") && (second == "yeah" || second == "yea" || second == "yeh"):
			return strings.Join(append([]string{"yes"}, words[2:]...), " ")
		}
	}
	if to, ok := slangFirst[words[0]]; ok {
		words[0] = to
		return strings.Join(words, " ")
	}
	if len(words) == 1 && words[0] == "negative" && !strings.Contains(strings.ToLower(prompt), "negativ") {
		return "no"
	}
	return norm
}
