package facts

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// Each unconfirmed rule fires on its example and not on its near miss.
func TestUnconfirmedRules(t *testing.T) {
	cases := []struct {
		sentence        string
		who, what, verb string // empty what: no fact expected
	}{
		{"The video has not yet been independently verified.", "", "The video", "verified"},
		{"Scotland Yard has refused to confirm the reports.", "Scotland Yard", "the reports", "confirm"},
		{"The German Foreign Ministry has thus far refused to comment on the video.", "The German Foreign Ministry", "the video", "comment on"},
		// Near misses: confirmed, not unconfirmed; a confirmation given.
		{"The video has been verified by two agencies.", "", "", ""},
		{"Scotland Yard confirmed the reports on Tuesday.", "", "", ""},
	}
	for _, c := range cases {
		a, err := article.Parse([]byte("Video emerges online\n\nA video appeared on Tuesday. " + c.sentence + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		found := Extract(a).ByKind(Unconfirmed)
		if c.what == "" {
			if len(found) != 0 {
				t.Errorf("%q: unexpected %+v", c.sentence, found)
			}
			continue
		}
		if len(found) != 1 || found[0].Subject != c.who || found[0].Claim != c.what || found[0].Verb != c.verb {
			t.Errorf("%q: got %+v, want who %q, what %q, verb %q", c.sentence, found, c.who, c.what, c.verb)
		}
	}
}
