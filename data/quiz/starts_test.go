package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/internal/corpus"
)

// TestFromStartsIsFind checks describedSpeaker from
// describedSpeakerStarts, and invertedAttributionIndex, against the
// patterns' own searches, on every
// sentence of the test articles and of the development set (when it is
// here), and on sentences made to sit at their edges.
func TestFromStartsIsFind(t *testing.T) {
	texts := corpus.Sentences(t, "../..",
		"The chairman of the Bar Council, Guy Mansfield QC, said so.", "xThe chairman of the Bar, Guy Lee, said",
		"“It is over,” said the Warriors chief. The Tory leader said no! The club's head coach also said yes",
		"The Tory leader said it.", "He said. The Tory leader said", "\"Go.\" The party leader denied it", "",
		"It is over, said Ann.", "It is over,said Ann", "“Over” said  Ann", "\"Over\"\tclaims tech writer Ann", "Over, says a b c d Ann",
		"Over, says a b c Ann", "Over; said Ann", "Over, said ann", "Over,” said Ann", "Over, xsaid Ann", "Over, said\u00a0Ann", ", wrote É",
	)
	foundI := 0
	found := 0
	for _, text := range texts {
		wantD := describedSpeaker.Re().FindStringSubmatchIndex(text)
		if got := describedSpeaker.FindStringSubmatchIndexAt(text, describedSpeakerStarts(text)); !slices.Equal(got, wantD) {
			t.Errorf("describedSpeaker in %q from its starts: %v, Find %v", text, got, wantD)
		}
		if wantD != nil {
			found++
		}
		wantI := invertedAttribution.Re().FindStringIndex(text)
		if got := invertedAttributionIndex(text); !slices.Equal(got, wantI) {
			t.Errorf("invertedAttributionIndex(%q) = %v, FindStringIndex %v", text, got, wantI)
		}
		if wantI != nil {
			foundI++
		}
	}
	if found == 0 || foundI == 0 {
		t.Error("no sentence has a match: the test checks nothing")
	}
}
