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
	r.anchoredAt.once.Do(func() {
		r.anchoredAt.atStart = regexp.MustCompile(`^(?:` + r.src + `)`)
		r.anchoredAt.afterRune = regexp.MustCompile(`^(?s:.)(?:` + r.src + `)`)
		r.anchoredAt.matchesEmpty = r.Re().MatchString("")
	})
	return &r.anchoredAt
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
