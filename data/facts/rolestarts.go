package facts

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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
	return roleBeforeName.FindAllStringSubmatchIndexAt(text, wordStarts(text, roleWords()))
}

// rolesAfterDeterminers is roleCommaName.FindAllStringSubmatch(text, -1).
func rolesAfterDeterminers(text string) [][]string {
	if !roleCommaName.MayMatch(text) {
		return nil
	}
	starts := wordStarts(text, determiners)
	if len(starts) == 0 || starts[0] != 0 {
		starts = append([]int{0}, starts...) // the pattern's ^
	}
	var out [][]string
	for _, m := range roleCommaName.FindAllStringSubmatchIndexAt(text, starts) {
		out = append(out, submatches(text, m))
	}
	return out
}

// determiners are roleCommaName's words before a post, by FoldKey.
var determiners = map[string]bool{"THE": true, "ITS": true, "THEIR": true, "HIS": true, "HER": true}

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

// wordStarts returns, in order, the places in text at a word boundary
// (\b, as Go's regexp reads it: between an ASCII letter, digit or _ and
// another character) where a run of letters starts that is, by FoldKey,
// one of words: where a pattern opening on \b and one of words, followed
// by a character that is not a letter, may start.
func wordStarts(text string, words map[string]bool) []int {
	var out []int
	prevWord := false // the rune before is an ASCII word character
	for i, r := range text {
		word := r < utf8.RuneSelf && isWordByte(byte(r))
		if word != prevWord && unicode.IsLetter(r) && words[FoldKey(letterRun(text[i:]))] {
			out = append(out, i)
		}
		prevWord = word
	}
	return out
}

// letterRun returns the letters text starts with.
func letterRun(text string) string {
	for i, r := range text {
		if !unicode.IsLetter(r) {
			return text[:i]
		}
	}
	return text
}

func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// roleWords returns, by FoldKey, every run of letters in roleWord's
// pattern: read from the pattern itself, so that it keeps up with it
// ("i" of "(?i:" comes too, which only costs a try), once, when first
// asked. roleWord is made of such words, each followed by a space or a
// hyphen, so every match of roleBeforeName opens on one.
var roleWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(roleWord, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		words[FoldKey(w)] = true
	}
	return words
})
