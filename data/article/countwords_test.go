package article

import (
	"strings"
	"testing"
)

// CountWords counts what strings.Fields splits, on any space and on
// bytes that are not UTF-8.
func TestCountWordsIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "Jack Ma", "  Mr  Jack\tMa ", "Mörk\u00a0Helen", "a\u2003b\nc", "\xff \xfe", "one"} {
		if got, want := CountWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountWords(%q) = %d; want %d", s, got, want)
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
