package article

import "testing"

// TestCharacterReferencesRead: HTML references left in text copied from
// a web page are the characters they stand for, read once; a name HTML
// does not know stays as written.
func TestCharacterReferencesRead(t *testing.T) {
	for in, want := range map[string]string{
		"largely avoided the clich&#233;d hip-hop": "largely avoided the clichéd hip-hop",
		"Marks &amp; Spencer said":                 "Marks & Spencer said",
		"AT&T said &quot;no&quot;":                 "AT&T said \"no\"",
		"&amp;amp;nbsp; junk":                      "&amp;nbsp; junk",
		"a&nbsp;b and &#xE9;":                      "a b and é",
		"&notaname; stays":                         "&notaname; stays",
	} {
		if got := withCharacterReferences(in); got != want {
			t.Errorf("withCharacterReferences(%q) = %q, want %q", in, got, want)
		}
	}
}
