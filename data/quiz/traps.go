package quiz

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// plainOptions are wrong answers that fit any sentence.
// Only answers that are wrong whenever there is a trap: "it is in the
// present tense" may well be true.
var plainOptions = []string{
	"Nothing: the article checks it against several sources",
	"Nothing: it is a plain fact anyone can see",
}

// unasked are traps that make poor "what should a careful reader
// notice?" questions: a sentence that says "reportedly" answers the
// question itself, and its wrong options are ruled out at a glance
// (development-set reviews, rounds five and six). The same lesson is
// asked as "Who is the source of this claim?", whose wrong options are
// real people.
//
// A date the reader cannot pin down, or a missing year, is a fine flag
// for the teacher but a poor question: reviewers judged "what should a
// careful reader notice about … last month" trivia, and a wrong key
// where the article's context places the date (round ten).
//
// Social media likewise: the sentence names the platform, which answers
// the question (reviewers failed G on seven of nine).
//
// A hedged headline needs a question of its own about the headline, not
// about the sentence that shows the body is no surer.

// "It may not be true", "it says what is believed" and "it comes from
// the side that gains" made 6 usable questions of 21 in rounds 25–29: the answer is the
// one option that matches the sentence's own hedge word ("allegedly",
// "believed", "claimed"), the wrong ones fall at a glance (G). These
// traps stay flags for the teacher; where they can be asked in their own
// words — "Who believes this?", "Is it confirmed that …?", "Who is the
// source?" — those questions ask them.
//
// A self-reported figure and research paid for by an interested party
// made 1 usable question of 10 in every round to r103: the sentence
// shown names its own source ("Apple's claims", "a Toshiba study",
// "according to the school district"), so the answer is read off the
// prompt (G), or the figure rests on someone else too (K). Who stands to
// gain is asked as "why weigh this claim with care?" (interest.go),
// which names no trap to match.
var unasked = map[facts.FlagKind]bool{facts.SecondHand: true, facts.RelativeDate: true, facts.YearMissing: true,
	facts.SocialMedia: true, facts.HeadlineHedged: true, facts.NotConfirmed: true, facts.UnsourcedClaim: true,
	facts.InterestedParty: true, facts.SelfReported: true, facts.FundingConflict: true}

// askedRules are the sentence rules whose flags make good questions.
// Where the flagged words themselves say "not verified", "could not
// confirm" or "unclear", the sentence answers the question (reviewers
// failed G); where "analysts" or "police" said it, the next sentence
// often names them (K). "Allegedly", "purported", "on condition of
// anonymity", "officials said" and "citing" leave the student something
// to notice (development-set reviews, rounds ten and eleven).
//
// Of the unsourced claims, only "it is believed" and "thought to be" are
// asked: "is expected to" and "clearly" read as the writer's own open
// forecast, a record is checkable (round eleven), and "experts say" had
// the experts named a paragraph later (round twelve).
var askedRules = map[string]bool{"alleged": true, "anonymity": true, "according to sources": true,
	"unnamed group says": true, "citing": true, "obtained by": true, "claims to be": true,
	"it is believed": true, "thought to be": true,
	// Whose words, and what they gain, with no hedge word to match.
	"our own figures": true, "claims of making": true, "firm's own study": true, "in defence documents": true,
	"people told me": true, "from another account": true, "unnamed told outlet": true}

// stakeRules are the interested-party rules asked in spite of their
// kind's place in unasked: each finds a speaker's stake from who they
// are — a firm's head, a seller, a military about its own strikes, a
// party about its own plan — not from a hedge word in the sentence that
// gives the answer away.

var stakeRules = map[string]bool{"seller's hype": true, "seller runs down rivals": true, "own promotion": true,
	"own strikes": true, "firm's head claimed": true, "clears itself": true, "own plan pays": true}

// namelessGroups are the groups whose "said" hides who spoke.
var namelessGroups = lazyre.New(`(?i)\b(?:officials?|sources?|activists|insiders?|aides|diplomats|analysts|experts|observers|witnesses|residents|critics|economists|neighbours|neighbors|locals|bystanders|onlookers)\b`)

