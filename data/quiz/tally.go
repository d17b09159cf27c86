package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// abstentionsAfterTally finds a vote's tally with its abstentions after
// it: "31 votes to 17, with three abstentions", "9-2 and one abstention".
var abstentionsAfterTally = lazyre.New(`(?i)^(.*\d.*?)(?:,\s*|\s+)(?:with|and|plus)\s+(?:\S+)\s+abstentions?\.?$`)

// withTallyAlone adds to a key that gives a vote's tally and its
// abstentions the tally alone: "31-17" and "it passed by 31 votes to 17"
// answer "31 votes to 17, with three abstentions" — the result is the
// tally, and the writer of held-out set 24 marked them right. The
// abstentions still count where a student gives them.
func withTallyAlone(accepted []string) []string {
	return withFirstPart(accepted, abstentionsAfterTally)
}

// withFirstPart adds to accepted, for each key the pattern matches, the
// part its first group holds, where it is no key already.
func withFirstPart(accepted []string, pattern *lazyre.Regexp) []string {
	out := accepted
	for _, acc := range accepted {
		if m := pattern.FindStringSubmatch(acc); m != nil && !slices.Contains(out, m[1]) {
			if len(out) == len(accepted) {
				out = slices.Clone(accepted) // the caller's keys stay as they were
			}
			out = append(out, m[1])
		}
	}
	return out
}

// tallyOutcomeTurned reports whether an answer says a vote went the other
// way from the article's sentence that gives the key's tally: a key that
// is a bare tally ("31 votes to 17") says no way itself, and the
// sentence does ("the council approved the plan by 31 votes to 17").
func tallyOutcomeTurned(q Question, answer string, said []string) bool {
	norm := Normalize(answer)
	if !outcomeMarks.in(norm) {
		return false
	}
	prompt := Normalize(q.Prompt)
	approves, rejects := saysOutcome(norm, prompt, approvingOutcome), saysOutcome(norm, prompt, rejectingOutcome)
	if approves == rejects {
		return false
	}
	for _, acc := range q.Accepted {
		nums := numbersOf(acc)
		if len(nums) < 2 || !strings.Contains(strings.ToLower(acc), "vote") && !strings.ContainsAny(acc, "-–") {
			continue
		}
		for _, s := range said {
			if !holdsAll(numbersOf(s), nums[:2]) {
				continue // not the sentence of this tally
			}
			sn := Normalize(s)
			sa, sr := saysOutcome(sn, prompt, approvingOutcome), saysOutcome(sn, prompt, rejectingOutcome)
			if sa != sr {
				return sa != approves
			}
		}
	}
	return false
}

// holdsAll reports whether have holds every number of want.
func holdsAll(have, want []float64) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// changeThenLevel finds a key that tells a change and the level it led
// to: "they fell by 18% to £612m", "rose by 5% to $3bn".
var changeThenLevel = lazyre.New(`(?i)^(.*\b(?:fell|rose|dropped|grew|increased|decreased|declined|climbed|jumped|slumped|went\s+(?:up|down))\s+by\s+[^,]+?)\s+to\s+\S.*$`)

// withChangeAlone adds to a key that tells a change and the level it led
// to the change alone: "How did sales change?" is answered by "they fell
// by 18%" without the "to £612m" (held-out set 25, whose writer marked
// "dropped by 18%" and "down 18 per cent" right).
func withChangeAlone(accepted []string) []string {
	return withFirstPart(accepted, changeThenLevel)
}

// bracketAfterKey finds a key that ends on a bracketed detail: "6-4 3-6
// 7-6 (7-5)", the tie-break's score beside the match's: figures alone in
// the brackets, after a space — not a formula's ("O(n2)") nor a place's
// ("Sky Stadium (Wellington)"), which the place rules read.
var bracketAfterKey = lazyre.New(`^(.*\S)\s+\([^()a-zA-Z]*[0-9][^()a-zA-Z]*\)\s*\.?$`)

// withoutKeysBracket adds to the key the words before its closing
// brackets: what a key puts in brackets is an aside a student may leave
// out (held-out set 26: "6-4, 3-6, 7-6" for "6-4 3-6 7-6 (7-5)").
func withoutKeysBracket(accepted []string) []string {
	return withFirstPart(accepted, bracketAfterKey)
}
