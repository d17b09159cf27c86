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
	who := f.Source
	if who == "" {
		who = g.namedSpeakerOf(f.Sentence)
	}
	if who == "" || !cleanSpeakerIn(who, f.Text, nil, g.a.Source) {
		return
	}
	who = g.fullestName(who)
	choices := g.speakerOptions([]string{who}, f.Text, func(string) bool { return true })
	if len(choices) < 3 {
		return
	}
	figure := strings.TrimSpace(f.Hedge + " " + f.NumberText + " " + f.Counts)
	prompt := fmt.Sprintf("Who gives the figure of %s, according to the article?", figure)
	q := Question{Kind: Choice, Prompt: prompt, Answer: who, Accepted: []string{who},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: f.Sentence, Difficulty: 2,
		score: 74, Explanation: fmt.Sprintf("The figure is %s's: %s A number is only as good as whoever gives it.", who, quoteText(f.Text)),
		Reason: "whose figure a key number is"}
	g.add(q, f)
}

// fullestName is the fullest name the article gives a speaker known by
// who: "Lopa Blumenthal" for "Blumenthal", as the wrong options beside it
// are given (a surname among full names stands out), and the same answer
// as a who-question about her, which one quiz does not ask twice.
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

// figureClause finds what a counted number does in a claim, where the
// number opens its clause: "[seven million households] in England would
// pay significantly more after revaluation". The rest must open on a verb,
// after at most a short phrase saying where or of what.
var figureClause = lazyre.New(`^((?:(?:in|of|from|at|across|on)\s+(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+\s+)?(?:would|will|could|might|may|were|are|was|is|have|had|has|\p{Ll}{3,}ed)\b[^,;:"“”()]*)`)

// clauseOpening ends the words before a number that opens a clause of
// someone's claim: "said", "indicated that", the claim's start.
var clauseOpening = lazyre.New(`(?:^|\b(?:that|said|says|indicated|showed|shows|suggests|suggested|estimated|estimates|believes|believed)|[,:])\s*$`)

// claimedFigure asks "According to X, how many … ?" of a number that
// opens a clause in what a named speaker says: the figure is the claim's
// point, and the question names whose figure it is.
func (g *generator) claimedFigure(f facts.Fact) {
	if f.Sentence < 0 || f.Number < 2 || !countable(f.Counts) || f.Hedge == "some" {
		return
	}
	st, ok := g.statementWith(f)
	if !ok {
		return
	}
	if !g.namedForCertain(st) {
		return // the speaker is the question's point: only one named for certain
	}
	text := f.Text
	lead := strings.TrimSpace(f.Hedge + " " + f.NumberText)
	at := strings.Index(text, lead+" "+f.Counts)
	if at < 0 || strings.Count(text, lead+" "+f.Counts) > 1 || !clauseOpening.MatchString(text[:at]) {
		return
	}
	m := figureClause.FindStringSubmatch(text[at+len(lead)+len(f.Counts)+2:])
	if m == nil {
		return
	}
	rest := strings.TrimRight(strings.TrimSpace(m[1]), ".")
	if n := len(strings.Fields(rest)); n < 3 || n > 20 || leansOnContext(rest) {
		return
	}
	who := fullName(st)
	prompt := fmt.Sprintf("According to %s, how many %s %s?", who, f.Counts, rest)
	q := Question{Kind: HowMany, Prompt: prompt, Value: f.Number, Answer: lead, Accepted: []string{lead}, Sentence: f.Sentence,
		Difficulty: 2, Approx: approxHedges[f.Hedge], score: 78,
		Explanation: fmt.Sprintf("%s gives the figure: %s A number is only as good as whoever gives it.", who, quoteText(f.Text)),
		Reason:      "a key figure, and whose figure it is"}
	g.add(q, f)
}

// statementWith returns the certain, named statement in f's sentence
// whose claim holds f's number.
func (g *generator) statementWith(f facts.Fact) (facts.Fact, bool) {
	for _, k := range g.factsIn(f.Sentence) {
		st := g.an.Facts[k]
		if st.Kind == facts.Statement && strings.Contains(st.Claim, f.NumberText) {
			return st, true
		}
	}
	return facts.Fact{}, false
}
