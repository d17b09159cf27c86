package quiz

// "What does this claim rest on?" Rumour news passes on what another
// outlet reported, and that outlet on what someone told it: "The Daily
// Star reported, citing a source close to the 26-year-old, that …". The
// lesson is the chain — the article did not find this out, another
// outlet did, and whether that outlet names its own source. Every
// reviewer of the rumour-heavy held-out bodies asked for it ("the whole
// story rests on one report citing unnamed supply-chain sources",
// r154). The options are kinds of footing, not names, so the question
// is no look-up: the student has to read who reported it and on whose
// word.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// restsOnKind marks the question.
const restsOnKind facts.Kind = "rests-on"

// restsOnScore ranks it with the footing questions: it is the opening's
// footing in most rumour stories.
const restsOnScore = 82

// The three answers, one declaration each: another outlet's report
// resting on a source it does not name, on one it names, and the
// article's own reporting, which a sentence that says "X reported" is
// plainly not.
const (
	restsOnUnnamed = "Another outlet's report, which does not name its own source"
	restsOnNamed   = "Another outlet's report, which names its own source"
	restsOnOwn     = "The article's own reporting"
	restsOnPost    = "A post on social media"
)

// The pieces of the patterns: the outlet and its source run to a comma;
// the verb may carry a day ("reported on Monday", "said late on
// Thursday").
const (
	chainOutlet = `(?P<outlet>[^,"“”]{3,80}?)`
	chainCited  = `(?P<cited>[“"]?[^,"“”]{3,80}?[”"]?)` // the source's words may be quoted: citing "a person close to the discussions"
	chainVerb   = `(?:reported|reports|said|says|claimed|claims)(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+night))?`
)

// citedReports are the wordings of a report that cites its source — the
// groups outlet, cited and claim — one declaration each.
var citedReports = []wording{
	{"outlet reported, citing a source, that claim",
		lazyre.New(`^` + chainOutlet + `\s+` + chainVerb + `,\s+citing\s+` + chainCited + `,\s+that\s+(?P<claim>.+)$`),
		"The Daily Star reported, citing a source close to the singer, that she had decided to leave the band.",
		"The Daily Star reported that she had decided to leave the band."},
	{"outlet, citing a source, reported that claim",
		lazyre.New(`^` + chainOutlet + `,\s+citing\s+` + chainCited + `,\s+` + chainVerb + `\s+(?:that\s+)?(?P<claim>.+)$`),
		"The paper, citing sources close to the talks, reported that the club had turned down a bid of £20m.",
		"The paper, which is owned by the club's chairman, reported that the club had turned down a bid of £20m."},
	{"citing a source, outlet reported that claim",
		lazyre.New(`^Citing\s+` + chainCited + `,\s+` + chainOutlet + `\s+` + chainVerb + `\s+(?:that\s+)?(?P<claim>.+)$`),
		"Citing people familiar with the plans, The Wall Street Journal reported that the firm would cut 500 jobs.",
		"Citing rising costs, the firm said it would cut 500 jobs."},
	{"outlet reported that claim, citing a source",
		lazyre.New(`^` + chainOutlet + `\s+` + chainVerb + `\s+(?:that\s+)?(?P<claim>[^"“”]+?),\s+citing\s+` + chainCited + `\.?$`),
		"The Daily Mirror claimed on Wednesday that the singer would leave after the tour, citing a source close to her.",
		"The singer said she would leave after the tour, citing exhaustion."},
	{"claim, outlet reported, citing a source",
		lazyre.New(`^(?P<claim>[^"“”]+?),\s+` + chainOutlet + `\s+` + chainVerb + `,\s+citing\s+` + chainCited + `\.?$`),
		"The phone will include an eye-scanning sensor, the tech site DigiPulse reported on Tuesday, citing sources at a supplier.",
		"The phone will include an eye-scanning sensor, the company said on Tuesday, citing its own tests."},
	{"claim, according to outlet, which cited a source",
		lazyre.New(`^(?P<claim>[^"“”]+?),\s+according\s+to\s+` + chainOutlet + `,\s+(?:which\s+(?:cited|quoted)|citing)\s+` + chainCited + `\.?$`),
		"The singer and her boyfriend married in secret at a ranch in California last Saturday, according to celebrity website StarWire, which cited a source close to the couple.",
		"The singer and her boyfriend married in secret at a ranch in California last Saturday, according to celebrity website StarWire, which has since taken the story down."},
	{"according to a report by outlet, citing a source, claim",
		lazyre.New(`^According to (?:a|an|the)\s+(?:separate\s+|new\s+|second\s+|further\s+|later\s+)?report\s+(?:by|in|from|on)\s+` + chainOutlet +
			`,\s+(?:which\s+cited|citing)\s+` + chainCited + `,\s+(?P<claim>.+)$`),
		"According to a separate report by a Taiwanese technology website, citing unnamed sources in the supply chain, the Nova X2 will have a larger screen.",
		"According to a separate report by the company itself, citing its own tests, the Nova X2 will have a larger screen."},
}

