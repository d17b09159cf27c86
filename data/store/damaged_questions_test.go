package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// goodQuestion is lesson k1's one question as storeWithLesson stores it;
// the article stored beside it is "text", four bytes.
const goodQuestion = `{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]`

// damagedRows are question rows changed behind Lede's back, each with the
// words the teacher is told; unreadable ones cannot even be read as a list
// of questions.
var damagedRows = []struct {
	name, body, says string
	unreadable       bool
}{
	{"garbage", `[{"id":"q1","kind":`, "cannot be read", true},
	{"not a list", `{"id":"q1"}`, "cannot be read", true},
	{"far too large", `[` + goodQuestion + `,"explanation":"` + strings.Repeat("x", maxQuestionsJSON) + `"}]`, "far larger", true},
	{"a kind Lede does not know", `[{"id":"q1","kind":"essay","prompt":"Why?","answer":"x","accepted":["x"]}]`, "cannot check this kind", false},
	{"no accepted answer", `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":[]}]`, "needs Yes or No", false},
	{"accepted answers blank", `[{"id":"q1","kind":"who","prompt":"Who?","answer":"","accepted":[" ",""]}]`, "no answer key", false},
	{"evidence outside the article", `[` + goodQuestion + `,"evidence":{"start":2,"end":4000}}]`, "evidence is outside the article", false},
	{"evidence backwards", `[` + goodQuestion + `,"evidence":{"start":3,"end":1}}]`, "evidence is outside the article", false},
	{"a sentence before the first", `[` + goodQuestion + `,"sentence":-7}]`, "sentence the article does not have", false},
	{"a choice whose key is not an option", `[{"id":"q1","kind":"choice","prompt":"Which?","answer":"A","accepted":["A"],"choices":["B","C"]}]`, "not among its options", false},
	{"no ID", `[{"id":" ","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, "no ID", false},
}

// damage writes body as lesson k1's questions, as another program would.
func damage(t *testing.T, s *Store, body string) {
	t.Helper()
	if _, err := s.db.Exec("UPDATE lessons SET questions = ? WHERE key = 'k1'", body); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedStoredQuestions: a lesson's question row altered behind
// Lede's back — a kind it does not know, no accepted answer, evidence
// outside the article, garbage — is refused with ErrDamagedQuestions, in
// plain words naming the lesson and the fault, where a student would be
// asked it (Questions, which the window reads) and where it would leave
// this computer (a bundle). A results file imported against it keeps its
// answers (judged "unclear" by a keyless question, never a panic) when the
// questions can be read; when they cannot, the file is refused, so a
// watched folder tries it again rather than counting it imported with
// every answer refused, and once the row is mended it imports (issue 16:
// questions read from any file are validated; the progress file is a
// file too).
func TestDamagedStoredQuestions(t *testing.T) {
	for _, c := range damagedRows {
		t.Run(c.name, func(t *testing.T) {
			s := storeWithLesson(t)
			damage(t, s, c.body)
			pub, err := s.LessonByKey("k1")
			if err != nil {
				t.Fatal(err)
			}
			refusals := map[string]error{
				"Questions": func() error { _, err := pub.Questions(AnySentences); return err }(),
				"bundle":    func() error { _, err := s.BundleLessons([]int64{pub.ID}, time.Now()); return err }(),
			}
			_, rep, importErr := s.ImportResultsFile("ada.lederesults", resultsFile(t, "Ada", "u1"))
			if c.unreadable {
				refusals["import"] = importErr
				refusals["accept"] = func() error { _, err := s.AcceptForEveryone(pub.ID, "q1", "maybe"); return err }()
			} else if importErr != nil || rep.Added+rep.Refused != 1 {
				// Kept; refused only where the damage took q1's ID away.
				t.Errorf("import against readable damaged questions: %+v, %v; want the answer kept", rep, importErr)
			}
			for what, err := range refusals {
				if !errors.Is(err, ErrDamagedQuestions) || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), "Council Votes") {
					t.Errorf("%s: %v; want ErrDamagedQuestions naming the lesson and saying %q", what, err, c.says)
				}
			}
			if !c.unreadable {
				return
			}
			if rows, _ := s.LessonAnswers(pub.ID); len(rows) != 0 {
				t.Errorf("stored %d answers judged against no questions", len(rows))
			}
			dir := t.TempDir()
			resultsFor(t, dir, "Bob", "u2")
			pass, err := s.ImportResultsFolder(dir)
			if err != nil || len(pass.Imports) != 1 || !errors.Is(pass.Imports[0].Err, ErrDamagedQuestions) {
				t.Fatalf("folder pass over damaged questions: %+v, %v", pass, err)
			}
			damage(t, s, `[`+goodQuestion+`}]`)
			if pass, _ = s.ImportResultsFolder(dir); pass.Added() != 1 {
				t.Errorf("after the questions were mended the file was not imported: %+v", pass)
			}
		})
	}
}

// TestStoredQuestionsInBounds: the sentence a question points at is held
// to the article's sentences when the caller knows them, and the stored
// questions Lede itself wrote read back whole.
func TestStoredQuestionsInBounds(t *testing.T) {
	s := storeWithLesson(t)
	damage(t, s, `[`+goodQuestion+`,"sentence":3,"evidence":{"start":0,"end":4}}]`)
	pub, _ := s.LessonByKey("k1")
	if qs, err := pub.Questions(AnySentences); err != nil || len(qs) != 1 || qs[0].Evidence.End != 4 {
		t.Errorf("Questions(AnySentences) = %+v, %v", qs, err)
	}
	if _, err := pub.Questions(4); err != nil {
		t.Errorf("sentence 3 of 4: %v", err)
	}
	if _, err := pub.Questions(3); !errors.Is(err, ErrDamagedQuestions) {
		t.Errorf("sentence 3 of 3: %v; want ErrDamagedQuestions", err)
	}
	damage(t, s, "")
	if pub, _ = s.LessonByKey("k1"); true {
		if qs, err := pub.Questions(AnySentences); err != nil || qs != nil {
			t.Errorf("no questions stored: %+v, %v; want none and no error", qs, err)
		}
	}
}

// FuzzStoredQuestions: whatever a lesson's question row holds, reading it
// back gives questions that pass quiz.Validate against the stored article
// (and the checker judges them without panicking) or ErrDamagedQuestions;
// a results file imported against it is stored, or refused with
// ErrDamagedQuestions, never a fault inside Lede. Seeds: testdata/fuzz/FuzzStoredQuestions and damagedRows.
func FuzzStoredQuestions(f *testing.F) {
	for _, c := range damagedRows {
		if len(c.body) < 4096 {
			f.Add(c.body)
		}
	}
	f.Add(`[` + goodQuestion + `}]`)
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada", Attempts: []classroom.Attempt{
		{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "correct"}}})
	raw := buf.Bytes()
	s := fuzzStore(f)
	f.Fuzz(func(t *testing.T, body string) {
		damage(t, s, body)
		pub, err := s.LessonByKey("k1")
		if err != nil {
			t.Fatal(err)
		}
		qs, err := pub.Questions(AnySentences)
		if err != nil && !errors.Is(err, ErrDamagedQuestions) {
			t.Fatalf("Questions: %v; want ErrDamagedQuestions", err)
		}
		if err := quiz.ValidateAll(qs, len("text"), AnySentences); err != nil {
			t.Fatalf("Questions gave a question Validate refuses: %v", err)
		}
		for _, q := range qs {
			quiz.Check(q, "yes")
			quiz.Check(q, "")
		}
		_, rep, err := s.ImportResultsFile("ada.lederesults", raw)
		if err != nil && (!errors.Is(err, ErrDamagedQuestions) || rep.Added != 0) {
			t.Fatalf("import: %+v, %v; want it stored, or refused as damaged questions", rep, err)
		}
	})
}

// fuzzStore is one store with lesson k1 (as storeWithLesson makes it) for
// every input of a fuzz target: opening a store per input left the
// fuzzer a few hundred runs a second.
func fuzzStore(f *testing.F) *Store {
	dir := f.TempDir()
	s, err := Open(dir)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[`+goodQuestion+`}]`, 1, 0)
	return s
}

