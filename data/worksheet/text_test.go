package worksheet

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/assets"
)

// runes measures a string as one unit a character, as a fixed-pitch font
// would.
func runes(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width float64
		want  []string
	}{
		{"", 10, nil},
		{"one two three", 20, []string{"one two three"}},
		{"one two three", 7, []string{"one two", "three"}},
		{"one two three", 3, []string{"one", "two", "thr", "ee"}},
		{"at https://example.org/a/b", 12, []string{"at https://e", "xample.org/a", "/b"}},
		{"a b", 0, []string{"a", "b"}},
		{"£5 €6 Zoë", 5, []string{"£5 €6", "Zoë"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.in, tt.width, runes); !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %v) = %q; want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	has, err := glyphs(assets.PrintRegular)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"Zoë’s “café”: £4.50, €5", "Zoë’s “café”: £4.50, €5"},
		{"two\u00a0words\n\tand a soft\u00adhyphen", "two words and a softhyphen"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"美味 🐟", "\uFFFD\uFFFD \uFFFD"},
		{"bell\a and nul\x00", "bell and nul"},
	}
	for _, tt := range tests {
		if got := printable(tt.in, has); got != tt.want {
			t.Errorf("printable(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	// a font without the replacement character or curly quotes gets
	// plain spellings
	ascii := func(r rune) bool { return r < 0x7f }
	if got := printable("“£5” – 美", ascii); got != `"GBP5" - ?` {
		t.Errorf("with an ASCII font: %q", got)
	}
}

// FuzzWrap: whatever the text and width, no line is empty or has spaces
// at its ends, no line is wider than the width unless it is a single
// character, and the lines hold the text's characters in order, none
// lost or added.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"", "one two three", "https://example.org/a/very/long/address", "Zoë £5 €6", " a  b ", "\xff\xfe", "x\u00a0y"} {
		f.Add(s, 7.0)
	}
	all := func(rune) bool { return true }
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if math.IsNaN(width) || math.Abs(width) > 1e6 {
			return
		}
		s = printable(s, all)
		lines := wrap(s, width, runes)
		for _, l := range lines {
			if l == "" || strings.TrimSpace(l) != l {
				t.Fatalf("wrap(%q, %v): line %q", s, width, l)
			}
			if runes(l) > width && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("wrap(%q, %v): line %q is too wide", s, width, l)
			}
		}
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got := squeeze(strings.Join(lines, " ")); got != squeeze(s) {
			t.Fatalf("wrap(%q, %v) = %q: the characters changed", s, width, lines)
		}
	})
}

// FuzzPrintable: the result is valid UTF-8 on one line, with single
// spaces, and every character is one the font prints.
func FuzzPrintable(f *testing.F) {
	has, err := glyphs(assets.PrintRegular)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Zoë’s “café”: £4.50, €5", "a\u00a0b\u00adc", "\xff", "美味 🐟", "\x00\t\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := printable(s, has)
		if !utf8.ValidString(got) || strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("printable(%q) = %q", s, got)
		}
		for _, r := range got {
			if r != ' ' && (!has(r) || unicode.IsSpace(r) || unicode.IsControl(r)) {
				t.Fatalf("printable(%q) = %q: %U does not print", s, got, r)
			}
		}
	})
}
