package quiz

// "Where did Smith say this?" News credits words to where they were
// said: "told the BBC", "wrote on Facebook", "said in a statement". How
// a quotation reached the reporter — asked face to face, posted online,
// written by the speaker's office — is part of weighing it (a statement
// is prepared; a post is unchecked; an interview can be followed up).
// Asked of a statement whose channel the article gives and changes how
// its words are weighed (weighedByWay), with the other ways words reach
// a reporter as wrong options; one a quiz. On its sentence it comes
// before the who-question: that a claim rests on the speaker's own post
// is the point, who posted it a word match (round 59: "Who wrote …?" on
// a Facebook post failed V where "Where …?" had passed).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// channelKind marks questions about where a statement was made.
const channelKind facts.Kind = "channel"

// channelWay is one way words reach a reporter: what marks it in a
// channel the article gives, and how a wrong option says it.
type channelWay struct {
	name   string
	cue    *lazyre.Regexp
	option string
}

// channelWays are the ways, in the order their options are offered. A
// channel "told" to an outlet may have been an interview by any medium
// or said at a news conference, so those ways are not wrong options for
// it (spokenTo).
var channelWays = []channelWay{
	{"statement", lazyre.New(`(?i)\b(?:statement|release)\b`), "In a written statement"},
	{"social media", lazyre.New(`(?i)\b(?:Facebook|Twitter|Instagram|YouTube|blog|post|tweet)\b`), "In a post on social media"},
	{"news conference", lazyre.New(`(?i)\b(?:conference|briefing)\b`), "At a news conference"},
	{"broadcast", lazyre.New(`(?i)\b(?:radio|television|TV|programme|program|broadcast|station)\b`), "In a radio or television interview"},
	{"writing", lazyre.New(`(?i)\b(?:letter|essay|article|column|op-ed|editorial|piece)\b`), "In a newspaper article"},
	{"video", lazyre.New(`(?i)\b(?:video|documentary|podcast)\b`), "In a video"},
}

// weighedByWay are the ways that change how a reader weighs the words
// (round 58: "told Radio Five Live" was a word hunt, "on Facebook", "in
// a newspaper article" the point of the story): words posted by the
// speaker, prepared for the press, or written under their own name.
var weighedByWay = map[string]bool{"social media": true, "statement": true, "writing": true, "video": true}

// spokenTo are the ways a channel "to" an outlet may have been.
var spokenTo = []string{"news conference", "broadcast", "writing", "video"}

// wayOf names the way a channel is, or "" when none fits.
func wayOf(channel string) string {
	if strings.HasPrefix(channel, "to ") {
		return "spoken to"
	}
	for _, w := range channelWays {
		if w.cue.MatchString(channel) {
			return w.name
		}
	}
	return ""
}

// channel asks where one statement with a channel was made.
func (g *generator) channel() {
	for _, f := range g.an.Facts {
		if f.Kind != facts.Statement || f.Channel == "" || f.Sentence < 0 || !g.namedForCertain(f) || !showableClaim(f) ||
			!weighedByWay[wayOf(f.Channel)] || hedgeWord.MatchString(f.Text) || deniesClaim(f) {
			continue // "told the BBC" changes nothing a reader weighs; "allegedly said in the video" is not certain; "where did X say …?" of what X denied asks the opposite
		}
		answer := channelAnswer(f.Channel)
		wrong := g.channelOptions(f)
		if answer == "" || len(wrong) == 0 {
			continue
		}
		claim := quotedClaim(f.Claim)
		if !strings.HasPrefix(claim, "“") {
			claim = "that " + claim
		}
		speaker := creditedTo(f)
		if n := len(strings.Fields(claim)); n > 30 || namesAny(f.Claim, []string{speaker}) || personPronoun.MatchString(insideQuotes(claim)) {
			continue // "“… opposite his nature”": whose?
		}
		prompt := fmt.Sprintf("According to the article, where did %s say %s?", speaker, claim)
		choices := append([]string{answer}, wrong[:min(2, len(wrong))]...)
		choices = append(choices, notSaidWhere)
		q := Question{Kind: Choice, Prompt: prompt, Answer: answer, Accepted: []string{answer},
			Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: f.Sentence, Difficulty: 1, score: 88,
			Explanation: fmt.Sprintf("%s. The article says so: %s Where words were said tells a reader how they reached the reporter — asked in person, written for the press, or posted online.", answer, quoteText(g.a.Sentences[f.Sentence].Text)),
			Reason:      "where a source's words were said"}
		g.add(q, facts.Fact{Kind: channelKind, Subject: speaker, Claim: f.Claim})
	}
}

// notSaidWhere is the option for a student who did not find the channel.
const notSaidWhere = "The article does not say"

// channelAnswer says a channel as an option: "In a statement", "On
// Facebook"; "" for one too long to be an option.
func channelAnswer(channel string) string {
	if len(strings.Fields(channel)) > 8 {
		return ""
	}
	return upperFirst(channel)
}

// channelOptions are the ways the statement was not made: not its own,
// not one that "told" could hide, and not one the article gives for
// the same speaker anywhere (a student who read another of their
// quotations would be right to hesitate).
func (g *generator) channelOptions(f facts.Fact) []string {
	excluded := map[string]bool{}
	for _, o := range g.an.Facts {
		if o.Kind == facts.Statement && o.Channel != "" && sameSpeaker(o, f) {
			excluded[wayOf(o.Channel)] = true
		}
	}
	if excluded[""] {
		return nil // a channel of no known way: which options are wrong is unknown
	}
	if excluded["spoken to"] {
		for _, w := range spokenTo {
			excluded[w] = true
		}
	}
	var out []string
	for _, w := range channelWays {
		if !excluded[w.name] && !slices.Contains(out, w.option) {
			out = append(out, w.option)
		}
	}
	return out
}
