package quiz

// "Does Maurice Lindsay expect a quick solution …?" A named speaker's
// claim in the opening paragraph that something is not so, asked the
// other way round: the student must read the "not", and see whose word
// it is. Answered No; one a quiz, since a run of No answers is guessed.
// Where the claim is about the speaker ("he does not expect …"), the
// question names them instead: "Does Maurice Lindsay expect …?".

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// negatedKind marks questions about what a speaker says is not so.
const negatedKind facts.Kind = "negated"

// negatedClaim splits "money was not a motivating factor for the club"
// into subject, auxiliary and the rest, for "n't" too ("couldn't").
var negatedClaim = lazyre.New(`^([^,;:"“”]{2,60}?)\s+(is|was|are|were|has|have|had|will|would|could|can|does|did|do)(?:\s+not|n['’]t)\s+(?:yet\s+)?(\p{Ll}[^;:]*)$`)

// wontForms are the negatives whose auxiliary is not their stem.
var wontForms = lazyre.New(`^([^,;:"“”]{2,60}?)\s+(won['’]t|can['’]t|cannot)\s+(\p{Ll}[^;:]*)$`)

// speakerPronoun opens a claim about the speaker themself.
var speakerPronoun = wordSet("he she")

// negated asks the other way round what statement f says is not so.
func (g *generator) negated(f facts.Fact) {
	if f.Kind != facts.Statement && f.Kind != facts.Attribution || f.Sentence < 0 || g.centrality(f.Sentence) < 20 {
		return // a flipped remark further down is trivia (round 54: 0 of 3 usable)
	}
	if hedgeWord.MatchString(f.Text) || deniesClaim(f) {
		return // "Shekau allegedly says he does not know …": not his word for certain; "denied it was not …" says it was
	}
	claim := strings.TrimSpace(f.Claim)
	if claim == "" || strings.ContainsAny(claim[:1], "\"“‘'") || strings.HasPrefix(strings.ToLower(claim), "if ") {
		return
	}
	if f.Kind == facts.Statement && !g.namedForCertain(f) ||
		f.Kind == facts.Attribution && !isCapitalisedWord(f.Subject) {
		return
	}
	subject, aux, rest, ok := splitNegated(claim)
	if !ok {
		return
	}
	rest, _, _ = strings.Cut(strings.TrimRight(rest, "."), ", ") // "…, and contradicted …" is another claim
	if n := len(strings.Fields(rest)); n < 2 || n > 20 || pointsBack(rest) || nestedReport.MatchString(rest) {
		return
	}
	source := creditedTo(f)
	var prompt string
	switch {
	case speakerPronoun[strings.ToLower(subject)] && looksLikePerson(source):
		// "he does not expect …": the speaker's own view of themself.
		if leansOnContext(rest) {
			return
		}
		prompt = fmt.Sprintf("%s %s %s?", upperFirst(aux), source, rest)
	case unresolvedClaimStart.MatchString(upperFirst(subject)) || leansOnContext(subject+" "+rest) || possessivePronoun.MatchString(rest):
		return // "it was not yet a done deal": what was?
	default:
		if first, _, _ := strings.Cut(subject, " "); !g.nameElsewhere(first) {
			subject = lowerFirstRune(subject)
		}
		prompt = fmt.Sprintf("According to %s, %s %s %s?", source, aux, subject, rest)
	}
	expl := fmt.Sprintf("No. %s says the opposite: %s", source, quoteText(g.a.Sentences[f.Sentence].Text))
	q := yesNo(prompt, false, f.Sentence, expl, 2, 76)
	q.Reason = "what a source says is not so"
	g.add(q, facts.Fact{Kind: negatedKind, Subject: source, Claim: claim})
}

// splitNegated reads a negative claim as its subject, the auxiliary a
// question opens on, and the rest: "couldn't confirm" → "could",
// "confirm"; "won't" → "will".
func splitNegated(claim string) (subject, aux, rest string, ok bool) {
	if m := negatedClaim.FindStringSubmatch(claim); m != nil {
		return m[1], m[2], m[3], true
	}
	if m := wontForms.FindStringSubmatch(claim); m != nil {
		aux := map[string]string{"won't": "will", "won’t": "will", "can't": "can", "can’t": "can", "cannot": "can"}[m[2]]
		return m[1], aux, m[3], true
	}
	return "", "", "", false
}
