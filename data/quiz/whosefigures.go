package quiz

// "According to the article, whose figures show that …?" News leans on
// figures, and the first thing a careful reader asks of one is whose it
// is: the council's own count of visits to the libraries it wants to
// close, or a research firm's estimate of a phone maker's sales. Every
// reviewer of every held-out set asked for this ("whose figures are
// they, and why might a reader want another source?", r148, r150), and
// asking it is not a look-up of a name: the options are the kinds of
// source — the body's own figures, an outside firm's, none given — and
// the student has to read how the article credits the number.
//
// Only two origins are asked, where the sentence's own words settle
// them: figures a body of the story gives itself ("figures released by
// the council", "council figures show") and figures from a research
// firm about a company the claim names. A named body that is neither
// ("according to Bayview's figures", "the British Retail Consortium")
// could be either, and is not asked.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// whoseFiguresKind marks the question.
const whoseFiguresKind facts.Kind = "whose-figures"

// whoseFiguresScore ranks it with the footing questions, which also ask
// what a claim rests on.
const whoseFiguresScore = 80

// wording is one way a sentence words what a question reads of it: a
// pattern with named groups, an example it must read and a near miss it
// must not (each reader's table test holds them).
type wording struct {
	name     string
	pattern  *lazyre.Regexp
	example  string
	nearMiss string
}

// The pieces of the credits' patterns.
const (
	figuresNoun   = `(?P<noun>[Ff]igures|[Ss]tatistics|[Ee]stimates)`
	figuresMade   = `(?:(?:released|published|compiled|issued|produced|provided|gathered|collected|put out)\s+)?`
	figuresShow   = `(?:show|showed|shows|suggest|suggested|suggests|reveal|revealed|reveals|indicate|indicated|indicates)(?:\s+that)?\s+`
	figuresWhen   = `(?:\s+(?:on|last|this|earlier|in)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2})?`
	figuresBodyRe = `(?P<body>[^,;:]{2,60}?)`
	// figuresAside is what may follow a credit at the sentence's end: a
	// clause after a comma or a dash ("… , as rivals …", "… - nearly half
	// of all the traffic").
	figuresAside = `(?:(?:,|\s+[-–—])\s+.*)?`
)

// figuresCredits are the ways a sentence credits its numbers to a body —
// the groups claim, body and noun ("figures", "estimates") — one
// declaration each.
var figuresCredits = []wording{
	{"figures by a body show",
		lazyre.New(`^(?:The\s+)?(?:latest\s+|new\s+)?` + figuresNoun + `\s+` + figuresMade + `(?:by|from)\s+` + figuresBodyRe + figuresWhen + `\s+` + figuresShow + `(?P<claim>.+)$`),
		"Figures published by the company show that an average of 31 passengers a day used the route in winter.",
		"Figures show that an average of 31 passengers a day used the route in winter."},
	{"a body's figures show",
		lazyre.New(`^(?P<body>(?:The\s+)?[\p{L}-]+(?:'s|’s)?)\s+(?:latest\s+|own\s+|new\s+)?` + figuresNoun + `\s+` + figuresShow + `(?P<claim>.+)$`),
		"Council figures show the pool had about 41,000 visits last summer.",
		"The figures show the pool had about 41,000 visits last summer."},
	{"claim, according to figures by a body",
		lazyre.New(`^(?P<claim>[^,]+(?:,[^,]+)??),\s+according to\s+(?:the\s+)?(?:latest\s+|new\s+)?` + figuresNoun + `\s+` + figuresMade + `(?:by|from)\s+` + figuresBodyRe + figuresWhen + figuresAside + `\.$`),
		"Membership of the town's five curling clubs fell from about 420 to just under 300, according to figures compiled by the rink.",
		"Membership of the town's five curling clubs fell from about 420 to just under 300, according to figures released on Monday."},
	{"claim, according to a body's figures",
		lazyre.New(`^(?P<claim>[^,]+(?:,[^,]+)??),\s+according to\s+` + figuresBodyRe + `\s+(?:own\s+|latest\s+)?` + figuresNoun + figuresAside + `\.$`),
		"Visits to the five branches fell by almost a quarter, according to council figures.",
		"Visits to the five branches fell by almost a quarter, according to the figures."},
	{"according to a body's figures, claim",
		lazyre.New(`^According to\s+(?:the\s+)?` + figuresBodyRe + `\s+(?:own\s+|latest\s+)?` + figuresNoun + `,\s+(?P<claim>.+)$`),
		"According to council figures, visits to the five branches fell by almost a quarter.",
		"According to the figures, visits to the five branches fell by almost a quarter."},
	{"according to figures by a body, claim",
		lazyre.New(`^According to\s+(?:the\s+)?` + figuresNoun + `\s+` + figuresMade + `(?:by|from)\s+` + figuresBodyRe + figuresWhen + `,\s+(?P<claim>.+)$`),
		"According to figures published by the festival, this year's event sold 41,200 tickets.",
		"According to figures published on Monday, this year's event sold 41,200 tickets."},
}

