package export

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/internal/constscan"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

var update = flag.Bool("update", false, "rewrite the golden exports in testdata")

// fixture is a lesson written for these tests: every kind of question,
// and every character either format reserves, in the article, the
// questions, the answers and the feedback. Each question names its
// evidence by a quote from the article, so the file stays readable.
func fixture(t testing.TB) (*article.Article, []quiz.Question) {
	t.Helper()
	raw, err := os.ReadFile("testdata/ferry-fares.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile("testdata/ferry-fares.json")
	if err != nil {
		t.Fatal(err)
	}
	var fq []struct {
		quiz.Question
		Quote string `json:"quote"`
	}
	if err := json.Unmarshal(js, &fq); err != nil {
		t.Fatal(err)
	}
	var qs []quiz.Question
	for _, f := range fq {
		start := strings.Index(a.Source, f.Quote)
		if start < 0 {
			t.Fatalf("%s: the quote %q is not in the article", f.ID, f.Quote)
		}
		q := f.Question
		q.Evidence = article.Span{Start: start, End: start + len(f.Quote)}
		q.Sentence = a.SentenceAt(start)
		if err := quiz.Validate(q, len(a.Source), len(a.Sentences)); err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		qs = append(qs, q)
	}
	return a, qs
}

// testLesson is a lesson to export, with its name.
type testLesson struct {
	name      string
	article   *article.Article
	questions []quiz.Question
}

// lessons are the fixture, the bundled sample and the articles whose
// quizzes are kept as golden files in testdata/quizzes, each built as
// Lede builds it.
func lessons(t testing.TB) []testLesson {
	t.Helper()
	a, qs := fixture(t)
	out := []testLesson{{"fixture", a, qs}}
	paths, _ := filepath.Glob("../../testdata/articles/*")
	for i, p := range append([]string{""}, paths...) {
		raw, name := assets.SampleLesson, "sample"
		if i > 0 {
			var err error
			if raw, err = os.ReadFile(p); err != nil {
				t.Fatal(err)
			}
			name = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		}
		l, err := lesson.Build(raw, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, testLesson{name, l.Article, l.Questions})
	}
	return out
}

// TestGolden keeps what each format writes for the fixture in testdata,
// so a reviewer reads any change as a diff. The fixture, not a generated
// quiz, so that a better question generator changes nothing here.
func TestGolden(t *testing.T) {
	a, qs := fixture(t)
	for _, f := range Formats {
		t.Run(f.Name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.Write(&buf, a, qs); err != nil {
				t.Fatal(err)
			}
			golden, got := filepath.Join("testdata", "ferry-fares"+f.Ext), buf.Bytes()
			if bytes.HasPrefix(got, []byte("PK\x03\x04")) {
				// A zip's compressed bytes are not for reading: the
				// golden file is its files' names and contents.
				golden, got = golden+".txt", zipListing(t, got)
			}
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./data/export -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s export differs from %s; review the change and run with -update if it is right.\ngot:\n%s", f.Label, golden, got)
			}
		})
	}
}

// zipListing writes a zip's files as text, in the zip's order: each
// name, its date, then its contents.
func zipListing(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	var b bytes.Buffer
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "==> %s (%s) <==\n%s\n", f.Name, f.Modified.UTC().Format("2006-01-02 15:04"), body)
	}
	return b.Bytes()
}

