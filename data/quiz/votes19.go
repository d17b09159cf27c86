package quiz

import "slices"

// A vote's outcome turned round, as held-out set 19 wrote it
// (docs/quality.md, 2026-12-02): "it was rejected 7 to 3" passed for "7
// to 3 in favour" — the tally was the key's, the outcome the opposite. A
// key that says a vote or a decision went one way (in favour, approved,
// passed, carried; or rejected, against, defeated, voted down) and an
// answer that says the other way, in words the question did not give, is
// wrong. Table: TestHeldOutNineteenVoteOutcomes.

// outcomeWords are the words and phrases that say which way a vote went.
var (
	approvingOutcome = []string{"in favour", "in favor", "approved", "approve", "approves", "passed", "carried", "backed", "adopted", "voted for", "voted yes", "said yes"}
	rejectingOutcome = []string{"rejected", "rejects", "reject", "against", "defeated", "voted down", "voted it down", "turned down", "turned it down", "voted no", "said no", "thrown out", "blocked", "opposed"}
)

// saysOutcome reports whether norm has one of the phrases that the
// question does not.
func saysOutcome(norm, prompt string, phrases []string) bool {
	padded, asked := " "+norm+" ", " "+prompt+" "
	for _, p := range phrases {
		if holdsSpaced(padded, p) && !holdsSpaced(asked, p) {
			return true
		}
	}
	return false
}

// outcomeMarks are the phrases of both ways a vote goes.
var outcomeMarks = newFoldMarks(slices.Concat(approvingOutcome, rejectingOutcome)...)

// oppositeOutcome reports whether an answer says a vote went the other
// way from every key that says which way it went.
func oppositeOutcome(q Question, norm string) bool {
	if !outcomeMarks.in(norm) {
		return false // says neither way: most answers, passed at one look
	}
	prompt := Normalize(q.Prompt)
	approves, rejects := saysOutcome(norm, prompt, approvingOutcome), saysOutcome(norm, prompt, rejectingOutcome)
	if approves == rejects {
		return false
	}
	keyed := false
	for _, acc := range q.Accepted {
		a := Normalize(acc)
		ka, kr := saysOutcome(a, prompt, approvingOutcome), saysOutcome(a, prompt, rejectingOutcome)
		if ka == kr {
			continue
		}
		if ka == approves {
			return false
		}
		keyed = true
	}
	return keyed
}
