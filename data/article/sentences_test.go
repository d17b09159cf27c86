package article

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// paragraphs returns the lines of the test articles and, when it is
// beside the project, of the development set: real text, many
// abbreviations, numbers and quotations.
func paragraphs(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/articles/*")
	dev, _ := filepath.Glob("../../../shared/eval/articles/*.txt")
	var out []string
	for _, p := range append(paths, dev...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.TrimSpace(line) != "" {
				out = append(out, line)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no test articles")
	}
	return out
}

// TestPunctuatedOnlyIsTheStep: the tokenizer with its first and its
// multi-punctuation steps run only on punctuated words (punctuatedTypes,
// punctuatedOnly) splits every paragraph as the English tokenizer does.
func TestPunctuatedOnlyIsTheStep(t *testing.T) {
	plain, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ours, err := sentenceTokenizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []sentences.AnnotateTokens{punctuatedTypes{}, punctuatedOnly{}} {
		if !slices.ContainsFunc(ours.Annotations, func(a sentences.AnnotateTokens) bool { return reflect.TypeOf(a) == reflect.TypeOf(step) }) {
			t.Fatalf("no %T among the steps", step)
		}
	}
	extra := []string{"Gov. Brown and the F.B.I. met at 5 p.m. on Jan. 1. Then they left.",
		"He said “yes.” She said no! Why? Item 1) first. 1.2.3. x", "U.S.A. troops. e.g. this. Mr. X. Y.", ". . . ...", "東京。大阪。 A.B. c", "Wait... what?! No!!! (Yes.) [Maybe.]"}
	for _, para := range append(extra, paragraphs(t)...) {
		want, got := plain.Tokenize(para), ours.Tokenize(para)
		if !slices.EqualFunc(got, want, func(a, b *sentences.Sentence) bool { return *a == *b }) {
			t.Fatalf("%q: split into %d sentences, the English tokenizer into %d", para, len(got), len(want))
		}
	}
}

// TestAbbreviationInTail: continuesAfter reads the abbreviation from the
// span's last word and finds what the pattern finds in the whole span
// (the abbreviation, group 1; the whole match takes the space before it).
func TestAbbreviationInTail(t *testing.T) {
	spans := []string{"Ferguson, Mo.", "He lives in the U.S.", "(Gov.", "a\tNo.", "x\fSt.", "Mr.", "the end.", "Ab.(Cd.",
		"É.t.", "in Calif.", "Ark", "the U.S.  ", "(é.è.)", "Déc.", "\u00a0Jr.", "x\vMo."}
	for _, para := range paragraphs(t) {
		for _, s := range strings.SplitAfter(para, ". ") {
			spans = append(spans, strings.TrimSpace(s))
		}
	}
	for _, s := range spans {
		tail := s[strings.LastIndexAny(s, "\t\n\f\r (")+1:]
		if got, want := shortAbbreviation.FindStringSubmatch(tail), shortAbbreviation.FindStringSubmatch(s); (got == nil) != (want == nil) || got != nil && got[1] != want[1] {
			t.Errorf("%q: %q in its tail, %q in the whole", s, got, want)
		}
	}
}

// TestNumberEndsIsFindAll checks numberEnds against the pattern's own
// search on the lines of the test articles and on lines made to sit at
// its edges.
func TestNumberEndsIsFindAll(t *testing.T) {
	texts := append(paragraphs(t), "since 2019. A petition", "in 1999.\u00a0Then", "won 3-1! “Next", "up 4%. And", "at 5.30 pm. But",
		"1. A", "2.A", "x9?  (The", "7.” She", "8.’ He", "6.) It", "0.\" É", "5.\t‘Yes", "3. a", "", "4", "5.", "９. A")
	found := 0
	for _, text := range texts {
		want := numberEnd.Re().FindAllStringIndex(text, -1)
		if got := numberEnds(text); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("numberEnds(%q) = %v, FindAll %v", text, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Error("no line has a match: the test checks nothing")
	}
}
