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
		if namesAPlace(acc) {
			continue // a title opens a person's name: not "Queen Street" for "King Street" (held-out set 26)
		}
		keyWords := strings.Fields(Normalize(acc))
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(keyWords, w) }) {
			return rest, true
		}
	}
	return "", false
}

// namesAPlace reports whether a key ends on a word that names a street,
// building or site — "King Street", "Queen's Park", "Prince Albert
// Bridge" — whose title word is no person's: an answer's "Queen" is no
// title to drop before "Street" (held-out set 26).
func namesAPlace(key string) bool {
	words := strings.Fields(key)
	return len(words) >= 2 && siteWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))]
}

// siteWords end the names of streets, buildings and sites.
var siteWords = wordSet(`street st road rd avenue ave lane square bridge station airport stadium hall hospital park
	gardens place terrace crescent drive way close court building tower house palace theatre theater museum school
	college university church cathedral mosque temple bay beach island mountain hill river lake`)
