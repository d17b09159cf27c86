package lexicon

import (
	"regexp"
	"testing"
)

func TestListsAreClean(t *testing.T) {
	lists := map[string][]string{"months": English.Months, "abbreviations": English.MonthAbbreviations,
		"weekdays": English.Weekdays, "hedges": English.Hedges, "hedge cues": English.HedgeCues,
		"speech verbs": English.SpeechVerbs, "speech cues": English.SpeechCues, "roles": English.RoleHeads,
		"debunks": English.Debunks}
	word := regexp.MustCompile(`^[\p{L}-]+$`)
	for name, l := range lists {
		if len(l) == 0 {
			t.Errorf("%s: empty", name)
		}
		seen := map[string]bool{}
		for _, w := range l {
			if !word.MatchString(w) {
				t.Errorf("%s: %q is not a plain word (a pattern would break)", name, w)
			}
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
		}
	}
	if len(English.Months) != 12 || len(English.Weekdays) != 7 {
		t.Errorf("%d months, %d weekdays", len(English.Months), len(English.Weekdays))
	}
}

func TestAlternationKeepsOrder(t *testing.T) {
	if got := Alternation([]string{"Sept", "Sep"}, []string{"Oct"}); got != "Sept|Sep|Oct" {
		t.Errorf("Alternation = %q", got)
	}
	if s := Set([]string{"Monday"}); !s["monday"] {
		t.Errorf("Set does not lower-case: %v", s)
	}
}
