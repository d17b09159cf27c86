package lesson

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/quiz"
)

var update = flag.Bool("update", false, "rewrite the golden quizzes in testdata/quizzes")

// articles are the lessons whose quizzes are kept as golden files: the
// bundled sample and articles of other kinds written for the tests.
var articles = func() []string {
	paths, _ := filepath.Glob("../../testdata/articles/*")
	return append([]string{"../../assets/lessons/alibaba-jobs.txt"}, paths...)
}()

// goldenQuestion is what a reviewer needs to judge a question.
type goldenQuestion struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Prompt      string   `json:"prompt"`
	Choices     []string `json:"choices,omitempty"`
	Answer      string   `json:"answer"`
	Accepted    []string `json:"accepted"`
	Evidence    string   `json:"evidence"`
	Explanation string   `json:"explanation"`
}

func TestGoldenQuizzes(t *testing.T) {
	for _, path := range articles {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			l, err := Build(raw, 0)
			if err != nil {
				t.Fatal(err)
			}
			var out []goldenQuestion
			for _, q := range l.Questions {
				out = append(out, goldenQuestion{q.ID, string(q.Kind), q.Prompt, q.Choices, q.Answer, q.Accepted,
					l.Article.Source[q.Evidence.Start:q.Evidence.End], q.Explanation})
			}
			got, _ := json.MarshalIndent(out, "", "  ")
			got = append(got, '\n')
			golden := filepath.Join("../../testdata/quizzes", name+".golden.json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./data/lesson -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("quiz for %s differs from %s; review the change and run with -update if it is right.\ngot:\n%s", name, golden, got)
			}
		})
	}
}

