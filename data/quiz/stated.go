package quiz

// The plain twin of the footing questions (footing.go). The questions on
// hedged claims ("looks set to", "reportedly", "…, Kennedy said") all
// had answers other than "stated as fact", and a student who has seen
// two of them answers the third without reading. A claim the article
// does state in its own voice — an event in its opening paragraphs, told
// plainly, no one credited, nothing hedged — is the same question with
// that answer: the student has to tell the two apart, which is the
// skill.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// statedKind marks questions about a claim the article states as fact.
const statedKind facts.Kind = "stated"

// notPlainFact finds words that make a sentence less than the article's
// own plain statement: speech and reports, hedges and beliefs, modal
// verbs, conditions, the first or second person, and opinion words. A
// word list, not the pattern it stands for (lazyre.WordList): as
// (?i)\b(?:said|says|…)\b it took Go's slowest way, tried against every
// word at every place of every claim of a long article.
var notPlainFact = lazyre.NewWordList(
	"said", "says", "say", "told", "tells", "according", "reported", "reports", "report", "reportedly",
	"claims", "claim", "claimed", "alleged", "allegedly", "purported", "purportedly", "believed", "thought",
	"understood", "expected", "estimated", "rumour", "rumours", "rumor", "rumors", "speculation", "sources", "source",
	"appears", "appear", "appeared", "seems", "seem", "seemed", "likely", "unlikely", "possibly", "possible",
	"probably", "perhaps", "apparently", "set to", "may", "might", "could", "would", "should", "will", "can",
	"must", "if", "whether", "unless", "i", "we", "our", "us", "you", "your", "my", "me", "clearly", "surely",
	"obviously", "suggests", "suggest", "suggested", "insists", "insist", "warns", "warn", "warned", "argues",
	"argued", "accused", "denied", "denies", "announced", "revealed", "confirmed", "admitted")

// joinedOn finds a sentence that opens by leaning on the one before:
// "But the wildcard entry …", "Despite that …", "Though he …".
var joinedOn = lazyre.New(`^(?:And|But|Or|So|Yet|Though|Although|Despite|While|Whilst|However|Meanwhile|Still|Also|Even|Then|Instead|Indeed)\b`)

// statedAsFact asks, once an article, about the first sentence in its
// opening two paragraphs that states an event plainly and credits it to
// no one — only where the article also has a claim it does not vouch
// for, which the other footing questions ask about.
func (g *generator) statedAsFact() {
	if !g.unvouched() {
		return
	}
	for i := range g.a.Sentences {
		if g.centrality(i) < 10 {
			break
		}
		if claim, ok := g.plainStatement(i); ok {
			if claim, ok = g.namedDefinites(claim, i); !ok {
				continue
			}
			expl := fmt.Sprintf("The article says it in its own words, credits it to no one and hedges nothing: %s", quoteText(g.a.Sentences[i].Text))
			var leave []footing
			if inPast(claim) {
				leave = []footing{forecastFooting} // beside a past event "a forecast" falls at a glance (r171, G)
			}
			q := footingQuestion(claim, statedFooting, leave, i, expl, 62)
			q.Reason = "a claim the article states as fact, beside ones it does not"
			g.add(q, facts.Fact{Kind: statedKind, Claim: claim})
			return
		}
	}
}

// unvouched reports whether a footing question about a claim the
// article does not vouch for is among the candidates.
func (g *generator) unvouched() bool {
	for _, q := range g.out {
		if strings.HasPrefix(q.Prompt, footingPrompt) && q.Answer != footingOptions[statedFooting] {
			return true
		}
	}
	return false
}

// plainStatement returns sentence i as a claim a question can restate,
// where the article states it plainly in its own voice: no speech,
// report, hedge or condition, nothing that leans on the sentences
// before, no trap flagged, and no one quoted earlier in its paragraph.
func (g *generator) plainStatement(i int) (string, bool) {
	text := strings.TrimSpace(g.withoutDateline(i))
	words := article.CountWords(text)
	if words < 8 || words > 30 || !strings.HasSuffix(text, ".") || strings.ContainsAny(text, "\"“”‘’?!:;()") ||
		!standsAlone(text) || notPlainFact.MatchString(text) || joinedOn.MatchString(text) {
		return "", false
	}
	claim := strings.TrimSuffix(text, ".")
	if !reportsEvent(claim) {
		return "", false
	}
	if unresolvedClaimStart.MatchString(claim) || pointsBack(claim) || leansOnContext(claim) || pronounBeforeName(claim) ||
		g.flagged(i) || g.spokenNear(i) {
		return "", false
	}
	return g.asClause(claim), true // "Currency markets have been …" reads on as "that currency markets …"
}

// reportsEvent reports whether a claim tells of something done, by
// someone named: "Iran's parliament voted …", "Nokia and Microsoft have
// agreed …". "England coach Andy Robinson faces the first major test of
// his tenure" is the writer setting the scene, and "the star of film and
// TV hits … has joined forces" names no one (round 68: V and W).
func reportsEvent(claim string) bool {
	m := actorClause.FindStringSubmatch(claim)
	if m == nil {
		return false
	}
	subject, verb := withoutTrailingAdverbs(m[1]), m[2]
	return actorSubject(subject) && !notActions[lastWord(verb)] && !notActions[strings.Fields(verb)[0]] &&
		!strings.HasPrefix(verb, "is ") && !strings.HasPrefix(verb, "are ")
}

// personalPronoun finds a pronoun for a person or a group.
var personalPronoun = lazyre.New(`\b(?:he|she|they|his|her|their|him|them)\b`)

// pronounBeforeName reports whether a pronoun comes before any name it
// could stand for: "an infection started in his lungs" — whose?
func pronounBeforeName(claim string) bool {
	loc := personalPronoun.FindStringIndex(claim)
	if loc == nil {
		return false
	}
	for j, w := range strings.Fields(claim[:loc[0]]) {
		if j > 0 && isCapitalisedWord(w) && !calendarWords[strings.ToLower(strings.Trim(w, ",."))] {
			return false
		}
	}
	return true
}

// flagged reports whether any trap is flagged on sentence i.
func (g *generator) flagged(i int) bool {
	return g.flaggedAs(i, func(facts.FlagKind) bool { return true })
}

// flaggedAs reports whether a trap of a kind keep accepts is flagged on
// sentence i.
func (g *generator) flaggedAs(i int, keep func(facts.FlagKind) bool) bool {
	if g.flagsAt == nil {
		// Indexed once: every candidate question asks (flaggedBonus), and
		// a long article has thousands of each.
		g.flagsAt = map[int][]facts.FlagKind{}
		for _, fl := range g.an.Flags {
			g.flagsAt[fl.Sentence] = append(g.flagsAt[fl.Sentence], fl.Kind)
		}
	}
	return slices.ContainsFunc(g.flagsAt[i], keep)
}

// spokenNear reports whether sentence i's paragraph credits speech or a
// report to someone up to and including i: a plain sentence after "Mr X
// said …" may go on with his account in the article's voice.
func (g *generator) spokenNear(i int) bool {
	block := g.a.Sentences[i].Block
	for j := i; j >= 0 && g.a.Sentences[j].Block == block; j-- {
		if g.creditIn(j, func(facts.Fact) bool { return true }) {
			return true
		}
	}
	return false
}