// askable reports whether a flag makes a question: flags from the older
// checks (Rule empty) always do; sentence rules only where listed, and a
// claim with no named source only where the sentences on either side
// name no speaker either (reviewers failed the key when the next
// sentence named the analyst).
func (g *generator) askable(fl facts.Flag) bool {
	if !g.askableRule(fl) {
		return false
	}
	if fl.Rule != "" && (fl.Kind == facts.UnsourcedClaim || fl.Kind == facts.AnonymousSource) {
		return !g.speakerNear(fl.Sentence)
	}
	return true
}

// askableRule reports whether the rule that raised a flag makes a
// question at all, whatever stands around its sentence.
func (g *generator) askableRule(fl facts.Flag) bool {
	switch {
	case fl.Rule == "" || fl.Rule == facts.LedeUnsure:
		return true
	case !askedRules[fl.Rule] && !stakeRules[fl.Rule]:
		return false
	case fl.Rule == "unnamed group says" && !namelessGroups.MatchString(fl.About):
		return false
	}
	return true
}

// speakerNear reports whether the sentence before or after i credits a
// named speaker.
func (g *generator) speakerNear(i int) bool {
	return g.creditIn(i-1, namedCredit) || g.creditIn(i+1, namedCredit)
}

// namedCredit reports whether a statement or attribution credits
// someone named for certain: not "officials", not a "he" read from
// further back.
func namedCredit(f facts.Fact) bool {
	return f.Subject != "" && !f.Resolved && unicode.IsUpper([]rune(f.Subject)[0]) && !namelessGroups.MatchString(f.Subject)
}

// creditIn reports whether sentence i credits words to someone — a
// statement or an attribution — that keep accepts.
func (g *generator) creditIn(i int, keep func(facts.Fact) bool) bool {
	for _, k := range g.factsIn(i) {
		if f := g.an.Facts[k]; (f.Kind == facts.Statement || f.Kind == facts.Attribution) && keep(f) {
			return true
		}
	}
	return false
}

// near are traps close enough that a student could fairly give one for
// the other: "it is believed" is both unsourced and from no one named.
// Neither is offered as a wrong option when the other is the answer.
var near = [][]facts.FlagKind{
	{facts.UnsourcedClaim, facts.AnonymousSource, facts.NotConfirmed},
	{facts.SecondHand, facts.SourceChain, facts.AnonymousSource, facts.UnsourcedClaim},
	{facts.SocialMedia, facts.SecondHand},
	{facts.SelfReported, facts.InterestedParty, facts.FundingConflict},
}

// isNear reports whether a and b are close traps.
func isNear(a, b facts.FlagKind) bool {
	for _, group := range near {
		if slices.Contains(group, a) && slices.Contains(group, b) {
			return true
		}
	}
	return false
}

// whatIsWrong asks the student to name the trap in a flagged sentence or
// headline, choosing among the kinds of trap.
func (g *generator) whatIsWrong(fl facts.Flag) {
	if unnamedAmongKinds[fl.Kind] {
		g.unnamedAmong(fl)
		return
	}
	if fl.Kind == facts.Denial {
		g.deniedAsked(fl) // its own words, not "what should a reader notice?" (denied.go)
		return
	}
	trap, ok := facts.TrapOf(fl.Kind)
	if !ok || unasked[fl.Kind] && !stakeRules[fl.Rule] || !g.askable(fl) {
		return
	}
	if stakeRules[fl.Rule] && !g.speakerIn(fl.Sentence) {
		return // "The Lib Dem plan would benefit …" names no speaker: "we are not told who the source is" is right too (round 70, K)
	}
	right := trap.Option
	if fl.Rule == facts.LedeUnsure {
		right = surerThanText
	}
	about := g.flaggedText(fl)
	if about == "" || fl.Sentence >= 0 && fl.Kind != facts.HeadlineUnsupported && !standsAlone(about) {
		return
	}
	// The sentence's full stop stays out of the quotation, which the
	// question mark closes: "…a large IS unit.”?" reads as two ends
	// (r103, r104: W).
	prompt := fmt.Sprintf("What should a careful reader notice about this %s: %s?", g.flagPlace(fl), quoteText(withoutFullStop(about)))
	choices := append([]string{right}, g.otherOptions(fl, g.judgedText(fl, about), prompt)...)
	if len(choices) < 3 {
		return // one wrong option is a coin toss, not a question (round 48)
	}
	q := Question{Kind: WhatIsWrong, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: choices[1:],
		Sentence: fl.Sentence, Difficulty: 3, score: trap.Score,
		Explanation: fl.Message}
	if fl.Sentence < 0 {
		// A footer: the evidence lies outside the body, after it.
		q.Evidence = fl.Span
		q.key, q.order = "flag-"+string(fl.Kind), len(g.a.Source)
		q.Prompt = fmt.Sprintf("What should a careful reader notice about the page's last line: %s?", quoteText(fl.About))
	}
	if fl.Kind == facts.HeadlineUnsupported {
		if h, ok := g.headingFor(fl.About); ok {
			q.key, q.order = fmt.Sprintf("h%d", h), h-len(g.a.Source)
		}
	}
	g.add(q, facts.Fact{Kind: facts.Kind("flag:" + string(fl.Kind))})
}

