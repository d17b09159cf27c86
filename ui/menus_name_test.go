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

// TestSafeFileNameCutsBetweenWords: a name longer than 80 characters is
// cut at the space before, never inside a word (issue 11).
func TestSafeFileNameCutsBetweenWords(t *testing.T) {
	in := "Sam Student - Trump & Alibaba's Founder Jack Ma Discuss Plan To Generate 1M New American Jobs"
	want := "Sam Student - Trump & Alibaba's Founder Jack Ma Discuss Plan To Generate 1M New"
	if got := safeFileName(in); got != want {
		t.Errorf("safeFileName(%q) = %q; want %q", in, got, want)
	}
	in = "Sam Student - Alibabas Founder Jack Ma Discusses Plans To Generate Millions Of Americanjobs"
	if got := safeFileName(in); got != "Sam Student - Alibabas Founder Jack Ma Discusses Plans To Generate Millions Of" {
		t.Errorf("safeFileName(%q) = %q: cut inside a word", in, got)
	}
}
