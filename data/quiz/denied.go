package quiz

// A denial asked in its own words. facts flags a sentence that denies
// what the article's opening states as fact (facts.Denial): "An Islamic
// State fighter denied that al-Baghdadi's wife had been arrested". The
// question asks how that party responded to the claim — "According to
// the article, how did an Islamic State fighter respond to the
// suggestion that al-Baghdadi's wife had been arrested?" — among the three answers a
// party can give: it denied it, it confirmed it, it would not comment.
// The prompt holds no word of the denial, and both wrong options are
// plainly wrong where the party is reported denying it.
//
// Asked as "What should a careful reader notice about this sentence?",
// the sentence's own "denied" is the answer (G); asked "Did X accept
// that …?", the answer is always No. Only a denial whose words give the
// claim whole, as a clause after "that", is asked: "said the move was
// not about the new laws" gives "the move", which the opening never
// named so (W), and "denied the allegations" gives no claim at all.
//
// Each wording is one declaration with an example that must give its
// party and claim and a near miss that must not (TestDeniedRules).

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// deniedKind marks the questions on what a party denies.
const deniedKind facts.Kind = "denied"

// deniedScore ranks the question with the other trap questions in their
// own words (unnamedAmongScore).
const deniedScore = 86

// The pieces of the denial patterns. The party opens the sentence (after
// "But" or "However"), maybe with a clause about it between commas;
// deniedParty checks its words. Between it and the verb: "has", "also",
// or a clause the same party said first ("confirmed that the flight had
// been delayed but", "said he was disappointed by the decision, and").
const (
	deniedOpen    = `^(?:(?:But|However|Meanwhile|And),?\s+)?`
	deniedPartyRe = `(?P<party>(?:(?:[Tt]he|[Aa]n?)\s+)?\p{L}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,5}?)(?:,\s+(?:which|who)\s+[^,;]+,)?`
	deniedBetween = `\s+(?:(?:has|have|had)\s+)?(?:(?:also|strongly|flatly|firmly|categorically|repeatedly|vehemently)\s+)?` +
		`(?:(?:confirmed|said|admitted|acknowledged|accepted|agreed)\s+[^.;]*?(?:\s+but|,?\s+and)\s+)?`
	// deniedClaimRe is the claim: the rest of the sentence, one clause.
	deniedClaimRe = `\s+that\s+(?P<claim>[^.;,:“”"?!()]+?)\.?$`
	deniedNouns   = `(?:claims?|suggestions?|reports?|allegations?|accusations?|rumou?rs?|speculation)`
)

// deniedRules are the wordings of a denial that names its claim in full:
// patterns (wording) with the groups party, verb and claim.
var deniedRules = []wording{
	{
		name:     "denied that",
		pattern:  lazyre.New(deniedOpen + deniedPartyRe + deniedBetween + `(?P<verb>denied|denies|deny|disputed|disputes|dispute)` + deniedClaimRe),
		example:  "An Islamic State fighter denied that al-Baghdadi's wife had been arrested.",
		nearMiss: "An Islamic State fighter said that al-Baghdadi's wife had been arrested.",
	},
	{
		name: "denied the claims that",
		pattern: lazyre.New(deniedOpen + deniedPartyRe + deniedBetween + `(?P<verb>denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|disputed|disputes|dispute|refuted|refutes|refute)` +
			`\s+(?:(?:the|any|all|these|those|such)\s+)?` + deniedNouns + `(?:\s+(?:made|published|aired|put)\s+[^,.;]*?)?` + deniedClaimRe),
		example:  "The UK Games Publishers' Forum, which represents the computer games industry, rejected any suggestion that games were to blame for children's sleep problems.",
		nearMiss: "The UK Games Publishers' Forum, which represents the computer games industry, welcomed any suggestion that games were to blame for children's sleep problems.",
	},
	{
		name:     "no truth in reports that",
		pattern:  lazyre.New(deniedOpen + deniedPartyRe + `\s+(?P<verb>said|says|insisted|insists)\s+(?:that\s+)?there\s+(?:is|was)\s+no\s+truth\s+(?:in|to)\s+(?:the\s+)?` + deniedNouns + deniedClaimRe),
		example:  "The club said there was no truth in reports that the manager would leave.",
		nearMiss: "The club said there was some truth in reports that the manager would leave.",
	},
}

