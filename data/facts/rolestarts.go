package facts

import (
	"strings"
	"sync"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// The role patterns open on a post ("chief executive …") or on "The",
// "Its" … before one, and Go's regexp tries such a long case-insensitive
// alternation at every place of a sentence from the first post word on:
// a tenth of a long article's extraction. A match can only start where
// one of the pattern's first words starts, so each is tried, anchored,
// at those places alone (lazyre's FindAllStringSubmatchIndexAt): the
// same matches, 6–8 times faster on the sentences with a post
// (TestFromStartsIsFind).

// rolesBeforeNames is roleBeforeName.FindAllStringSubmatchIndex(text, -1).
func rolesBeforeNames(text string) [][]int {
	if !roleBeforeName.MayMatch(text) {
		return nil
	}
	return roleBeforeName.FindAllStringSubmatchIndexAt(text, lazyre.WordStarts(text, roleWords(), false))
}

// rolesAfterDeterminers is roleCommaName.FindAllStringSubmatch(text, -1).
func rolesAfterDeterminers(text string) [][]string {
	if !roleCommaName.MayMatch(text) {
		return nil
	}
	starts := lazyre.WordStarts(text, determiners, false)
	if len(starts) == 0 || starts[0] != 0 {
		starts = append([]int{0}, starts...) // the pattern's ^
	}
	var out [][]string
	for _, m := range roleCommaName.FindAllStringSubmatchIndexAt(text, starts) {
		out = append(out, submatches(text, m))
	}
	return out
}

// determiners are roleCommaName's words before a post.
var determiners = lazyre.NewWords("the", "its", "their", "his", "her")

// submatches is the text of each group of match m, "" for a group that
// took no part, as FindStringSubmatch gives them.
func submatches(text string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = text[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// roleWords returns every run of letters in roleWord's
// pattern: read from the pattern itself, so that it keeps up with it
// ("i" of "(?i:" comes too, which only costs a try), once, when first
// asked. roleWord is made of such words, each followed by a space or a
// hyphen, so every match of roleBeforeName opens on one.
var roleWords = sync.OnceValue(func() lazyre.Words {
	return lazyre.NewWords(strings.FieldsFunc(roleWord, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') })...)
})
