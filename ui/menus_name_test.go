package ui

import "testing"

// A file name never ends in dots or spaces: Windows drops them, and the
// extension after them would read "New..lederesults".
func TestSafeFileNameEnds(t *testing.T) {
	for in, want := range map[string]string{
		"Sam Student - Plan To Generate 1M New.": "Sam Student - Plan To Generate 1M New",
		"Sam: a/b ":                              "Sam- a-b",
		"Lesson...":                              "Lesson",
	} {
		if got := safeFileName(in); got != want {
			t.Errorf("safeFileName(%q) = %q; want %q", in, got, want)
		}
	}
}
