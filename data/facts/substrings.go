package facts

import (
	"index/suffixarray"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/article"
)

// substringIndex finds, among some of an article's sentences, those whose
// text holds a string, in one look-up instead of a search of each: a
// check asked once for every speaker or figure made an article naming
// thousands of people quadratic (issue 16). It finds any string, as
// strings.Contains would, not only whole words.
type substringIndex struct {
	sentences []article.Sentence
	// text is the sentences' texts, each followed by a NUL; starts holds
	// where each begins in it.
	text   *suffixarray.Index
	starts []int
}

// newSubstringIndex indexes sentences.
func newSubstringIndex(sentences []article.Sentence) *substringIndex {
	var b strings.Builder
	starts := make([]int, len(sentences))
	for i, s := range sentences {
		starts[i] = b.Len()
		b.WriteString(s.Text)
		b.WriteByte(0)
	}
	return &substringIndex{sentences: sentences, text: suffixarray.New([]byte(b.String())), starts: starts}
}

// holding returns the indexed sentences whose text holds sub, in order.
func (x *substringIndex) holding(sub string) []article.Sentence {
	if sub == "" {
		return x.sentences
	}
	var at []int // positions into x.sentences
	for _, off := range x.text.Lookup([]byte(sub), -1) {
		i, found := slices.BinarySearch(x.starts, off)
		if !found {
			i-- // off falls inside sentence i
		}
		if off+len(sub) <= x.starts[i]+len(x.sentences[i].Text) { // not across the NUL into the next
			at = append(at, i)
		}
	}
	slices.Sort(at)
	out := make([]article.Sentence, 0, len(at))
	for _, i := range slices.Compact(at) {
		out = append(out, x.sentences[i])
	}
	return out
}
