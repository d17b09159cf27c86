package quiz

import (
	"slices"
	"strings"
)

// Titled names in lower case, as held-out set 21 wrote them
// (docs/quality.md): "mr echeverria" for "Matías Echeverría Soto", "ms
// okafor-macleod" for "Patricia Okafor-MacLeod", "judge miriam odhiambo"
// for "Justice Miriam Wanjiru Odhiambo", "mr alvarado muñoz" for "Jorge
// Alvarado Muñoz" were partly right, the title read as a word of the
// name: set 17's withoutLeadingTitle takes a title off only before a
// capital ("chief of staff" is no name). A lower-case title before words
// that are all words of a key is a title before that name, and the name
// decides (TestHeldOutTwentyOneTitledNames).

// withoutLowerCaseTitle returns an answer without the title it opens
// with, where every word after the title is a word of a key; ok is false
// otherwise.
func withoutLowerCaseTitle(q Question, answer string) (string, bool) {
	rest, ok := afterTitle(answer)
	words := strings.Fields(Normalize(rest))
	if !ok || len(words) == 0 {
		return "", false
	}
	for _, acc := range q.Accepted {
		keyWords := strings.Fields(Normalize(acc))
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(keyWords, w) }) {
			return rest, true
		}
	}
	return "", false
}
