package worksheet

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

// sample is the bundled sample lesson, as Lede builds it.
func sample(t testing.TB) *lesson.Lesson {
	t.Helper()
	l, err := lesson.Build(assets.SampleLesson, 0)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// cafe is testdata/harbour-cafe.txt — curly quotes, £ and €, accented
// names, a long web address, Japanese and an emoji — with a question of
// every kind, each naming its evidence by a quote.
func cafe(t testing.TB) (*article.Article, []quiz.Question) {
	t.Helper()
	raw, err := os.ReadFile("testdata/harbour-cafe.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	fixture := []struct {
		quiz.Question
		quote string
	}{
		{quiz.Question{Kind: quiz.YesNo, Prompt: "Did the café reopen after a flood?", Answer: "Yes", Accepted: []string{"yes"},
			Explanation: "Yes: a flood closed it for two years."}, "after a flood closed it for two years"},
		{quiz.Question{Kind: quiz.HowMany, Prompt: "How much does a pot of tea cost, in pounds?", Answer: "£4.50", Accepted: []string{"4.50", "£4.50"}, Value: 4.5,
			Explanation: "Brontë gives £4.50."}, "a pot of tea now costs £4.50"},
		{quiz.Question{Kind: quiz.Choice, Prompt: "What are visitors paying in euros charged?", Choices: []string{"€4.50", "€5", "€35"}, Answer: "€5", Accepted: []string{"€5"},
			Explanation: "The article says €5."}, "visitors paying in euros are charged €5"},
		{quiz.Question{Kind: quiz.Who, Prompt: "Who said the café’s licence runs until 2030?", Answer: "José Núñez", Accepted: []string{"José Núñez", "Núñez", "Jose Nunez"},
			Explanation: "The council spokesman, José Núñez, said so."}, "José Núñez, said the café’s licence runs until 2030"},
		{quiz.Question{Kind: quiz.When, Prompt: "On what day did the café reopen?", Answer: "Saturday, March 9, 2024", Accepted: []string{"March 9, 2024", "9 March"}, Date: "2024-03-09",
			Explanation: "It reopened on Saturday, March 9."}, "reopened on Saturday, March 9"},
		{quiz.Question{Kind: quiz.WhatIsWrong, Prompt: "What should a careful reader notice about “We had no choice”?", Choices: []string{"Nothing", "It is one side’s view", "It gives no date"},
			Answer: "It is one side’s view", Accepted: []string{"It is one side’s view"}, Explanation: "It comes from the owner, who gains from it."}, "“We had no choice,” she said"},
		{quiz.Question{Kind: quiz.FindSentence, Prompt: "Which sentence says how long the licence runs?", Choices: []string{
			"A council spokesman, José Núñez, said the café’s licence runs until 2030.",
			"The harbour café run by Zoë Brontë reopened on Saturday, March 9, after a flood closed it for two years."},
			Answer: "A council spokesman, José Núñez, said the café’s licence runs until 2030.", Accepted: []string{"A council spokesman, José Núñez, said the café’s licence runs until 2030."},
			Explanation: "The third paragraph gives the date."}, "the café’s licence runs until 2030"},
		{quiz.Question{Kind: quiz.ShortAnswer, Prompt: "What did the visitors from Tokyo write in?", Answer: "the guest book", Accepted: []string{"the guest book", "guest book"},
			Explanation: "They wrote in the guest book."}, "in the guest book"},
	}
	var qs []quiz.Question
	for i, f := range fixture {
		q := f.Question
		start := strings.Index(a.Source, f.quote)
		if start < 0 {
			t.Fatalf("question %d: the quote %q is not in the article", i+1, f.quote)
		}
		q.ID = fmt.Sprintf("qcafe%d", i+1)
		q.Evidence = article.Span{Start: start, End: start + len(f.quote)}
		q.Sentence = a.SentenceAt(start)
		q.Difficulty = 1
		q.Source = "fixture"
		qs = append(qs, q)
	}
	return a, qs
}

// long is a long article with its generated quiz: the bodies of the
// articles in testdata/articles, then paragraphs of
// made-up report, each longer than the one before; it must flow over
// many pages.
func long(t testing.TB) *lesson.Lesson {
	t.Helper()
	var b strings.Builder
	b.WriteString("A Week In Harbridge: Libraries, Rail, Chips And A Cup Final\n\nBy A. Writer , June 3, 2024 09:00 AM GMT")
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/articles: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// the body: after the headline and the byline
		paras := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n\n")
		for _, p := range paras[min(2, len(paras)):] {
			if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "©") {
				b.WriteString("\n\n" + p)
			}
		}
	}
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "\n\nCouncillor Maria Lopez said on Monday that section %d of the report covers %d homes.", i, i*100)
		for range i % 7 {
			b.WriteString(" The report, which runs to hundreds of pages, was written over two years by a team of eleven officers working with residents.")
		}
	}
	l, err := lesson.Build([]byte(b.String()), 20)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func render(t testing.TB, a *article.Article, qs []quiz.Question, o Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := Render(&buf, a, qs, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := pages(buf.Bytes()); got != n.Worksheet+n.Blank+n.Key {
		t.Errorf("Render says %+v, but the PDF has %d pages", n, got)
	}
	return buf.Bytes()
}

// pageObject matches each page object of a PDF, not the page tree.
var pageObject = regexp.MustCompile(`/Type /Page\b[^s]`)

func pages(pdf []byte) int { return len(pageObject.FindAll(pdf, -1)) }

// TestPageCounts: the sample fills 4 worksheet pages and 3 of key on A4
// and on Letter (the key starts on page 5, a new sheet, with no blank
// page needed); in large print on A4 its worksheet takes 7 pages, so a
// blank page puts the key on page 9. The long article (60 paragraphs,
// 20 questions) flows over 11 pages, so a blank page puts the key on
// page 13 and 4 pages long, and over 22 in large print on A4, the key on
// page 23 and 10 pages long, 23 on Letter. The long article's quiz changes with the
// generator (12, 23 and 24 until quizzes held fewer recall questions;
// a key of 13 until the footing questions, 2026-12-02, of 12 until a
// quiz asked one "which source?" question, and of 11 and 5 until "who is
// the source?" quoted the claim without its unnamed speaker, later that
// day; the long lesson lost a page or two on 2026-12-02 when "who gives
// the figure?" was no longer asked of a plain count: the quiz's only
// change, so those counts were taken from the render without looking
// again; and the sample one page of its worksheet and of its large key
// when "who gives the figure?" stopped offering a company's founder as
// a wrong source of the company's figure, the same way; and the long
// lesson's large print on A4 two pages more (33) on 2026-12-03, when its
// quiz gained the fact-or-opinion pair, the same way; and one page less
// (32), its key 10 pages, later that day, when the fact's explanation
// became shorter and an own-voice question whose key stood out by its
// tense was dropped, the same way; and the long worksheet one page more
// (11, its large print on A4 32) on 2026-12-04, when its quiz gained a
// footing question on a claim "he said", the same way; and the sample
// one page more of worksheet (4) and of large key (8) later that day,
// when its quiz gained a footing question on "Ma said that he mainly
// talked with Trump …", its pages rendered and looked at). The numbers were
// read off pages rendered with pdftoppm and looked at.
func TestPageCounts(t *testing.T) {
	s, lg := sample(t), long(t)
	tests := []struct {
		name string
		l    *lesson.Lesson
		o    Options
		want int
	}{
		{"sample A4", s, Options{}, 7},
		{"sample A4 worksheet", s, Options{Parts: WorksheetOnly}, 4},
		{"sample A4 key", s, Options{Parts: KeyOnly}, 3},
		{"sample Letter", s, Options{Paper: Letter}, 7},
		{"sample large A4", s, Options{Size: LargeSize}, 7 + 1 + 8},
		{"long A4 worksheet", lg, Options{Parts: WorksheetOnly}, 11},
		{"long A4", lg, Options{}, 11 + 1 + 4},
		{"long large A4", lg, Options{Size: LargeSize}, 32},
		{"long large Letter worksheet", lg, Options{Paper: Letter, Size: LargeSize, Parts: WorksheetOnly}, 22},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pages(render(t, tt.l.Article, tt.l.Questions, tt.o)); got != tt.want {
				t.Errorf("%d pages; want %d", got, tt.want)
			}
		})
	}
	// The key of a both-parts PDF starts on an odd page: a blank page
	// follows a worksheet of an odd number of pages.
	for _, tt := range tests {
		if tt.o.Parts != Both {
			continue
		}
		o := tt.o
		o.Parts = WorksheetOnly
		w := pages(render(t, tt.l.Article, tt.l.Questions, o))
		o.Parts = KeyOnly
		k := pages(render(t, tt.l.Article, tt.l.Questions, o))
		if want := w + w%2 + k; tt.want != want {
			t.Errorf("%s: %d pages, but the worksheet has %d and the key %d", tt.name, tt.want, w, k)
		}
	}
}

