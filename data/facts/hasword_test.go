package facts

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/corpus"
)

// hasWordByRunes is hasWord as it was, every rune decoded and lowered:
// what hasWord must answer.
func hasWordByRunes(text string, set map[string]bool) bool {
	var word []byte
	for _, r := range text {
		if l := unicode.ToLower(r); unicode.IsLetter(l) || l == '-' {
			word = utf8.AppendRune(word, l)
			continue
		}
		if len(word) > 0 && set[string(word)] {
			return true
		}
		word = word[:0]
	}
	return len(word) > 0 && set[string(word)]
}

// TestHasWordIsByRunes checks hasWord against hasWordByRunes on every
// sentence of the test articles and of the development set (when it is
// here), for several sets, and on texts made at random of words in
// other cases, with hyphens, runes above ASCII and broken bytes.
func TestHasWordIsByRunes(t *testing.T) {
	sets := []map[string]bool{hedgeWords, debunkSingles, monthWords, weekdayWords, relativeWords, roleHeads,
		{"co-founder": true, "ölkrise": true, "straße": true, "x": true, "ǆemal": true}}
	texts := corpus.Sentences(t, "../..", "", "X", "CO-FOUNDER", "Ölkrise", "STRASSE straße", "ǅemal", "x\xff", "\xffx-", "İx")
	pieces := []string{"co", "-", "FOUNDER", "founder", "x", "X", " ", ".", "Ö", "lkrise", "ǅ", "emal", "stra", "ß", "e", "\xff", "\xc3", "7", "’"}
	rng := rand.New(rand.NewPCG(16, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, set := range sets {
		found := 0
		for _, text := range texts {
			got, want := hasWord(text, set), hasWordByRunes(text, set)
			if got != want {
				t.Errorf("hasWord(%q) = %v, by runes %v", text, got, want)
			}
			if want {
				found++
			}
		}
		if found == 0 {
			t.Errorf("no text holds a word of %v: the check proves nothing", set)
		}
	}
}