// TestDeterministic: the same lesson gives the same bytes every time.
func TestDeterministic(t *testing.T) {
	for _, l := range lessons(t)[:2] {
		for _, f := range Formats {
			var one, two bytes.Buffer
			if err := f.Write(&one, l.article, l.questions); err != nil {
				t.Fatal(err)
			}
			f.Write(&two, l.article, l.questions)
			if !bytes.Equal(one.Bytes(), two.Bytes()) {
				t.Errorf("%s %s: two exports differ", l.name, f.Name)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, want, err string
	}{
		{"moodle", "moodle", ""},
		{"GIFT", "gift", ""},
		{" gift ", "gift", ""},
		{"QTI", "qti", ""},
		{"qti12", "qti12", ""},
		{"scorm", "", `no format "scorm": choose moodle, gift, qti, qti12, xlsx or csv`},
		{"", "", "no format given: choose moodle, gift, qti, qti12, xlsx or csv"},
	}
	for _, tt := range tests {
		f, err := Lookup(tt.name)
		switch {
		case tt.err == "" && (err != nil || f.Name != tt.want):
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.name, f.Name, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("Lookup(%q) error = %v; want one saying %q", tt.name, err, tt.err)
		}
	}
}

// TestEveryKindHasAType reads quiz's Kind constants from its source: a
// new kind of question must be given a native type here before it can be
// exported (until then the export stops and names the question, rather
// than leave it out unseen).
func TestEveryKindHasAType(t *testing.T) {
	t.Chdir("../quiz")
	names := constscan.Strings(t, "Kind")
	if len(names) < 8 {
		t.Fatalf("found %d Kind constants; the parse missed some", len(names))
	}
	for _, k := range names {
		if _, ok := kindTypes[quiz.Kind(k)]; !ok {
			t.Errorf("kind %s has no native type", k)
		}
	}
}

// TestUnusableQuestions: a question Lede itself could not ask or check
// stops the export, with its number and wording, rather than reach the
// platform as something else.
func TestUnusableQuestions(t *testing.T) {
	a, qs := fixture(t)
	choice := qs[5]
	choice.Accepted = []string{"Someone else"}
	who := qs[6]
	who.Accepted = nil
	tests := []struct {
		name string
		q    quiz.Question
		want string
	}{
		{"unknown kind", quiz.Question{ID: "qnew", Kind: "draw-a-map", Prompt: "Draw the route"}, "Lede cannot check this kind"},
		{"no right option", choice, "not among its options"},
		{"no answer key", who, "no answer key"},
	}
	for _, tt := range tests {
		for _, f := range Formats {
			err := f.Write(&bytes.Buffer{}, a, append(qs[:1:1], tt.q))
			if err == nil || !strings.Contains(err.Error(), "question 2") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s, %s: %v; want an error naming question 2 and saying %q", tt.name, f.Name, err, tt.want)
			}
		}
	}
}

func TestShortAnswers(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Question
		want []string
	}{
		{"names", quiz.Question{Kind: quiz.Who, Accepted: []string{"Jack Ma", "Ma", "jack  ma"}}, []string{"Jack Ma", "Ma"}},
		{"a day", quiz.Question{Kind: quiz.When, Date: "2024-03-13", Accepted: []string{"March 13, 2024"}},
			[]string{"March 13, 2024", "March 13 2024", "13 March 2024", "March 13", "13 March",
				"Wednesday, March 13, 2024", "Wednesday 13 March 2024", "Wednesday, March 13", "Wednesday 13 March"}},
		{"no day", quiz.Question{Kind: quiz.When, Date: "", Accepted: []string{"last spring"}}, []string{"last spring"}},
		{"spaces folded", quiz.Question{Kind: quiz.ShortAnswer, Accepted: []string{" the\u00a0quay\n"}}, []string{"the quay"}},
	}
	for _, tt := range tests {
		if got := shortAnswers(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestShortAnswerPattern(t *testing.T) {
	for in, want := range map[string]string{
		"Jack Ma":       "Jack Ma",
		"A*B":           `A\*B`,
		"north -> east": "north -*> east",
		"**":            `\*\*`,
	} {
		if got := shortAnswerPattern(in); got != want {
			t.Errorf("shortAnswerPattern(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestNumberAnswers(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Question
		want []answer
	}{
		{"approximate", quiz.Question{Value: 15e6, Approx: true, Answer: "over 15 million"},
			[]answer{{Text: "15000000", Fraction: 100, Tolerance: "1500000"}}},
		{"exact", quiz.Question{Value: 36446, Answer: "36,446"},
			[]answer{{Text: "36446", Fraction: 100, Tolerance: "0"}, {Text: "36446", Fraction: 50, Tolerance: "3644.6",
				Feedback: "<p>Close, but the article gives the exact number 36,446.</p>"}}},
		{"decimal", quiz.Question{Value: 12.5, Approx: true, Answer: "12.50"},
			[]answer{{Text: "12.5", Fraction: 100, Tolerance: "1.25"}}},
		{"negative", quiz.Question{Value: -40, Approx: true, Answer: "-40"},
			[]answer{{Text: "-40", Fraction: 100, Tolerance: "4"}}},
		{"a place in an order", quiz.Question{Value: 81, Answer: "81st"},
			[]answer{{Text: "81", Fraction: 100, Tolerance: "0"}}},
		{"zero", quiz.Question{Value: 0, Answer: "none"},
			[]answer{{Text: "0", Fraction: 100, Tolerance: "0"}}},
	}
	for _, tt := range tests {
		if got := numberAnswers(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %+v; want %+v", tt.name, got, tt.want)
		}
	}
}

func TestPlainAndHTMLText(t *testing.T) {
	tests := []struct{ in, plain, html string }{
		{"a\u00a0b\n\tc", "a b c", "a b c"},
		{"x\x00y\x1bz", "xyz", "xyz"},
		{"bad \xff byte", "bad \uFFFD byte", "bad \uFFFD byte"},
		{`<b> & "q" 'a'`, `<b> & "q" 'a'`, `&lt;b&gt; &amp; "q" 'a'`},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.plain {
			t.Errorf("plain(%q) = %q; want %q", tt.in, got, tt.plain)
		}
		if got := htmlText(tt.in); got != tt.html {
			t.Errorf("htmlText(%q) = %q; want %q", tt.in, got, tt.html)
		}
	}
}

// TestFeedbackQuotesTheEvidenceOnce: the evidence is added to the
// explanation unless the explanation already quotes it.
func TestFeedbackQuotesTheEvidenceOnce(t *testing.T) {
	a, qs := fixture(t)
	q := qs[0]
	ev := Evidence(a, q)
	if got := feedbackHTML(a, q); strings.Count(got, ev) != 1 || !strings.Contains(got, evidenceLabel) {
		t.Errorf("feedback %q should quote %q once, after %q", got, ev, evidenceLabel)
	}
	q.Explanation = "Yes: “" + ev + "”."
	if got := feedbackHTML(a, q); strings.Count(got, ev) != 1 || strings.Contains(got, evidenceLabel) {
		t.Errorf("feedback %q quotes the evidence twice", got)
	}
	q.Evidence = article.Span{Start: 5, End: len(a.Source) + 1}
	if Evidence(a, q) != "" {
		t.Error("evidence outside the article was read")
	}
}

// TestPurePackage keeps the package free of UI and storage.
func TestPurePackage(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skip("go list unavailable:", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") || dep == "database/sql" {
			t.Errorf("data/export depends on %s", dep)
		}
	}
}
