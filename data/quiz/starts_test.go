package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/internal/corpus"
)

// TestFromStartsIsFind checks describedSpeaker from
// describedSpeakerStarts against the pattern's own search, on every
// sentence of the test articles and of the development set (when it is
// here), and on sentences made to sit at their edges.
func TestFromStartsIsFind(t *testing.T) {
	texts := corpus.Sentences(t, "../..",
		"The chairman of the Bar Council, Guy Mansfield QC, said so.", "xThe chairman of the Bar, Guy Lee, said",
		"“It is over,” said the Warriors chief. The Tory leader said no! The club's head coach also said yes",
		"The Tory leader said it.", "He said. The Tory leader said", "\"Go.\" The party leader denied it", "",
	)
	found := 0
	for _, text := range texts {
		wantD := describedSpeaker.Re().FindStringSubmatchIndex(text)
		if got := describedSpeaker.FindStringSubmatchIndexAt(text, describedSpeakerStarts(text)); !slices.Equal(got, wantD) {
			t.Errorf("describedSpeaker in %q from its starts: %v, Find %v", text, got, wantD)
		}
		if wantD != nil {
			found++
		}
	}
	if found == 0 {
		t.Error("no sentence has a match: the test checks nothing")
	}
}
