package quiz

import "testing"

// TestOpensOnPronoun: a pronoun subject after a short opening phrase
// leaves the sentence without its subject; an "it" that stands for
// nothing does not.
func TestOpensOnPronoun(t *testing.T) {
	for text, want := range map[string]bool{
		"He said the deal was off.": true,
		"Earlier this year it was reported to have approached a smaller European chat app.": true,
		"Last month they were said to be in talks.":                                         true,
		"Last week it emerged that the firm had approached a rival.":                        false,
		"Earlier this year it was reported that the firm had approached a rival.":           false,
		"Earlier this year the firm was reported to have approached a rival.":               false,
		"In London, analysts said the deal made sense.":                                     false,
	} {
		if got := opensOnPronoun(text); got != want {
			t.Errorf("opensOnPronoun(%q) = %v; want %v", text, got, want)
		}
	}
}