// figuresNouns are the words figuresNoun reads, one of which every
// credit needs.
var figuresNouns = []string{"figures", "statistics", "estimates"}

// figuresCredited is what a credit reads of a sentence: the claim the
// figures back, the body credited as the sentence words it, and the
// noun ("figures", "estimates").
type figuresCredited struct {
	claim, body, noun string
}

// readFiguresCredit returns the first credit that reads text.
func readFiguresCredit(text string) (figuresCredited, bool) {
	for _, c := range figuresCredits {
		group, ok := namedGroups(c.pattern, text)
		if !ok {
			continue
		}
		body := group("body")
		if body == "" || notABody[strings.ToLower(lastField(body))] {
			continue // "The figures show …", "according to the figures": no one credited
		}
		return figuresCredited{claim: strings.TrimSuffix(group("claim"), "."), body: body, noun: strings.ToLower(group("noun"))}, true
	}
	return figuresCredited{}, false
}

// notABody are the words a credit's body group can end on that credit no
// one: "the figures", "its own figures", "the latest figures".
var notABody = wordSet("the these those such recent new latest official its their his her our")

// ownFiguresBody finds a body of the story that the sentence describes, not
// names — "the council", "the company", "the rink" — giving figures on
// itself: its head noun in group 1.
var ownFiguresBody = lazyre.New(`^(?:[Tt]he\s+)?(council|company|firm|rink|festival|network|club|airline|airport|brewery|trust|charity|museum|theatre|school|college|university|hospital|operator|organisers|organizers|league|zoo|library|cinema|broadcaster|channel|station|publisher|retailer|chain|carrier|bank|group|board|authority)(?:'s|’s)?$`)

// researchBody finds an outside firm that measures others: "research
// firm Meridian Insight", "analysts at Kessler Data", "consultancy X".
var researchBody = lazyre.New(`^(?:[Tt]he\s+)?(?:(?:[Mm]arket\s+)?[Rr]esearch\s+(?:firm|company|group|house|consultancy|agency)|[Cc]onsultancy|[Cc]onsultants|[Aa]nalysts?(?:\s+(?:firm|at))?|[Pp]olling\s+(?:firm|company)|[Pp]ollsters?)\s+\p{Lu}`)

// otherFigureSource finds an outside source of figures a sentence may
// give — a survey, a poll, a research firm, analysts with a number —
// beside which "an outside firm's figures" is no longer plainly wrong
// for the body's own. Analysts who only warn give no figures.
var otherFigureSource = lazyre.New(`(?i)\b(?:survey|poll|research\s+(?:firm|company|group|house|consultancy|agency)|consultancy|independent\s+(?:figures|study|review|audit)|` +
	`analysts?\s+(?:at\s+\S+\s+)?(?:estimate|estimated|put|calculate|calculated|reckon|reckoned|forecast|predicted|expect|expected)\b[^.]*\d)`)

// claimOwner finds the company a claim about sales is about: a name of
// capitalised words opening it, before its verb ("Vantro shipped …",
// "Orvex sold …").
var claimOwner = lazyre.New(`^(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,2})\s+(?:has\s+|had\s+|have\s+)?\p{Ll}+(?:ed|old|hipped)\b`)

