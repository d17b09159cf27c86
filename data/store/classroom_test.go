package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
)

func TestImportIsIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	attempts := []Attempt{
		{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "incorrect", At: time.Now()},
		{UUID: "u2", QuestionID: "q1", Answer: "no", Verdict: "correct", At: time.Now()},
	}
	rep, err := s.ImportAttempts("k1", " Ada  Lovelace ", attempts)
	if err != nil || rep.Added != 2 {
		t.Fatalf("first import: %+v, %v", rep, err)
	}
	rep, err = s.ImportAttempts("k1", "ada lovelace", attempts)
	if err != nil || rep.Added != 0 || rep.Duplicates != 2 {
		t.Fatalf("second import of the same file: %+v, %v; want 2 duplicates and nothing added", rep, err)
	}
	altered := []Attempt{{UUID: "u1", QuestionID: "q1", Answer: "NO (edited)", Verdict: "correct"}}
	if rep, err = s.ImportAttempts("k1", "Ada Lovelace", altered); err != nil || rep.Conflicts != 1 {
		t.Fatalf("altered attempt: %+v, %v; want a conflict", rep, err)
	}
	rows, _ := s.LessonAnswers(l.ID)
	if len(rows) != 2 || rows[0].Answer != "yes" {
		t.Errorf("stored attempts after the imports: %+v; want the two originals", rows)
	}
}

func TestImportRefusesUnknownLessonAndKeepsData(t *testing.T) {
	s, _ := openTemp(t)
	s.AddLesson("k1", "Council Votes", "text")
	s.ImportAttempts("k1", "Ada", []Attempt{{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "correct"}})
	_, err := s.ImportAttempts("other", "Bob", []Attempt{{UUID: "u9", QuestionID: "q1", Answer: "yes", Verdict: "correct"}})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown lesson: %v; want ErrNotFound", err)
	}
	// An attempt without an ID rolls the whole file back.
	_, err = s.ImportAttempts("k1", "Cleo", []Attempt{{UUID: "u5", QuestionID: "q1"}, {QuestionID: "q2"}})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("attempt without ID: %v; want ErrInvalid", err)
	}
	students, _ := s.Students()
	if len(students) != 1 || students[0].Name != "Ada" {
		t.Errorf("students after refused imports: %+v; want only Ada", students)
	}
}

func TestDashboardAndGrades(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	if err := s.SetLessonQuestions(l.ID, `[{"id":"q1"},{"id":"q2"}]`, 2, 3); err != nil {
		t.Fatal(err)
	}
	add := func(student, q, answer, verdict string) {
		t.Helper()
		if _, err := s.ImportAttempts("k1", student, []Attempt{{UUID: NewAttemptID(), QuestionID: q, Answer: answer, Verdict: verdict}}); err != nil {
			t.Fatal(err)
		}
	}
	add("Ada", "q1", "yes", "incorrect")
	add("Ada", "q1", "no", "correct")
	add("Ada", "q2", "12", "correct")
	add("Bob", "q1", "Yes", "incorrect")
	add("Bob", "q2", "13", "incorrect")
	add("Cleo", "q1", "no", "correct")
	rows, _ := s.LessonAnswers(l.ID)
	for _, r := range rows {
		if r.Student == "Bob" && r.QuestionID == "q2" {
			s.Override(r.UUID, "correct") // the teacher accepts Bob's 13
		}
	}
	d, err := s.LessonDashboard(l.ID)
	if err != nil {
		t.Fatal(err)
	}
	var scores []string
	for _, st := range d.Students {
		scores = append(scores, fmt.Sprintf("%s %d answered %d right %d first try", st.Name, st.Answered, st.Correct, st.FirstTry))
	}
	got := strings.Join(scores, "; ")
	if want := "Ada 2 answered 2 right 1 first try; Bob 2 answered 1 right 1 first try; Cleo 1 answered 1 right 1 first try"; got != want {
		t.Errorf("scores = %s; want %s", got, want)
	}
	q1 := d.Questions["q1"]
	if q1.Students != 3 || q1.FirstTryCorrect != 1 || len(q1.CommonWrong) != 1 || q1.CommonWrong[0] != (WrongAnswer{"yes", 2}) {
		t.Errorf("q1 stats = %+v", q1)
	}
	if q2 := d.Questions["q2"]; q2.FirstTryCorrect != 2 {
		t.Errorf("q2 first-try correct = %d; want 2 (Bob's override counts)", q2.FirstTryCorrect)
	}
	grades, err := s.Grades()
	if err != nil || len(grades) != 3 || grades[1] != (Grade{"Bob", "Council Votes", 2, 1, 2}) {
		t.Errorf("grades = %+v, %v", grades, err)
	}
}

