package quiz

// "According to the article, did X say “…”?": the who-question asked of
// one name. A quiz asks "Who said …?" once per speaker (no two questions
// share an answer), so a speaker's second claim, or the claims of an
// article with one main voice, went unasked. Asked of the right speaker
// the answer is Yes; asked of another person the article quotes, No —
// and the student must find the words and read whose they are, which is
// the first thing a careful reader does with a quotation.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/facts"
)

// speakerCheckKind marks questions that ask whether a named person said
// a claim.
const speakerCheckKind facts.Kind = "speaker-check"

// maxCheckedWords bounds the claim a prompt quotes: a student holds it in
// mind while finding it.
const maxCheckedWords = 32

// speakerCheck asks whether a speaker said statement f's claim: of the
// right speaker or, where the claim's hash says so, of another person the
// article quotes for certain.
func (g *generator) speakerCheck(f facts.Fact) {
	names, ok := g.askableStatement(f)
	if !ok || namesAny(f.Claim, names) || !looksLikePerson(names[0]) {
		return // "Did Beckham say that Beckham …?" gives it away; "did Jordan Times say" wants a "the"
	}
	if deniesClaim(f) {
		return // "Howard denied his cabinet was split": he did not say it was
	}
	if n := len(strings.Fields(f.Claim)); n > maxCheckedWords || (quoted(f) && n < minQuoteWords) {
		return // a paragraph to hold in mind, or a short quotation that leans on what came before
	}
	asked, yes := names[0], !flipped(f.Claim)
	if yes && strings.Contains(f.Text, asked) {
		// "Marc Gonsalves, an executive at Xstrata, said: …": the name the
		// prompt gives stands beside the words, matched rather than read
		// (round 73: 2 of 2 such failed V; "Mr Thomas said", or "he
		// said", asked of Richard Thomas, passed).
		return
	}
	if !yes {
		wrong, ok := g.wrongSpeaker(f, names)
		if !ok {
			return
		}
		asked = wrong
	}
	claim := quotedClaim(f.Claim)
	that := "that "
	if strings.HasPrefix(claim, "“") { // quotedClaim curls a straight mark
		that = ""
	}
	prompt := fmt.Sprintf("According to the article, did %s say %s%s?", asked, that, claim)
	expl := fmt.Sprintf("Yes. %s said it: %s", names[0], quoteText(f.Text))
	if !yes {
		expl = fmt.Sprintf("No. It was %s, not %s: %s", names[0], asked, quoteText(f.Text))
	}
	// Below the who-question on the same words, which a student answers
	// with the name rather than a Yes.
	q := yesNo(prompt, yes, f.Sentence, expl, 1, claimWeight(f)+g.topicality(f.Claim)-8)
	q.Reason = "whose words are whose"
	q.asks = asked
	g.add(q, facts.Fact{Kind: speakerCheckKind, Subject: asked, Claim: f.Claim, Sentence: f.Sentence})
}

// deniesClaim reports whether statement f's speaker said its claim is
// not so ("Howard denied his cabinet was split"): asked "did X say that
// …?", "which of these did X say?" or "where did X say …?", the claim
// would be the opposite of X's words.
func deniesClaim(f facts.Fact) bool {
	verb, _, _ := strings.Cut(f.Verb, " ")
	return denyingVerbs[verb]
}

// denyingVerbs report words said against the claim they carry.
var denyingVerbs = wordSet("denied denies deny rejected rejects dismissed dismisses disputed disputes")

// wrongSpeaker returns another person the article quotes for certain, of
// the same sort as the speaker (a person for a person, a body for a
// body), whom the claim does not name and who says nothing in the same
// sentence: a No the student rules out only by reading.
func (g *generator) wrongSpeaker(f facts.Fact, names []string) (string, bool) {
	if personPronoun.MatchString(outsideQuotes(curlQuotes(f.Claim))) {
		return "", false // "that he was focused" asked of another man means another claim
	}
	for _, other := range withoutNames(g.otherSpeakers(f), names) {
		if looksLikePerson(other) != looksLikePerson(names[0]) || namesAny(f.Claim, []string{other}) || g.speaksIn(other, f.Sentence) ||
			g.namedTogether(other, names) {
			continue
		}
		return other, true
	}
	return "", false
}

// speaksIn reports whether name has a statement in sentence i: "X and Y
// said" makes both of them right. It reads sentence i's facts alone
// (factsIn): asked for every other speaker of every statement, reading
// every fact made a long article's quiz quadratic.
func (g *generator) speaksIn(name string, i int) bool {
	for _, k := range g.factsIn(i) {
		if o := g.an.Facts[k]; o.Kind == facts.Statement && namesSpeaker(name, o) { // namesSpeaker reads the aliases too
			return true
		}
	}
	return false
}

// namedTogether reports whether some sentence names other right beside
// one of names: "Boko Haram leader Abubakar Shekau", "Jose Mourinho backed
// Gerrard's view" — a leader speaks for the group, an ally shares the
// claim, and a flat No would be wrong (round 73, K).
func (g *generator) namedTogether(other string, names []string) bool {
	for _, k := range g.sentencesWith(other) {
		s := g.a.Sentences[k]
		i := strings.Index(s.Text, other)
		near := s.Text[max(0, i-nearNames):min(len(s.Text), i+len(other)+nearNames)]
		for _, n := range names {
			if strings.Contains(near, n) {
				return true
			}
		}
	}
	return false
}

// sentencesWith returns, in order, the sentences whose text holds name,
// found once for each name: namedTogether is asked of every other
// speaker for every statement, and read the whole article each time.
func (g *generator) sentencesWith(name string) []int {
	if k, ok := g.holding[name]; ok {
		return k
	}
	var with []int
	for k, s := range g.a.Sentences {
		if strings.Contains(s.Text, name) {
			with = append(with, k)
		}
	}
	if g.holding == nil {
		g.holding = map[string][]int{}
	}
	g.holding[name] = with
	return with
}

// nearNames is how many bytes apart two names stand "beside" each other:
// a title or a verb between them, not a clause.
const nearNames = 30