// chainWords are the words one of which every wording of a cited report
// or a post needs.
var chainWords = []string{"citing", "cited", "tweeted", "twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "weibo", "reddit"}

// chainRead is what a wording reads of a sentence.
type chainRead struct {
	outlet, cited, claim string
}

// readCitedReport returns the first wording that reads text.
func readCitedReport(text string) (chainRead, bool) {
	for _, c := range citedReports {
		group, ok := namedGroups(c.pattern, text)
		if !ok {
			continue
		}
		outlet := outletAdverb.ReplaceAllString(group("outlet"), "") // "The Daily Mirror later reported": the Mirror
		r := chainRead{outlet: outlet, cited: strings.Trim(group("cited"), `“”"`), claim: strings.TrimSuffix(group("claim"), ".")}
		if reportingOutlet.MatchString(r.outlet) {
			return r, true
		}
	}
	return chainRead{}, false
}

// outletAdverb finds an adverb between an outlet and its verb.
var outletAdverb = lazyre.New(`\s+(?:later|also|first|earlier|then|now|separately|originally|previously)$`)

// reportingOutlet finds a news outlet: a paper ("The Sunday Ledger",
// held-out h24-10), a site, a station, an
// agency, by the words that name one ("The Daily Star", "technology blog
// ByteWire", "Iraqi state television"). A firm that cites its costs is
// none.
var reportingOutlet = lazyre.New(`(?i)\b(?:reports?|newspaper|paper|tabloid|daily|site|website|blog|magazine|television|tv|channel|station|broadcaster|radio|agency|news|` +
	`sun|sunday|ledger|reuters|bloomberg|verge|outlet|` + strings.Join(strings.Fields(mastheads), "|") + `)\b`)

// unnamedCited finds a cited source that is a person or people left
// unnamed: "a source close to", "people familiar with", "an unnamed
// official", "two insiders", "security sources". A body described but
// not named ("a local animal shelter") names the kind of source, and is
// neither answer for certain (r157, K).
var unnamedCited = lazyre.New(`(?i)^(?:(?:a|an|one|two|three|four|several|multiple|some|other|unnamed|anonymous)\s+(?:[\p{L}-]+\s+){0,3}|(?:[\p{L}-]+\s+){0,2})` +
	`(?:sources?|officials?|insiders?|people|persons?|friends?|members?|employees?|workers?|executives?|aides?|diplomats?|staff|someone|relatives?|colleagues?)\b`)

// namedCited finds a cited source that names someone or something a
// reader can look up: a capitalised name ("Bild", "the Interior
// Ministry").
var namedCited = lazyre.New(`^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$`)

// restsOn asks, of sentence i, what its claim rests on, where the
// sentence passes on another outlet's report and says whom that outlet
// cites.
func (g *generator) restsOn(i int) {
	if !anyWord(g.wordSet(i), chainWords) {
		return // every wording cites, tweets or names a site: the patterns run only where one of those words is
	}
	text := strings.TrimSpace(g.withoutDateline(i))
	var key, source string
	r, ok := readCitedReport(text)
	switch {
	case ok && unnamedCited.MatchString(r.cited):
		key, source = restsOnUnnamed, "which does not name its own source"
	case ok && namedCited.MatchString(r.cited) && !namelessGroups.MatchString(r.cited):
		key, source = restsOnNamed, "which names its own source, "+r.cited
	case ok:
		return // "citing its own research": whether that names anyone, the words do not settle
	default:
		if r, ok = readPost(text); !ok {
			return
		}
		key = restsOnPost
	}
	claim := r.claim
	pronoun := personalPronoun.MatchString(outsideQuotes(claim)) || possessivePronoun.MatchString(outsideQuotes(claim))
	if n := article.CountWords(claim); n < 6 || n > 40 || strings.HasSuffix(claim, "?") || startsWithPronoun[strings.ToLower(firstField(claim))] ||
		pronoun && !oneNameBeforePronoun(claim) || pointsBack(claim) || theDescribed.MatchString(claim) ||
		unresolvedClaimStart.MatchString(upperFirst(claim)) || unbalancedQuotes(claim) {
		return // "that she had decided …": who? shown alone, the claim must say
	}
	if g.restatedElsewhere(claim, i) {
		return
	}
	options := []string{restsOnUnnamed, restsOnNamed, restsOnOwn}
	if key == restsOnPost {
		options = []string{restsOnPost, restsOnUnnamed, restsOnOwn}
	}
	choices := keyFirst(key, options)
	prompt := fmt.Sprintf("As the article tells it, what does this claim rest on: %s?", quoteText(upperFirst(claim)))
	said := quoteText(withoutFullStop(g.a.Sentences[i].Text))
	expl := fmt.Sprintf("The article passes on a report by %s, %s: %s. The article did not find this out itself.", g.asClause(r.outlet), source, said)
	if key == restsOnPost {
		expl = fmt.Sprintf("The article passes on a post on %s by %s: %s. A post is one person's word; the article did not find this out itself.",
			r.cited, g.asClause(r.outlet), said)
	}
	q := Question{Kind: Choice, Prompt: prompt, Answer: key, Accepted: []string{key},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: i, Difficulty: 3,
		score: restsOnScore, Explanation: expl, Reason: "what a claim passed on from another outlet rests on"}
	g.add(q, facts.Fact{Kind: restsOnKind, Subject: r.outlet, Claim: claim})
}

// oneNameBeforePronoun reports whether claim opens on a name and names
// no one else before its first pronoun, which can then stand only for
// that name: "Kaylee Monroe had told producers she would …", "Velvet
// Static will play its last concert …" — not "The singer told Tom Reyes
// she …", nor "Monroe told Reyes she …".
func oneNameBeforePronoun(claim string) bool {
	at := len(claim)
	for _, re := range []*lazyre.Regexp{personalPronoun, possessivePronoun} {
		if loc := re.FindStringIndex(claim); loc != nil && loc[0] < at {
			at = loc[0]
		}
	}
	words := strings.Fields(claim[:at])
	if len(words) == 0 || !isCapitalisedWord(words[0]) || articles[words[0]] || commonOpeners[strings.ToLower(words[0])] {
		return false
	}
	i := 1
	for i < len(words) && isCapitalisedWord(words[i]) {
		i++ // the opening name's own words
	}
	for _, w := range words[i:] {
		if isCapitalisedWord(w) {
			return false // a second name the pronoun could stand for
		}
	}
	return true
}

// theDescribed finds a claim that opens on "the" and what the sentences
// before described — "The two companies had held talks", "The device
// could be unveiled", "The 23-year-old from Luton was detained": shown
// alone, the prompt does not say which (r157, W four times).
var theDescribed = lazyre.New(`^(?:the|The)\s+(?:\p{Ll}|\d)`)

// postedClaims are the wordings of a claim made in a social-media post: a
// pattern with the groups poster, site and claim.
var postedClaims = []wording{
	{"someone wrote on a site that claim",
		lazyre.New(`^(?P<outlet>[^,"“”]{3,80}?)\s+(?:wrote|posted|said|claimed)\s+(?:on\s+(?:(?:his|her|their|its)\s+)?)(?P<cited>Twitter|Facebook|Instagram|YouTube|TikTok|Snapchat|Weibo|Reddit)(?:\s+(?:page|account|feed))?` +
			`(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|morning|afternoon))?)?\s+that\s+(?P<claim>.+)$`),
		"A woman who said she was the climber's cousin wrote on Facebook on Tuesday that Tom Beck had been found alive by two hunters.",
		"A woman who said she was the climber's cousin told reporters on Tuesday that Tom Beck had been found alive by two hunters."},
	{"someone tweeted that claim",
		lazyre.New(`^(?P<outlet>[^,"“”]{3,80}?)\s+(?P<cited>tweeted)(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|morning|afternoon))?)?\s+that\s+(?P<claim>.+)$`),
		"An investor in the firm tweeted on Sunday that Loopd would be sold to a rival within weeks.",
		"An investor in the firm said on Sunday that Loopd would be sold to a rival within weeks."},
}

// readPost returns what a post's wording reads of text: the poster as
// outlet, the site as cited ("Twitter" for "tweeted"), and the claim.
func readPost(text string) (chainRead, bool) {
	for _, c := range postedClaims {
		group, ok := namedGroups(c.pattern, text)
		if !ok {
			continue
		}
		site := group("cited")
		if site == "tweeted" {
			site = "Twitter"
		}
		return chainRead{outlet: group("outlet"), cited: site, claim: strings.TrimSuffix(group("claim"), ".")}, true
	}
	return chainRead{}, false
}
