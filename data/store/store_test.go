package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func TestResumeAfterReopen(t *testing.T) {
	s, dir := openTemp(t)
	st, err := s.AddStudent("  Ada   Lovelace ")
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := s.AddStudent("ada lovelace"); again.ID != st.ID {
		t.Fatalf("the same name in another case made a new student: %+v vs %+v", again, st)
	}
	l, err := s.AddLesson("k1", "Title", "text")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []Attempt{
		{UUID: NewAttemptID(), QuestionID: "q1", Answer: "yes", Verdict: "incorrect"},
		{UUID: NewAttemptID(), QuestionID: "q1", Answer: "no", Verdict: "correct"},
	} {
		a.StudentID, a.LessonID = st.ID, l.ID
		if err := s.SaveAttempt(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveDraft(st.ID, l.ID, "q2", "36,4"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	p, err := s2.Progress(st.ID, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Last["q1"]; got.Answer != "no" || got.Verdict != "correct" || p.Attempts["q1"] != 2 {
		t.Errorf("q1 progress = %+v (%d attempts); want the latest answer no/correct of 2", got, p.Attempts["q1"])
	}
	if p.Drafts["q2"] != "36,4" {
		t.Errorf("draft for q2 = %q; want %q", p.Drafts["q2"], "36,4")
	}
	if !p.Answered()["q1"] || p.Answered()["q2"] {
		t.Errorf("Answered = %v; want only q1", p.Answered())
	}
}

func TestAttemptSavedExactlyOnce(t *testing.T) {
	s, _ := openTemp(t)
	st, _ := s.AddStudent("Sam")
	l, _ := s.AddLesson("k", "T", "x")
	a := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q", Answer: "no", Verdict: "correct"}
	for range 3 {
		if err := s.SaveAttempt(a); err != nil {
			t.Fatal(err)
		}
	}
	p, _ := s.Progress(st.ID, l.ID)
	if p.Attempts["q"] != 1 {
		t.Fatalf("saving one attempt three times stored %d rows; want 1", p.Attempts["q"])
	}
}

func TestSaveAttemptClearsDraft(t *testing.T) {
	s, _ := openTemp(t)
	st, _ := s.AddStudent("Sam")
	l, _ := s.AddLesson("k", "T", "x")
	s.SaveDraft(st.ID, l.ID, "q", "draft")
	s.SaveAttempt(Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: l.ID, QuestionID: "q", Answer: "draft", Verdict: "correct"})
	p, _ := s.Progress(st.ID, l.ID)
	if _, ok := p.Drafts["q"]; ok {
		t.Fatal("the draft survived its checked attempt")
	}
}

func TestRejectsBadInput(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.AddStudent("   "); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty name: err = %v; want ErrInvalid", err)
	}
	if err := s.SaveAttempt(Attempt{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("attempt without ID: err = %v; want ErrInvalid", err)
	}
	if err := s.SaveAttempt(Attempt{UUID: "u", StudentID: 99, LessonID: 99, QuestionID: "q"}); err == nil {
		t.Error("an attempt for an unknown student was stored")
	}
}

func TestCorruptDatabase(t *testing.T) {
	dir := t.TempDir()
	junk := make([]byte, 8192)
	for i := range junk {
		junk[i] = byte(i * 7)
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), junk, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir)
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open(corrupt) err = %v; want ErrCorrupt", err)
	}
}

func TestReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o555)
	if _, err := Open(dir); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open(read-only dir) err = %v; want ErrReadOnly", err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	s, dir := openTemp(t)
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(dir); !errors.Is(err, ErrNewer) {
		t.Fatalf("Open(newer) err = %v; want ErrNewer", err)
	}
}

func TestClockIsInjectable(t *testing.T) {
	s, _ := openTemp(t)
	fixed := time.Date(2017, 1, 10, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return fixed }
	st, _ := s.AddStudent("Kim")
	l, _ := s.AddLesson("k", "T", "x")
	s.SaveAttempt(Attempt{UUID: "a", StudentID: st.ID, LessonID: l.ID, QuestionID: "q", Answer: "1", Verdict: "correct"})
	p, _ := s.Progress(st.ID, l.ID)
	if !p.Last["q"].At.Equal(fixed) {
		t.Fatalf("attempt time = %v; want %v", p.Last["q"].At, fixed)
	}
}

// TestEmptyProgressFileIsSaid: a 0-byte progress file (a crash, a sync
// conflict) is started again, and Open says so (issue 16: it was
// recreated silently).
func TestEmptyProgressFileIsSaid(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	os.WriteFile(path, nil, 0o644)
	long := time.Now().Add(-2 * time.Hour)
	os.Chtimes(path, long, long) // emptied a while ago, not being created by another copy now
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(s.Notices) != 1 || !strings.Contains(s.Notices[0], "was empty") {
		t.Errorf("notices %q; want one saying the file was empty", s.Notices)
	}
	s2, _ := Open(dir)
	if len(s2.Notices) != 0 {
		t.Errorf("a healthy file gave notices %q", s2.Notices)
	}
	s2.Close()
}

// TestDamagedMiddlePageIsRefused: a progress file whose middle page is
// overwritten is refused on open, saying what SQLite found, instead of
// yielding grades read from a damaged table (issue 16).
func TestDamagedMiddlePageIsRefused(t *testing.T) {
	s, dir := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", strings.Repeat("text ", 4000))
	for i := range 300 {
		st, _ := s.AddStudent(fmt.Sprintf("Student %03d", i))
		s.SaveAttempt(Attempt{UUID: fmt.Sprintf("u%d", i), StudentID: st.ID, LessonID: l.ID, QuestionID: "q1",
			Answer: strings.Repeat("answer ", 20), Verdict: "correct"})
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.Close()
	path := filepath.Join(dir, FileName)
	raw, _ := os.ReadFile(path)
	pages := len(raw) / 4096
	if pages < 6 {
		t.Fatalf("only %d pages", pages)
	}
	// Overwrite a page in the middle of the file.
	for i := (pages / 2) * 4096; i < (pages/2+1)*4096; i++ {
		raw[i] = 0xA5
	}
	os.WriteFile(path, raw, 0o644)
	_, err := Open(dir)
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("opening a file with a damaged page: %v; want ErrCorrupt", err)
	}
	t.Logf("said: %v", err)
}
