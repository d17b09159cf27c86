package quiz

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/lede-app/lede/data/facts"
)

// trapOptions describe each kind of trap in a student's words: the right
// one is the answer to "what is wrong with …?", the others are its
// distractors.
var trapOptions = map[facts.FlagKind]string{
	facts.HeadlineUnsupported: "The article's own text does not back it up",
	facts.WeekdayMismatch:     "The weekday does not match the date",
	facts.YearMissing:         "It gives no year, so the reader cannot tell when it was",
	facts.FooterYearMismatch:  "The page's copyright year differs from the article's date",
	facts.TitleChange:         "The article gives the same person a different job title",
	facts.SecondHand:          "It rests on someone else's report, not on the people involved",
	facts.SelfReported:        "The figure comes only from the people it is about, and no one has checked it",
	facts.FundingConflict:     "It was paid for by someone who may gain from the result",
	facts.NotReviewed:         "Other experts have not checked the findings yet",
}

// plainOptions are wrong answers that fit any sentence.
// Only answers that are wrong whenever there is a trap: "it is in the
// present tense" may well be true.
var plainOptions = []string{
	"Nothing: the article checks it against several sources",
	"Nothing: it is a plain fact anyone can see",
}

// trapScores rank the flags by how much a student learns from each.
var trapScores = map[facts.FlagKind]int{
	facts.HeadlineUnsupported: 80, facts.WeekdayMismatch: 88, facts.TitleChange: 86,
	facts.SelfReported: 84, facts.YearMissing: 82, facts.SecondHand: 78, facts.FooterYearMismatch: 74,
	facts.FundingConflict: 85, facts.NotReviewed: 80,
}

// whatIsWrong asks the student to name the trap in a flagged sentence or
// headline, choosing among the kinds of trap.
func (g *generator) whatIsWrong(fl facts.Flag) {
	right, ok := trapOptions[fl.Kind]
	if !ok {
		return
	}
	about := g.flaggedText(fl)
	if about == "" {
		return
	}
	if fl.Kind == facts.SecondHand {
		// "What should a careful reader notice?" about a sentence that
		// says "reportedly" is answered by the word itself, and its wrong
		// options are ruled out at a glance (development-set reviews,
		// rounds five and six). The same lesson is asked as "Who is the
		// source of this claim?", whose wrong options are real people.
		return
	}
	prompt := fmt.Sprintf("What should a careful reader notice about this %s: “%s”?", g.flagPlace(fl), about)
	choices := append([]string{right}, g.otherOptions(fl.Kind, about, prompt)...)
	q := Question{Kind: WhatIsWrong, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: choices[1:],
		Sentence: fl.Sentence, Difficulty: 3, score: trapScores[fl.Kind],
		Explanation: fl.Message}
	if fl.Sentence < 0 {
		// A footer: the evidence lies outside the body, after it.
		q.Evidence = fl.Span
		q.key, q.order = "flag-"+string(fl.Kind), len(g.a.Source)
		q.Prompt = fmt.Sprintf("What should a careful reader notice about the page's last line: “%s”?", fl.About)
	}
	if fl.Kind == facts.HeadlineUnsupported {
		if h, ok := g.headingFor(fl.About); ok {
			q.key, q.order = fmt.Sprintf("h%d", h), h-len(g.a.Source)
		}
	}
	g.add(q, facts.Fact{Kind: facts.Kind("flag:" + string(fl.Kind))})
}

// flaggedText is what the student is shown: the headline for an
// unsupported headline, else the evidence sentence.
func (g *generator) flaggedText(fl facts.Flag) string {
	if fl.Kind == facts.HeadlineUnsupported {
		return fl.About
	}
	if fl.Sentence < 0 {
		return fl.About
	}
	return g.a.Sentences[fl.Sentence].Text
}

func (g *generator) flagPlace(fl facts.Flag) string {
	if fl.Kind != facts.HeadlineUnsupported {
		return "sentence"
	}
	if fl.About == g.a.Title {
		return "headline"
	}
	return "subheading"
}

// headingFor returns the start of the heading or headline with text.
func (g *generator) headingFor(text string) (int, bool) {
	if text == g.a.Title {
		return g.a.TitleSpan.Start, true
	}
	for _, h := range g.a.Headings() {
		if h.Text == text {
			return h.Span.Start, true
		}
	}
	return 0, false
}

// otherOptions picks three wrong options: other traps that could
// plausibly apply to the text but clearly do not (a trap about dates is
// offered only when the text has a full date, with its year), then the
// plain wrong answer. A trap that might in fact apply is never offered
// as wrong.
func (g *generator) otherOptions(kind facts.FlagKind, about, salt string) []string {
	var others []string
	for k, o := range trapOptions {
		if k != kind && k != facts.FooterYearMismatch && clearlyNot(k, about) {
			others = append(others, o)
		}
	}
	for _, p := range strengths {
		if p.absent(about) {
			others = append(others, p.option)
		}
	}
	sort.Strings(others)
	others = shuffled(others, salt)
	out := others[:min(3, len(others))]
	if len(out) < 2 {
		out = append(out, plainOptions[0])
	}
	return out
}

// strength is a good sign a sentence might show, offered as a wrong
// option only when the sentence plainly does not show it: a student must
// look at the sentence to rule it out.
type strength struct {
	option string
	absent func(text string) bool
}

var strengths = []strength{
	{"It quotes the people involved in their own words", func(t string) bool { return !strings.ContainsAny(t, "\"“”") }},
	{"It gives the full date, with the year", func(t string) bool { return !fullDate.MatchString(t) }},
	{"It names who counted the figure", func(t string) bool { return !strings.ContainsAny(t, "0123456789") }},
}

// clearlyNot reports whether a trap clearly does not apply to text, so
// that it may stand as a wrong option.
func clearlyNot(k facts.FlagKind, text string) bool {
	if rule, ok := trapAbsence[k]; ok {
		return rule(text)
	}
	return false
}

// trapAbsence says, per trap, when a text clearly does not have it while
// a student might still suspect it; traps without a rule are never
// offered as wrong options.
var trapAbsence = map[facts.FlagKind]func(string) bool{
	// A full date with its year: it cannot lack the year.
	facts.YearMissing: func(t string) bool { return fullDate.MatchString(t) && !vagueTime.MatchString(t) },
	// Sourced to the people involved: a first-hand statement.
	facts.SecondHand:      func(t string) bool { return firstHand.MatchString(t) && !secondHandWords.MatchString(t) },
	facts.WeekdayMismatch: func(t string) bool { return weekdayWithFullDate.MatchString(t) },
}

var (
	fullDate            = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? (?:19|20)\d\d\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b`)
	vagueTime           = regexp.MustCompile(`(?i)\b(?:recent|last|this|next|past) (?:week|month|year)s?\b|\b(?:weeks|months) ago\b`)
	weekdayWithFullDate = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? (?:19|20)\d\d\b`)
	firstHand           = regexp.MustCompile(`\b(?:said|told reporters|told the|announced|wrote)\b`)
	secondHandWords     = regexp.MustCompile(`(?i)\b(?:reportedly|according to|reports?|citing|familiar with|sources?)\b`)
)

// quoteText puts s in curly quotation marks.
func quoteText(s string) string { return "“" + s + "”" }
