package quiz

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/lexicon"
)

// A yes or no whose reason names one of a closed set of things — a medal,
// a weekday, a month, a year — that the article does not name, where it
// names another of the same set: "No, bronze" to "Did she win gold?"
// where the article says silver, "Yes, in 2004" where it says 2000. The
// set makes the slip certain: a student who read "silver" could not
// write "bronze" and be right (the real window's probes, 2026-12-04).

// closedSets are the sets, each in lower case, one word a member. A
// medal is judged only where the question names one: a title won is a
// gold, which an article may never say ("yes, he won gold" to "Did he
// win the 200m title?").
var closedSets = []closedSet{
	{members: wordSet("gold silver bronze"), onlyAsked: true},
	{members: lexicon.Set(lexicon.English.Weekdays)},
	{members: lexicon.Set(lexicon.English.Months)},
}

// closedSet is one set of things of which one rules out the others.
type closedSet struct {
	members map[string]bool // in lower case
	// onlyAsked: judged only where the question or key names a member.
	onlyAsked bool
}

// unsaidSetMember reports whether a yes or no answer's reason names a
// member of a closed set (or a year) that neither the article's
// sentences, the question nor the key name, where they name another
// member of that set.
func unsaidSetMember(q Question, norm string, said []string) bool {
	reason := yesNoReason(norm)
	if reason == "" {
		return false
	}
	text, asked := map[string]bool{}, map[string]bool{}
	for i, s := range append(append([]string{q.Prompt}, q.Accepted...), said...) {
		for _, w := range strings.Fields(Normalize(s)) {
			text[w] = true
			if i <= len(q.Accepted) {
				asked[w] = true
			}
		}
	}
	for _, w := range strings.Fields(reason) {
		if text[w] {
			continue
		}
		if isYear(w) && someWord(text, isYear) {
			return true
		}
		for _, set := range closedSets {
			member := func(t string) bool { return set.members[t] }
			if member(w) && someWord(text, member) && (!set.onlyAsked || someWord(asked, member)) {
				return true
			}
		}
	}
	return false
}

// isYear reports whether w is a year of modern news: four figures from
// 1800 to 2199.
func isYear(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && n >= 1800 && n < 2200
}

// someWord reports whether one of words passes f.
func someWord(words map[string]bool, f func(string) bool) bool {
	for w := range words {
		if f(w) {
			return true
		}
	}
	return false
}

// contrastingModifier reports whether a yes or no's reason puts a word
// before a noun where the article puts its contrasting word before that
// noun, and never the reason's: "Yes, a national state of emergency"
// where the mayor declared a local one (held-out set 24).
func contrastingModifier(q Question, norm string, said []string) bool {
	reason := strings.Fields(yesNoReason(norm))
	if len(reason) < 2 {
		return false
	}
	var text []string
	for _, s := range append([]string{q.Prompt}, said...) {
		text = append(text, " "+Normalize(s)+" ")
	}
	holds := func(phrase string) bool {
		return slices.ContainsFunc(text, func(t string) bool { return strings.Contains(t, " "+phrase+" ") })
	}
	for i, w := range reason[:len(reason)-1] {
		noun := reason[i+1]
		if len(contentWordList(noun)) != 1 || numberAt(reason, i+1) {
			continue // "the first in 121 years": no noun after it
		}
		for _, pair := range lexicon.English.ContrastingModifiers {
			for side := range 2 {
				if !slices.Contains(pair[side], w) || holds(w+" "+noun) {
					continue
				}
				if slices.ContainsFunc(pair[1-side], func(o string) bool { return holds(o + " " + noun) }) {
					return true
				}
			}
		}
	}
	return false
}
