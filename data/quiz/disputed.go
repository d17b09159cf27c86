package quiz

// "Does anyone in the article deny that …?" The opening states a claim
// as fact and, far down, someone the article quotes denies it: a reader
// who stops after the opening never learns the claim is disputed. The
// answer is Yes — a counterweight to the many questions whose answer is
// No — and the explanation quotes the denial.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/facts"
)

// disputedKind marks questions about a claim someone in the article denies.
const disputedKind facts.Kind = "disputed"

// disputed asks whether anyone denies the claim a Denial flag's words
// name ("denied that al-Baghdadi's wife had been arrested").
func (g *generator) disputed(fl facts.Flag) {
	if fl.Kind != facts.Denial || fl.Sentence < 0 {
		return
	}
	_, claim, ok := strings.Cut(fl.About, "denied that ")
	claim = strings.TrimRight(strings.TrimSpace(claim), ".")
	if !ok || len(strings.Fields(claim)) < 4 || unresolvedClaimStart.MatchString(upperFirst(claim)) ||
		leansOnContext(claim) || pointsBack(claim) {
		return // only where the flag's words say what is denied, and say it whole
	}
	prompt := fmt.Sprintf("Does anyone in the article deny that %s?", curlQuotes(claim))
	expl := fmt.Sprintf("Yes. %s The article says: %s", fl.Message, quoteText(g.a.Sentences[fl.Sentence].Text))
	q := yesNo(prompt, true, fl.Sentence, expl, 2, 86)
	q.Reason = "a claim the article's opening states and someone denies"
	g.add(q, facts.Fact{Kind: disputedKind, Claim: claim})
}
