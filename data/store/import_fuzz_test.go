package store

import (
	"bytes"
	"errors"
	"testing"

	"github.com/lede-app/lede/data/classroom"
)

// FuzzImportResultsFile: whatever bytes a results file holds, importing
// it never fails inside Lede (ErrInternal is a recovered panic), stores
// only answers to the lesson's own questions, and a second import of
// the same file adds nothing (issue 16's audit: the reader of results
// files against a stored lesson was not fuzzed).
func FuzzImportResultsFile(f *testing.F) {
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada", Attempts: []classroom.Attempt{
		{UUID: "u1", QuestionID: "q1", Answer: "no", Verdict: "correct"},
		{UUID: "u2", QuestionID: "q-gone", Answer: "x", Verdict: "correct"},
	}})
	f.Add(buf.Bytes())
	f.Add([]byte(`{"lesson_key":"k1","student":"Ada","attempts":[{"uuid":"u3","question_id":"q1","answer":"yes"}]}`))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, _ := openTemp(t)
		l, err := s.AddLesson("k1", "Council Votes", "text")
		if err != nil {
			t.Fatal(err)
		}
		s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
		_, first, err := s.ImportResultsFile("a.lederesults", raw)
		if errors.Is(err, ErrInternal) {
			t.Fatalf("import failed inside Lede: %v", err)
		}
		rows, _ := s.LessonAnswers(l.ID)
		for _, r := range rows {
			if r.QuestionID != "q1" {
				t.Fatalf("stored an answer to %q, a question the lesson does not have", r.QuestionID)
			}
		}
		if err != nil {
			return
		}
		if _, again, err := s.ImportResultsFile("a.lederesults", raw); err == nil && again.Added != 0 {
			t.Fatalf("a second import added %d (the first: %+v)", again.Added, first)
		}
	})
}
