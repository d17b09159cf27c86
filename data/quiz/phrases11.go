package quiz

import (
	"slices"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Phrases as held-out set 11 wrote them (docs/quality.md, 2026-12-02): a
// list answered item by item in other forms, a list with an item too
// many, part of a name in another order (TestHeldOutElevenPhrases); what
// was won without the event's number (TestHeldOutElevenEventNumbers);
// what a person does for the word for them
// (TestHeldOutElevenDoersAndDeeds); and a word for the other side of a
// deal taken for a slip, "employers" for "employees"
// (TestOtherPartyAndPossessiveInitials).

// listSplit cuts a list at its commas, semicolons, "and" and "&".
var listSplit = lazyre.New(`(?i)\s*(?:[,;&]|\band\b)\s*`)

// listItems returns the items a text lists ("England, Wales and Northern
// Ireland" → three), or nil for a text that lists nothing.
func listItems(s string) []string {
	if !mayList(s) {
		return nil // most keys and answers list nothing: skip the pattern
	}
	var items []string
	for _, it := range listSplit.Re().Split(s, -1) {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// listAnswer judges an answer that lists as many things as a key that is
// a list, item by item and in any order, each item by the checker's own
// rules: "Mr Howard and Mr Kennedy" for "Michael Howard and Charles
// Kennedy", "London and Los Angeles" for "London and LA". An answer that
// names every item and another name besides ("England, Wales, Scotland
// and Northern Ireland" for three of them) is wrong: the other is not
// one of them. ok is false when the answer or no key is a list.
func listAnswer(q Question, answer string) (v Verdict, ok bool) {
	if !slices.ContainsFunc(q.Accepted, mayList) || !mayList(answer) {
		return "", false // most keys list nothing: skip splitting the answer
	}
	typed := listItems(answer)
	if typed == nil {
		return "", false
	}
	for _, acc := range q.Accepted {
		items := listItems(acc)
		if len(items) < 2 || len(typed) < len(items) {
			continue
		}
		unmatched := itemsUnmatched(q, items, typed)
		switch {
		case len(unmatched) == 0:
			return Correct, true
		case len(typed) > len(items) && len(unmatched) == len(typed)-len(items) && slices.ContainsFunc(unmatched, startsWithCapital):
			return Incorrect, true
		}
	}
	return "", false
}

// itemsUnmatched pairs each key item with an answer item the checker
// accepts for it, and returns the answer items left over; every typed
// item is returned when a key item finds none.
func itemsUnmatched(q Question, items, typed []string) []string {
	used := make([]bool, len(typed))
	for _, item := range items {
		one := q
		one.Answer, one.Accepted = item, withAliases([]string{item})
		found := false
		for i, t := range typed {
			if used[i] {
				continue
			}
			if v, _ := checkPhrase(one, t); v == Correct {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return typed
		}
	}
	var left []string
	for i, t := range typed {
		if !used[i] {
			left = append(left, t)
		}
	}
	return left
}

// mayList is listItems' cheap look: a comma, a semicolon, "&" or "and".
func mayList(s string) bool {
	return strings.ContainsAny(s, ",;&") || strings.Contains(s, " and ") || strings.Contains(s, " And ") || strings.Contains(s, " AND ")
}

func startsWithCapital(s string) bool {
	r := []rune(strings.TrimSpace(s))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// reorderedName reports whether an answer gives a name's words in
// another order than the key, a name whose words all open with a capital
// but the small ones ("International Association of Athletics
// Federations"): "International Athletics Association" is another body.
// key is the key's content words, in order.
func reorderedName(acc string, key, ws []string) bool {
	if len(ws) < 2 || strings.Count(acc, " ") < 2 || !startsWithCapital(acc) {
		return false // one word has no order; a key of fewer than three words is no such name
	}
	for w := range strings.FieldsSeq(acc) {
		if !initialsSkip[strings.ToLower(w)] && !startsWithCapital(w) {
			return false
		}
	}
	last := -1
	for _, w := range ws {
		i := slices.IndexFunc(key, func(k string) bool { return sameWord(w, k) })
		if i < 0 {
			continue
		}
		if i < last {
			return true
		}
		last = i
	}
	return false
}

// partyEndings make words for the two sides of a deal from one stem:
// the employer and the employee, the trainer and the trainee.
var partyEndings = []string{"er", "ers", "ee", "ees", "or", "ors"}

// otherPartyWord reports whether two words are one stem with the ending
// of each side ("employers", "employees"): one slip apart, but the other
// side, not a typing error.
func otherPartyWord(a, b string) bool {
	for _, ea := range partyEndings {
		stem, ok := strings.CutSuffix(a, ea)
		if !ok || stem == "" {
			continue
		}
		for _, eb := range partyEndings {
			// One side ends "-ee": "-er" and "-or" are one side spelt two
			// ways, or a slip in a name ("okafer" for Okafor: held-out set 12).
			if eb != ea && strings.TrimSuffix(eb, "s") != strings.TrimSuffix(ea, "s") && b == stem+eb &&
				(strings.HasPrefix(ea, "ee") || strings.HasPrefix(eb, "ee")) {
				return true
			}
		}
	}
	return false
}

// eventPrepositions open where or when a key's thing was won or done:
// "silver in the women's 100m", "gold at the 2004 Games".
var eventPrepositions = wordSet("in at")

// headBeforeEvent gives a key's words before "in" or "at" when every
// number the key has comes after it and the answer has no number and
// none of the words after it: "silver" and "a silver medal" answer "What
// medal did she win?" keyed "silver in the women's 100m". ok is false
// otherwise: "bronze" still shares nothing, and "silver in the 200m" has
// a number of its own to compare.
func headBeforeEvent(keyNorm string, ws []string, keyNums []float64, answer string) ([]string, bool) {
	if len(keyNums) == 0 || hasDigit(answer) || !strings.Contains(keyNorm, " in ") && !strings.Contains(keyNorm, " at ") || len(numbersOf(answer)) > 0 {
		return nil, false
	}
	words := strings.Fields(keyNorm)
	p := slices.IndexFunc(words, func(w string) bool { return eventPrepositions[w] })
	if p <= 0 {
		return nil, false
	}
	head := contentWordList(strings.Join(words[:p], " "))
	if len(head) == 0 || len(numbersOf(strings.Join(words[:p], " "))) > 0 {
		return nil, false
	}
	for _, w := range ws {
		if slices.ContainsFunc(words[p+1:], func(t string) bool { return sameWord(w, t) }) {
			return nil, false
		}
	}
	return head, true
}

// doerEndings make a word for who does a thing; deedEndings the verb's
// own forms: the editor edits, the manager manages.
var (
	doerEndings = []string{"or", "er"}
	deedEndings = []string{"s", "es", "ed", "ing"}
)

// doerAndDeed reports whether a typed word says what a key's word for
// one person does, on a common stem of four letters or more: "edits" for
// "editor" ("he edits the paper" for "editor of the paper"). Only a
// key's doer in the singular: "protests" are not the protesters.
func doerAndDeed(typed, key string) bool {
	for _, d := range doerEndings {
		stem, ok := strings.CutSuffix(key, d)
		if ok && len(stem) >= 4 && strings.HasPrefix(typed, stem) && slices.Contains(deedEndings, typed[len(stem):]) {
			return true
		}
	}
	return false
}