// TestSampleLessonQuestions checks the questions the walking skeleton
// promises for the sample lesson, whatever else the generator makes.
func TestSampleLessonQuestions(t *testing.T) {
	raw, err := os.ReadFile(articles[0])
	if err != nil {
		t.Fatal(err)
	}
	l, err := Build(raw, 0)
	if err != nil {
		t.Fatal(err)
	}
	evidence := func(q quiz.Question) string { return l.Article.Source[q.Evidence.Start:q.Evidence.End] }
	find := func(kind quiz.Kind, prefix string) quiz.Question {
		t.Helper()
		for _, q := range l.Questions {
			if q.Kind == kind && strings.HasPrefix(q.Prompt, prefix) {
				return q
			}
		}
		t.Fatalf("no %s question starting %q in %d questions", kind, prefix, len(l.Questions))
		return quiz.Question{}
	}
	commit := find(quiz.YesNo, "Does Alibaba commit to hiring")
	if commit.Answer != "No" || !strings.HasPrefix(evidence(commit), "However, this proposal does not involve any commitment") {
		t.Errorf("commitment question: answer %q, evidence %q", commit.Answer, evidence(commit))
	}
	staff := find(quiz.HowMany, "How many full-time employees")
	if staff.Value != 36446 {
		t.Errorf("how-many question expects %v; want 36446", staff.Value)
	}
	src := find(quiz.Choice, "Which source")
	if len(src.Choices) < 3 || (src.Answer != "Computerworld" && src.Answer != "CNBC") {
		t.Errorf("which-source question: %+v", src)
	}
	head := find(quiz.YesNo, "Does the article's text support the subheading “Alibaba To Create 1M US Jobs”")
	if head.Answer != "No" {
		t.Errorf("unsupported subheading question answers %q; want No", head.Answer)
	}
	ids := map[string]bool{}
	for _, q := range l.Questions {
		if ids[q.ID] {
			t.Errorf("duplicate question ID %s", q.ID)
		}
		ids[q.ID] = true
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	raw, _ := os.ReadFile(articles[0])
	a, _ := Build(raw, 0)
	b, _ := Build(raw, 0)
	ja, _ := json.Marshal(a.Questions)
	jb, _ := json.Marshal(b.Questions)
	if !bytes.Equal(ja, jb) || a.Key != b.Key {
		t.Fatal("the same article gave different quizzes")
	}
}

func BenchmarkBuildSample(b *testing.B) {
	raw, _ := os.ReadFile(articles[0])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(raw, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPackRoundTrip(t *testing.T) {
	raw, _ := os.ReadFile("../../testdata/articles/harbour-ferry.html")
	l, err := Build(raw, 5)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	settings := classroom.Settings{Attempts: 2, Reveal: classroom.RevealNever, HideScore: true}
	if err := classroom.WritePack(&buf, l.Pack(settings, time.Now())); err != nil {
		t.Fatal(err)
	}
	p, err := classroom.ReadPack(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromPack(p)
	if err != nil {
		t.Fatal(err)
	}
	if got.Settings != settings {
		t.Errorf("the pack's settings came back as %+v; want %+v", got.Settings, settings)
	}
	if got.Key != l.Key || len(got.Questions) == 0 || len(got.Questions) != len(l.Questions) || got.Article.Title != l.Article.Title {
		t.Fatalf("from pack: key %s, %d questions, title %q", got.Key, len(got.Questions), got.Article.Title)
	}
	for i, q := range got.Questions {
		if got.Article.Source[q.Evidence.Start:q.Evidence.End] != l.Article.Source[l.Questions[i].Evidence.Start:l.Questions[i].Evidence.End] {
			t.Errorf("question %d's evidence moved when the pack was opened", i)
		}
	}
	p.Questions[0].Evidence.End = len(p.Article) + 100
	if _, err := FromPack(p); !errors.Is(err, ErrPackMismatch) {
		t.Errorf("pack with evidence outside its article: %v; want ErrPackMismatch", err)
	}
}

func TestOpeningAResultsFileSaysWhatItIs(t *testing.T) {
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k", Student: "Ada"})
	if _, err := Open(buf.Bytes(), 0); err != ErrResultsFile {
		t.Errorf("opening a results file: %v; want ErrResultsFile", err)
	}
}

// TestPackWithAnUncheckableQuestionIsRefused: a pack whose yes/no question
// has no answer key once panicked the checker on every start (issue 16).
// Opening it now says which question is wrong, and nothing is shown.
func TestPackWithAnUncheckableQuestionIsRefused(t *testing.T) {
	raw, _ := os.ReadFile("../../testdata/articles/teen-sleep-study.md")
	l, err := Build(raw, 3)
	if err != nil {
		t.Fatal(err)
	}
	p := l.Pack(classroom.Settings{}, time.Now())
	p.Questions[1] = quiz.Question{ID: "qbad", Kind: quiz.YesNo, Prompt: "Did the ferry sail?", Sentence: 0}
	var buf bytes.Buffer
	if err := classroom.WritePack(&buf, p); err != nil {
		t.Fatal(err)
	}
	_, err = Open(buf.Bytes(), 0)
	if !errors.Is(err, ErrPackMismatch) || !errors.Is(err, quiz.ErrInvalid) ||
		!strings.Contains(err.Error(), "question 2 (“Did the ferry sail?”): a yes-or-no question needs Yes or No as its answer") {
		t.Errorf("opening a pack with a keyless yes/no question: %v", err)
	}
	if err := l.WithQuestions(p.Questions); !errors.Is(err, quiz.ErrInvalid) {
		t.Errorf("WithQuestions took a keyless question: %v", err)
	}
}

// TestEveryGeneratedQuestionIsValid: what Lede writes, Lede reads back.
func TestEveryGeneratedQuestionIsValid(t *testing.T) {
	paths := append([]string(nil), articles...)
	evalPaths, _ := filepath.Glob("../../../shared/eval/articles/*.txt")
	for _, path := range append(paths, evalPaths...) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Build(raw, 0)
		if err != nil {
			continue // not an article Lede reads; other tests say so
		}
		if err := quiz.ValidateAll(l.Questions, len(l.Article.Source), len(l.Article.Sentences)); err != nil {
			t.Errorf("%s: %v", filepath.Base(path), err)
		}
	}
}

// TestExplanationsQuoteCleanly: every explanation of every generated
// quiz (the project's articles and, where present, the development set)
// opens and closes its double quotation marks in turn — a sentence quoted
// inside one shows its own marks as single ones — and never closes one
// with a full stop on each side (reviewers failed W on "““We have
// seen …", "fired “more than …” …”" and "Facebook.”.").
func TestExplanationsQuoteCleanly(t *testing.T) {
	evalPaths, _ := filepath.Glob("../../../shared/eval/articles/*.txt")
	for _, path := range append(append([]string(nil), articles...), evalPaths...) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Build(raw, 0)
		if err != nil {
			continue
		}
		for _, q := range l.Questions {
			if problem := quoteProblem(q.Explanation); problem != "" {
				t.Errorf("%s: %q: %s in %q", filepath.Base(path), q.Prompt, problem, q.Explanation)
			}
		}
	}
}

// quoteProblem says what is wrong with a text's double quotation marks,
// or "" when they pair up.
func quoteProblem(text string) string {
	if strings.Contains(text, ".”.") {
		return "a full stop on each side of a closing mark"
	}
	open := false
	for _, r := range text {
		switch r {
		case '“':
			if open {
				return "a quotation opened inside another"
			}
			open = true
		case '”':
			if !open {
				return "a closing mark with nothing open"
			}
			open = false
		}
	}
	if open {
		return "a quotation left open"
	}
	return ""
}

// FuzzOpen opens arbitrary bytes as a lesson (seeds: a real pack and an
// article): a lesson or an error, never a panic, and every question of an
// opened lesson passes quiz.Validate and can be checked.
func FuzzOpen(f *testing.F) {
	raw, _ := os.ReadFile("../../testdata/articles/teen-sleep-study.md")
	l, err := Build(raw, 3)
	if err != nil {
		f.Fatal(err)
	}
	var pack bytes.Buffer
	classroom.WritePack(&pack, l.Pack(classroom.Settings{Attempts: 2}, time.Unix(0, 0)))
	f.Add(pack.Bytes())
	f.Add([]byte("A Headline\n\nThe council said on Monday that it would not sign."))
	f.Fuzz(func(t *testing.T, raw []byte) {
		l, err := Open(raw, 3)
		if err != nil {
			return
		}
		if err := quiz.ValidateAll(l.Questions, len(l.Article.Source), len(l.Article.Sentences)); err != nil {
			t.Fatalf("opened with an invalid question: %v", err)
		}
		for _, q := range l.Questions {
			quiz.Check(q, "yes")
		}
	})
}

// TestEveryPatternCompiles: the rules' patterns compile when first used
// (data/internal/lazyre), so a bad one would surface only when an article
// needed it. This compiles every pattern of every package a lesson uses.
func TestEveryPatternCompiles(t *testing.T) {
	if err := lazyre.CheckAll(); err != nil {
		t.Fatal(err)
	}
}

// TestEveryPrefilterAgrees: each pattern skips a text that lacks every
// string its matches need (data/internal/lazyre). This runs every pattern
// of every package a lesson uses on every sentence and paragraph of the
// test articles, with and without that pre-check, and wants no text the
// pattern matches to be skipped.
func TestEveryPrefilterAgrees(t *testing.T) {
	dir := os.Getenv("LEDE_PREFILTER_ARTICLES") // another folder of articles to try, if set
	paths := articles
	if dir != "" {
		paths, _ = filepath.Glob(filepath.Join(dir, "*"))
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		texts := []string{a.Title}
		for _, b := range a.Blocks {
			texts = append(texts, b.Text)
		}
		for _, s := range a.Sentences {
			texts = append(texts, s.Text)
		}
		for _, text := range texts {
			if err := lazyre.CheckPrefilters(text); err != nil {
				t.Fatalf("%s: %v", filepath.Base(p), err)
			}
		}
	}
}
