package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// People and places as held-out set 23's answers named them: a country
// by its people's word, a person by a description before the name, and
// not by the body they work for (TestTheirBodyIsNotThePerson,
// TestHeldOutTwentyThreeForms).

// asksCountry finds a question about a country that is not "Where …?":
// "Which country's under-20 side did he play for?" — "the Tongan side"
// answers it as "Tonga" does (held-out set 23).
var asksCountry = lazyre.New(`(?i)\bwhich\s+(?:country|nation)\b|\b(?:country|nation)'s\b`)

// describedBody splits a description the article gives a person — "the
// automotive analyst at the mumbai brokerage meridian capital" — at the
// word that opens where they work.
var describedBody = lazyre.New(`(?i)^(?:the|a|an)\s+(.+?)\s+(?:at|of|from|with|for)\s+(.+)$`)

// onlyTheirBody reports whether an answer names only the body a person
// works for, through a description the key takes from the article:
// "Meridian Capital" for "Kabir Sethi", whom the article calls "an
// automotive analyst at the Mumbai brokerage Meridian Capital" (held-out
// set 23: an organisation is not the person). The description's own
// words ("the analyst at Meridian") still name the person.
func onlyTheirBody(q Question, norm string) bool {
	if len(q.Accepted) < 2 || !slices.ContainsFunc(q.Accepted[1:], func(a string) bool { return strings.Contains(a, " at ") || strings.Contains(a, " of ") }) ||
		!looksLikePerson(q.Accepted[0]) {
		return false // a person keyed by name, with a description of where they work beside it
	}
	words := contentWordList(norm)
	if len(words) == 0 {
		return false
	}
	for _, acc := range q.Accepted {
		if containsPhrase(norm, Normalize(acc)) {
			return false
		}
	}
	for _, acc := range q.Accepted[1:] {
		m := describedBody.FindStringSubmatch(Normalize(acc))
		if m == nil {
			continue
		}
		head, body := strings.Fields(m[1]), strings.Fields(m[2])
		if !slices.ContainsFunc(words, func(w string) bool { return slices.Contains(head, w) }) &&
			!slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(body, w) }) {
			return true
		}
	}
	return false
}

// describedThenNamed splits off a description a person's name follows:
// "the glaciologist Ingrid Solberg" is "Ingrid Solberg", where a key is
// a person whose name ends so. The name is the key's last two words or
// more, as the student wrote them.
func describedThenNamed(q Question, answer string) (string, bool) {
	fields := strings.Fields(answer)
	if len(fields) < 4 || len(fields) > 8 || !slices.Contains([]string{"the", "a", "an"}, strings.ToLower(fields[0])) {
		return "", false
	}
	if slices.Contains([]string{"of", "for", "to", "with", "from", "by", "and", "than"}, strings.ToLower(fields[len(fields)-3])) {
		return "", false // "the wife of Ingrid Solberg" is someone else
	}
	for _, acc := range q.Accepted {
		key := strings.Fields(acc)
		if len(key) < 2 || !looksLikePerson(acc) {
			continue
		}
		name := strings.Join(fields[len(fields)-2:], " ")
		if strings.EqualFold(name, strings.Join(key[len(key)-2:], " ")) {
			return name, true
		}
	}
	return "", false
}
