package quiz

// "Does the article report as fact that …?" A sentence whose main clause
// carries "reportedly", "allegedly" or "purportedly" tells the reader
// that someone else says so and the article does not vouch for it. The
// question repeats the claim without that one word: the student has to
// find the sentence and notice the word the prompt left out. Asked as
// "what should a careful reader notice?", the hedge word in the quoted
// sentence gave the answer away (reviewers, rounds 25–29).

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// asFactKind marks questions about a claim the article does not vouch for.
const asFactKind facts.Kind = "as-fact"

// hedgedMainClause finds a hedge word after a sentence's subject and
// before its verb: "Boko Haram is reportedly holding", "Wilson has
// reportedly claimed", "Shekau allegedly says". Group 1 is the subject
// and any auxiliary, 2 the hedge word, 3 the rest.
var hedgedMainClause = lazyre.New(`^([^,;:"“”]{0,90}?(?:\p{Lu}[\p{L}'’.-]*|\b(?:is|are|was|were|has|have|had)))\s+(reportedly|allegedly|purportedly)\s+(\p{Ll}.*)$`)

// subordinateBefore finds a clause opener before the hedge: then the
// hedge governs that clause, not the sentence ("a candidate for
// allegedly suggesting …", "lyrics that allegedly call …").
var subordinateBefore = lazyre.New(`(?i)\b(?:that|which|who|whom|whose|for|after|before|because|when|while|if|although|though|where|as|said|says|told|reported)\b`)

// clauseEnd ends the hedged clause: what follows ", and Western
// intelligence agencies …" or ", but …" is the article's own statement
// and stays out of the question. ", and struggled to grab the weapon"
// goes on with the same subject and stays in.
var clauseEnd = lazyre.New(`,\s+(?:and|but)\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its|it|he|she|they)\b)|,\s+(?:but|while|which|who|where|although)\b|;`)

// commonOpeners are capitalised only because they start the sentence.
var commonOpeners = wordSet(`the a an this these those some many most several two three four five six seven
	eight nine ten eleven twelve dozens hundreds thousands`)

// hedgeMeaning says, for each hedge word, what it tells the reader.
var hedgeMeaning = map[string]string{
	"reportedly":  "someone else reported it, and the article does not confirm it",
	"allegedly":   "it is an accusation someone makes, not something shown to be true",
	"purportedly": "it is what the source claims, not something checked",
}

// asFact asks whether the article reports sentence i's hedged claim as
// fact. The answer is always No; the explanation quotes the hedge word.
func (g *generator) asFact(i int) {
	s := g.a.Sentences[i]
	if !g.wordSet(i)["reportedly"] && !g.wordSet(i)["allegedly"] && !g.wordSet(i)["purportedly"] {
		return
	}
	words := len(strings.Fields(s.Text))
	if words < 6 || words > 40 || strings.HasSuffix(s.Text, "?") || !standsAlone(s.Text) {
		return
	}
	m := hedgedMainClause.FindStringSubmatch(g.withoutDateline(i))
	if m == nil || subordinateBefore.MatchString(m[1]) {
		return
	}
	rest := m[3]
	if loc := clauseEnd.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	claim := strings.TrimRight(strings.TrimSpace(dropOpener(m[1])+" "+rest), ".!")
	if strings.ContainsAny(claim, "\"“”") || len(strings.Fields(claim)) < 5 || unresolvedClaimStart.MatchString(claim) {
		return
	}
	if first, _, _ := strings.Cut(claim, " "); !g.nameElsewhere(first) && (commonOpeners[strings.ToLower(first)] ||
		strings.Contains(g.a.Source, " "+strings.ToLower(first)+" ")) {
		claim = lowerFirstRune(claim) // "Militant group Boko Haram …" reads on as "that militant group …"
	}
	prompt := fmt.Sprintf("Does the article report as fact that %s?", claim)
	expl := fmt.Sprintf("No. It says “%s”: %s. The article says: %s", m[2], hedgeMeaning[m[2]], quoteText(s.Text))
	q := yesNo(prompt, false, i, expl, 2, 82)
	q.Reason = "a claim the article does not vouch for"
	g.add(q, facts.Fact{Kind: asFactKind, Subject: m[2], Claim: claim})
}