// pdfText is the PDF's text as pdftotext reads it, white space folded,
// page by page; the test is skipped when pdftotext is not installed.
func pdfText(t *testing.T, pdf []byte) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
	}
	file := filepath.Join(t.TempDir(), "w.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	var pp []string
	for _, p := range strings.Split(string(out), "\f") {
		pp = append(pp, strings.Join(strings.Fields(p), " "))
	}
	return pp
}

// TestEveryQuestionPrints: every question's wording, every option and
// every paragraph's number are on the worksheet, and no answer is — the
// worksheet is what students get.
func TestEveryQuestionPrints(t *testing.T) {
	a, qs := cafe(t)
	s := sample(t)
	for _, l := range []struct {
		name string
		a    *article.Article
		qs   []quiz.Question
	}{{"cafe", a, qs}, {"sample", s.Article, s.Questions}, {"long", long(t).Article, long(t).Questions}} {
		for _, o := range []Options{{Parts: WorksheetOnly}, {Parts: WorksheetOnly, Size: LargeSize, Paper: Letter}} {
			text := strings.Join(pdfText(t, render(t, l.a, l.qs, o)), " ")
			for i, q := range l.qs {
				if !strings.Contains(text, fold(strconv.Itoa(i+1)+". "+q.Prompt)) && !strings.Contains(text, q.Prompt) {
					t.Errorf("%s %+v: question %d %q is not on the worksheet", l.name, o, i+1, q.Prompt)
				}
				for _, c := range q.Choices {
					if !strings.Contains(text, c) {
						t.Errorf("%s: question %d's option %q is not on the worksheet", l.name, i+1, c)
					}
				}
			}
			if strings.Contains(text, "Answer key") || strings.Contains(text, l.qs[0].Explanation) {
				t.Errorf("%s: the worksheet shows the answer key", l.name)
			}
		}
	}
}

