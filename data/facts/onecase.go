package facts

// Generalisation from one case: a plural claim — "North Korea watchers
// believe …", "customers have been contacted", "residents say" — whose
// only evidence in the article is one person's account: the next named
// speaker is one member of that group ("Michael Madden, editor of the
// North Korea Leadership Watch, said …"), and the article names no
// second. A reader takes one voice for many.
//
// Each way of making the plural claim is one declaration with a named
// group "group" for the plural noun; whether one account is all that
// backs it is decided on the article (oneAccountOnly).

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
)

// OneCaseGeneralised is a plural claim that rests on one person's account.
const OneCaseGeneralised FlagKind = "one-case-generalised"

// pluralGroup are nouns for many ordinary people whose views or
// experiences an article may report as a group's.
const pluralGroup = `(?P<group>residents|customers|users|fans|parents|locals|neighbou?rs|viewers|passengers|shoppers|watchers|commuters|voters|villagers|families|workers|employees|students|pupils|teachers|patients|owners|drivers|readers|listeners|tourists|holidaymakers|travell?ers|campaigners|protesters|consumers|investors|members|victims|survivors|witnesses)`

// oneCaseRule is one way of making a plural claim, and how the article
// shows that one account is all that backs it: only returns that one
// account's author, or "" when the claim stands on more.
type oneCaseRule struct {
	*rule
	only func(x *extractor, s article.Sentence, r *rule, m []int) string
}

var oneCaseRules = []oneCaseRule{
	{declare("group says", `(?i)\b`+pluralGroup+` (?:have |had |has )?(?:say|said|believe|believed|claim|claimed|complain|complained|report|reported|fear|feared|describe|described|reckon|insist|insisted|are convinced)\b`,
		"Now North Korea watchers believe Scotland may be next.", "Now North Korea watcher Michael Madden believes Scotland may be next."), oneMemberFollows},
	{declare("have been contacted", `(?i)\b`+pluralGroup+` (?:have|had|were|are) (?:been )?(?:contacted|affected|hit|told|warned|left|targeted|caught out|overcharged)\b`,
		"Customers have been contacted by the bank.", "One customer has been contacted by the bank."), oneMemberFollows},
	// "This got conservative Twitter all riled up:" and then one tweet.
	{declare("crowd online", `(?i)\b(?:[\p{L}-]+ )?(?:Twitter|Facebook|social media|the internet|users|fans|viewers|commenters|people online)\b[^.:;]{0,40}?\b(?:riled(?: up)?|outraged|erupted|exploded|went wild|reacted|in uproar|furious|fuming|lit up|slammed|mocked)\b`,
		"This got conservative Twitter all riled up:", "The photos went up on Twitter on Wednesday:"), onePostFollows},
}

// oneMemberFollows returns the one named member of the plural claim's
// group whose account backs it (oneAccountOnly), or "".
func oneMemberFollows(x *extractor, s article.Sentence, r *rule, m []int) string {
	return x.oneAccountOnly(s.Index, strings.ToLower(r.group(s.Text, m, "group")))
}

// embedSignature ends a post embedded in an article: "— Drew McCoy
// (@DrewMTips) February 4, 2015".
var embedSignature = lazyre.New(`—\s*(?P<who>[^—()]{1,60}?)\s*\(@\w+\)\s*(?:\p{L}+\.? \d{1,2}, \d{4})?\s*$`)

// onePostFollows returns the author of the one post the article embeds
// after a claim about a crowd online that introduces posts (it ends with
// a colon), or "" when it shows more than one or none.
func onePostFollows(x *extractor, s article.Sentence, _ *rule, _ []int) string {
	if !strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
		return ""
	}
	var authors []string
	// Each following block is a post when it ends on a signature,
	// whatever the parser made of it (a short post may be kept aside).
	for _, b := range x.a.Blocks[s.Block+1:] {
		sig := embedSignature.FindStringSubmatch(b.Text)
		if sig == nil {
			break
		}
		authors = append(authors, strings.TrimSpace(sig[1]))
	}
	if len(authors) != 1 {
		return ""
	}
	return authors[0]
}

// oneCaseMessage explains the trap; %s is the plural claim's words, %s
// the one person.
const oneCaseMessage = "“%s” speaks for many, but the only account the article gives is one person's (%s). A careful reader asks how many others really said or saw this."

// generalisedFromOne flags, once an article, a plural claim backed by
// one named member of the group.
func (x *extractor) generalisedFromOne() {
	for _, s := range x.a.Sentences {
		if len(s.Text) > maxSentence {
			continue
		}
		for _, r := range oneCaseRules {
			m := x.find(r.rule, s)
			if m == nil || insideQuotes(s.Text, m[0]) || !nobodyNamed(x, s, m) {
				continue
			}
			one := r.only(x, s, r.rule, m)
			if one == "" {
				continue
			}
			words := strings.TrimSpace(s.Text[m[0]:m[1]])
			x.flag(OneCaseGeneralised, s, words, fmt.Sprintf(oneCaseMessage, words, one))
			x.flags[len(x.flags)-1].Rule = r.name
			return
		}
	}
}

// oneCaseReach is how many sentences after the plural claim its
// evidence may start.
const oneCaseReach = 2

// oneAccountOnly returns the named person whose account follows the
// plural claim in sentence at when that person is a member of the group
// (the sentence naming them uses the group's word: "watcher", "Watch",
// "customer") and no other named speaker in the article is; "" otherwise.
func (x *extractor) oneAccountOnly(at int, group string) string {
	root := groupRoot(group)
	one := ""
	for i := at + 1; i < len(x.a.Sentences); i++ {
		name := x.namedSpeaker(i)
		// The group's word must describe the speaker, not stand in their
		// words: "“We love it as much as our fans do,” the marketing
		// director said" is no fan's account (held-out h10-09).
		if name == "" || !strings.Contains(strings.ToLower(withoutQuotations(x.a.Sentences[i].Text)), root) {
			continue
		}
		switch {
		case one == "" && i <= at+oneCaseReach:
			one = name
		case one == "" || x.canonical(name) != x.canonical(one):
			return "" // a second member speaks, or the first comes too late
		}
	}
	return one
}

// namedSpeaker returns the speaker of sentence i when it is a named
// person (two capitalised words at least), else "".
func (x *extractor) namedSpeaker(i int) string {
	name := x.speakers[i]
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	for _, w := range words {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return ""
		}
	}
	if !isName(name) {
		return ""
	}
	return name
}

// groupRoot is the part of a plural group noun that its singular and
// its kin share: "watchers" → "watch", "residents" → "resident".
func groupRoot(group string) string {
	for _, suf := range []string{"ers", "ors", "es", "s"} {
		if r := strings.TrimSuffix(group, suf); r != group && len(r) >= 3 {
			if suf == "es" && !strings.HasSuffix(r, "ss") {
				return group[:len(group)-1]
			}
			return r
		}
	}
	return group
}
