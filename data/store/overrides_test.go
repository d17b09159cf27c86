package store

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/grading"
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
	if got := score(t, s, l.ID); got != 1 {
		t.Fatalf("score before override = %d; want 1", got)
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
	p, _ := s.Progress(st.ID, l.ID)
	if got := p.Last["q1"]; got.Verdict != "incorrect" || got.Override != "correct" || score(t, s, l.ID) != 2 {
		t.Errorf("after override: %+v, score %d; want the checker's verdict kept, the teacher's counted, score 2", got, score(t, s, l.ID))
	}
	rows, err := s.LessonAnswers(l.ID)
	if err != nil || len(rows) != 2 || rows[0].Student != "Ada" || rows[0].Override != "correct" {
		t.Errorf("LessonAnswers = %+v, %v", rows, err)
	}
	if err := s.Override(wrong.UUID, ""); err != nil {
		t.Fatal(err)
	}
	if got := score(t, s, l.ID); got != 1 {
		t.Errorf("score after taking the override back = %d; want 1", got)
	}
}

// score is the one student's score in the lesson, as the dashboard and
// the grade sheet count it.
func score(t *testing.T, s *Store, lessonID int64) int {
	t.Helper()
	d, err := s.LessonDashboard(lessonID)
	if err != nil || len(d.Students) != 1 {
		t.Fatalf("dashboard %+v, %v", d, err)
	}
	g, err := s.Grades()
	if err != nil || len(g) != 1 || g[0].Correct != d.Students[0].Correct {
		t.Fatalf("grades %+v disagree with the dashboard %+v (%v)", g, d.Students, err)
	}
	return d.Students[0].Correct
}

// TestScoreCountsTheFirstRightTry: what the issue found — the key typed
// after the tries ran out, and a right answer re-checked wrong — no
// longer changes the score; the dashboard and the grade sheet agree.
func TestScoreCountsTheFirstRightTry(t *testing.T) {
	s, _ := openTemp(t)
	st, _ := s.AddStudent("Ada")
	l, _ := s.AddLesson("k1", "Title", "text")
	s.SetLessonQuestions(l.ID, "[]", 2, 2) // two tries per question
	for _, a := range []struct{ q, verdict string }{
		{"q1", "incorrect"}, {"q1", "incorrect"}, {"q1", "correct"}, // the key, after both tries
		{"q2", "correct"}, {"q2", "incorrect"}, // right, then re-checked wrong
	} {
		if err := s.SaveAttempt(Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: a.q, Answer: "x", Verdict: a.verdict}); err != nil {
			t.Fatal(err)
		}
	}
	if got := score(t, s, l.ID); got != 1 {
		t.Errorf("score = %d; want 1 (q2 right at its first try; q1 only after its tries ran out)", got)
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

// TestUpgradeFromFirstSchema: a database made by the first release (its
// schema only) opens, keeps its attempts and takes overrides.
func TestUpgradeFromFirstSchema(t *testing.T) {
	dir := t.TempDir()
	first, err := migrationFiles.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", filepath.Join(dir, "lede.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(first), "PRAGMA user_version = 1",
		"INSERT INTO students(id, name, created_at) VALUES (1, 'Ada', '2024-01-01T00:00:00Z')",
		"INSERT INTO lessons(id, key, title, source, created_at) VALUES (1, 'k1', 'Title', 'text', '2024-01-01T00:00:00Z')",
		"INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at) VALUES ('u1', 1, 1, 'q1', 'x', 'incorrect', '2024-01-01T00:00:00Z')",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Override("u1", "partial"); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Progress(1, 1); p.Last["q1"].Effective() != "partial" || p.Last["q1"].Answer != "x" {
		t.Errorf("after upgrade: %+v", p.Last["q1"])
	}
	// The dashboard's table of latest attempts was filled from the old rows.
	if d, err := s.LessonDashboard(1); err != nil || len(d.Students) != 1 || d.Students[0].Answered != 1 {
		t.Errorf("dashboard after upgrade: %+v, %v", d, err)
	}
}

// TestSQLScoreIsGradingCounted: the SQL that scores the dashboard and the
// grade sheet agrees with grading.Counted — the rule's one definition —
// on every sequence of up to four tries (each right, partly right or
// wrong, some overridden by the teacher) under every allowance from no
// limit to three tries.
func TestSQLScoreIsGradingCounted(t *testing.T) {
	verdicts := []string{grading.Correct, grading.Partial, grading.Incorrect}
	var sequences [][]grading.Try
	var grow func(prefix []grading.Try)
	grow = func(prefix []grading.Try) {
		if len(prefix) > 0 {
			sequences = append(sequences, append([]grading.Try(nil), prefix...))
		}
		if len(prefix) == 4 {
			return
		}
		for _, v := range verdicts {
			grow(append(prefix, grading.Try{Verdict: v}))
		}
	}
	grow(nil)
	// The teacher overrides the first try of every fifth sequence.
	for i := range sequences {
		if i%5 == 0 {
			sequences[i][0].Override = grading.Correct
		}
		if i%7 == 0 {
			sequences[i][0].Override = grading.Incorrect
		}
	}
	for _, rule := range grading.Rules {
		for allowed := 0; allowed <= 3; allowed++ {
			s, _ := openTemp(t)
			st, _ := s.AddStudent("Ada")
			l, _ := s.AddLesson("k", "Lesson", "text")
			s.SetLessonQuestions(l.ID, "[]", len(sequences), allowed)
			if err := s.SetLessonRules(l.ID, classroom.Settings{Counts: rule}); err != nil {
				t.Fatal(err)
			}
			want := 0
			for i, seq := range sequences {
				q := fmt.Sprintf("q%d", i)
				for _, try := range seq {
					a := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: q, Answer: "x", Verdict: try.Verdict}
					if err := s.SaveAttempt(a); err != nil {
						t.Fatal(err)
					}
					if try.Override != "" {
						if err := s.Override(a.UUID, try.Override); err != nil {
							t.Fatal(err)
						}
					}
				}
				if v, _ := grading.CountedBy(seq, allowed, rule); v == grading.Correct {
					want++
				}
			}
			if got := score(t, s, l.ID); got != want {
				t.Errorf("rule %q, allowed %d: SQL scores %d right of %d sequences; grading.CountedBy says %d", rule, allowed, got, len(sequences), want)
			}
			s.Close()
		}
	}
}
