package quiz

import (
	"testing"
)

// An undated article's "on Thursday" is asked about once, of a sentence
// in the article's own words; not inside a quotation, and not "last
// year", which the context often places.
func TestUndated(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"The dollar slid to a record low against the euro on Thursday in London trading.",
			"Can a reader tell from the article which date “on Thursday” means here: “The dollar slid to a record low against the euro on Thursday in London trading”?"},
		{"Last month the competition watchdog said it would not oppose the purchase of Northwind Mining by Apex Metals.",
			"Can a reader tell from the article which month “Last month” means here: “Last month the competition watchdog said it would not oppose the purchase of Northwind Mining by Apex Metals”?"},
		{"About 300 fans protested outside the Old Trafford ground two days ago.",
			"Can a reader tell from the article which date “two days ago” means here: “About 300 fans protested outside the Old Trafford ground two days ago”?"},
		{"Back in December, Rovers and its former chairman Tom Ellis were each fined £1m by the league.",
			"Can a reader tell from the article which year “in December” means here: “Back in December, Rovers and its former chairman Tom Ellis were each fined £1m by the league”?"},
		{"In early August he posted a photo of himself on a beach in Spain near Malaga.", ""}, // who?
		{`"We will sign the deal on Thursday in London," the chairman of the club told reporters.`, ""},
		{"The pair missed a test on the eve of last year's Athens Olympics in Greece.", ""},
		// A year or a day of a month nearby places it (round 69).
		{"More falls are likely in 2005. The dollar slid to a record low against the euro on Thursday in London trading.", ""},
		{"The dollar slid to a record low against the euro on Thursday in London trading. The figures were released on Nov. 13.", ""},
	} {
		out := askedOf(t, "Markets in turmoil\n\nTraders sold the dollar heavily as markets opened. "+c.sentence+"\n", everyFlag((*generator).undated))
		got := ""
		if len(out) > 0 {
			got = out[0].Prompt
		}
		if got != c.want || len(out) > 1 {
			t.Errorf("%q: %d questions, first %q; want %q", c.sentence, len(out), got, c.want)
		}
	}
}
