// Package lazyre holds regular expressions that compile on first use.
//
// Lede's rules are about 130 patterns. Compiled with regexp.MustCompile
// at package start they cost every run about 30 ms before main — every
// `lede help`, and every window before its first frame — whether or not
// the run reads an article. A pattern here compiles the first time it is
// used, once, safely from any goroutine. CheckAll compiles every pattern
// declared so far, so a test still catches a bad one at once.
//
// Each pattern also derives, when it compiles, the strings one of which
// every match holds, and skips a text that lacks them all (prefilter.go):
// Lede runs most patterns on every sentence, most sentences lack their
// words, and Go's regexp is slow to find that out. A pattern with no ^
// also starts its search near the first of those strings, not at the
// text's start, when no match can start earlier (prefilter.window): Go's
// regexp tries a pattern with no literal prefix at every position.
// CheckPrefilters lets a test confirm, on real text, that no match is
// ever skipped or moved.
//
// Release drops every compiled form: an app that has built its lesson
// holds 5–7 MiB of compiled patterns it needs again only for the next
// lesson (issue 16, idle memory). A pattern used after Release compiles
// again, once.
package lazyre

import (
	"fmt"
	"regexp"
	"slices"
	"sync"
	"sync/atomic"
)

// Regexp is a regular expression compiled when first used, with a
// pre-check derived from it (prefilter.go): a text that lacks every
// string a match needs is answered "no match" without running it.
type Regexp struct {
	src string
	mu  sync.Mutex // held while compiling
	// c is the compiled form, nil before the first use and after
	// Release. A caller loads it once and uses what it loaded, so a
	// Release on another goroutine never changes it under the caller.
	c atomic.Pointer[compiled]
}

// compiled is a pattern's compiled form.
type compiled struct {
	re     *regexp.Regexp
	filter *prefilter
	// anchoredAt holds the pattern's anchored forms, compiled when
	// FindAllStringSubmatchIndexAt first asks.
	anchoredAt anchoredForms
}

var (
	allMu sync.Mutex
	all   []*Regexp
)

// New declares a pattern; it compiles when first used, and panics then
// if it is not valid, as regexp.MustCompile does at once.
func New(src string) *Regexp {
	r := &Regexp{src: src}
	allMu.Lock()
	all = append(all, r)
	allMu.Unlock()
	return r
}

// Re returns the compiled expression.
func (r *Regexp) Re() *regexp.Regexp { return r.compile().re }

