package quiz

// "Who gives the figure?": a number is worth a question when it is a
// claim's point, and then the question is whose number it is — a
// company's own estimate, an analyst's, an unnamed source's — not the
// digits, which a student can copy without reading.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// figureSource asks who gives a number that a named speaker or source
// gives in the same sentence; the other speakers are the wrong options.
func (g *generator) figureSource(f facts.Fact) {
	if f.Sentence < 0 || f.Number < 10 || !countable(f.Counts) {
		return // "two companies": a small count in passing is not a claim's point
	}
	if !estimatedFigure.MatchString(f.Text) || describedBy.MatchString(f.Text) {
		// "The Shire Authorities Group, which represents 27 county
		// councils, said …", "Greyfield said it had added 120 screens":
		// a description or a plain count is nobody's contested figure,
		// and whose it is was failed as incidental (held-out h4: 0 of 4
		// usable, K and V from both reviewers). An estimate is worth
		// asking whose it is.
		return
	}
	who := f.Source
	if who == "" {
		who = g.namedSpeakerOf(f.Sentence)
	}
	if who == "" || !cleanSpeakerIn(who, f.Text, nil, g.a.Source) {
		return
	}
	who = g.fullestName(who)
	// Wrong options of the key's own kind, people beside a person, bodies
	// beside a body: "Fuel Consumers' Forum" offered beside its own
	// director, who gave the figure, was no wrong answer and stood out
	// among three people (held-out h5, K from both reviewers).
	// Two capitalised words read as a person's name unless the article
	// writes them as a body's ("Peak Welcome", held-out h26-05: the key
	// the only body among three people, K and G).
	isPerson := func(name string) bool {
		return looksLikePerson(name) && !g.usedAsBody(name) && !bodyWord.MatchString(name)
	}
	person := isPerson(who)
	choices := addSpeakers([]string{who}, g.trustedSpeakers(), f.Text, 4, func(o facts.Fact) bool { return isPerson(fullName(o)) == person })
	if len(choices) < 3 {
		return
	}
	figure := strings.TrimSpace(f.Hedge+" "+f.NumberText+" "+f.Counts) + countedState(f)
	prompt := fmt.Sprintf("Who gives the figure of %s, according to the article?", figure)
	q := Question{Kind: Choice, Prompt: prompt, Answer: who, Accepted: []string{who},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: f.Sentence, Difficulty: 2,
		score: 74, Explanation: fmt.Sprintf("The figure is %s: %s A number is only as good as whoever gives it.", possessive(who), quoteText(f.Text)),
		Reason: "whose figure a key number is"}
	g.add(q, f)
}

// bodyWord finds a word no person's name holds: "Kessler Research",
// "Peak Welcome Ltd".
var bodyWord = lazyre.New(`\b(?:Research|Data|Insight|Analytics|Consulting|Group|Ltd|Limited|plc|Inc|Council|Trust|Association|Agency|Society|Institute|Partners|Holdings|Media|Systems|Services|Network)\b`)

// estimatedFigure finds the words of an estimate, a belief or a claim
// about a number; describedBy, a number in a clause that describes a body
// ("which has 112 outlets").
var (
	estimatedFigure = lazyre.New(`(?i)\b(?:estimat\p{L}*|believ\p{L}*|claim\p{L}*|thinks?|thought|put (?:the|its|their) (?:figure|number|total|cost|toll)|as many as|up to|could|may|might)\b`)
	describedBy     = lazyre.New(`(?i)\b(?:which|who|that)\s+(?:has|have|had|represents|represented|employs|employed|runs|ran|operates|operated|owns|owned|serves|served)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+)?\d`)
)

// namedInFull is who as a question names them: the fullest name the
// article gives them, without a title before it — "Mr Sturdy" asked of
// as "Nigel Sturdy", as the article first named him.
func (g *generator) namedInFull(who string) string {
	return withoutLeadingTitles([]string{g.fullestName(who)})[0]
}

// fullestName is the fullest name the article gives a speaker known by
// who: "Lopa Blumenthal" for "Blumenthal", as the wrong options beside it
// are given (a surname among full names stands out).
func (g *generator) fullestName(who string) string {
	best := who
	full := fullNames(&g.trustedFullNames, g.trustedSpeakers())
	for k, o := range g.trustedSpeakers() {
		if n := full[k]; namesSpeaker(who, o) && strings.Contains(n, who) && len(n) > len(best) {
			best = n
		}
	}
	return best
}

// countedState returns what befell the things a figure counts, where the
// sentence says it after them — " affected" of "as many as four million
// customers could have been affected": "the figure of as many as four
// million customers" never said what it measured (held-out h30-05, W).
func countedState(f facts.Fact) string {
	phrase := f.NumberText + " " + f.Counts
	at := strings.Index(f.Text, phrase)
	if at < 0 || f.Counts == "" {
		return ""
	}
	if m := stateAfterCount.FindStringSubmatch(f.Text[at+len(phrase):]); m != nil {
		return " " + m[1]
	}
	return ""
}

// stateAfterCount finds a passive after a counted noun: "could have been
// affected", "were hit", "had been evacuated".
var stateAfterCount = lazyre.New(`^\s+(?:(?:could|may|might|would|will|had|have|has)\s+)?(?:have\s+)?(?:been|were|was|are|is)\s+(\p{Ll}+ed)\b`)
