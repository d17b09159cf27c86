package article

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// The Punkt model takes a few milliseconds to load and never changes, so
// it is loaded once, on first use, and shared; a mutex guards Tokenize in
// case the library keeps scratch state.
var (
	tokenizerOnce sync.Once
	tokenizerMu   sync.Mutex
	tokenizer     *sentences.DefaultSentenceTokenizer
	tokenizerErr  error
)

func sentenceTokenizer() (*sentences.DefaultSentenceTokenizer, error) {
	tokenizerOnce.Do(func() {
		tokenizer, tokenizerErr = english.NewSentenceTokenizer(nil)
	})
	return tokenizer, tokenizerErr
}

// splitSentences splits the paragraph at span of text into sentences and
// returns their spans, trimmed of white space, in text's offsets.
func splitSentences(text string, span Span) []Span {
	para := text[span.Start:span.End]
	tok, err := sentenceTokenizer()
	if err != nil {
		// The model is embedded in the binary; failing to load it is a
		// build fault. Treat the paragraph as one sentence rather than lose it.
		return trimmed(text, []Span{span})
	}
	tokenizerMu.Lock()
	found := tok.Tokenize(para)
	tokenizerMu.Unlock()
	spans := make([]Span, 0, len(found))
	for _, s := range found {
		spans = append(spans, splitAfterNumbers(text, Span{span.Start + s.Start, span.Start + s.End})...)
	}
	return trimmed(text, spans)
}

// numberEnd matches a number that ends a sentence, "since 2019. A
// petition", which Punkt keeps together because it reads "2019." as an
// ordinal, as German writes them.
var numberEnd = regexp.MustCompile(`[0-9][.!?]["”’)]?\s+["“‘(]?\p{Lu}`)

// splitAfterNumbers splits span after each number that ends a sentence.
func splitAfterNumbers(text string, span Span) []Span {
	var out []Span
	seg := text[span.Start:span.End]
	start := 0
	for _, m := range numberEnd.FindAllStringIndex(seg, -1) {
		cut := m[0] + 2 // after the digit and the mark
		if q := seg[cut]; q == '"' || q == ')' {
			cut++
		} else if strings.HasPrefix(seg[cut:], "”") || strings.HasPrefix(seg[cut:], "’") {
			cut += 3
		}
		out = append(out, Span{span.Start + start, span.Start + cut})
		start = cut
	}
	return append(out, Span{span.Start + start, span.End})
}

// trimmed drops leading and trailing white space from each span and drops
// spans that hold nothing else.
func trimmed(text string, spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		seg := text[s.Start:s.End]
		lead := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		body := strings.TrimSpace(seg)
		if body == "" {
			continue
		}
		out = append(out, Span{s.Start + lead, s.Start + lead + len(body)})
	}
	return out
}
