package facts

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestSubstringIndexIsContains checks holding against strings.Contains
// on each sentence: the index must find what a search of each finds,
// across word edges and never across two sentences.
func TestSubstringIndexIsContains(t *testing.T) {
	texts := []string{"Larsson said 10,000 units.", "", "Mr Larsson’s firm", "110,000 according to ACCORDİNG", "a\x00b", "son"}
	var sentences []article.Sentence
	for i, text := range texts {
		sentences = append(sentences, article.Sentence{Index: i * 2, Text: text})
	}
	x := newSubstringIndex(sentences)
	for _, sub := range []string{"Larsson", "son", "10,000", "0,000 ", "s.\x00M", "\x00", "a\x00b", "firm", "nowhere", ".", "son\x00"} {
		var want []int
		for _, s := range sentences {
			if strings.Contains(s.Text, sub) {
				want = append(want, s.Index)
			}
		}
		var got []int
		for _, s := range x.holding(sub) {
			got = append(got, s.Index)
		}
		if !slices.Equal(got, want) {
			t.Errorf("holding(%q) = %v, strings.Contains finds %v", sub, got, want)
		}
	}
}

func TestMayHoldAccordingTo(t *testing.T) {
	for text, want := range map[string]bool{
		"according to the report": true, "ACCORDING TO": true, "AcCoRdİng to": true, "accord": true,
		"a cord": false, "": false, "ccor": false,
	} {
		if got := mayHoldAccordingTo(text); got != want {
			t.Errorf("mayHoldAccordingTo(%q) = %v, want %v", text, got, want)
		}
		if want && strings.Contains(strings.ToLower(text), "according to") && !mayHoldAccordingTo(text) {
			t.Errorf("%q says according to, but the check misses it", text)
		}
	}
}
