package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Two of the roles' patterns open on a few words, and Go's regexp tries
// them at every place of every sentence: postThenName and
// describedSpeaker are tried, anchored, only where one of their first
// words (or marks) stands (lazyre's Find…At), with the same matches
// (TestFromStartsIsFind).

// postsThenNames is postThenName.FindAllStringSubmatch(text, -1).
func postsThenNames(text string) [][]string {
	if !postThenName.MayMatch(text) {
		return nil
	}
	var out [][]string
	for _, m := range postThenName.FindAllStringSubmatchIndexAt(text, lazyre.WordStarts(text, theWord, false)) {
		groups := make([]string, len(m)/2)
		for i := range groups {
			if m[2*i] >= 0 {
				groups[i] = text[m[2*i]:m[2*i+1]]
			}
		}
		out = append(out, groups)
	}
	return out
}

var (
	theWord = lazyre.NewWords("the")
	// describedVerbWords are the speech verbs describedSpeaker's first
	// branch opens on ("said the Warriors chief").
	describedVerbWords = lazyre.NewWords("said", "says", "added", "admitted", "insisted", "argued", "warned", "explained")
)

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