// TestCharactersPrint: curly quotes, £, €, accented names and a web
// address longer than a line print as written; Japanese and an emoji,
// which the font has no glyphs for, print as a replacement mark rather
// than as nothing.
func TestCharactersPrint(t *testing.T) {
	a, qs := cafe(t)
	text := strings.Join(pdfText(t, render(t, a, qs, Options{})), " ")
	for _, want := range []string{"Zoë Brontë’s “Café Société” Reopens", "£4.50", "€5", "Siân O’Connor", "José Núñez", "“We had no choice,”"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q did not print", want)
		}
	}
	// pdftotext joins a word broken after a hyphen at the end of a line
	// and drops the hyphen, so hyphens and spaces are left out of the
	// comparison.
	squeeze := strings.NewReplacer(" ", "", "-", "")
	if url := "https://example.org/planning/applications/2024/harbour-cafe-societe-reopening-plan-and-flood-defences-final-version.pdf"; !strings.Contains(squeeze.Replace(text), squeeze.Replace(url)) {
		t.Errorf("the web address did not print whole (over two lines)")
	}
	if !strings.Contains(text, "wrote \uFFFD\uFFFD\uFFFD\uFFFD in") || !strings.Contains(text, "drew a \uFFFD beside") {
		t.Errorf("characters without a glyph are not marked: %q", text)
	}
}

