package facts

import (
	"sync"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/textnum"
)

// sentenceNumbers holds each sentence's numbers (textnum.Find), read
// once by whichever goroutine asks first: the quantities (in the loop, or
// read ahead of it) and the body's index, beside it, both read every
// sentence's, and each read them for itself (3–4 % of a 2 MB build's
// CPU, twice over). A number's reading depends on the text alone, so
// either goroutine's is the same.
type sentenceNumbers struct {
	once  []sync.Once
	found [][]textnum.Match
}

func newSentenceNumbers(sentences int) *sentenceNumbers {
	return &sentenceNumbers{once: make([]sync.Once, sentences), found: make([][]textnum.Match, sentences)}
}

// of returns s's numbers: read once, when n holds s's place, else read
// now (an extractor with no cache, such as the dates' own). The matches
// are shared: never change them.
func (n *sentenceNumbers) of(s article.Sentence) []textnum.Match {
	if n == nil || s.Index < 0 || s.Index >= len(n.found) {
		return textnum.Find(s.Text)
	}
	n.once[s.Index].Do(func() { n.found[s.Index] = textnum.Find(s.Text) })
	return n.found[s.Index]
}
