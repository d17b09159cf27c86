package store

import (
	"database/sql"
	"errors"
	"testing"
)

// TestOverrideCountsInScores: a teacher's verdict replaces the checker's
// in the student's progress and score, survives reopening, and can be
// taken back; the attempt itself is unchanged.
func TestOverrideCountsInScores(t *testing.T) {
	s, dir := openTemp(t)
	st, _ := s.AddStudent("Ada")
	l, _ := s.AddLesson("k1", "Title", "text")
	wrong := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q1", Answer: "Jak Maa", Verdict: "incorrect"}
	right := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q2", Answer: "no", Verdict: "correct"}
	for _, a := range []Attempt{wrong, right} {
		if err := s.SaveAttempt(a); err != nil {
			t.Fatal(err)
		}
	}
	p, _ := s.Progress(st.ID, l.ID)
	if p.Score() != 1 {
		t.Fatalf("score before override = %d; want 1", p.Score())
	}
	if err := s.Override(wrong.UUID, "correct"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, _ = s.Progress(st.ID, l.ID)
	if got := p.Last["q1"]; got.Verdict != "incorrect" || got.Override != "correct" || p.Score() != 2 {
		t.Errorf("after override: %+v, score %d; want the checker's verdict kept, the teacher's counted, score 2", got, p.Score())
	}
	rows, err := s.LessonAnswers(l.ID)
	if err != nil || len(rows) != 2 || rows[0].Student != "Ada" || rows[0].Override != "correct" {
		t.Errorf("LessonAnswers = %+v, %v", rows, err)
	}
	if err := s.Override(wrong.UUID, ""); err != nil {
		t.Fatal(err)
	}
	if p, _ = s.Progress(st.ID, l.ID); p.Score() != 1 {
		t.Errorf("score after taking the override back = %d; want 1", p.Score())
	}
}

func TestOverrideRefusesBadInput(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Override("no-such-attempt", "correct"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown attempt: %v; want ErrNotFound", err)
	}
	st, _ := s.AddStudent("Ada")
	l, _ := s.AddLesson("k1", "Title", "text")
	a := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q1", Answer: "x", Verdict: "incorrect"}
	s.SaveAttempt(a)
	if err := s.Override(a.UUID, "excellent"); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad verdict: %v; want ErrInvalid", err)
	}
}

// TestUpgradeFromFirstSchema: a database made before overrides existed
// opens, keeps its attempts and takes overrides.
func TestUpgradeFromFirstSchema(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.AddStudent("Ada")
	l, _ := s.AddLesson("k1", "Title", "text")
	a := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q1", Answer: "x", Verdict: "incorrect"}
	s.SaveAttempt(a)
	path := s.Path()
	s.Close()
	// Roll the file back to the first schema, as an older Lede left it.
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP TABLE overrides", "PRAGMA user_version = 1"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Override(a.UUID, "partial"); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Progress(st.ID, l.ID); p.Last["q1"].Effective() != "partial" {
		t.Errorf("after upgrade: %+v", p.Last["q1"])
	}
}
