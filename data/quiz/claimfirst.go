package quiz

// "In what way does the article say that …?" (footing.go) of a sentence that opens on
// a claim in the voice of fact and names whose claim it is only at its
// end: "Gordon Brown has failed to tackle the unfairness in the tax
// system, Charles Kennedy has said." A reader who skims takes the first
// half for the article's finding; the question asks them to read to the
// end. The answer is "a claim by someone it names"; the explanation
// names the source.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// claimFirstKind marks questions about a claim whose source comes last.
const claimFirstKind facts.Kind = "claim-first"

// claimFirst asks about statement or attribution f when its sentence
// opens on its claim, or (askSourceFirst) on its speaker and a verb of
// speech right before the claim.
func (g *generator) claimFirst(f facts.Fact) {
	if f.Kind != facts.Statement && f.Kind != facts.Attribution || f.Sentence < 0 || deniesClaim(f) {
		return // "…, Howard denied": no claim of his to report as fact or not
	}
	text := g.withoutDateline(f.Sentence)
	if unnamedCue(lowerFirstRune(text), g.wordSet(f.Sentence)) != "" {
		return // "an official …, who spoke on condition of anonymity, said": named by no one (held-out h2, K from both)
	}
	claim := strings.TrimSpace(f.Claim)
	if claim == "" || strings.ContainsAny(claim[:1], "\"“‘'") {
		return // a quotation
	}
	sourceFirst := !strings.HasPrefix(strings.ToLower(text), strings.ToLower(claim))
	if sourceFirst && !g.sourceBeforeClaim(f, text, claim) {
		return
	}
	if strings.ContainsAny(claim, "\"“”") {
		return // a phrase in quotation marks shows the words are someone's (ab93, G)
	}
	if f.Kind == facts.Statement && (!speakerIsCertain(f) || !g.clean(f)) ||
		f.Kind == facts.Attribution && !isCapitalisedWord(f.Subject) && !strings.HasPrefix(f.Subject, "the ") {
		return
	}
	if n := article.CountWords(claim); n < 6 || n > 30 || !standsAlone(upperFirst(claim)) || unresolvedClaimStart.MatchString(upperFirst(claim)) ||
		pointsBack(claim) || nestedReport.MatchString(claim) || strings.HasPrefix(strings.ToLower(claim), "if ") ||
		strings.Contains(claim, " but ") || // two claims in reported tenses: "all e-mails are …, but the thing was …"
		(leansOnContext(claim) || possessivePronoun.MatchString(claim)) && !opensOnName(claim) {
		return // "if Mr Blair did not want …" is a condition, not a claim of fact
	}
	if unnamedCredit.MatchString(f.Subject) {
		return // "according to British media reports" credits no one by name (ab94, K)
	}
	if g.restatedElsewhere(claim, f.Sentence) {
		return // told again elsewhere, perhaps in another way: two answers fit
	}
	source := creditedTo(f)
	if sourceFirst {
		g.askSourceFirst(f, claim, source)
		return
	}
	claim = g.asClause(claim) // "Broadcasters should …" reads on as "that broadcasters should …"
	expl := fmt.Sprintf("It is a claim by %s: the sentence names its source only at the end. The article says: %s", source, quoteText(g.a.Sentences[f.Sentence].Text))
	q := footingQuestion(curlQuotes(claim), creditedFooting, pastCredited(claim, source, g.a.Sentences[f.Sentence].Text), f.Sentence, expl, 78)
	q.Reason = "a claim whose source comes only at the end of the sentence"
	g.add(q, facts.Fact{Kind: claimFirstKind, Subject: source, Claim: claim})
}

// unnamedCredit finds a source that names no one: "British media
// reports", "sources", "reports".
var unnamedCredit = lazyre.New(`(?i)\b(?:reports?|sources?|media|officials|analysts|experts)$`)

// opensOnName reports whether a claim's subject is a name a pronoun
// after it can stand for: "Gordon Brown has failed … in his ninth
// Budget".
func opensOnName(claim string) bool {
	words := strings.Fields(claim)
	return len(words) > 1 && isCapitalisedWord(words[0]) && isCapitalisedWord(words[1]) &&
		!sentenceOpeners[strings.ToLower(words[0])] && looksLikePerson(words[0]+" "+words[1])
}

