package quiz

import (
	"strings"
	"testing"
)

// firstField and lastField are the first and last words strings.Fields
// returns, on any space and on bytes that are not UTF-8.
func TestFirstLastFieldAreFields(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "one", " one ", "Jack Ma", "  Mr  Jack\tMa ", "Mörk\u00a0Helen",
		"a\u2003b\u2003", "\u2003a b\u00a0", "\xff \xfe", "He said\u3000“no”", "x\u0085y"} {
		var first, last string
		if f := strings.Fields(s); len(f) > 0 {
			first, last = f[0], f[len(f)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q; want %q", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q; want %q", s, got, last)
		}
	}
}