// judgedText is what a student reads to answer a trap question, which
// its wrong options must plainly not fit: the flagged sentence, or for a
// headline the headline and the body's sentence it is read against — a
// headline surer than "… appears to have been put on hold" on Lycos's
// website left "it relies on something put on the internet" defensible
// (r108, K).
func (g *generator) judgedText(fl facts.Flag, about string) string {
	if fl.Kind == facts.HeadlineUnsupported && fl.Sentence >= 0 && fl.Sentence < len(g.a.Sentences) {
		return about + " " + g.a.Sentences[fl.Sentence].Text
	}
	return about
}

// withoutFullStop returns a sentence without its closing full stop,
// which may stand inside its own closing quotation marks: "… great
// things.\"" ends "… great things\"".
func withoutFullStop(text string) string {
	return fullStopBeforeQuotes.ReplaceAllString(strings.TrimSuffix(text, "."), "$1")
}

// fullStopBeforeQuotes finds a full stop before a sentence's closing
// quotation marks.
var fullStopBeforeQuotes = lazyre.New(`\.(["”’']+)$`)

// surerThanText is the answer about a headline that states as fact what
// the article's opening only says appears so.
const surerThanText = "It is surer than the article's own text, which only says it seems so"

// speakerIn reports whether sentence i credits its words to someone: a
// statement or an attribution with a speaker.
func (g *generator) speakerIn(i int) bool {
	return g.creditIn(i, func(f facts.Fact) bool { return f.Subject != "" })
}

// standsAlone reports whether a flagged sentence can be shown without
// the article around it: not a fragment of a few words, not a line of
// someone's speech, where "tomorrow" is the speaker's and a careful
// reader has nothing to notice, and not a sentence whose subject is a
// pronoun.
func standsAlone(text string) bool {
	return article.CountWords(text) >= 8 && !strings.ContainsAny(text[:1], "\"“‘'") && !startsWithPronoun[strings.ToLower(firstField(text))]
}

// startsWithPronoun are first words that leave a quoted sentence without
// its subject: "He is believed to have …" — who? (reviewers failed W).
var startsWithPronoun = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true,
	"her": true, "their": true, "its": true, "this": true, "these": true, "those": true, "that": true, "we": true}

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

// otherOptions picks three wrong options: other traps that clearly do
// not apply to the text (it has none of the words that would make a
// student suspect them, and no other flag on the same sentence names
// them), then good signs the text plainly lacks, then a plain wrong
// answer. A trap that might in fact apply is never offered as wrong.
func (g *generator) otherOptions(fl facts.Flag, about, salt string) []string {
	var others []string
	for _, t := range facts.Traps {
		if t.Kind != fl.Kind && !isNear(t.Kind, fl.Kind) && !g.flaggedAnywhere(t.Kind) && g.options().GoodWrongOption(t.Kind, about) {
			others = append(others, t.Option)
		}
	}
	sort.Strings(others)
	others = shuffled(others, salt)
	out := others[:min(3, len(others))]
	// One good sign the sentence plainly lacks, at most: two of them fall
	// at a glance together ("no quotation marks, no year") and leave the
	// answer alone (r108, held-out h4: G from both reviewers).
	for _, p := range strengths {
		if len(out) < 3 && p.fits.MatchString(about) && p.absent(about) {
			out = append(out, p.option)
			break
		}
	}
	if len(out) < 2 && !doubted.MatchString(about) {
		// "Nothing: the article checks it …" is no wrong option for a
		// sentence that calls itself rumour or a claim (round 48).
		out = append(out, plainOptions[0])
	}
	return out
}