// denialRead is what a denial sentence gives a question: who denies,
// the verb (for its tense) and the claim denied.
type denialRead struct{ party, verb, claim string }

// readDenial reads sentence text with the first denial rule that
// matches it and gives a party and a claim a question can show alone.
func readDenial(text string) (denialRead, bool) {
	for _, r := range deniedRules {
		m := r.pattern.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		d := denialRead{m[r.pattern.SubexpIndex("party")], m[r.pattern.SubexpIndex("verb")], strings.TrimSpace(m[r.pattern.SubexpIndex("claim")])}
		if !deniedParty(d.party) || !showableDenied(d.claim) {
			return denialRead{}, false
		}
		return d, true
	}
	return denialRead{}, false
}

// notPartyWords may not stand in a party: a verb or a joining word means
// the pattern took a clause for the subject ("The minister said the
// firm denied …"), and a pronoun names no one.
var notPartyWords = wordSet("said says told that which who whom and but or was were is are has have had would will could should may might also then when after before as if because while it he she they we i you this these those there its his her their our")

// deniedParty reports whether party reads as the one who denies: a
// name, or a party described after "the" or "a", of at most six words,
// none of them a verb, a joining word or a pronoun.
func deniedParty(party string) bool {
	words := strings.Fields(party)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(party); !unicode.IsUpper(r) && !startsWithArticle(upperFirst(party)) {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "’'"))
		if notPartyWords[lw] || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") {
			return false
		}
	}
	return true
}

// unshowableClaim finds what a denied claim cannot carry out of its
// sentence: a negation (the claim is then not what was denied) and a
// pronoun or pointing word that names no one shown alone. "Any" reads
// as well after "whether" as after "denied": "whether cost-cutting had
// played any part in the failure".
var unshowableClaim = lazyre.NewCasedWordList("not", "never", "no", "nothing", "none", "nobody", "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these", "those",
	"we", "us", "our", "I", "me", "my", "you", "your")

// finiteVerb finds a verb that makes the claim a clause: "had been
// arrested", "were to blame".
var finiteVerb = lazyre.New(`(?i)\b(?:was|were|is|are|had|has|have|did|does|do|would|will|could|should|might|may|can|\p{L}+ed)\b`)

// showableDenied reports whether a denied claim reads whole in a question
// of its own: a clause of three to twenty-five words, with a verb,
// asserting something about people or things it names.
func showableDenied(claim string) bool {
	n := len(strings.Fields(claim))
	return n >= 3 && n <= 25 && finiteVerb.MatchString(claim) && !unshowableClaim.MatchString(claim) &&
		!strings.Contains(claim, "n't") && !strings.Contains(claim, "n’t") && !pointsBack(claim)
}

// deniedRefusal finds a sentence that says someone would not comment,
// say or elaborate, or had no further comment: beside it, "would not
// comment" may be no wrong option.
var deniedRefusal = lazyre.New(`(?i)\b(?:declin\w*|refus\w*|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|not\s+available|unavailable|no)\s+(?:to\s+|for\s+)?(?:further\s+|immediate\s+)?(?:comment|say|respond|discuss|elaborate|reply|give\s+details)\w*`)

// deniedAnswers are the options, by the denial verb's tense: the answer
// first. %s is the party.
var deniedAnswers = map[string][3]string{
	"past":     {"%s denied it", "%s confirmed it", "%s would not comment on it"},
	"singular": {"%s denies it", "%s confirms it", "%s will not comment on it"},
	"plural":   {"%s deny it", "%s confirm it", "%s will not comment on it"},
}

// deniedAux is the prompt's auxiliary, by the same tense.
var deniedAux = map[string]string{"past": "did", "singular": "does", "plural": "do"}

// tenseOf names the tense of a denial's verb.
func tenseOf(verb string) string {
	switch {
	case strings.HasSuffix(verb, "ed") || verb == "said":
		return "past"
	case strings.HasSuffix(verb, "s"):
		return "singular"
	}
	return "plural"
}

