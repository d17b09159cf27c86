// Package lazyre holds regular expressions that compile on first use.
//
// Lede's rules are about 130 patterns. Compiled with regexp.MustCompile
// at package start they cost every run about 30 ms before main — every
// `lede help`, and every window before its first frame — whether or not
// the run reads an article. A pattern here compiles the first time it is
// used, once, safely from any goroutine. CheckAll compiles every pattern
// declared so far, so a test still catches a bad one at once.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled when first used.
type Regexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
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
func (r *Regexp) Re() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.src) })
	return r.re
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

// The methods Lede uses, each as regexp.Regexp's.

func (r *Regexp) String() string                         { return r.src }
func (r *Regexp) MatchString(s string) bool              { return r.Re().MatchString(s) }
func (r *Regexp) Match(b []byte) bool                    { return r.Re().Match(b) }
func (r *Regexp) FindString(s string) string             { return r.Re().FindString(s) }
func (r *Regexp) FindStringIndex(s string) []int         { return r.Re().FindStringIndex(s) }
func (r *Regexp) FindStringSubmatch(s string) []string   { return r.Re().FindStringSubmatch(s) }
func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.Re().FindStringSubmatchIndex(s) }
func (r *Regexp) FindAllString(s string, n int) []string { return r.Re().FindAllString(s, n) }
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Re().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Re().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Re().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string { return r.Re().ReplaceAllString(src, repl) }
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Re().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) SubexpIndex(name string) int { return r.Re().SubexpIndex(name) }
