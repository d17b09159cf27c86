package quiz

// "Has Martin Oakes promised not to change the management team?": a
// firm or a person saying there are "no plans to" do something is the
// commonest non-promise in the news, and the one a hasty reader most
// often takes as a promise. Reviewers of every held-out set asked for
// it ("How much is a promise of 'no plans' to close shops worth?"). The
// answer is No, and the explanation says why: a plan can change.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// noPlansKind marks the question.
const noPlansKind facts.Kind = "no-plans"

// noPlans finds "no plans to <do something>": the words of what is not
// planned in group 1, up to the end of their clause.
var noPlans = lazyre.New(`\bno (?:immediate |current |present )?plans[”"]?(?: whatsoever| at all| at present)? to ((?:[\p{L}'-]+ ){0,9}?[\p{L}'-]+)(?:[,.;:”"]|$| (?:and|but|as|because|after|before|until|while|despite)\b)`)

// firmWord finds a firmer statement than a plan: a future told as
// certain, or a promise — in reported speech too: "said the brewery
// would stay open and there were no plans to move production" (held-out
// h28-01, K: that is as good as a promise).
var firmWord = lazyre.New(`(?i)\b(?:will|shall|won't|guarantee[sd]?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|(?:is|are) to|would\s+(?:stay|remain|continue|keep|not))\b`)

// noPlansAsked asks of sentence i whether its speaker promised not to do
// what they said there were no plans to do. Only where the sentence
// credits a speaker a student can name from the sentence — "the
// company", "he" would leave "who?" (held-out h7, h10: W) — and where
// what is not planned stands alone ("to stop accepting it": what?).
func (g *generator) noPlansAsked(i int) {
	text := g.a.Sentences[i].Text
	m := noPlans.FindStringSubmatch(text)
	if m == nil || firmWord.MatchString(text) {
		// "… had “no plans” to start charging for garden waste, which
		// will remain free": beside a firm "will", a student may fairly
		// read a promise (r129, K).
		return
	}
	act := strings.TrimSpace(m[1])
	if leansOnContext(act) || pointsBackTo(act) || groupPronoun.MatchString(act) {
		return
	}
	who := g.plannerOf(i)
	said, tail := "said only that there were", "saying there are none is not a promise"
	if who != "" && subjectPronoun.MatchString(act) {
		return // "… no plans to close her shop": whose, beside a speaker?
	}
	if who == "" && !g.creditIn(i, func(facts.Fact) bool { return true }) {
		// "Real Madrid midfielder David Beckham has no plans to become a
		// manager when his playing career is over": the article's own
		// account of someone's plans, where a "his" can stand only for
		// the person the sentence opens on.
		who, said, tail = namedPlanner(text), "has, as the article puts it,", "having none is not a promise"
		if subjectPronoun.MatchString(act) && (!looksLikePerson(who) || strings.IndexFunc(act, unicode.IsUpper) >= 0) {
			return
		}
	}
	if who == "" {
		return
	}
	prompt := fmt.Sprintf("Has %s promised not to %s?", who, curlQuotes(act))
	expl := fmt.Sprintf("No. %s %s no plans to %s — plans can change, and %s. The article says: %s",
		upperFirst(who), said, act, tail, quoteText(g.a.Sentences[i].Text))
	q := yesNo(prompt, false, i, expl, 2, 96)
	q.Reason = "telling a statement of plans from a promise"
	q.Source = string(noPlansKind)
	g.add(q, facts.Fact{Kind: noPlansKind, Sentence: i})
}

// plannerOf returns who sentence i credits with its words, named as a
// question names them, or "": a person or a body the sentence names by
// name, not by pronoun or by "the firm".
func (g *generator) plannerOf(i int) string {
	for _, k := range g.factsIn(i) {
		f := g.an.Facts[k]
		if f.Kind != facts.Statement || f.Subject == "" || !cleanActor(f.Subject) || !g.clean(f) {
			continue
		}
		if !strings.Contains(g.a.Sentences[i].Text, f.Subject) || !isCapitalisedWord(firstField(f.Subject)) || articles[firstField(f.Subject)] {
			return "" // "The company said …", "he said …": who, to a student reading the question alone?
		}
		// "Mr Sturdy said …" asks of Nigel Sturdy, as the article first
		// named him (withheld does the same); "The Treasury has said …"
		// of the Treasury, with its "the" (held-out h27-01, W).
		name := g.namedInFull(f.Subject)
		if !looksLikePerson(name) {
			name = g.asWritten(name, i)
		}
		return name
	}
	return ""
}

// plannerSubject finds a sentence that opens on who has no plans, named:
// "Real Madrid midfielder David Beckham has no plans to …", "Tesco has
// no immediate plans to …" — the name is the run of capitalised words
// right before "has" or "have".
var plannerSubject = lazyre.New(`^(?:[\p{L}'’.-]+\s+){0,4}?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:has|have|had)\s+no\s+(?:immediate\s+|current\s+|present\s+)?plans\b`)

// namedPlanner returns who sentence text says has no plans, where it
// opens on them by name, or "": "The firm has no plans" names no one.
func namedPlanner(text string) string {
	m := plannerSubject.FindStringSubmatch(text)
	if m == nil || articles[firstField(m[1])] || sentenceOpeners[strings.ToLower(firstField(m[1]))] {
		return ""
	}
	return m[1]
}