// TestDamagedQuestionsMendedByABundle: what docs/classroom.md tells the
// teacher to do works — a published lesson whose saved questions cannot
// be read is a conflict in a bundle of it (never "the same"), taking the
// bundle's version replaces them, and the results files that waited in
// the watched folder then import.
func TestDamagedQuestionsMendedByABundle(t *testing.T) {
	s := storeWithLesson(t)
	pub, _ := s.LessonByKey("k1")
	var good []quiz.Question
	if err := json.Unmarshal([]byte(`[`+goodQuestion+`}]`), &good); err != nil {
		t.Fatal(err)
	}
	if err := s.PublishLesson(pub.ID, `[{"id":"q1","kind":`, 1, 0); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	resultsFor(t, dir, "Ada", "u1")
	if pass, _ := s.ImportResultsFolder(dir); pass.Added() != 0 || !errors.Is(pass.Imports[0].Err, ErrDamagedQuestions) {
		t.Fatalf("import over unreadable questions: %+v", pass)
	}
	bundle := []classroom.BundleLesson{{Pack: classroom.Pack{Key: "k1", Title: "Council Votes", Article: "text", Questions: good}}}
	plan, err := s.PlanBundle(bundle)
	if err != nil || len(plan) != 1 || plan[0].Status != BundleConflict {
		t.Fatalf("plan: %+v, %v; want the damaged lesson a conflict", plan, err)
	}
	if _, err := s.ImportBundle(bundle, map[string]bool{"k1": true}); err != nil {
		t.Fatal(err)
	}
	if pub, _ = s.LessonByKey("k1"); true {
		if qs, err := pub.Questions(AnySentences); err != nil || len(qs) != 1 {
			t.Fatalf("after taking the bundle's version: %+v, %v", qs, err)
		}
	}
	if pass, _ := s.ImportResultsFolder(dir); pass.Added() != 1 {
		t.Errorf("the waiting file did not import once the lesson was mended: %+v", pass)
	}
}
