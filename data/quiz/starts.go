package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// describedSpeaker opens on a few words or marks, and Go's regexp tries
// it at every place of every sentence: it is tried, anchored, only where
// one of them stands (lazyre's FindStringSubmatchIndexAt), with the same
// match (TestFromStartsIsFind), about a fifth faster. (postThenName,
// which opens on "the", was tried so too, and was slower: "the" is
// everywhere, and a small pattern's anchored try costs Go's backtracker
// a clearing of its memory of the whole rest of the sentence.)

// describedVerbWords are the speech verbs describedSpeaker's first
// branch opens on ("said the Warriors chief").
var describedVerbWords = lazyre.NewWords("said", "says", "added", "admitted", "insisted", "argued", "warned", "explained")

// describedSpeakerStarts returns where, in order, a match of
// describedSpeaker may start: at one of its speech verbs, at the text's
// start, or at the mark that ends the sentence or quotation before "The
// Tory leader said".
func describedSpeakerStarts(text string) []int {
	if !describedSpeaker.MayMatch(text) {
		return nil
	}
	starts := append([]int{0}, lazyre.WordStarts(text, describedVerbWords, false)...)
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(`.!?"`, text[i]) >= 0 || strings.HasPrefix(text[i:], "”") {
			starts = append(starts, i)
		}
	}
	slices.Sort(starts)
	return slices.Compact(starts)
}