// deniedAsked asks what the party of a flagged denial said about the
// claim it denies.
func (g *generator) deniedAsked(fl facts.Flag) {
	if fl.Sentence < 0 || fl.Sentence >= len(g.a.Sentences) {
		return
	}
	for _, q := range g.out {
		if q.Sentence == fl.Sentence && q.Reason == deniedReason {
			return // "Did Lynxnet accept that …?" asks it already
		}
	}
	text := strings.TrimSpace(g.withoutDateline(fl.Sentence))
	d, ok := readDenial(text)
	if !ok || g.refusesNear(fl.Sentence, d.party) {
		return
	}
	if name := g.namedDenier(fl.Sentence, d.party); name != "" {
		d.party = name // "Rebel spokesman Omar Haddad" is asked as "Omar Haddad"
	}
	tense := tenseOf(d.verb)
	inPrompt := d.party
	if first, _, _ := strings.Cut(d.party, " "); startsWithArticle(upperFirst(d.party)) || g.capitalOnlyFirst(first) {
		inPrompt = lowerFirstRune(d.party) // "an Islamic State fighter", "the council", "officials"
	}
	// "What did X say about …?" ruled out "would not comment" at a
	// glance (r127, G): "respond" leaves all three open.
	prompt := fmt.Sprintf("According to the article, how %s %s respond to the suggestion that %s?", deniedAux[tense], inPrompt, d.claim)
	party := definiteParty(upperFirst(d.party))
	var choices []string
	for _, o := range deniedAnswers[tense] {
		choices = append(choices, fmt.Sprintf(o, party))
	}
	right := choices[0]
	q := Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: fl.Sentence, Difficulty: 2,
		score: deniedScore, Reason: "a claim one side denies",
		Explanation: fmt.Sprintf("%s: %s A claim that one side denies is disputed, not settled.", right, quoteText(text)),
		Source:      string(deniedKind)}
	g.add(q, facts.Fact{Kind: deniedKind, Subject: d.party, Claim: d.claim})
}

// deniedReason is the reason of the question "Did X accept that …?"
// (denial in generate.go).
const deniedReason = "what a person denies"

// refusesNear reports whether the denial's sentence, the next (where the
// party's spokesman often goes on) or any sentence naming the party says
// that someone would not comment or say: "would not comment" might then
// be true of the party.
func (g *generator) refusesNear(i int, party string) bool {
	head := strings.Fields(party)
	last := strings.ToLower(strings.Trim(head[len(head)-1], "’'"))
	for j, s := range g.a.Sentences {
		if !deniedRefusal.MatchString(s.Text) {
			continue
		}
		if j == i || j == i+1 || g.wordSet(j)[last] {
			return true
		}
	}
	return false
}

// namedDenier returns the name of a statement's speaker in sentence i
// that ends the party, after a post or a place: "Kingsmoor chairman Phil
// Garside" is Phil Garside. A name of one word may be a firm's; it is
// kept with the rest.
func (g *generator) namedDenier(i int, party string) string {
	for _, k := range g.factsIn(i) {
		f := g.an.Facts[k]
		if f.Kind == facts.Statement && strings.Count(f.Subject, " ") >= 1 && f.Subject != party && strings.HasSuffix(party, " "+f.Subject) && isCapitalisedWord(f.Subject) {
			return f.Subject
		}
	}
	return ""
}

// capitalOnlyFirst reports whether word is capitalised only for opening
// its sentence: the article writes it in lower case elsewhere and never
// capitalised inside a sentence ("Officials denied …" beside "officials
// said"; "Labour" stays Labour).
func (g *generator) capitalOnlyFirst(word string) bool {
	lower := lowerFirstRune(word)
	if lower == word {
		return false
	}
	seenLower := false
	for _, s := range g.a.Sentences {
		for k, w := range strings.Fields(s.Text) {
			switch strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			case lower:
				seenLower = true
			case word:
				if k > 0 {
					return false
				}
			}
		}
	}
	return seenLower
}

// startsWithArticle reports whether a party opens on "A", "An" or "The".
func startsWithArticle(party string) bool {
	first, _, _ := strings.Cut(party, " ")
	switch first {
	case "A", "An", "The":
		return true
	}
	return false
}

// definiteParty names the party as the options do, once it has been
// introduced: "An Islamic State fighter" is "The Islamic State fighter".
func definiteParty(party string) string {
	first, rest, ok := strings.Cut(party, " ")
	if ok && (first == "A" || first == "An") {
		return "The " + rest
	}
	return party
}