func TestClassRoster(t *testing.T) {
	s, _ := openTemp(t)
	c, err := s.AddClass("7B", []string{"Zoë Ångström", "Ada Lovelace", "ada lovelace"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddClass("7B", []string{"Bob", ""}); !errors.Is(err, ErrInvalid) {
		t.Errorf("blank name in roster: %v; want ErrInvalid", err)
	}
	st, _ := s.ClassStudents(c.ID)
	if len(st) != 2 || st[0].Name != "Ada Lovelace" || st[1].Name != "Zoë Ångström" {
		t.Errorf("class students = %+v; want Ada and Zoë, and no Bob from the refused roster", st)
	}
}

// seedClassroom fills a store with students × lessons × questions ×
// attempts, in one transaction, as a year of a class would.
func seedClassroom(tb testing.TB, s *Store, students, lessons, questions, tries int) int64 {
	tb.Helper()
	var firstLesson int64
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		for i := 0; i < students; i++ {
			tx.Exec("INSERT INTO students(name, created_at) VALUES (?, '2025-01-01T00:00:00Z')", fmt.Sprintf("Student %02d", i))
		}
		ins, err := tx.Prepare(`INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at)
			VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z')`)
		if err != nil {
			return err
		}
		for l := 0; l < lessons; l++ {
			res, err := tx.Exec(`INSERT INTO lessons(key, title, source, created_at, question_count)
				VALUES (?, ?, '', '2025-01-01T00:00:00Z', ?)`, fmt.Sprint("k", l), fmt.Sprint("Lesson ", l), questions)
			if err != nil {
				return err
			}
			lid, _ := res.LastInsertId()
			if l == 0 {
				firstLesson = lid
			}
			for st := 1; st <= students; st++ {
				for q := 0; q < questions; q++ {
					for a := 0; a < tries; a++ {
						verdict := []string{"incorrect", "partial", "correct"}[(st+q+a)%3]
						if _, err := ins.Exec(fmt.Sprintf("%d-%d-%d-%d", l, st, q, a), st, lid, fmt.Sprint("q", q),
							fmt.Sprint("answer ", (st*q+a)%7), verdict); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return firstLesson
}

// BenchmarkDashboard: the classroom, 30 students × 100 lessons ×
// 15 questions × 3 attempts = 135,000 attempts; target ≤ 50 ms for the
// dashboard queries.
func BenchmarkDashboard(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	lesson := seedClassroom(b, s, 30, 100, 15, 3)
	b.Run("lesson", func(b *testing.B) {
		for b.Loop() {
			if d, err := s.LessonDashboard(lesson); err != nil || len(d.Students) != 30 {
				b.Fatal(err, len(d.Students))
			}
		}
	})
	b.Run("grades-all-lessons", func(b *testing.B) {
		for b.Loop() {
			if g, err := s.Grades(); err != nil || len(g) != 3000 {
				b.Fatal(err, len(g))
			}
		}
	})
}

func TestLibraryArchiveDeleteUndo(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.AddLesson("k1", "Council Votes", "Council Votes\n\nThe council voted.")
	b, _ := s.AddLesson("k2", "Ferry At Night", "Ferry At Night\n\nThe ferry runs.")
	s.ImportAttempts("k1", "Ada", []Attempt{{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "correct"}})
	titles := func(withArchived bool) string {
		ls, err := s.Library(withArchived)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range ls {
			out = append(out, fmt.Sprintf("%s/%d/%v/%s", l.Title, l.Students, l.Archived, l.Tags))
		}
		return fmt.Sprint(out)
	}
	s.SetTags(a.ID, "  year 8   local ")
	if got := titles(false); got != "[Ferry At Night/0/false/ Council Votes/1/false/year 8 local]" {
		t.Errorf("library = %s", got)
	}
	s.SetArchived(b.ID, true)
	if got := titles(false); got != "[Council Votes/1/false/year 8 local]" {
		t.Errorf("after archiving: %s", got)
	}
	if got := titles(true); got != "[Ferry At Night/0/true/ Council Votes/1/false/year 8 local]" {
		t.Errorf("with archived: %s", got)
	}
	s.SetDeleted(a.ID, true)
	if got := titles(true); got != "[Ferry At Night/0/true/]" {
		t.Errorf("after deleting: %s", got)
	}
	if rows, _ := s.LessonAnswers(a.ID); len(rows) != 1 {
		t.Error("deleting a lesson lost its answers")
	}
	s.SetDeleted(a.ID, false) // undo
	if got := titles(false); got != "[Council Votes/1/false/year 8 local]" {
		t.Errorf("after undo: %s", got)
	}
	if src, err := s.LessonSource(b.ID); err != nil || src != "Ferry At Night\n\nThe ferry runs." {
		t.Errorf("source = %q, %v", src, err)
	}
	if err := s.SetArchived(999, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown lesson: %v", err)
	}
}

func TestRenameAndRemove(t *testing.T) {
	s, _ := openTemp(t)
	c, _ := s.AddClass("7B", []string{"Ada", "Bob"})
	if err := s.RenameClass(c.ID, "  8B "); err != nil {
		t.Fatal(err)
	}
	cs, _ := s.Classes()
	if len(cs) != 1 || cs[0].Name != "8B" {
		t.Errorf("classes = %+v", cs)
	}
	st, _ := s.ClassStudents(c.ID)
	if err := s.RemoveFromClass(c.ID, st[1].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameStudent(st[0].ID, "Ada Lovelace"); err != nil {
		t.Fatal(err)
	}
	st, _ = s.ClassStudents(c.ID)
	all, _ := s.Students()
	if len(st) != 1 || st[0].Name != "Ada Lovelace" || len(all) != 2 {
		t.Errorf("class %+v, all students %+v; want Ada renamed, Bob out of the class but kept", st, all)
	}
	if err := s.RenameClass(c.ID, " "); !errors.Is(err, ErrInvalid) {
		t.Errorf("blank class name: %v", err)
	}
}

// TestImportJudgesAgain: a verdict changed on a student's laptop (the
// file re-written with "correct") does not count: the teacher's copy of
// the question judges the answer again; and an answer to a question the
// lesson does not have is refused and reported, never graded (a file
// written with Lede's own writer once turned a one-question lesson into
// "answered 6, correct 5").
func TestImportJudgesAgain(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada", Attempts: []classroom.Attempt{
		{UUID: "u1", QuestionID: "q1", Answer: "no", Verdict: "correct"},
		{UUID: "u2", QuestionID: "q-gone", Answer: "x", Verdict: "correct"},
	}})
	if _, rep, err := s.ImportResultsFile("ada.lederesults", buf.Bytes()); err != nil || rep.Added != 1 || rep.Refused != 1 {
		t.Fatalf("import: %+v, %v; want 1 added and 1 refused", rep, err)
	}
	rows, _ := s.LessonAnswers(l.ID)
	if len(rows) != 1 || rows[0].Verdict != "incorrect" {
		t.Fatalf("stored %+v; want only the known question's answer, re-judged incorrect", rows)
	}
	grades, _ := s.Grades()
	if len(grades) != 1 || grades[0].Answered != 1 || grades[0].Correct != 0 {
		t.Errorf("grades %+v; want answered 1, correct 0", grades)
	}
}

// TestWatchedFolderSurvivesAKeylessQuestion reproduces the crash loop of
// issue 16: a lesson whose yes/no question has no answer key (from a pack
// opened before packs were checked) and a results file for it in the
// watched folder panicked the checker within a second of every start.
// The folder now imports; the answer is stored, judged "unclear".
func TestWatchedFolderSurvivesAKeylessQuestion(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes"}]`, 1, 0)
	dir := t.TempDir()
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada", Attempts: []classroom.Attempt{
		{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "correct"},
	}})
	os.WriteFile(filepath.Join(dir, "ada"+ResultsExt), buf.Bytes(), 0o644)
	pass, err := s.ImportResultsFolder(dir)
	imports := pass.Imports
	if err != nil || len(imports) != 1 || imports[0].Err != nil || imports[0].Report.Added != 1 {
		t.Fatalf("import: %+v, %v", imports, err)
	}
	rows, _ := s.LessonAnswers(l.ID)
	if len(rows) != 1 || rows[0].Verdict != "unclear" {
		t.Errorf("stored %+v; want the answer kept, judged unclear against no key", rows)
	}
}

// TestImportKeepsTheLessonsRules: a results file cannot add more tries
// than the lesson allows, nor answers longer than a student can type
// (issue 16: 50 tries were accepted against a limit of 2, and 50 files of
// 604 KB added 419 MB). Importing the file again adds nothing.
// TestLongImportsWriteInBoundedBatches: a results file with many tries is
// stored in transactions of at most importBatch attempts, so another copy
// of Lede writing at the same time waits for a moment, not for the whole
// file (issue 16, item 3); every attempt is still stored once.
func TestLongImportsWriteInBoundedBatches(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	const tries = 1501
	many := make([]Attempt, 0, tries)
	for i := range tries {
		many = append(many, Attempt{UUID: fmt.Sprintf("v%05d", i), QuestionID: "q1", Answer: "no", Verdict: "incorrect", At: start})
	}
	rep, err := s.ImportAttempts("k1", "Ada", many)
	if err != nil {
		t.Fatal(err)
	}
	// Held to a number, not to importBatch, so that raising the bound
	// past a file's size fails here.
	if got := s.largestImport.Load(); got >= tries || got > 1000 {
		t.Errorf("one transaction stored %d of the file's %d attempts; want batches of at most 1,000", got, tries)
	}
	if rep.Added != MaxImportTries || rep.Added+rep.OverLimit != tries {
		t.Errorf("import: %+v; want %d added and the rest of %d over the limit", rep, MaxImportTries, tries)
	}
}

func TestImportKeepsTheLessonsRules(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 2)
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	var attempts []classroom.Attempt
	for i := range 50 {
		// Written latest first: the limit keeps the earliest tries.
		attempts = append(attempts, classroom.Attempt{UUID: fmt.Sprintf("u%02d", i), QuestionID: "q1",
			Answer: "no", At: start.Add(time.Duration(50-i) * time.Minute)})
	}
	attempts = append(attempts, classroom.Attempt{UUID: "long", QuestionID: "q1", Answer: strings.Repeat("yes ", 300), At: start})
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada", Attempts: attempts})
	for pass, want := range []ImportReport{{Added: 2, OverLimit: 48, TooLong: 1}, {Duplicates: 2, OverLimit: 48, TooLong: 1}} {
		if _, rep, err := s.ImportResultsFile("ada.lederesults", buf.Bytes()); err != nil || rep != want {
			t.Errorf("import %d: %+v, %v; want %+v", pass+1, rep, err, want)
		}
	}
	rows, _ := s.LessonAnswers(l.ID)
	if len(rows) != 2 || rows[0].UUID != "u49" && rows[1].UUID != "u49" {
		t.Errorf("stored %+v; want the two earliest tries", rows)
	}
	err := s.SaveAttempt(Attempt{UUID: "app", StudentID: 1, LessonID: l.ID, QuestionID: "q1", Answer: strings.Repeat("x", 1001), Verdict: "incorrect"})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("the app saved a 1,001-character answer: %v", err)
	}
}