// TestKeyMatchesQuiz: the key holds every question, each accepted
// answer, the explanation and the paragraph of the evidence, and starts
// on a page of its own.
func TestKeyMatchesQuiz(t *testing.T) {
	a, qs := cafe(t)
	s := sample(t)
	for _, l := range []struct {
		name string
		a    *article.Article
		qs   []quiz.Question
	}{{"cafe", a, qs}, {"sample", s.Article, s.Questions}} {
		pp := pdfText(t, render(t, l.a, l.qs, Options{}))
		key := -1
		for i, p := range pp {
			if strings.HasPrefix(p, "Answer key") {
				key = i
				break
			}
		}
		if key < 0 || key%2 != 0 {
			t.Fatalf("%s: the key starts on page %d; want an odd page", l.name, key+1)
		}
		text := strings.ToLower(strings.Join(pp[key:], " "))
		for i, q := range l.qs {
			for _, want := range append([]string{q.Prompt, withoutAnswer(q.Explanation, q.Answer)}, q.Accepted...) {
				if !strings.Contains(text, sameAnswer(want)) {
					t.Errorf("%s: question %d: %q is not in the key", l.name, i+1, want)
				}
			}
		}
	}
	key := Key(a, qs)
	wantWhere := []string{"paragraph 1", "paragraph 2", "paragraph 2", "paragraph 3", "paragraph 1", "paragraph 2", "paragraph 3", "paragraph 4"}
	for i, e := range key {
		if e.Where != wantWhere[i] {
			t.Errorf("question %d: evidence in %q; want %q", i+1, e.Where, wantWhere[i])
		}
	}
	if got := key[3].AlsoAccepted; len(got) != 2 || got[0] != "Núñez" {
		t.Errorf("also accepted %q; want the answers other than the one shown", got)
	}
	if key[1].Note == "" || key[4].Note == "" || key[0].Note != "" {
		t.Error("a number or a date has no marking note, or a yes/no has one")
	}
}

// TestWhere: evidence in the headline, a subheading or the lines below
// the article is named as such.
func TestWhere(t *testing.T) {
	s := sample(t)
	a := s.Article
	nums := paragraphNumbers(a)
	if got := where(a, nums, a.TitleSpan.Start); got != "the headline" {
		t.Errorf("headline: %q", got)
	}
	for _, b := range a.Blocks {
		if b.Kind == article.Heading {
			if got := where(a, nums, b.Span.Start); !strings.HasPrefix(got, "the subheading “") {
				t.Errorf("subheading: %q", got)
			}
			break
		}
	}
	if len(a.Extras) > 0 {
		if got := where(a, nums, a.Extras[0].Span.Start); got != "the lines printed below the article" {
			t.Errorf("extras: %q", got)
		}
	}
	if got := where(a, nums, -1); got != "" {
		t.Errorf("nowhere: %q", got)
	}
}

// bboxWord is a word's box in pdftotext -bbox output.
var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
var bboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)