// doubted finds a sentence's own words of doubt.
var doubted = lazyre.New(`(?i)\b(?:rumou?rs?|rumou?red|claims?|claimed|alleg\w*|reported(?:ly)?|unconfirmed|unverified|hoax|speculat\w*)\b`)

// options returns the article's option judge, made once.
func (g *generator) options() *facts.OptionJudge {
	if g.judge == nil {
		g.judge = facts.NewOptionJudge(g.a.Source)
	}
	return g.judge
}

// flaggedAnywhere reports whether the article has a flag of kind: "the
// article says it has not been confirmed" is no wrong option about a
// video whose verification another sentence doubts.
// The kinds are gathered once: every flag's wrong options ask this of
// every trap, which read the whole list of flags each time.
func (g *generator) flaggedAnywhere(kind facts.FlagKind) bool {
	if g.flaggedKinds == nil {
		g.flaggedKinds = map[facts.FlagKind]bool{}
		for _, fl := range g.an.Flags {
			g.flaggedKinds[fl.Kind] = true
		}
	}
	return g.flaggedKinds[kind]
}

// strength is a good sign a sentence might show, offered as a wrong
// option only where a student might expect it (fits) and the sentence
// plainly does not show it: a student must look at the sentence to rule
// it out, not at the option (reviewers failed "it gives the full date"
// about a sentence with no date in it at all).
type strength struct {
	option string
	fits   *lazyre.Regexp
	absent func(text string) bool
}

var strengths = []strength{
	{"It quotes the people involved in their own words", lazyre.New(`\b(?:said|says|told|added)\b`),
		func(t string) bool { return !strings.ContainsAny(t, "\"“”") }},
	// Only beside a month and its day ("on February 4"), which may or may
	// not have its year: beside a weekday alone ("published on
	// Wednesday") the option fell at a glance (held-out h5, G).
	{"It gives the full date, with the year", lazyre.New(`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b`),
		func(t string) bool { return !facts.FullDate.MatchString(t) }},
}

// quoteText puts s in curly quotation marks.
// Quotation marks inside it become single ones, as English nests them:
// a sentence that quotes someone would otherwise end in a jumble of
// double marks (“… said “no”.””?).
func quoteText(s string) string {
	// A sentence that ends on a colon introduces what follows it, which
	// the quotation leaves out (round spot76, W: "… he was a pilot:").
	if strings.HasSuffix(s, ":") {
		s = strings.TrimSuffix(s, ":") + " …"
	}
	return "“" + nestQuotes(s) + "”"
}

// Quote puts s, words of the article, in double quotation marks as
// Lede's questions quote them, its own quotation marks nested as single
// ones: the end screen quoted "… some great things."" with two marks
// at its end (issue 11, an independent audit).
func Quote(s string) string { return quoteText(s) }

// nestQuotes turns the double quotation marks of s into single ones. A
// straight mark opens at the start or after a space or bracket, and
// closes anywhere else.
func nestQuotes(s string) string {
	if !strings.ContainsAny(s, "\"“”") {
		return s
	}
	var b strings.Builder
	prev := ' '
	open := 0         // double quotations opened and not yet closed
	strayEnd := false // the last mark closed a quotation opened in an earlier sentence
	for _, r := range s {
		strayEnd = false
		switch r {
		case '“':
			r = '‘'
			open++
		case '”':
			r = '’'
			strayEnd = open == 0
			open = max(0, open-1)
		case '"':
			r = '’'
			if prev == ' ' || prev == '(' || prev == '[' || prev == '\n' {
				r = '‘'
				open++
			} else {
				strayEnd = open == 0
				open = max(0, open-1)
			}
		}
		b.WriteRune(r)
		prev = r
	}
	// A quotation that runs on into the next sentence is closed here:
	// shown alone, the sentence would leave it open (round 70, W); one
	// that began in an earlier sentence and closes at this one's end
	// loses its closing mark, which alone would close nothing (round 73,
	// W). Only the article's double marks are counted — its apostrophes
	// are never one of them.
	if strayEnd {
		return strings.TrimSuffix(b.String(), "’")
	}
	return b.String() + strings.Repeat("’", open)
}
