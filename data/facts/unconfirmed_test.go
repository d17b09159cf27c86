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
		{"The network aired the recording Monday but has not verified its authenticity.", "The network", "the recording's authenticity", "verify"},
		{"Marie Harf said the U.S. had seen the video but couldn't confirm its accuracy.", "the U.S.", "the video's accuracy", "confirm"},
		{"The footage could not be independently verified.", "", "The footage", "verified"},
		{"The photographs of the crash are numerous but unverifiable.", "", "The photographs of the crash", "verified"},
		{"Arabic reports of a planned attack are numerous but unverifiable.", "", "", ""},
		{"The claim remains unconfirmed.", "", "The claim", "confirmed"},
		{"It is not yet clear if the attacks were carried out by Boko Haram, though the group has targeted commuters.", "", "the attacks were carried out by Boko Haram", KnownWhether},
		{"There is speculation as to whether the letter is genuine.", "", "the letter is genuine", KnownWhether},
		// Near misses: confirmed, not unconfirmed; a confirmation given.
		{"It is clear that the attacks were carried out by Boko Haram.", "", "", ""},
		{"The footage could be verified by the BBC.", "", "", ""},
		{"The photographs of the crash are numerous.", "", "", ""},
		{"The network aired the recording Monday and has verified its authenticity.", "", "", ""},
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
