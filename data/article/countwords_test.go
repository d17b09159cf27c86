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