// compile returns the compiled form, compiling it on first use and on
// the first use after Release.
func (r *Regexp) compile() *compiled {
	if c := r.c.Load(); c != nil {
		return c
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if c := r.c.Load(); c != nil {
		return c // compiled by another goroutine while this one waited
	}
	c := &compiled{re: regexp.MustCompile(r.src), filter: newPrefilter(r.src)}
	r.c.Store(c)
	return c
}

// Release drops the compiled forms of every pattern declared so far, and
// the texts folded for their pre-checks; each compiles again when next
// used. Safe while other goroutines use the patterns: a call already
// running keeps the form it loaded.
func Release() {
	allMu.Lock()
	for _, r := range all {
		r.c.Store(nil)
	}
	allMu.Unlock()
	for i := range recentFolds {
		recentFolds[i].Store(nil)
	}
	lastLongFold.Store(nil)
}

// in returns the compiled expression when it may match s, nil when it
// certainly does not.
func (r *Regexp) in(s string) *regexp.Regexp {
	c := r.compile()
	if !c.filter.mayMatch(s) || !c.filter.coreIn(s) {
		return nil
	}
	return c.re
}

// from returns the compiled expression and where in s a search may
// start with the answer it gives from s's start (prefilter.window), or
// nil when the expression certainly does not match s.
func (r *Regexp) from(s string) (*regexp.Regexp, int) {
	c := r.compile()
	at := c.filter.window(s)
	if at < 0 || !c.filter.coreIn(s[at:]) {
		return nil, 0 // no match of the whole starts before at, so none of its core
	}
	return c.re, at
}

// shift moves the positions of a match found at s[at:] to s's; -1 (a
// group that took no part) stays.
func shift(m []int, at int) []int {
	if at > 0 {
		for i, v := range m {
			if v >= 0 {
				m[i] = v + at
			}
		}
	}
	return m
}

// CheckAll compiles every pattern declared so far and returns the first
// that does not compile, as an error.
func CheckAll() (err error) {
	allMu.Lock()
	list := append([]*Regexp(nil), all...)
	allMu.Unlock()
	for _, r := range list {
		if _, err := regexp.Compile(r.src); err != nil {
			return err
		}
	}
	return nil
}

// MayMatch reports whether s holds one of the strings every match needs:
// false means the expression does not match s. The methods ask it
// themselves.
func (r *Regexp) MayMatch(s string) bool { return r.in(s) != nil }

// Needs returns the strings, folded, one of which every match holds (nil
// when no pre-check is known), for tests and messages.
func (r *Regexp) Needs() []string {
	c := r.compile()
	if c.filter == nil {
		return nil
	}
	var out []string
	for _, n := range c.filter.needs {
		out = append(out, string(n))
	}
	return out
}

// CheckPrefilters runs every pattern declared so far on text, with and
// without its pre-check, and returns an error naming the first whose
// pre-check rules out a text it matches, or whose matches, searched from
// where the pre-check says, differ from those found from the text's
// start. Tests run it on real articles.
func CheckPrefilters(text string) error {
	allMu.Lock()
	list := append([]*Regexp(nil), all...)
	allMu.Unlock()
	for _, r := range list {
		c := r.compile()
		if r.in(text) == nil && c.re.MatchString(text) {
			return fmt.Errorf("lazyre: the pre-check of %#q rules out %q, which it matches", r.src, text)
		}
		if got, want := r.FindAllStringSubmatchIndex(text, -1), c.re.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			return fmt.Errorf("lazyre: %#q from %d in %q finds %v, from the start %v", r.src, c.filter.window(text), text, got, want)
		}
	}
	return nil
}

// The methods Lede uses, each as regexp.Regexp's: each returns what the
// expression returns for no match when the pre-check rules one out.

func (r *Regexp) String() string { return r.src }

func (r *Regexp) MatchString(s string) bool {
	re, at := r.from(s)
	return re != nil && re.MatchString(s[at:])
}

func (r *Regexp) Match(b []byte) bool { return r.Re().Match(b) }

func (r *Regexp) FindString(s string) string {
	if re, at := r.from(s); re != nil {
		return re.FindString(s[at:])
	}
	return ""
}

func (r *Regexp) FindStringIndex(s string) []int {
	if re, at := r.from(s); re != nil {
		return shift(re.FindStringIndex(s[at:]), at)
	}
	return nil
}

func (r *Regexp) FindStringSubmatch(s string) []string {
	if re, at := r.from(s); re != nil {
		return re.FindStringSubmatch(s[at:])
	}
	return nil
}

func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if re, at := r.from(s); re != nil {
		return shift(re.FindStringSubmatchIndex(s[at:]), at)
	}
	return nil
}

func (r *Regexp) FindAllString(s string, n int) []string {
	if re, at := r.from(s); re != nil {
		return re.FindAllString(s[at:], n)
	}
	return nil
}

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if re, at := r.from(s); re != nil {
		ms := re.FindAllStringIndex(s[at:], n)
		for _, m := range ms {
			shift(m, at)
		}
		return ms
	}
	return nil
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if re, at := r.from(s); re != nil {
		return re.FindAllStringSubmatch(s[at:], n)
	}
	return nil
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if re, at := r.from(s); re != nil {
		ms := re.FindAllStringSubmatchIndex(s[at:], n)
		for _, m := range ms {
			shift(m, at)
		}
		return ms
	}
	return nil
}

func (r *Regexp) ReplaceAllString(src, repl string) string {
	if re := r.in(src); re != nil {
		return re.ReplaceAllString(src, repl)
	}
	return src
}

func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if re := r.in(src); re != nil {
		return re.ReplaceAllStringFunc(src, repl)
	}
	return src
}

func (r *Regexp) SubexpIndex(name string) int { return r.Re().SubexpIndex(name) }
