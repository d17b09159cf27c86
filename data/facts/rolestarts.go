package facts

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// rolesBeforeNames is roleBeforeName.FindAllStringSubmatchIndex(text, -1),
// found faster. Go's regexp tries the pattern, a long case-insensitive
// alternation, at every place of the sentence from the first post word
// on (a tenth of a long article's extraction); a match can only start
// where a word of roleWord starts, so the pattern is tried, anchored,
// at those places alone, in order — the leftmost match is the one the
// search from the sentence's start finds, as FindAll would, the next
// search starting where a match ends.
func rolesBeforeNames(text string) [][]int {
	if !roleBeforeName.MayMatch(text) {
		return nil
	}
	var out [][]int
	from := 0
	for _, at := range roleWordStarts(text) {
		if at < from {
			continue
		}
		if m := roleBeforeNameAt(text, at); m != nil {
			out = append(out, m)
			from = m[1]
		}
	}
	return out
}

var (
	// roleBeforeNameAtStart and roleBeforeNameAfterRune are
	// roleBeforeName anchored: at a text's start, and after the text's
	// first rune, which the pattern's \b reads as the rune before.
	roleBeforeNameAtStart   = lazyre.New(`^(?:` + roleBeforeNameSrc + `)`)
	roleBeforeNameAfterRune = lazyre.New(`^(?s:.)(?:` + roleBeforeNameSrc + `)`)
)

// roleBeforeNameAt returns roleBeforeName's match that starts at byte at
// of text, with its groups, as positions in text, or nil.
func roleBeforeNameAt(text string, at int) []int {
	if at == 0 {
		return roleBeforeNameAtStart.FindStringSubmatchIndex(text)
	}
	_, size := utf8.DecodeLastRuneInString(text[:at])
	before := at - size
	m := roleBeforeNameAfterRune.FindStringSubmatchIndex(text[before:])
	if m == nil {
		return nil
	}
	for i, v := range m {
		if v >= 0 {
			m[i] = v + before
		}
	}
	m[0] = at // not the rune before, which the anchored pattern took
	return m
}

// roleWordStarts returns where, in order, a match of roleBeforeName may
// start: at a word boundary (\b, as Go's regexp reads it: between an
// ASCII letter, digit or _ and another character) where a run of
// letters starts that is, in any case, a word of roleWord. roleWord is
// made of such words, each followed by a space or a hyphen, so every
// match opens on one.
func roleWordStarts(text string) []int {
	var out []int
	prevWord := false // the rune before is an ASCII word character
	for i, r := range text {
		word := r < utf8.RuneSelf && isWordByte(byte(r))
		if word != prevWord && unicode.IsLetter(r) && roleWords()[FoldKey(letterRun(text[i:]))] {
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
// asked.
var roleWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(roleWord, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		words[FoldKey(w)] = true
	}
	return words
})
