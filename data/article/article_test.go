package article

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

func readSample(t testing.TB) []byte {
	b, err := os.ReadFile("../../assets/lessons/alibaba-jobs.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseSample(t *testing.T) {
	a, err := Parse(readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Trump & Alibaba's Founder Jack Ma Discuss Plan To Generate 1M New American Jobs"; a.Title != want {
		t.Errorf("Title = %q; want %q", a.Title, want)
	}
	if a.Author != "Victor Thomson" {
		t.Errorf("Author = %q", a.Author)
	}
	want := time.Date(2017, 1, 10, 2, 24, 0, 0, time.FixedZone("EST", -5*3600))
	if !a.Published.Equal(want) || a.Published.Location().String() != "EST" {
		t.Errorf("Published = %v; want %v", a.Published, want)
	}
	var heads []string
	for _, h := range a.Headings() {
		heads = append(heads, h.Text)
	}
	if strings.Join(heads, "|") != "Alibaba To Create 1M US Jobs|Trump's Meeting With Jack Ma" {
		t.Errorf("Headings = %q", heads)
	}
	if len(a.Extras) != 2 || !strings.HasPrefix(a.Extras[0].Text, "© 2018 ITECHPOST") || a.Extras[1].Text != "Real Time Analytics" {
		t.Errorf("Extras = %+v; want the copyright footer and the analytics line", a.Extras)
	}
	for _, s := range a.Sentences {
		if strings.Contains(s.Text, "ITECHPOST") || strings.Contains(s.Text, "Analytics") {
			t.Errorf("boilerplate in the body: %q", s.Text)
		}
		raw := collapseSpaces(a.Source[s.Span.Start:s.Span.End])
		if raw != s.Text {
			t.Errorf("sentence %d span gives %q; text is %q", s.Index, raw, s.Text)
		}
	}
	// "Jan. 1," and "U.S." must not end sentences.
	first := a.Sentences[0].Text
	if !strings.HasSuffix(first, "a million new U.S. jobs.") || !strings.Contains(first, "Monday, Jan. 1, regarding") {
		t.Errorf("first sentence = %q", first)
	}
	if n := len(a.Sentences); n != 23 {
		t.Errorf("%d sentences; want 23", n)
	}
}

func TestParseMarkdownAndDates(t *testing.T) {
	src := "# Big Headline\n\nBy Jo Bloggs, 2 October 2024\n\n## A subheading\n\nFirst paragraph. It has two sentences.\nThis line wraps the same paragraph.\n\nShare this article\n"
	a, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Big Headline" || a.Author != "Jo Bloggs" || a.Published.Format("2006-01-02") != "2024-10-02" {
		t.Errorf("got title %q author %q date %v", a.Title, a.Author, a.Published)
	}
	if len(a.Blocks) != 2 || a.Blocks[0].Kind != Heading || a.Blocks[0].Text != "A subheading" {
		t.Fatalf("Blocks = %+v", a.Blocks)
	}
	if len(a.Sentences) != 3 || len(a.Extras) != 1 {
		t.Errorf("%d sentences, %d extras; want 3 and 1", len(a.Sentences), len(a.Extras))
	}
}

func TestParseRejectsBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"spaces", []byte(" \n\t\n "), ErrEmpty},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"), ErrBinary},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), ErrPDF},
		{"docx", []byte("PK\x03\x04\x14\x00\x06\x00word/document.xml"), ErrZipped},
		{"doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), ErrOldWord},
		{"rtf", []byte("{\\rtf1\\ansi Hello}"), ErrRTF},
		{"huge", make([]byte, MaxSize+1), ErrTooLarge},
		{"headline only", []byte("Just A Headline\n"), ErrNoBody},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v; want %v", tt.name, err, tt.want)
		}
	}
}

// TestParseReadsWindowsText: Notepad's "ANSI" (Windows-1252) and
// "Unicode" (UTF-16 with a byte-order mark) articles are read, not
// refused.
func TestParseReadsWindowsText(t *testing.T) {
	utf16le := []byte{0xff, 0xfe}
	for _, r := range "Caf\u00e9 owners fight plan\n\nThe caf\u00e9 opened in 2019.\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	for name, in := range map[string][]byte{
		"windows-1252": []byte("Caf\xe9 owners fight plan\r\n\r\nThe caf\xe9 opened in 2019 \x96 \x93quietly\x94.\r\n"),
		"utf-16":       utf16le,
	} {
		a, err := Parse(in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Title != "Café owners fight plan" || !strings.Contains(a.Sentences[0].Text, "café") {
			t.Errorf("%s: title %q, first sentence %q", name, a.Title, a.Sentences[0].Text)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(readSample(f))
	for _, s := range []string{"A\n\nB.", "# T\n\nBy X, Jan 1, 2020\n\nHi. Bye.", "\u00a0\u00a0x\n\ny. z.", "T\n\n© 2020\nmore"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse(raw)
		if err != nil {
			return
		}
		for _, s := range a.Sentences {
			if s.Span.Start < 0 || s.Span.End > len(a.Source) || s.Span.Start >= s.Span.End {
				t.Fatalf("bad span %+v in %q", s.Span, raw)
			}
		}
	})
}

func BenchmarkParseSample(b *testing.B) {
	raw := readSample(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseSameOnAnyCores: a long article's paragraphs are split into
// sentences on every core; the article read must be the one a single
// core reads, sentence numbers included.
func TestParseSameOnAnyCores(t *testing.T) {
	sample := string(readSample(t))
	head, body, _ := strings.Cut(sample, "\n\n")
	var b strings.Builder
	b.WriteString(head + "\n\n")
	var paras []string
	for _, line := range strings.Split(body, "\n") {
		if len(strings.Fields(line)) > 12 {
			paras = append(paras, strings.TrimSpace(line))
		}
	}
	for i := range 4 * minPerWorker { // each told apart, or it reads as a pull-quote
		fmt.Fprintf(&b, "%s It was copy %d.\n\n", paras[i%len(paras)], i)
	}
	raw := []byte(b.String())
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(4)
	four, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Sentences) < 3*minPerWorker {
		t.Fatalf("%d sentences: too few to split on several cores", len(one.Sentences))
	}
	if !reflect.DeepEqual(one, four) {
		t.Error("the article read on four cores differs from the one read on one")
	}
}
