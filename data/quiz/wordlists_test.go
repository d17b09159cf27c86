package quiz

import (
	"maps"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestWordListsAreTheirPatterns checks the word lists that replaced
// long (?i)\b(?:…)\b patterns against those patterns, as they were
// written, on every sentence of the test articles and on near misses:
// each word in other cases, inside longer words, and the phrases with
// other spaces.
func TestWordListsAreTheirPatterns(t *testing.T) {
	lists := []struct {
		name string
		list interface{ MatchString(string) bool }
		was  string
	}{
		{"notPlainFact", notPlainFact, `(?i)\b(?:said|says|say|told|tells|according|reported|reports?|reportedly|report|claims?|claimed|alleged|allegedly|` +
			`purported|purportedly|believed|thought|understood|expected|estimated|rumou?rs?|speculation|sources?|appears?|appeared|seems?|seemed|` +
			`likely|unlikely|possibly|possible|probably|perhaps|apparently|set to|may|might|could|would|should|will|can|must|if|whether|` +
			`unless|i|we|our|us|you|your|my|me|clearly|surely|obviously|suggests?|suggested|insists?|warns?|warned|argues|argued|` +
			`accused|denied|denies|announced|revealed|confirmed|admitted)\b`},
		{"objectPronoun", objectPronoun, `\b(?:it|its|them|him|her|their|this|these|those|both|the (?:duo|pair|trio|couple))\b`},
		{"speechAct", speechAct, `(?i)\b(?:found|finds|find|showed|shows|concluded|concludes|analysed|analyzed|measured|voiced|voices|called on|calls on|made clear|makes clear|condemn(?:s|ed)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|praised|praises|welcomed|welcomes|blamed|blames|demanding|demanded|demands|urged|urges|vowed|vows|pledged|pledges|promised|promises|wrote|writes|written|pointed out|points out|point out|noted|notes|argued|argues|suggested|suggests|points to|pointed to|point to|cites|cited)\b`},
	}
	var texts []string
	for _, a := range testArticles(t) {
		for _, s := range a.Sentences {
			texts = append(texts, s.Text, strings.TrimSuffix(s.Text, "."))
		}
	}
	words := []string{"said", "rumour", "rumor", "rumours", "sources", "set to", "I", "us", "called on", "made clear", "condemned", "criticizes", "written",
		"it", "its", "The pair", "the duo", "those", "both", "the  couple"}
	for _, w := range words {
		texts = append(texts, w, strings.ToUpper(w), "The "+w+".", upperFirst(w), "un"+w, w+"s", w+"_", w+"1", "é"+w+"é",
			strings.ReplaceAll(w, " ", "  "), strings.ReplaceAll(w, " ", "\t"), strings.ReplaceAll(w, "s", "\u017f"))
	}
	for _, l := range lists {
		re := regexp.MustCompile(l.was)
		matched := 0
		for _, text := range texts {
			got, want := l.list.MatchString(text), re.MatchString(text)
			if got != want {
				t.Errorf("%s on %q: %v, the pattern %v", l.name, text, got, want)
			}
			if want {
				matched++
			}
		}
		if matched == 0 || matched == len(texts) {
			t.Errorf("%s: the pattern matched %d of %d texts: the check proves nothing", l.name, matched, len(texts))
		}
	}
}

// TestLowerKeepsLetters: every rune is a letter exactly when its lower
// case is, so lowerWordSet may lower a text before splitting it into
// words; and on the test articles it finds the words, lowered one by
// one, of the text split as it is.
func TestLowerKeepsLetters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) != unicode.IsLetter(unicode.ToLower(r)) {
			t.Errorf("%U is a letter %v, its lower case %U %v", r, unicode.IsLetter(r), unicode.ToLower(r), unicode.IsLetter(unicode.ToLower(r)))
		}
	}
	texts := []string{"İstanbul ÇAĞ Σίσυφος ǅemal", "a\xffB\xc3", "Ⅻ ⓐⒶ x", ""}
	for _, a := range testArticles(t) {
		for _, s := range a.Sentences {
			texts = append(texts, s.Text)
		}
	}
	for _, text := range texts {
		want := map[string]bool{}
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			want[strings.ToLower(w)] = true
		}
		if got := lowerWordSet(text); !maps.Equal(got, want) {
			t.Errorf("lowerWordSet(%q) = %v, want %v", text, got, want)
		}
	}
}
