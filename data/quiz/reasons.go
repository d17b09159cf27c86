package quiz

import (
	"slices"
	"strings"
)

// A right yes or no whose reason tells the article's vote wrongly,
// where the key is a bare "Yes" or "No" and only the article can show
// it (held-out set 23): "Yes, unanimously" where the bill passed by 38
// votes to 21. Set 21's rules read a reason against the key's own
// reason; a bare key has none. A figure alone is too loose a test: a
// right reason may work one out ("yep 5-0", "by about 7 grand"), and a
// wrong one may take the article's figure in another role ("No, they
// lost 17-10", the half-time score) — tried on 2026-12-04, it refused a
// right range ("yes, 8 to 10 hours") and caught nothing.

// misToldArticleVote reports whether a yes or no's reason says a vote
// was all one way, or level, where the key is bare and the article's
// sentence on the asked vote — one holding two of the question's words
// and a vote — gives a split tally.
func misToldArticleVote(q Question, norm string, said []string) bool {
	if len(q.Accepted) != 1 {
		return false
	}
	reason := yesNoReason(norm)
	if reason == "" || !oneSidedVote.MatchString(reason) || negatedReason.MatchString(reason) {
		return false
	}
	asked := contentWordList(Normalize(q.Prompt))
	for _, s := range said {
		lower := strings.ToLower(s)
		if !votes.MatchString(lower) || !splitTally.MatchString(lower) {
			continue
		}
		shared := 0
		for _, w := range contentWordList(Normalize(s)) {
			if slices.Contains(asked, w) {
				shared++
			}
		}
		if shared >= 2 {
			return true
		}
	}
	return false
}