// whoseFigures asks, of sentence i, whose figures back its claim, where
// the sentence credits them to the body the figures are about or to an
// outside research firm.
func (g *generator) whoseFigures(i int) {
	if !anyWord(g.wordSet(i), figuresNouns) {
		return // every credit names its figures: the patterns run only where one is
	}
	text := strings.TrimSpace(g.withoutDateline(i))
	credit, ok := readFiguresCredit(text)
	if !ok || !hasDigitOrNumberWord(credit.claim) {
		return
	}
	claim := strings.TrimSpace(credit.claim)
	if n := article.CountWords(claim); n < 6 || n > 40 || strings.ContainsAny(claim, "\"“”?!") || startsWithPronoun[strings.ToLower(firstField(claim))] ||
		leansOnContext(claim) || pointsBack(claim) || personalPronoun.MatchString(claim) || possessivePronoun.MatchString(claim) ||
		unresolvedClaimStart.MatchString(upperFirst(claim)) {
		return
	}
	if g.restatedElsewhere(claim, i) {
		return // told again elsewhere, perhaps credited otherwise: two answers fit
	}
	noun := credit.noun
	none := fmt.Sprintf("The article does not say whose %s they are", noun)
	var owner, key, expl string
	outside := fmt.Sprintf("%s from an outside research firm", upperFirst(noun))
	ownBody := ownFiguresBody.FindStringSubmatch(credit.body)
	switch {
	case ownBody != nil:
		head := strings.ToLower(ownBody[1])
		if strings.Contains(strings.ToLower(claim), head) || g.mentionsOtherFigureSource(i) {
			// "The company's shipments fell …, according to figures
			// released by the company": the option echoes the prompt.
			return
		}
		owner = "the " + head
		key = fmt.Sprintf("%s own %s", upperFirst(possessive(owner)), noun)
		expl = fmt.Sprintf("They are %s own %s: the article says %s. It gives no other source to check them against.",
			possessive(owner), noun, quoteText(withoutFullStop(g.a.Sentences[i].Text)))
	case researchBody.MatchString(credit.body):
		m := claimOwner.FindStringSubmatch(claim)
		if m == nil || looksLikePerson(m[1]) {
			return
		}
		owner = m[1]
		key = outside
		expl = fmt.Sprintf("The article credits the %s to %s, not to %s itself: %s. A company's own figures are not a check on it; an outside firm's can be.",
			noun, credit.body, owner, quoteText(withoutFullStop(g.a.Sentences[i].Text)))
	default:
		return // "according to Bayview's figures", "government figures": whose side they are on, the words do not say
	}
	own := fmt.Sprintf("%s own %s", upperFirst(possessive(owner)), noun)
	choices := keyFirst(key, []string{own, outside, none})
	// The claim is quoted as the article words it, without its credit:
	// after "show that" a claim's opening capital ("Visits to …") would
	// need telling from a name's.
	prompt := fmt.Sprintf("Whose %s does the article give for this claim: %s?", noun, quoteText(upperFirst(claim)))
	q := Question{Kind: Choice, Prompt: prompt, Answer: key, Accepted: []string{key},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: i, Difficulty: 2,
		score: whoseFiguresScore, Explanation: expl, Reason: "whose figures a claim rests on"}
	g.add(q, facts.Fact{Kind: whoseFiguresKind, Subject: owner, Claim: claim})
}

// mentionsOtherFigureSource reports whether a sentence other than i
// names an outside source of figures.
func (g *generator) mentionsOtherFigureSource(i int) bool {
	for k, s := range g.a.Sentences {
		if k != i && otherFigureSource.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// numberWord finds a number written in words.
var numberWord = lazyre.NewWordList("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"dozen", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "half", "quarter", "third")

// hasDigitOrNumberWord reports whether text gives a number.
func hasDigitOrNumberWord(text string) bool {
	return strings.ContainsAny(text, "0123456789") || numberWord.MatchString(strings.ToLower(text))
}

// keyFirst returns the options of a question whose answer is key: key
// first (Distractors are the rest), then the others in the order given.
func keyFirst(key string, options []string) []string {
	return append([]string{key}, slices.DeleteFunc(slices.Clone(options), func(o string) bool { return o == key })...)
}

// namedGroups matches re against text and returns a reader of the
// match's named groups, trimmed.
func namedGroups(re *lazyre.Regexp, text string) (func(name string) string, bool) {
	m := re.FindStringSubmatch(text)
	if m == nil {
		return nil, false
	}
	return func(name string) string { return strings.TrimSpace(m[re.SubexpIndex(name)]) }, true
}
