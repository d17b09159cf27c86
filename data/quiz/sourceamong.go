package quiz

// "Which of these sentences …?" for the traps that lie in where a claim
// comes from: a post on social media, another outlet's report. Asked as
// "What should a careful reader notice about this sentence?" with fixed
// options, these were answered at a glance — the sentence said "on
// Twitter" or "reported", and the stock options said so too (rounds
// 10–11, 84). Asked among sentences that name the person who speaks to
// the article, the student has to tell the two kinds of source apart,
// as the unnamed-source question does (unnamedamong.go: 6 of 8 usable).

import (
	"fmt"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// sourceAmong is one trap asked among sentences: its question, and what
// the explanation says of the answer's cue and of the other sentences.
type sourceAmong struct {
	prompt      string
	explanation string // %s: the flagged words; %s: the other sentences' speakers
	reason      string
}

// sourceAmongRules holds one declaration per trap asked this way.
var sourceAmongRules = map[facts.FlagKind]sourceAmong{
	facts.SocialMedia: {
		prompt:      "Which of these sentences from the article rests on something posted online, such as on social media?",
		explanation: "This one rests on a post (“%s”): anyone can post, and nobody checks a post before it is shared. The others name who says so: %s.",
		reason:      "a claim that rests on social media",
	},
	facts.SecondHand: {
		prompt:      "Which of these sentences passes on someone else's report, rather than giving the words of a person it names?",
		explanation: "This one passes on a report (“%s”): it is only as good as that report, which the article does not check. The others give the words of the people they name: %s.",
		reason:      "a claim passed on from another outlet",
	},
}

// secondHandWords find a sentence that passes on a report or a post,
// however it is worded: no such sentence is a wrong option beside one.
var secondHandWords = lazyre.New(`\b(?:[Rr]eported|[Rr]eports?|[Rr]eportedly|[Aa]ccording to|told (?:the )?\p{Lu}\S*|[Cc]iting|cited|quoted|posted|tweeted|Twitter|Facebook|Instagram|YouTube|social media|online|website|blog)\b`)

// sourceAmongQuestion asks which of several sentences holds the flagged
// source: the flagged sentence, beside the nearest sentences that name
// whom they quote, none of them passing on a report or a post.
func (g *generator) sourceAmongQuestion(fl facts.Flag) {
	rule, ok := sourceAmongRules[fl.Kind]
	if !ok || fl.Sentence < 0 || fl.About == "" {
		return
	}
	right := g.withoutDateline(fl.Sentence)
	if !standsAlone(right) || !g.optionSentence(fl.Sentence) {
		return
	}
	wrong, speakers := g.namedSourceSentences(fl.Sentence, 3, func(j int) bool {
		return secondHandWords.MatchString(g.a.Sentences[j].Text) || g.flaggedAs(j, func(k facts.FlagKind) bool { return sourceAmongRules[k] != (sourceAmong{}) || k == facts.SourceChain })
	})
	if len(wrong) < 2 {
		return // one wrong option is a coin toss, not a question (round 48)
	}
	choices := append([]string{right}, wrong...)
	q := Question{Kind: WhatIsWrong, Prompt: rule.prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, right), Distractors: wrong, Sentence: fl.Sentence, Difficulty: 3,
		score: unnamedAmongScore, Explanation: fmt.Sprintf(rule.explanation, fl.About, joinAnd(speakers)),
		Reason: rule.reason}
	g.add(q, facts.Fact{Kind: facts.Kind("flag:" + string(fl.Kind))})
}
