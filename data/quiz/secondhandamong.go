package quiz

import (
	"fmt"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// A claim that another news outlet reported is asked about among
// sentences of the same article whose speaker is named in them: "Which
// of these sentences from the article passes on another news outlet's
// report?" As "What should a careful reader notice about this
// sentence?" its wrong options were kinds of trap that plainly did not
// apply, and the flag was never asked; among real sentences the student
// tells a report of a report from words the article heard itself, as the
// unnamed source is asked (unnamedamong.go).

// secondHandAmongRules are the second-hand rules asked this way: an
// outlet stands in the sentence, named. "Reportedly" names no outlet,
// and "a newspaper reviewer said" is a critic's own view: neither is.
var secondHandAmongRules = map[string]bool{"outlet reported": true}

const (
	secondHandAmongPrompt      = "Which of these sentences from the article passes on another news outlet's report, rather than what the people involved said?"
	secondHandAmongExplanation = "It passes on someone else's report (“%s”): the article did not hear it from the people involved, and a careful reader asks where that report came from. The others name who says so: %s."
	secondHandAmongScore       = 84
)

// reportWords find a report of a report in a sentence the flags missed.
var reportWords = lazyre.New(`(?i)\b(?:reported|reporting|reports|according to|citing)\b`)

// secondHandAmong asks which of several sentences rests on another
// outlet's report: the flagged one, beside the nearest sentences that
// name their own speaker and carry no flag of a report at second hand.
func (g *generator) secondHandAmong(fl facts.Flag) {
	if fl.Sentence < 0 || !secondHandAmongRules[fl.Rule] {
		return
	}
	right := g.withoutDateline(fl.Sentence)
	if !standsAlone(right) || !g.optionSentence(fl.Sentence) {
		return
	}
	var wrong, speakers []string
	var at []int
	all, names, places := g.namedSourceSentences(fl.Sentence, 6)
	for k, j := range places {
		if len(wrong) == 3 {
			break
		}
		if g.flaggedAs(j, func(k facts.FlagKind) bool { return k == facts.SecondHand || k == facts.SourceChain }) ||
			reportWords.MatchString(all[k]) {
			continue // "TechCrunch reported at the time …" is another outlet's report too
		}
		wrong, speakers, at = append(wrong, all[k]), append(speakers, names[k]), append(at, j)
	}
	if len(wrong) < 2 {
		return // one wrong option is a coin toss
	}
	choices := append([]string{right}, wrong...)
	q := Question{Kind: WhatIsWrong, Prompt: secondHandAmongPrompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, right), Distractors: wrong, Sentence: fl.Sentence, Difficulty: 3,
		score: secondHandAmongScore, Explanation: fmt.Sprintf(secondHandAmongExplanation, fl.About, joinAnd(speakers)),
		Reason: "a claim passed on from another outlet's report", shows: at}
	g.add(q, facts.Fact{Kind: facts.Kind("flag:" + string(fl.Kind))})
}
