package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// A "no" that settles what the article leaves open, as held-out set 19
// wrote it (docs/quality.md, 2026-12-02): "No, the ministry refused" and
// "No, the idea was rejected" passed for "No, it has not yet replied" and
// "No, not yet", and "No, because rents will not rise" for "No, no
// decision has been taken". The writer marks a "no" with a wrong reason
// wrong; the checker read only the "no". Where a key's reason says the
// matter is still open (not yet, no decision, has not replied), an answer
// whose reason says it was settled against (refused, rejected, turned
// down, ruled out, will not) says something the article does not; a
// reason that leaves it open too ("no, they haven't decided") or gives
// none stays right. Table: TestHeldOutNineteenOpenNo.

// leftOpen finds a key's reason that says the matter is not settled yet.
var leftOpen = lazyre.New(`(?i)\bnot yet\b|\bno decision\b|\bundecided\b|\byet to\b|\b(?:has|have|had)(?: not|n't)(?: yet)? (?:replied|answered|responded|decided|ruled|said|been decided|been taken|made)\b|\bstill (?:deciding|considering|thinking|waiting|undecided|under)\b|\bpending\b|\bundecided\b|\bnot (?:been )?decided\b`)

// settledAgainst finds an answer's reason that says the matter was
// settled against: refused, rejected, turned down, will not.
var settledAgainst = lazyre.New(`\b(?:refus(?:e|ed|es|ing)|reject(?:ed|s|ing)?|declin(?:e|ed|es|ing)|turned down|turn(?:s|ed)? it down|ruled out|ruled it out|said no|vetoed|scrapped|cancell?ed|dropped|will not|won't|wont|will never|never will)\b`)

// settlesOpenNo reports whether a "no" answer's reason settles against
// what the key's reason says is still open.
func settlesOpenNo(q Question, norm string) bool {
	return settledAgainst.MatchString(norm) && !leftOpen.MatchString(norm) && !undecided.MatchString(norm) && keyLeavesOpen(q)
}

// keyLeavesOpen reports whether a "no" key's reason says the matter is
// still open ("No, not yet decided"): an answer saying so too ("no, still
// undecided") is then right, not a doubt the article has settled.
func keyLeavesOpen(q Question) bool {
	if len(q.Accepted) < 2 || q.Accepted[0] != "no" {
		return false
	}
	for _, acc := range q.Accepted[1:] {
		if leftOpen.MatchString(acc) && !settledAgainst.MatchString(strings.ToLower(acc)) {
			return true
		}
	}
	return false
}
