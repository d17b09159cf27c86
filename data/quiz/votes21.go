package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// A vote told wrongly in a yes or no's reason, as held-out set 21 wrote
// it (docs/quality.md): "Yes, unanimously" where the key says "Yes, by
// 54 votes to 31", "No, it was a tie" for "No, they voted 212 to 147 to
// end it", "no it was rejected" for "No, it was approved by seven votes
// to four". Set 19's oppositeOutcome reads a vote's outcome only in
// words the question does not give, and here the question asks "Was it
// approved unanimously?". Where the key's reason gives a split tally (two
// sides, each with votes), a reason that says all voted one way or the
// sides were level is wrong; where it says the vote was approved or
// rejected, a reason that says the other, with no negation, is wrong
// (TestHeldOutTwentyOneVotes).

// splitTally finds a key's tally with votes on both sides: "by 54 votes
// to 31", "38 to 11", "6–4", "seven votes to four".
var splitTally = lazyre.New(`\b(?:[0-9][0-9,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+votes?)?\s*(?:\bto\b|[-–—])\s*(?:[1-9][0-9,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// oneSidedVote finds a reason that says all voted one way, or neither
// side won: "unanimously", "it was a tie", "everyone voted for it", "all
// the councillors voted for it" (held-out set 25).
var oneSidedVote = lazyre.New(`\bunanimous(?:ly)?\b|\ba tie\b|\btied\b|\bdraw\b|\ba dead heat\b|\b(?:everyone|everybody|all of them|every member|every councillor|no ?one|nobody|all (?:of )?(?:the )?(?:councillors|members|judges|mps|senators|delegates|directors)) (?:voted|backed|agreed|opposed|was against|were against)\b`)

// The outcomes a yes or no's reason may give, in words that say a vote
// or a decision was taken: narrower than set 19's lists, since "four
// voted against" tells a side, not the outcome.
var (
	approvedVote = lazyre.New(`\b(?:approved|passed|carried|adopted)\b`)
	rejectedVote = lazyre.New(`\b(?:rejected|defeated|voted (?:it |them |the \w+ )?down|turned (?:it |them |the \w+ )?down|thrown out|threw (?:it )?out)\b`)
)

// negatedReason finds a negation in a reason: "it was not approved".
var negatedReason = lazyre.New(`\b(?:not|never|no)\b|n't\b|\b(?:wasnt|werent|didnt|hasnt|havent|isnt)\b`)

// misToldVote reports whether a yes/no answer's reason tells the key's
// vote wrongly: all one way or level, where the key gives a split tally,
// or the outcome the other way from the key's.
func misToldVote(q Question, norm string) bool {
	if len(q.Accepted) < 2 {
		return false
	}
	reason := yesNoReason(norm)
	if reason == "" {
		return false
	}
	if negatedReason.MatchString(reason) {
		return false // "it wasn't unanimous", "it was not approved"
	}
	key := strings.ToLower(strings.Join(q.Accepted[1:], " "))
	if oneSidedVote.MatchString(reason) && splitTally.MatchString(key) && !oneSidedVote.MatchString(key) {
		return true
	}
	says, keyed := approvedVote.MatchString(reason), approvedVote.MatchString(key)
	against, keyedAgainst := rejectedVote.MatchString(reason), rejectedVote.MatchString(key)
	return says && !against && keyedAgainst && !keyed || against && !says && keyed && !keyedAgainst
}
