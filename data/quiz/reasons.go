package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
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

// misToldArticleTally reports whether a yes or no's reason gives a tally
// other than the one the article's sentence on the asked vote or score
// gives — "No, it was 3-2" where the judges ruled by four votes to one,
// "Yes, by 17 votes to 31" where the plan passed by 31 votes to 17,
// "No, Samoa led 24-6" where they led 17-6 at half-time — or a number
// against other than its smaller side ("two judges dissented"). The
// sentence is the one, of those with a tally, that shares most words
// with the question; where two share as many and differ, nothing is
// judged (held-out set 24). A figure alone is not judged: see above.
func misToldArticleTally(q Question, answer, norm string, said []string) bool {
	if len(q.Accepted) != 1 {
		return false
	}
	reason := yesNoReason(norm)
	if reason == "" {
		return false
	}
	told, hasTally := tallyOf(answer) // the answer as typed: Normalize makes "3-2" "3 2"
	against, hasAgainst := dissentCount(reason)
	if !hasTally && !hasAgainst {
		return false
	}
	article, ok := askedTally(q, said)
	if !ok {
		return false
	}
	if hasTally {
		return told != article
	}
	return against != min(article[0], article[1])
}

// tallyOf reads the first tally in text, in order: "3-2", "four votes to
// one", "17 votes to 31".
func tallyOf(text string) ([2]float64, bool) {
	m := splitTally.FindString(strings.ToLower(text))
	if m == "" {
		return [2]float64{}, false
	}
	sides := tallySides.Re().Split(m, 2)
	if len(sides) != 2 {
		return [2]float64{}, false
	}
	first := strings.Fields(sides[0])
	if len(first) == 0 {
		return [2]float64{}, false
	}
	a, okA := textnum.Parse(strings.ReplaceAll(first[0], ",", "")) // "17" of "17 votes"
	b, okB := textnum.Parse(strings.ReplaceAll(strings.TrimSpace(sides[1]), ",", ""))
	return [2]float64{a, b}, okA && okB
}

// tallySides splits a tally at its "to" or dash.
var tallySides = lazyre.New(`\s*(?:\bto\b|[-–—])\s*`)

// dissentWords finds a count of those who voted against: "two judges
// dissented", "3 voted against".
var dissentWords = lazyre.New(`\b([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\p{L}+\s+)?(?:dissented|voted against|voted no|opposed it)\b`)

// dissentCount reads how many a reason says voted against.
func dissentCount(reason string) (float64, bool) {
	m := dissentWords.FindStringSubmatchIndex(reason)
	if m == nil || strings.HasSuffix(strings.TrimSpace(reason[:m[0]]), "and") {
		return 0, false // "Kowalchuk and two others voted no": three
	}
	return textnum.Parse(reason[m[2]:m[3]])
}

// tallyContext finds a sentence that tells a vote or a score.
var tallyContext = lazyre.New(`(?i)\bvot(?:e|es|ed|ing)\b|\bballot|\bruled\b|\bled\b|\bleading\b|\bscore|\bhalf-time\b|\bhalftime\b|\bfull-time\b|\bwon\b|\bbeat\b`)

// askedTally returns the tally of the article's sentence on the asked
// vote or score: of the sentences that tell one, the one that shares most
// content words with the question, where no other shares as many with
// another tally.
func askedTally(q Question, said []string) ([2]float64, bool) {
	asked := contentWordList(Normalize(q.Prompt))
	best, bestShared, tied := [2]float64{}, 0, false
	for _, s := range said {
		if !tallyContext.MatchString(s) {
			continue
		}
		t, ok := tallyOf(s)
		if !ok {
			continue
		}
		shared := 0
		for _, w := range contentWordList(Normalize(s)) {
			if slices.Contains(asked, w) {
				shared++
			}
		}
		switch {
		case shared > bestShared:
			best, bestShared, tied = t, shared, false
		case shared == bestShared && shared > 0 && t != best:
			tied = true
		}
	}
	return best, bestShared > 0 && !tied
}

// boundedFigure finds a figure after a bound: "over 55", "under 12",
// "more than 40".
var boundedFigure = lazyre.New(`(?i)\b(over|under|above|below|more than|less than|fewer than|at least|aged)\s+([0-9][0-9,.]*)`)

// reasonBoundsOtherFigure reports whether a yes or no's reason puts
// another figure after the bound the question gives its own after —
// "Yes, staff over 50" to "Will staff aged over 55 be offered …?" — a
// figure the article does not give either (held-out set 25). A reason
// that corrects the question with the article's figure ("No, only staff
// over 60") is left alone.
func reasonBoundsOtherFigure(q Question, norm string, said []string) bool {
	reason := yesNoReason(norm)
	if reason == "" {
		return false
	}
	asked := map[string]string{}
	for _, m := range boundedFigure.FindAllStringSubmatch(q.Prompt, -1) {
		asked[strings.ToLower(m[1])] = strings.ReplaceAll(m[2], ",", "")
	}
	if len(asked) == 0 {
		return false
	}
	articleFigures := map[float64]bool{}
	for _, s := range said {
		for _, v := range numbersOf(s) {
			articleFigures[v] = true
		}
	}
	for _, m := range boundedFigure.FindAllStringSubmatch(reason, -1) {
		own, ok := asked[strings.ToLower(m[1])]
		if !ok || own == strings.ReplaceAll(m[2], ",", "") {
			continue
		}
		if v, ok := textnum.Parse(strings.ReplaceAll(m[2], ",", "")); ok && !articleFigures[v] {
			return true
		}
	}
	return false
}
