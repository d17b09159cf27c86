package quiz

// "Who gives the figure?": a number is worth a question when it is a
// claim's point, and then the question is whose number it is — a
// company's own estimate, an analyst's, an unnamed source's — not the
// digits, which a student can copy without reading.

import (
	"fmt"
	"strings"

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
