package quiz

// "Whose view is this?" A news report that says "England clearly need
// more of a playmaker" gives the writer's own judgement in the voice of
// fact, with no one quoted for it; reviewers of the development set
// asked for this most on sports reports and profiles ("the reporter's
// own judgement presented as analysis … a teacher would want students
// to see that"). Asked where the article's own emphatic words ("clearly",
// "undoubtedly", "without doubt") carry a claim no one nearby is
// credited with, with the article's people as wrong options.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// writerViewKind marks questions about the writer's own judgement.
const writerViewKind facts.Kind = "writer-view"

// writersOwn is the answer.
const writersOwn = "The writer's own view: no one is quoted for it"

// writerView asks whose view a sentence the article flags as an
// emphatic, unsourced judgement gives: of the first such sentence by the
// rules' order, one a quiz.
func (g *generator) writerView() {
	for _, rule := range writerViewRules {
		for _, fl := range g.an.Flags {
			if fl.Kind == facts.UnsourcedClaim && fl.Rule == rule.name && fl.Sentence >= 0 &&
				(rule.words == nil || rule.words.MatchString(fl.About)) && g.askWriterView(fl, rule) {
				return // one a quiz: a second would be guessed
			}
		}
	}
}

// askWriterView asks "whose view is this?" of flag fl's sentence, and
// reports whether it did.
func (g *generator) askWriterView(fl facts.Flag, rule writerViewRule) bool {
	i := fl.Sentence
	s := g.a.Sentences[i]
	text := judgementClause(strings.TrimRight(g.withoutDateline(i), "."), fl.About)
	if n := article.CountWords(text); n < 6 || n > 45 || !standsAlone(text) || opensOnPronoun(text) ||
		referentElsewhere.MatchString(outsideQuotes(curlQuotes(text))) {
		return false // "While they undoubtedly happen …": what does?
	}
	if g.spoken(s.Text, i) || g.speakerNear(i) || g.sourcedNearby(i) || strings.HasPrefix(strings.ToLower(fl.About), "it ") {
		return false // someone is credited nearby, or "it became clear that" reports a finding
	}
	// A wrong option the article quotes, at least: among people it only
	// mentions ("Alicia Keys", a singer whose song was sampled), who
	// gave no view at all, the writer is the one believable answer (r108,
	// G from both reviewers). Beside one voice the article quotes, a
	// person it names elsewhere may make the third (r108: usable).
	choices := g.voiceOptions([]string{writersOwn}, s.Text)
	if len(choices) < 2 {
		return false
	}
	if choices = g.peopleOptions(choices, s.Text); len(choices) < 3 {
		return false
	}
	prompt := fmt.Sprintf("Whose view is this, according to the article: %s?", quoteText(text))
	q := Question{Kind: Choice, Prompt: prompt, Answer: writersOwn, Accepted: []string{writersOwn},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: i, Difficulty: 2, score: 84,
		Explanation: fmt.Sprintf("No one is quoted for it: the article says it in its own voice (“%s”). %s; a careful reader asks who made it and on what evidence.", fl.About, rule.lesson),
		Reason:      "a judgement the article gives as fact"}
	g.add(q, facts.Fact{Kind: writerViewKind, Subject: writersOwn, Claim: s.Text})
	return true
}

// voiceOptions adds to choices, up to three, the people the article
// quotes by a name the options can show, whether or not the quotation is
// theirs for certain ("“I want more of that,” he said" after Tait): as a
// wrong option a voice needs only to have spoken in the article, not to
// have said this.
func (g *generator) voiceOptions(choices []string, text string) []string {
	return addSpeakers(choices, g.allSpeakers(), text, 3, func(o facts.Fact) bool { return g.clean(o) && looksLikePerson(fullName(o)) })
}

// writerViewRule is a kind of judgement the article may give in its own
// voice: the words of its flag that make it one (nil: any), and what
// the explanation teaches about it.
type writerViewRule struct {
	name   string
	words  *lazyre.Regexp
	lesson string
}

// writerViewRules are the unsourced-claim rules asked "whose view is
// this?", in the order they are tried. The emphatic "clearly" first; then the writer's
// own forecast ("Robinson is likely to make changes", "West is unlikely
// to regret …" — spot82 asked "which parts are the writer's forecasts?",
// spot84 found an article whose unsourced judgements "cry out for a
// question") and the writer's own superlative ("the biggest shake-up in
// the history of the show"). "Is expected to" and "widely seen as" say
// someone holds the view, and are asked "who holds it?" (unheld).
var writerViewRules = []writerViewRule{
	{"clearly", nil, "A judgement given as fact is still a judgement"},
	{"superlative", lazyre.New(`(?i)\b(?:history|ever|of all time)$`), "A superlative given as fact is still a judgement"},
	{"is expected to", lazyre.New(`(?i)^(?:is|are|was|were) (?:un)?likely to$`), "A forecast in the article's own voice is still a guess"},
}

// referentElsewhere finds a pronoun whose referent a quoted sentence
// leaves behind: "they", "them", "it", "these", "those".
var referentElsewhere = lazyre.New(`(?i)\b(?:they|them|it|these|those)\b`)

// judgementClause returns the clause of sentence that holds the
// judgement's words: "His contribution improved in the second half, but
// England clearly need more of a playmaker" asks about the part after
// "but", which stands alone, not the part whose "his" leans on the
// sentence before.
func judgementClause(sentence, words string) string {
	for _, joint := range []string{", but ", "; "} {
		if before, after, ok := strings.Cut(sentence, joint); ok && strings.Contains(after, words) && !strings.Contains(before, words) {
			return upperFirst(after)
		}
	}
	return sentence
}
