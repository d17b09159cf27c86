package lazyre

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// wordListEntries are words and phrases like the lists Lede keeps: some
// the start of others ("report", "reported"), phrases of two and three
// words, and words with s and k, which (?i) also finds as ſ and K.
var wordListEntries = []string{"said", "says", "report", "reported", "set to", "made clear", "if", "i", "us", "likely", "as well as", "k"}

// TestWordListIsPattern checks WordList against the pattern it stands for
// on examples and near misses: other cases, words inside longer ones,
// digits and _ (word characters to \b), runes above ASCII beside words,
// phrases with other spaces between their words, ſ and K, invalid bytes.
func TestWordListIsPattern(t *testing.T) {
	cased := NewCasedWordList(wordListEntries...)
	if want := `\b(?:said|says|report|reported|set to|made clear|if|i|us|likely|as well as|k)\b`; cased.String() != want {
		t.Fatalf("pattern %#q, want %#q", cased.String(), want)
	}
	l := NewWordList(wordListEntries...)
	if want := `(?i)` + cased.String(); l.String() != want {
		t.Fatalf("pattern %#q, want %#q", l.String(), want)
	}
	texts := []string{
		"", "said", "SAID", "Said.", "he said", "(said)", "unsaid", "saidx", "said_", "_said", "said2", "2said",
		"reports", "reporter", "a report.", "REPORTED!", "set to go", "Set To", "set  to", "set\tto", "set\nto", "sets to",
		"set tox", "xset to", "set to_", "set, to", "set", "to", "set é to", "made clear", "made  clear", "made clearly",
		"made", "as well as", "as well", "as well  as", "well as", "as well as_", "éif", "ifé", "éiféi", "if’s",
		"it’s us", "US.", "usa", "I am", "I’m", "i18n", "\u017faid", "x\u017faid", "\u017fays so", "li\u212aely", "x\u212a",
		"\u212a", "like", "unlikely", "\xffsaid\xff", "sa\xffid", "plain words only", "Mr Said", "a.k.a.", "k9",
		"Set to", "set To", "Made clear", "made Clear", "As well as", "as Well as",
	}
	for _, list := range []*WordList{l, cased} {
		re := regexp.MustCompile(list.String())
		for _, text := range texts {
			if got, want := list.MatchString(text), re.MatchString(text); got != want {
				t.Errorf("%q: %#q as a WordList %v, as a pattern %v", text, list, got, want)
			}
		}
	}
}

// TestWordListRandom checks WordList against its pattern on texts made
// at random of the entries' words, pieces of them and what stands
// between words.
func TestWordListRandom(t *testing.T) {
	pieces := []string{"said", "SAYS", "Report", "ed", "set", "to", "made", "clear", "Set", "Clear", "Well", "as", "well", "if", "I", "us", "li", "kely", "k",
		" ", " ", " ", "  ", "\t", ",", ".", "_", "7", "é", "’", "\u017f", "\u212a", "\xff", "x"}
	rng := rand.New(rand.NewPCG(16, 2))
	for _, l := range []*WordList{NewWordList(wordListEntries...), NewCasedWordList(wordListEntries...)} {
		re := regexp.MustCompile(l.String())
		for range 20000 {
			var b strings.Builder
			for range 1 + rng.IntN(8) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			text := b.String()
			if got, want := l.MatchString(text), re.MatchString(text); got != want {
				t.Fatalf("%q: %#q as a WordList %v, as a pattern %v", text, l, got, want)
			}
		}
	}
}

// TestNewWordListRefusesOtherCharacters: an entry the look-up could not
// find as its pattern would is refused at once.
func TestNewWordListRefusesOtherCharacters(t *testing.T) {
	for _, e := range []string{"rumou?r", "set  to", " said", "said ", "co-op", "café", ""} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewWordList(%q) did not panic", e)
				}
			}()
			NewWordList(e)
		}()
	}
}
