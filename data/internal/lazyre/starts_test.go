package lazyre

import (
	"slices"
	"testing"
)

// TestFindAllAtEveryStart checks FindAllStringSubmatchIndexAt, given
// every place of the text as a start, against FindAllStringSubmatchIndex:
// the same matches and groups, \b read against the rune before, at the
// text's start and after runes of every width and invalid bytes.
func TestFindAllAtEveryStart(t *testing.T) {
	patterns := []string{
		`\b(?i:chief|head)\s+(\p{Lu}\p{Ll}+)`, `\B(ab)`, `(?:^|\bthe\s+)(chair),\s+(\p{Lu}\w+)`,
		`(?i)\bsenior (\w+)`, `x*`, `\bé?t(o)`, `(a|ab)(c|bcd)?`,
	}
	texts := []string{
		"Chief Ann and head Bob, xchief Cy; the chair, Dee said; chair, Eve", "ab cab abab", "\u017fenior aide; Senior staff",
		"\xffchief Ann, é\u017fenior x", "to ato éto _to", "abcd abc ab", "",
	}
	for _, src := range patterns {
		r := New(src)
		for _, text := range texts {
			var every []int
			for i := range text {
				every = append(every, i)
			}
			every = append(every, len(text))
			want := r.Re().FindAllStringSubmatchIndex(text, -1)
			if got := r.FindAllStringSubmatchIndexAt(text, every); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%#q in %q: at every start %v, FindAll %v", src, text, got, want)
			}
			if got, want := r.FindStringSubmatchIndexAt(text, every), r.Re().FindStringSubmatchIndex(text); !slices.Equal(got, want) {
				t.Errorf("%#q in %q: first at every start %v, Find %v", src, text, got, want)
			}
		}
	}
}

// TestWordStarts checks where WordStarts finds a word: at a boundary
// only, in any case, followed by anything, and numbers when asked.
func TestWordStarts(t *testing.T) {
	words := NewWords("may", "monday", "the")
	for _, c := range []struct {
		text   string
		digits bool
		want   []int
	}{
		{"The May 5 Mondays, xmay", false, []int{0, 4, 10}},
		{"MONDAYé \u017fthe ſMay", false, []int{0, 11, 17}}, // ſ is no word character: \b before t and M
		{"x\u017fthe 12 a3 _may", true, []int{3, 7}},
		{"", true, nil},
	} {
		if got := WordStarts(c.text, words, c.digits); !slices.Equal(got, c.want) {
			t.Errorf("WordStarts(%q, %v) = %v, want %v", c.text, c.digits, got, c.want)
		}
	}
}

// TestStartsOneStopsOnlyPastEveryWord checks startsOne, which stops
// reading letters once no word starts with them, against reading the
// whole run of letters and asking whether any word begins it: words that
// are starts of others ("in", "inside"), texts cut inside a word, in any
// case, with ſ and K (Kelvin), which fold to ASCII letters.
func TestStartsOneStopsOnlyPastEveryWord(t *testing.T) {
	list := []string{"in", "inside", "the", "then", "monday", "chief"}
	words := NewWords(list...)
	texts := []string{"", "i", "in", "ins", "insid", "inside", "insider", "INSIDE", "Th", "thE", "thenx",
		"mon", "MONDAY.", "\u017fide", "\u212aey", "chie", "Chief's", "xin", "t he"}
	for _, text := range texts {
		var run []rune // text's leading letters, folded
		for _, r := range text {
			if f := foldRune(r); f >= 'A' && f <= 'Z' {
				run = append(run, f)
				continue
			}
			break
		}
		want := false
		for _, w := range list {
			want = want || len(w) <= len(run) && string(run[:len(w)]) == fold([]rune(w))
		}
		if got := startsOne(text, words); got != want {
			t.Errorf("startsOne(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestReleaseCompilesAgain: a pattern used after Release compiles again
// and finds what it found before, and a form loaded before Release stays
// usable (the lesson being built on another goroutine keeps working).
func TestReleaseCompilesAgain(t *testing.T) {
	r := New(`\b(the )?chief (\w+)`)
	text := "Long before that, the chief Alice spoke."
	want := r.FindAllStringSubmatchIndexAt(text, WordStarts(text, NewWords("the", "chief"), false))
	before := r.Re()
	Release()
	if r.c.Load() != nil {
		t.Fatal("Release kept the compiled form")
	}
	if before.FindStringIndex(text) == nil {
		t.Error("a form loaded before Release no longer matches")
	}
	got := r.FindAllStringSubmatchIndexAt(text, WordStarts(text, NewWords("the", "chief"), false))
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("after Release: %v, before: %v", got, want)
	}
	if r.Re() == before {
		t.Error("the pattern was not compiled again")
	}
}
