package quiz

import (
	"strings"
	"testing"
)

// FuzzYearInWords: the reader of years said in words never panics, and
// what it reads is a year of a century it names.
func FuzzYearInWords(f *testing.F) {
	for _, s := range []string{"nineteen eighty", "nineteen eighty-one", "twenty fifteen", "nineteen hundred",
		"nineteen oh five", "Ten Sixty-Six", "twenty", "nineteen ninety nine", "eighteen -", "twenty twenty twenty"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, ok := yearInWords(s)
		if ok && (y < 1000 || y > 2099) {
			t.Errorf("yearInWords(%q) = %d", s, y)
		}
	})
}

// FuzzMonthYearForms: the rewriting of "may 04" and "2001-03" never
// panics and never grows an answer past the key's month and year.
func FuzzMonthYearForms(f *testing.F) {
	q := Question{Accepted: []string{"May 2004"}}
	for _, s := range []string{"may 04", "2004-05", "May '04", "mayday 04", "2004-13", "04 may", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := withMonthYear(q, s)
		if len(out) > len(s)+len("September 2004") || out != s && !strings.Contains(out, "2004") {
			t.Errorf("withMonthYear(%q) = %q", s, out)
		}
	})
}
