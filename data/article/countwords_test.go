package article

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// CountWords counts what strings.Fields splits, on any space and on
// bytes that are not UTF-8; on every ASCII byte, and on texts made at
// random of spaces, letters, runes of every width and broken ones.
// atMostWords agrees with it, and lastRune with []rune's last rune.
func TestCountWordsIsFields(t *testing.T) {
	texts := []string{"", " ", "Jack Ma", "  Mr  Jack\tMa ", "Mörk\u00a0Helen", "a\u2003b\nc", "\xff \xfe", "one",
		"a\vb\fc\rd", "a\u0085b", "a\x1cb\x1fc", "\u3000x\u2028y", "\xe2\x80 a", "é\xc3"}
	for c := range 128 {
		texts = append(texts, "a"+string(rune(c))+"b")
	}
	pieces := []string{" ", "\t", "\n", "\v", "a", "é", "\u00a0", "\u0085", "\u2003", "€", "😀", "\xff", "\xe2\x80", "\x00"}
	rng := rand.New(rand.NewPCG(16, 3))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := len(strings.Fields(s))
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d; want %d", s, got, want)
		}
		for n := range 4 {
			if got := atMostWords(s, n); got != (want <= n) {
				t.Errorf("atMostWords(%q, %d) = %v; it has %d words", s, n, got, want)
			}
		}
		if got, ok := lastRune(s); ok != (s != "") || ok && got != []rune(s)[len([]rune(s))-1] {
			t.Errorf("lastRune(%q) = %q, %v; []rune's last is not that", s, got, ok)
		}
	}
}

// collapseSpaces keeps a text that is already its words joined by single
// spaces, and otherwise joins them: the same text either way, as
// strings.Join(strings.Fields(s), " ") makes it. The near misses are one
// space away from collapsed: at either end, doubled, or another space.
func TestCollapseSpacesIsFieldsJoined(t *testing.T) {
	for _, c := range []struct {
		s    string
		kept bool
	}{
		{"", true}, {"one", true}, {"Jack Ma said so.", true}, {"Mörk Helen", true}, {"\xff \xfe", true},
		{" ", false}, {" Jack Ma", false}, {"Jack Ma ", false}, {"Jack  Ma", false}, {"Jack\tMa", false},
		{"Jack\nMa", false}, {"Jack\u00a0Ma", false}, {"a\u2003b", false}, {"a \u2003b", false}, {"\xff  \xfe", false},
	} {
		want := strings.Join(strings.Fields(c.s), " ")
		if got := collapseSpaces(c.s); got != want {
			t.Errorf("collapseSpaces(%q) = %q; want %q", c.s, got, want)
		}
		if got := collapsed(c.s); got != c.kept {
			t.Errorf("collapsed(%q) = %v; want %v", c.s, got, c.kept)
		}
	}
}
