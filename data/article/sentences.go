package article

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// The Punkt model takes a few milliseconds to load and never changes, so
// it is loaded on first use and shared until ReleaseModel. Tokenize keeps
// no state between calls (neurosnap/sentences v1.1.2 makes the tokens it
// annotates on each call and only reads the model), so paragraphs may be
// split on several goroutines at once.
var (
	tokenizerMu sync.Mutex // held while loading
	tokenizer   atomic.Pointer[sentences.DefaultSentenceTokenizer]
)

func sentenceTokenizer() (*sentences.DefaultSentenceTokenizer, error) {
	if t := tokenizer.Load(); t != nil {
		return t, nil
	}
	tokenizerMu.Lock()
	defer tokenizerMu.Unlock()
	if t := tokenizer.Load(); t != nil {
		return t, nil
	}
	t, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err // not kept: the model is embedded, so every try fails alike
	}
	for i, a := range t.Annotations {
		switch a := a.(type) {
		case *sentences.TypeBasedAnnotation:
			t.Annotations[i] = punctuatedTypes{a}
		case *english.MultiPunctWordAnnotation:
			t.Annotations[i] = punctuatedOnly{a}
		}
	}
	tokenizer.Store(t)
	return t, nil
}

// punctuatedOnly runs the English tokenizer's multi-punctuation step
// only on the words it can change. That step tries an unanchored
// pattern, ((?:\w\.)+\w*\.), on every word of the article (about a
// tenth of splitting a long article into sentences), yet leaves a word
// alone unless the word is marked as ending a sentence or holds a '.',
// '?' or '!': it only ever clears a sentence break, and otherwise acts
// only on a word that matches that pattern, is ".", ends in one of
// `."`, `?'`, `!)` and the like, or is a number's second part ("1.2.").
// Each pair of neighbouring words is still read in order, as the step's
// own loop reads them, so the sentences found are the same.
type punctuatedOnly struct {
	step *english.MultiPunctWordAnnotation
}

func (p punctuatedOnly) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		if t := tokens[i]; t.SentBreak || strings.ContainsAny(t.Tok, ".?!") {
			p.step.Annotate(tokens[i : i+2]) // the pair (tokens[i], tokens[i+1]) alone
		}
	}
	return tokens
}

// punctuatedTypes runs the tokenizer's first step, which marks the words
// that end a sentence or are abbreviations, only on the words that hold
// a '.', '?', '!' or '。': it looks for sentence-ending marks (each of
// the English tokenizer's holds one of the first three) and a final
// period ('.' or '。'), and leaves any other word as it is. It read
// every word of the article, building lists of endings for each.
type punctuatedTypes struct {
	step *sentences.TypeBasedAnnotation
}

func (p punctuatedTypes) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i, t := range tokens {
		if strings.ContainsAny(t.Tok, ".?!。") {
			p.step.Annotate(tokens[i : i+1])
		}
	}
	return tokens
}

// ReleaseModel drops the sentence splitter's model (about 1 MiB of
// tables), which the next article loads again. An app that has read its
// article needs it again only for the next one (issue 16, idle memory).
// A split already running keeps the model it loaded.
func ReleaseModel() { tokenizer.Store(nil) }

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
	found := tok.Tokenize(para)
	spans := make([]Span, 0, len(found))
	for _, s := range found {
		spans = append(spans, splitAfterNumbers(text, Span{span.Start + s.Start, span.Start + s.End})...)
	}
	return joinAfterAbbreviations(text, trimmed(text, spans))
}

// titleAbbreviations always continue the sentence: a title or a label
// before a name or a number ("Gov. Brown", "Rs. 500", "No. 5").
var titleAbbreviations = map[string]bool{"Gov.": true, "Sen.": true, "Rep.": true, "St.": true, "Mr.": true,
	"Mrs.": true, "Ms.": true, "Dr.": true, "Gen.": true, "Lt.": true, "Col.": true, "Sgt.": true, "Capt.": true,
	"Prof.": true, "Rev.": true, "Rs.": true, "Supt.": true, "Cpl.": true, "Adm.": true, "Maj.": true, "Insp.": true,
	"Brig.": true, "Cmdr.": true, "Fr.": true, "Hon.": true, "Pres.": true}

// shortAbbreviation matches a short abbreviation closing a span: "Mo.",
// "Jr.", "Ark.", "U.S.".
var shortAbbreviation = lazyre.New(`(?:^|\s|\()((?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,3}\.)$`)

// joinAfterAbbreviations mends splits Punkt makes after abbreviations it
// does not know: a title always continues ("Gov. Brown"), and a short
// abbreviation continues when the next part starts in lower case or with
// a digit, as no sentence does ("Ferguson, Mo. police", "No. 5").
func joinAfterAbbreviations(text string, spans []Span) []Span {
	out := spans[:0:0]
	for _, s := range spans {
		if n := len(out); n > 0 && continuesAfter(text[out[n-1].Start:out[n-1].End], text[s.Start:s.End]) {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

func continuesAfter(prev, next string) bool {
	// The abbreviation is what follows the last space or "(" (\s is
	// ASCII white space in Go's patterns), and the pattern's match, if
	// any, is the same in that tail as in the whole span; tried on the
	// whole span, it was tried again from every place of the sentence.
	tail := prev[strings.LastIndexAny(prev, "\t\n\f\r (")+1:]
	m := shortAbbreviation.FindStringSubmatch(tail)
	if m == nil {
		return false
	}
	if titleAbbreviations[m[1]] {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first) || unicode.IsDigit(first)
}

// numberEnd matches a number that ends a sentence, "since 2019. A
// petition", which Punkt keeps together because it reads "2019." as an
// ordinal, as German writes them.
var numberEnd = lazyre.New(`[0-9][.!?]["”’)]?\s+["“‘(]?\p{Lu}`)

// numberEnds is numberEnd.FindAllStringIndex(text, -1). A match opens on
// a digit and a full stop, "!" or "?", which few places of a text are:
// the pattern is tried, anchored, there alone (lazyre's
// FindAllStringSubmatchIndexAt; it has no groups, so each match is the
// same two numbers), not from every place of every span, as Go's regexp
// tries a pattern that opens on a class.
func numberEnds(text string) [][]int {
	var starts []int
	for i := 0; i+1 < len(text); i++ {
		if '0' <= text[i] && text[i] <= '9' && strings.IndexByte(".!?", text[i+1]) >= 0 {
			starts = append(starts, i)
		}
	}
	if starts == nil {
		return nil
	}
	return numberEnd.FindAllStringSubmatchIndexAt(text, starts)
}

// splitAfterNumbers splits span after each number that ends a sentence.
func splitAfterNumbers(text string, span Span) []Span {
	var out []Span
	seg := text[span.Start:span.End]
	start := 0
	for _, m := range numberEnds(seg) {
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
