package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// bareCountOfKey reports whether answer is the key's count alone, to a
// question that asks how many of a thing: "about 300" for "about 300
// fans" to "How many people protested?", "36,446" for "36,446
// employees" to "How many staff …?". The key's noun says what was
// counted; the question asked for the number, and a student who gives
// it has answered, whatever the question calls the thing (the real
// window, 2026-12-04: refused where the question's noun was not the
// key's). Only where the key gives one number and no unit, money or
// share, and the answer nothing but that number, the question's own
// noun, and a hedge the key has too (an exact key's "about 36,000" is
// another figure, for the number rules to judge).
func bareCountOfKey(q Question, answer string) bool {
	if len(answer) > 80 || !hasDigit(answer) && !hasFigureWord(answer) || strings.ContainsAny(answer, "%£$€¥₹₦₺₩₽¢") || !asksCount.MatchString(q.Prompt) {
		return false
	}
	answer = ishAfterFigures.ReplaceAllString(answer, "$1 ish")
	found := textnum.Find(answer)
	if len(found) != 1 || found[0].Percent {
		return false
	}
	asked := ""
	if m := askedNoun.FindStringSubmatch(q.Prompt); m != nil {
		asked = strings.ToLower(m[1])
	}
	hedge, roughly := "", false
	for _, w := range strings.Fields(Normalize(answer[:found[0].Start] + " " + answer[found[0].End:])) {
		switch {
		case roughWords[w]:
			roughly = true // "300ish", "300 or so", "around 300"
		case (hedges[w] || bareNumberHedges[w]) && hedge == "":
			hedge = w // "nearly", "over": a direction the key must give too
		case asked != "" && sameWord(w, asked):
		default:
			return false // "300 fans and 20 police", "300 euros"
		}
	}
	return slices.ContainsFunc(q.Accepted, func(acc string) bool {
		nums := numbersOf(acc)
		if len(nums) != 1 || nums[0] != found[0].Value || mentionsUnit(acc) || strings.ContainsAny(acc, "%£$€¥₹₦₺₩₽¢") {
			return false
		}
		if _, ok := moneyIn(acc); ok {
			return false
		}
		words := strings.Fields(Normalize(acc))
		if roughly && !slices.ContainsFunc(words, func(w string) bool { return roughWords[w] }) {
			return false // "about 36,000" for an exact 36,446: another figure
		}
		return hedge == "" || slices.Contains(words, hedge)
	})
}

// ishAfterFigures finds "ish" joined to figures: "300ish", "300-ish".
var ishAfterFigures = lazyre.New(`([0-9])-?ish\b`)

// roughWords say a number is rough, in no direction: "about 300", "300
// or so", "300ish" (Normalize leaves "ish" a word of its own where a
// hyphen joined it).
var roughWords = wordSet("about around roughly approximately approx circa some estimated ish odd or so")
