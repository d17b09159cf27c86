package lazyre

import (
	"regexp"
	"sync"
	"unicode/utf8"
)

// Go's regexp tries a pattern with no literal prefix at every place of a
// text. Where the caller knows the few places a match can start (where a
// word of the pattern's first words stands), trying the pattern anchored
// at those places alone finds the same matches much faster:
// FindAllStringSubmatchIndexAt.

// anchoredForms are a pattern anchored at a text's start, and after the
// text's first rune (any rune), which the pattern's \b and \B then read
// as the rune before the place tried, as they would in the whole text.
type anchoredForms struct {
	once               sync.Once
	atStart, afterRune *regexp.Regexp
	// matchesEmpty reports whether the pattern matches an empty string.
	matchesEmpty bool
}

func (r *Regexp) anchored() *anchoredForms {
	c := r.compile()
	c.anchoredAt.once.Do(func() {
		c.anchoredAt.atStart = regexp.MustCompile(`^(?:` + r.src + `)`)
		c.anchoredAt.afterRune = regexp.MustCompile(`^(?s:.)(?:` + r.src + `)`)
		c.anchoredAt.matchesEmpty = c.re.MatchString("")
	})
	return &c.anchoredAt
}

// FindAllStringSubmatchIndexAt returns FindAllStringSubmatchIndex(s, -1),
// given starts: every place, in increasing order, where a match may
// start (more are only slower; one missing loses its match). The
// pattern is tried, anchored, at each start from the end of the last
// match on; the first that matches gives the leftmost match, which a
// search from there would find, with the same groups: the place's left
// context is read as in s. A pattern that matches an empty string is
// searched for as FindAllStringSubmatchIndex does, whose rules for empty
// matches this does not follow.
func (r *Regexp) FindAllStringSubmatchIndexAt(s string, starts []int) [][]int {
	forms := r.anchored()
	if forms.matchesEmpty {
		return r.FindAllStringSubmatchIndex(s, -1)
	}
	if len(starts) == 0 || !r.MayMatch(s) {
		return nil
	}
	var out [][]int
	from := 0
	for _, at := range starts {
		if at < from {
			continue
		}
		if m := forms.matchAt(s, at); m != nil {
			out = append(out, m)
			from = m[1]
		}
	}
	return out
}

// FindStringSubmatchIndexAt returns FindStringSubmatchIndex(s), given
// starts: every place, in increasing order, where a match may start, as
// for FindAllStringSubmatchIndexAt.
func (r *Regexp) FindStringSubmatchIndexAt(s string, starts []int) []int {
	forms := r.anchored()
	if forms.matchesEmpty {
		return r.FindStringSubmatchIndex(s)
	}
	if len(starts) == 0 || !r.MayMatch(s) {
		return nil
	}
	for _, at := range starts {
		if m := forms.matchAt(s, at); m != nil {
			return m
		}
	}
	return nil
}

// matchAt returns the pattern's match starting at byte at of s, with
// its groups, as positions in s, or nil.
func (f *anchoredForms) matchAt(s string, at int) []int {
	if at == 0 {
		return f.atStart.FindStringSubmatchIndex(s)
	}
	_, size := utf8.DecodeLastRuneInString(s[:at])
	before := at - size
	m := f.afterRune.FindStringSubmatchIndex(s[before:])
	if m == nil {
		return nil
	}
	shift(m, before)
	m[0] = at // not the rune before, which the anchored form took
	return m
}

// Words is a set of words of ASCII letters, as WordStarts finds them in
// any case: a word's folded form is true. Every shorter start of a word
// (its prefixes) is there too, false unless a word itself, so that
// startsOne stops reading a run of letters as soon as no word can start
// with it, where it looked up every longer run too.
type Words map[string]bool

// NewWords makes the set of words; it panics on a word with a character
// that is not an ASCII letter, which WordStarts would not find.
func NewWords(words ...string) Words {
	set := Words{}
	for _, w := range words {
		for _, r := range w {
			if foldRune(r) < 'A' || foldRune(r) > 'Z' {
				panic("lazyre.NewWords: not a word of ASCII letters: " + w)
			}
		}
		folded := fold([]rune(w))
		for n := 1; n < len(folded); n++ {
			if _, seen := set[folded[:n]]; !seen {
				set[folded[:n]] = false // a start only, until it is a word too
			}
		}
		set[folded] = true
	}
	return set
}

// WordStarts returns, in order, the places in s at a word boundary (\b,
// as Go's regexp reads it: between an ASCII letter, digit or _ and
// another character) where one of words starts, in any case (as (?i)
// folds it: "ſ" is an s), and, with digits, where an ASCII digit
// follows such a boundary: where a pattern that opens on \b and one of
// words, or on a number, may start.
func WordStarts(s string, words Words, digits bool) []int {
	var out []int
	prevWord := false // the rune before is an ASCII word character
	for i, r := range s {
		word := r < utf8.RuneSelf && isWordByte(byte(r))
		if word != prevWord && (digits && '0' <= r && r <= '9' || startsOne(s[i:], words)) {
			out = append(out, i)
		}
		prevWord = word
	}
	return out
}

// startsOne reports whether s starts with one of words, in any case.
func startsOne(s string, words Words) bool {
	var small [32]byte
	run := small[:0] // the letters s starts with that fold to ASCII ones, folded
	for _, r := range s {
		f := foldRune(r)
		if f < 'A' || f > 'Z' || len(run) == len(small) {
			break
		}
		run = append(run, byte(f))
		word, start := words[string(run)]
		if word {
			return true
		}
		if !start {
			break // no word starts with run, nor with anything longer
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
