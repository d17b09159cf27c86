package quiz

// "Can a reader tell from the article which date “on Thursday” means
// here: …?" An article with no date of its own that says "on Thursday"
// or "last week" leaves the reader unable to place the event: a story
// shared months later reads as this week's news. Asked as "what should a
// careful reader notice about … last month?", the flagged words answered
// the question (reviewers, round ten); asked of the whole sentence, the
// student has to look for a date the article does not give. Asked the
// other way round ("Does the article leave it unclear …?"), the wording
// signalled its Yes (round 78, spot82).

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// undatedKind marks questions about an event the article does not date.
const undatedKind facts.Kind = "undated"

// weekOrDay is a relative day, week or month the context cannot place:
// "last year" often can ("last year's Athens Olympics"), so it is not
// asked.
var weekOrDay = lazyre.New(`(?i)^(?:(?:on|last|next|this|by|since|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|tomorrow|(?:last|next|this|earlier this|later this) (?:week|month)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few) (?:days|weeks) ago)$`)

// monthAlone is a month, or a day of one, with no year: "in December",
// "late January", "10 November", "December's".
var monthAlone = lazyre.New(`(?i)^(?:(?:in|on|since|by|from|until|early|late|mid|earlier in|later in|back in)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:'s|’s)?$`)

// undated asks, of a sentence flagged for a relative date, whether the
// article says when it happened. The words must be the article's own,
// not a quotation's: a speaker's "tomorrow" is the speaker's.
func (g *generator) undated(fl facts.Flag) {
	switch {
	case fl.Sentence < 0:
		return
	case fl.Kind == facts.RelativeDate && weekOrDay.MatchString(fl.About):
	case fl.Kind == facts.YearMissing && monthAlone.MatchString(fl.About):
	default:
		return
	}
	text := g.a.Sentences[fl.Sentence].Text
	words := len(strings.Fields(text))
	if words > 35 || strings.ContainsAny(text, "\"“”") || !standsAlone(text) || pointsBack(text) || pronounBeforeName(text) ||
		g.placedNearby(fl.Sentence) {
		return
	}
	score := 66
	if fl.Kind == facts.YearMissing {
		score = 64 // a day the article cannot place is the plainer lesson; a month's year, the fallback
	}
	// "which date … means", not "when this happened": "launches his
	// defence on Wednesday" is still to come.
	shown := quoteText(strings.TrimSuffix(text, "."))
	// One way only: "Does the article leave it unclear …?" signals its
	// Yes (round 78 and spot82, G), where "Can a reader tell …?" is
	// neutral.
	prompt := fmt.Sprintf("Can a reader tell from the article which %s “%s” means here: %s?", leftOpen(fl.About), fl.About, shown)
	expl := "No. " + fl.Message + " A story shared later still says “" + fl.About + "”, and a reader may take old news for new."
	q := yesNo(prompt, false, fl.Sentence, expl, 2, score)
	q.Reason = "when a story happened, where the article gives no date"
	g.add(q, facts.Fact{Kind: undatedKind, Claim: fl.About})
}

// leftOpen is what a relative date leaves open: "last month" which month,
// "this week" which week, "on Tuesday" which date.
func leftOpen(about string) string {
	lower := strings.ToLower(about)
	switch {
	case monthAlone.MatchString(about):
		return "year"
	case strings.HasSuffix(lower, "month"):
		return "month"
	case strings.HasSuffix(lower, "week"):
		return "week"
	}
	return "date"
}

// placesTime finds words that let a reader place a relative date: a
// year, a day of a month, a holiday ("Nov. 13", "in 2005", "ahead of New
// Year").
var placesTime = lazyre.New(`\b(?:1[89]\d\d|20\d\d)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:New Year|Christmas|Easter|Thanksgiving|Ramadan|Eid)\b`)

// placedNearby reports whether the headline or a sentence within two of
// sentence i gives a year, a date or a holiday: "Earlier on Thursday"
// two sentences after "more declines are likely in 2005", under "Dollar
// slides ahead of New Year", is a Thursday a reader can place (round
// 69: two keys wrong).
func (g *generator) placedNearby(i int) bool {
	if placesTime.MatchString(g.a.Title) {
		return true
	}
	for j := max(0, i-2); j <= min(len(g.a.Sentences)-1, i+2); j++ {
		if placesTime.MatchString(g.a.Sentences[j].Text) {
			return true
		}
	}
	return false
}
