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
// opens on its claim.
func (g *generator) claimFirst(f facts.Fact) {
	if f.Kind != facts.Statement && f.Kind != facts.Attribution || f.Sentence < 0 || deniesClaim(f) {
		return // "…, Howard denied": no claim of his to report as fact or not
	}
	text := g.withoutDateline(f.Sentence)
	claim := strings.TrimSpace(f.Claim)
	if claim == "" || strings.ContainsAny(claim[:1], "\"“‘'") || !strings.HasPrefix(strings.ToLower(text), strings.ToLower(claim)) {
		return // the source comes first, or the claim is a quotation
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
	source := creditedTo(f)
	if first, _, _ := strings.Cut(claim, " "); commonOpeners[strings.ToLower(first)] ||
		strings.Contains(g.a.Source, " "+strings.ToLower(first)+" ") && !g.nameElsewhere(first) {
		claim = lowerFirstRune(claim) // "Broadcasters should …" reads on as "that broadcasters should …"
	}
	expl := fmt.Sprintf("It is a claim by %s: the sentence names its source only at the end. The article says: %s", source, quoteText(g.a.Sentences[f.Sentence].Text))
	q := footingQuestion(curlQuotes(claim), creditedFooting, nil, f.Sentence, expl, 78)
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