// sourceFirstKind marks questions about a claim whose source opens its
// sentence: "The LCC said Syrian government planes dropped …", "The
// Jordan Times reported that thousands of Jordanians gathered …". The prompt restates the claim alone, so the student has to
// find where the article got it: the skill of reading past a claim to
// its credit, without the skimmer's trap of claim-first.
const sourceFirstKind facts.Kind = "source-first"

// sourceFirstScore ranks the question below claim-first's (78), which
// asks the same of a claim a skimmer would take for the article's own.
const sourceFirstScore = 70

// sourceBeforeClaim reports whether sentence text credits f's claim to
// its speaker before the claim itself — "X said (that) claim" — with
// nothing between the two but the verb of speech and "that". The claim
// is found in the text as written, its first letter in either case: an
// index into the text in lower case is not one into the text where a
// letter lowers to more bytes ("İ"), and cut the words before the claim
// in the wrong place.
func (g *generator) sourceBeforeClaim(f facts.Fact, text, claim string) bool {
	at := strings.Index(text, claim)
	if at < 0 {
		at = strings.Index(text, upperFirst(claim))
	}
	if at < 0 {
		at = strings.Index(text, lowerFirstRune(claim))
	}
	if at <= 0 || f.Subject == "" {
		return false
	}
	before := text[:at]
	return strings.Contains(before, lastWord(f.Subject)) && reportVerbBefore.MatchString(before)
}

// reportVerbBefore ends the words before a claim that a speaker opens:
// "has admitted that ", "reported that ", "says ".
var reportVerbBefore = lazyre.New(`\b(?:said|says|say|told [\p{L} ]{1,40}?|admitted|admits|argued|argues|insisted|insists|believes|believed|claimed|claims|reported|reports|added|warned|stated|thinks|thought|explained)\s+(?:that\s+)?$`)

// forecastWord finds a claim about what may come: asked as a claim by
// someone, "a forecast" would be right as well (K).
var forecastWord = lazyre.NewWordList("will", "would", "could", "may", "might", "can", "should", "likely", "unlikely",
	"chance", "expect", "expects", "expected", "set to", "going to", "soon")

// askSourceFirst asks in what way the article says claim, credited to
// source at the opening of its sentence. A claim about what may come is
// a forecast as well, and a pronoun in it ("had made him deputy
// leader") stands for someone the prompt does not name.
func (g *generator) askSourceFirst(f facts.Fact, claim, source string) {
	if forecastWord.MatchString(claim) || personalPronoun.MatchString(claim) || leansOnContext(claim) || speakersOwnVerb.MatchString(claim) ||
		theCommonNoun.MatchString(claim) {
		return
	}
	claim = g.asClause(claim)
	expl := fmt.Sprintf("It is a claim by %s, which the article reports rather than states in its own words: %s", g.asWritten(source, f.Sentence), quoteText(g.a.Sentences[f.Sentence].Text))
	q := footingQuestion(curlQuotes(claim), creditedFooting, pastCredited(claim, source, g.a.Sentences[f.Sentence].Text), f.Sentence, expl, sourceFirstScore)
	q.Reason = "a claim the article credits to someone, not its own"
	g.add(q, facts.Fact{Kind: sourceFirstKind, Subject: source, Claim: claim})
}

// speakersOwnVerb finds a second verb joined on with no subject of its
// own — "the IAAF said the sprinters had failed … and ordered Segas to
// hold an inquiry" — whose subject is the speaker, not the claim's: cut
// there, the claim says the sprinters ordered it.
var speakersOwnVerb = lazyre.New(`\b(?:and|but) (?:also |then )?(?:ordered|asked|called|urged|added|told|warned|announced|promised|pledged|demanded)\b`)

// theCommonNoun finds a claim that opens on "the" and a common noun:
// after "X said", "the extra sleep", "the sprinters", "the idea" name
// what the sentences before introduced, which the prompt does not show.
// "the UK", "the IAAF" name themselves.
var theCommonNoun = lazyre.New(`^(?:the|The) \p{Ll}`)

// asWritten is a source's name as sentence i writes it, with its "the"
// where the sentence has one ("the IAAF", "the LCC"), or as withItsThe
// gives a newspaper's.
func (g *generator) asWritten(source string, i int) string {
	text := g.a.Sentences[i].Text
	if !strings.HasPrefix(strings.ToLower(source), "the ") &&
		(strings.Contains(text, "the "+source) || strings.HasPrefix(text, "The "+source)) {
		return "the " + source
	}
	return withItsThe(source)
}
