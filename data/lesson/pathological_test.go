package lesson

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// pathological are inputs a teacher might drop by mistake, or that a
// broken scrape produces. Each must end in a lesson or a plain error,
// never a panic or a hang.
func pathological() map[string][]byte {
	words := strings.Fields("the council said that about 300 people could attend the meeting on Monday and the mayor agreed")
	var para strings.Builder
	for i := 0; para.Len() < 1<<20-200; i++ {
		para.WriteString(words[i%len(words)] + " ")
	}
	noPunct := "Headline without punctuation\n\n" + strings.Repeat("council workers said the plan would cost money and take years ", 2000)
	caps := "BREAKING NEWS\n\n" + strings.Repeat("THE MAYOR SAID ON MONDAY, JAN. 1 THAT 1,000 JOBS WOULD GO. ", 400)
	emoji := "🔥 Huge News 🔥\n\n" + strings.Repeat("People 😀 said 👍 that 3 million 🎉 fans came on Saturday, May 4. ", 400)
	rtl := "عنوان الخبر\n\n" + strings.Repeat("قال المجلس إن 300 شخص حضروا الاجتماع يوم الاثنين. ", 400)
	scripts := "<html><head><title>Story</title></head><body>" +
		strings.Repeat("<script>var x = '<p>not text</p>'; for(;;){}</script><style>p{}</style>", 2000) +
		"<article><h1>Story</h1><p>" + strings.Repeat("The council said it would close the library. ", 40) + "</p></article></body></html>"
	junk := bytes.Repeat([]byte{0x00, 0xff, 0x13, 0x89, 'P', 'N', 'G'}, 50000)
	return map[string][]byte{
		"one-megabyte-paragraph": []byte("A headline\n\n" + para.String()),
		"no-punctuation":         []byte(noPunct),
		"all-caps":               []byte(caps),
		"emoji":                  []byte(emoji),
		"right-to-left":          []byte(rtl),
		"html-full-of-scripts":   []byte(scripts),
		"binary-junk":            junk,
	}
}

func TestPathologicalInput(t *testing.T) {
	for name, raw := range pathological() {
		t.Run(name, func(t *testing.T) {
			l, err := Build(raw, 0)
			if err != nil {
				if !isPlainError(err) {
					t.Errorf("error %v is not one of the article package's plain errors", err)
				}
				return
			}
			checkSpans(t, l)
		})
	}
}

func isPlainError(err error) bool {
	for _, e := range []error{article.ErrEmpty, article.ErrBinary, article.ErrNotUTF8, article.ErrTooLarge, article.ErrNoBody} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// checkSpans fails when any sentence, fact, flag or question points
// outside the article's text.
func checkSpans(t testing.TB, l *Lesson) {
	t.Helper()
	n := len(l.Article.Source)
	bad := func(what string, start, end int) {
		if start < 0 || end > n || start > end {
			t.Fatalf("%s span [%d,%d) outside a %d-byte article", what, start, end, n)
		}
	}
	for _, s := range l.Article.Sentences {
		bad("sentence", s.Span.Start, s.Span.End)
	}
	for _, f := range l.Analysis.Facts {
		bad("fact "+string(f.Kind), f.Span.Start, f.Span.End)
	}
	for _, f := range l.Analysis.Flags {
		bad("flag "+string(f.Kind), f.Span.Start, f.Span.End)
	}
	for _, q := range l.Questions {
		bad(fmt.Sprintf("question %q", q.Prompt), q.Evidence.Start, q.Evidence.End)
	}
}

// BenchmarkPathological shows that bad input costs bounded time: the
// worst case is the largest article Lede accepts.
func BenchmarkPathological(b *testing.B) {
	for name, raw := range pathological() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				Build(raw, 0)
			}
		})
	}
}

// FuzzBuild runs the whole pipeline — reader, extractor, generator — on
// arbitrary input (seeds in testdata/fuzz/FuzzBuild): no panic, every
// span inside the text, and every question's own answer judged correct.
func FuzzBuild(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw []byte) {
		l, err := Build(raw, 0)
		if err != nil {
			return
		}
		checkSpans(t, l)
		for _, q := range l.Questions {
			if r := quiz.Check(q, q.Answer); r.Verdict != quiz.Correct {
				t.Fatalf("question %q: its own answer %q is judged %s", q.Prompt, q.Answer, r.Verdict)
			}
		}
	})
}