// TestNothingOffThePage: every word pdftotext finds lies inside the
// margins, at each paper size and text size (give or take the room
// pdftotext gives a word above its line: the font's ascent).
func TestNothingOffThePage(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
	}
	a, qs := cafe(t)
	lg := long(t)
	const marginPt = margin / mmPerPt
	for _, o := range []Options{{}, {Paper: Letter, Size: LargeSize}, {Size: maxSize}} {
		for _, l := range []struct {
			a  *article.Article
			qs []quiz.Question
		}{{a, qs}, {lg.Article, lg.Questions}} {
			dir := t.TempDir()
			file := filepath.Join(dir, "w.pdf")
			if err := os.WriteFile(file, render(t, l.a, l.qs, o), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("pdftotext", "-bbox", file, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			pg := bboxPage.FindStringSubmatch(string(out))
			if pg == nil {
				t.Fatal("no page in the bbox output")
			}
			w, h := num(pg[1]), num(pg[2])
			words := bboxWord.FindAllStringSubmatch(string(out), -1)
			if len(words) < 100 {
				t.Fatalf("only %d words", len(words))
			}
			for _, m := range words {
				x0, y0, x1, y1 := num(m[1]), num(m[2]), num(m[3]), num(m[4])
				if x0 < marginPt-1 || x1 > w-marginPt+1 || y0 < marginPt/2 || y1 > h-marginPt/2 {
					t.Errorf("%+v: %q at (%.0f,%.0f)–(%.0f,%.0f) is outside the margins of a %.0f×%.0f page", o, m[5], x0, y0, x1, y1, w, h)
				}
			}
		}
	}
}

func num(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }

// TestDeterministic: the same lesson gives the same bytes; the date is
// the one given.
func TestDeterministic(t *testing.T) {
	a, qs := cafe(t)
	one, two := render(t, a, qs, Options{}), render(t, a, qs, Options{})
	if !bytes.Equal(one, two) {
		t.Error("two renderings of one lesson differ")
	}
	dated := render(t, a, qs, Options{Date: time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)})
	if !bytes.Contains(dated, []byte("D:20261201093000")) {
		t.Error("the date given is not the document's")
	}
}

func TestRenderErrors(t *testing.T) {
	a, qs := cafe(t)
	bad := append([]quiz.Question{}, qs...)
	bad[0].Evidence = article.Span{Start: 0, End: len(a.Source) + 10}
	for _, tt := range []struct {
		name string
		a    *article.Article
		qs   []quiz.Question
		o    Options
		msg  string
	}{
		{"no questions", a, nil, Options{}, "no questions"},
		{"no article", nil, qs, Options{}, "no article"},
		{"bad paper", a, qs, Options{Paper: "a3"}, `no paper size "a3": choose a4 or letter`},
		{"bad question", a, bad, Options{}, "worksheet:"},
	} {
		_, err := Render(&bytes.Buffer{}, tt.a, tt.qs, tt.o)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: %v; want %q", tt.name, err, tt.msg)
		}
	}
}

func TestLookupPaper(t *testing.T) {
	for in, want := range map[string]Paper{"a4": A4, " A4": A4, "Letter": Letter} {
		if got, err := LookupPaper(in); err != nil || got != want {
			t.Errorf("%q: %q, %v", in, got, err)
		}
	}
	if _, err := LookupPaper("legal"); err == nil || !strings.Contains(err.Error(), "choose a4 or letter") {
		t.Errorf("legal: %v", err)
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
			t.Errorf("data/worksheet depends on %s", dep)
		}
	}
}

func BenchmarkRenderSample(b *testing.B) {
	l := sample(b)
	for b.Loop() {
		if _, err := Render(&bytes.Buffer{}, l.Article, l.Questions, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// An accepted answer with or without "the", "a" or "an" is one line of
// the printed key.
func TestKeyFoldsArticles(t *testing.T) {
	q := quiz.Question{ID: "q1", Kind: quiz.Who, Prompt: "Who said it?", Answer: "Tom Reyes",
		Accepted: []string{"Tom Reyes", "Reyes", "Rovers manager", "the Rovers manager", "a Rovers manager", "an Opposition senator"}}
	a, _ := cafe(t)
	got := Key(a, []quiz.Question{q})[0].AlsoAccepted
	if want := []string{"Reyes", "Rovers manager", "an Opposition senator"}; !slices.Equal(got, want) {
		t.Errorf("also accepted %q; want %q", got, want)
	}
}

func TestKeyDoesNotRepeatTheAnswer(t *testing.T) {
	for _, c := range [][3]string{
		{"Yes. The article says so.", "Yes", "The article says so."},
		{"No. the council voted against.", "No", "The council voted against."},
		{"Yesterday it said so.", "Yes", "Yesterday it said so."},
		{"Yes.", "Yes", "Yes."},
	} {
		if got := withoutAnswer(c[0], c[1]); got != c[2] {
			t.Errorf("withoutAnswer(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
