package store

import (
	"encoding/json"
	"testing"

	"github.com/lede-app/lede/data/quiz"
)

// TestAcceptForEveryone: accepting "sec filings" marks every attempt
// with that answer right (however it was typed), adds it to the key, and
// Undo puts everything back.
func TestAcceptForEveryone(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Title", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"short-answer","prompt":"Where?","answer":"SEC filings","accepted":["SEC filings"]}]`, 1, 0)
	for i, a := range []struct{ student, answer, verdict string }{
		{"Ada", "the filings", "partial"}, {"Bob", "The Filings.", "incorrect"}, {"Cy", "CNBC", "incorrect"},
	} {
		st, _ := s.AddStudent(a.student)
		s.SaveAttempt(Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q1", Answer: a.answer, Verdict: a.verdict})
		_ = i
	}
	acc, err := s.AcceptForEveryone(l.ID, "q1", "the filings")
	if err != nil || len(acc.Overridden) != 2 || !acc.Added {
		t.Fatalf("accept: %+v, %v; want Ada's and Bob's answers marked and the key grown", acc, err)
	}
	d, _ := s.LessonDashboard(l.ID)
	right := 0
	for _, sc := range d.Students {
		right += sc.Correct
	}
	if right != 2 {
		t.Errorf("%d students right after accepting; want 2", right)
	}
	pub, _ := s.LessonByKey("k1")
	var qs []quiz.Question
	json.Unmarshal([]byte(pub.QuestionsJSON), &qs)
	if len(qs[0].Accepted) != 2 || quiz.Check(qs[0], "the filings").Verdict != quiz.Correct {
		t.Errorf("key after accepting: %q", qs[0].Accepted)
	}
	if err := s.Undo(acc); err != nil {
		t.Fatal(err)
	}
	d, _ = s.LessonDashboard(l.ID)
	for _, sc := range d.Students {
		if sc.Correct != 0 {
			t.Errorf("undo left %s right", sc.Name)
		}
	}
	pub, _ = s.LessonByKey("k1")
	json.Unmarshal([]byte(pub.QuestionsJSON), &qs)
	if len(qs[0].Accepted) != 1 {
		t.Errorf("undo left the key %q", qs[0].Accepted)
	}
}
