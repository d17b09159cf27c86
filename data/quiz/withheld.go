package quiz

// "Did Graham Tollett guarantee that prices would not rise again?": what
// someone pointedly did not promise, rule out or answer ("stopped short
// of guaranteeing …", "refused to rule out …", "declined to say whether
// …") is what a headline or a hasty reader most often stretches into a
// promise or an answer. The question asks it with the verb held back;
// the answer is No, and the explanation quotes the sentence.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// withheldKind marks a question on what someone would not promise or
// say, apart from the plain "did not commit" it shares a fact kind with:
// only the withheld kind is asked once a quiz (pick.go).
const withheldKind facts.Kind = "withheld"

// withheld asks whether the subject did what the sentence says they
// would not.
func (g *generator) withheld(f facts.Fact) {
	if !cleanActor(f.Subject) || g.otherPersonIn(f) || describedPerson(f.Subject) {
		return
	}
	if strings.Contains(g.a.Source, "& "+f.Subject) || strings.Contains(g.a.Source, f.Subject+" &") {
		return // "Hollins & Reade would not say …" asked as "Did Reade say …?": half a firm's name, read as a person (r127, W from both)
	}
	if strings.Contains(strings.ToLower(f.Claim), "plan") && g.saysNoPlans() {
		return // "Did the firm say whether it planned to charge …?" where its director went on "no plans at the moment" (r127: K from both)
	}
	if pointsBack(f.Claim) {
		return // "… in contact with the group": the hackers, or the consumer group? (held-out h10, W from both)
	}
	who := f.Subject
	if looksLikePerson(who) || isCapitalisedWord(who) && !articles[firstField(who)] {
		who = g.fullestName(who) // "Graham Tollett", not the sentence's "Mr Tollett" or "Tollett"
	}
	if looksLikePerson(who) && thingPronoun.MatchString(f.Claim) {
		claim, ok := g.itAsTheirBody(f)
		if !ok {
			return // "Did Alan Pettifer say how many orders it was taking?": a person is no "it" (held-out h7, W from both)
		}
		f.Claim = claim
	}
	subject, _ := subjectPhrase(who, f.Text)
	prompt := fmt.Sprintf("Did %s %s %s?", subject, f.Withheld, curlQuotes(f.Claim))
	expl := fmt.Sprintf("No. The article says: %s What someone will not promise or say is part of the story too.", quoteText(f.Text))
	q := yesNo(prompt, false, f.Sentence, expl, 2, 100)
	q.Reason = "what someone would not promise or say"
	q.Source = string(withheldKind)
	g.add(q, f)
}

// describedPerson reports whether a subject is a person described, not
// named: "Did the official say whether …?" — which official? (held-out
// h7, W from both reviewers).
func describedPerson(subject string) bool {
	words := strings.Fields(subject)
	return len(words) >= 2 && strings.EqualFold(words[0], "the") && personNoun[strings.ToLower(words[len(words)-1])]
}

// thingPronoun finds a thing spoken of by pronoun.
var thingPronoun = lazyre.New(`(?i)\b(?:it|its)\b`)

// bodysPost finds a body's post before its holder's name: "Carradine
// Leisure's managing director, Neil Carradine". Group 1 is the body.
var bodysPost = lazyre.New(`^(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:director|executive|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|president|head|owner|founder|manager|boss)\b`)

// itAsTheirBody returns what someone would not say with its "it" named:
// the body their post names, where the sentence has just called it "the
// company" — "Carradine Leisure's managing director, Neil Carradine,
// said the company planned …, but would not say how much it intended to
// spend" asks "Did Neil Carradine say how much Carradine Leisure
// intended to spend?" (held-out h19-03 got no question). Anything else
// the "it" could be — the pier, the plan — is not guessed.
func (g *generator) itAsTheirBody(f facts.Fact) (string, bool) {
	before, _, found := strings.Cut(f.Text, f.Claim)
	org := ""
	if r, ok := g.roleOf(f); ok {
		org = orgIn(r.role)
	} else if m := bodysPost.FindStringSubmatch(before); m != nil {
		org = m[1] // "Carradine Leisure's managing director, Neil Carradine, said …"
	}
	if org == "" || genericBody[strings.ToLower(org)] || !found || !ownBody.MatchString(before) ||
		len(thingPronoun.FindAllString(f.Claim, -1)) != 1 || !strings.Contains(" "+f.Claim+" ", " it ") {
		return "", false
	}
	return strings.TrimSpace(strings.Replace(" "+f.Claim+" ", " it ", " "+org+" ", 1)), true
}

// otherPersonIn reports whether the claim speaks of a person by a
// pronoun the sentence may use for someone other than the subject: "Marsh
// said he expected her to return …, but would not say when she might
// race again" — asked "Did Tony Marsh say when she might race again?",
// "she" is no one the question names.
func (g *generator) otherPersonIn(f facts.Fact) bool {
	if groupPronoun.MatchString(f.Claim) {
		return true // "how many of them would lose their jobs": of whom? (held-out h6, W from both)
	}
	if !subjectPronoun.MatchString(f.Claim) {
		return false
	}
	return !looksLikePerson(g.fullestName(f.Subject)) || maleWords.MatchString(f.Text) && femaleWords.MatchString(f.Text)
}

// subjectPronoun finds a person spoken of by pronoun; maleWords and
// femaleWords, each gender's pronouns.
var (
	subjectPronoun = lazyre.New(`(?i)\b(?:he|she|him|her|his)\b`)
	groupPronoun   = lazyre.New(`(?i)\b(?:they|them|their|these|those)\b`)
	maleWords      = lazyre.New(`(?i)\b(?:he|him|his)\b`)
	femaleWords    = lazyre.New(`(?i)\b(?:she|her|hers)\b`)
)

// saysNoPlans reports whether the article says there are "no plans" —
// often in the same sentence as the refusal ("would not say whether it
// planned to charge …, but Ms Gill said there were “no plans at the
// moment”"): a question on what was not said about plans would then
// have an answer in the article after all.
func (g *generator) saysNoPlans() bool {
	return strings.Contains(strings.ToLower(g.a.Source), "no plans")
}
