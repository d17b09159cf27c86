package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/store"
)

// TestFolderWatchImportsNewFilesOnce: a results file dropped into the
// watched folder is imported on the next look, and only once; a damaged
// file beside it does not stop the others.
func TestFolderWatchImportsNewFilesOnce(t *testing.T) {
	st := tempStore(t)
	l, _ := st.AddLesson("k1", "Council Votes", "text")
	st.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
	dir := t.TempDir()
	w := NewFolderWatch(st, dir, 0)
	if added, _, err := w.Scan(); added != 0 || err != nil {
		t.Fatalf("empty folder: %d, %v", added, err)
	}
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada",
		Attempts: []classroom.Attempt{{UUID: "u1", QuestionID: "q1", Answer: "no", Verdict: "correct"}}})
	os.WriteFile(filepath.Join(dir, "ada"+store.ResultsExt), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "broken"+store.ResultsExt), []byte("not a zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("ignored"), 0o644)
	added, pass, err := w.Scan()
	if added != 1 || err != nil || len(pass.Imports) != 2 {
		t.Fatalf("after a file arrived: %d added, %d files, %v", added, len(pass.Imports), err)
	}
	// The imported file is not read again; the damaged one is, in case
	// it was being copied when it was read.
	if added, pass, _ := w.Scan(); added != 0 || pass.Unchanged != 1 || len(pass.Imports) != 1 {
		t.Errorf("second look: %d added, %+v; want nothing added, ada's file unchanged", added, pass)
	}
	if _, _, err := NewFolderWatch(st, filepath.Join(dir, "gone"), 0).Scan(); err == nil {
		t.Error("a missing folder gave no error")
	}
}

// TestAnswersSavedAutomatically: with a results folder chosen, each check
// writes the student's results file there, ready for the teacher's watch.
func TestAnswersSavedAutomatically(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	dir := t.TempDir()
	st.SetAutoResultsFolder(dir)
	m, _ := sampleMain(t, st)
	if err := m.StartAs("Ada"); err != nil {
		t.Fatal(err)
	}
	m.Quiz.Show(0)
	test.Type(m.Quiz.Entry, "yes")
	test.Tap(m.Quiz.CheckButton)
	files, _ := filepath.Glob(filepath.Join(dir, "*"+store.ResultsExt))
	if len(files) != 1 || !strings.HasPrefix(filepath.Base(files[0]), "Ada - ") {
		t.Fatalf("files in the folder: %v", files)
	}
	raw, _ := os.ReadFile(files[0])
	r, err := classroom.ReadResults(raw)
	if err != nil || r.Student != "Ada" || len(r.Attempts) != 1 {
		t.Errorf("results written: %+v, %v", r, err)
	}
}

// panickingImporter stands for a fault inside an import.
type panickingImporter struct{}

func (panickingImporter) ImportResultsFolder(string) (store.FolderPass, error) {
	var none []int
	_ = none[0]
	return store.FolderPass{}, nil
}

// TestFolderWatchReportsAFaultInsteadOfDying: a fault inside an import is
// reported as a message, and the watch goes on (issue 16: a watched
// folder read on every start must never become a crash loop).
func TestFolderWatchReportsAFaultInsteadOfDying(t *testing.T) {
	w := NewFolderWatch(panickingImporter{}, t.TempDir(), 0)
	_, _, err := w.Scan()
	if !errors.Is(err, store.ErrInternal) || !strings.HasPrefix(Friendly(err), "A fault inside Lede stopped the import") {
		t.Errorf("a panicking import gave %v (%q); want ErrInternal in plain words", err, Friendly(err))
	}
}

// TestTitleSaysWhenAnotherCopyIsBusy: while a write waits for another
// copy of Lede the title says so, and stops saying so after the look.
func TestTitleSaysWhenAnotherCopyIsBusy(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	m, w := sampleMain(t, st)
	st.OnBusy()
	if !strings.Contains(w.Title(), "another copy of Lede is busy; trying again") {
		t.Errorf("title while busy: %q", w.Title())
	}
	watch := m.newWatch(t.TempDir())
	watch.report(watch.Scan())
	if strings.Contains(w.Title(), "busy") {
		t.Errorf("title after the look: %q", w.Title())
	}
}
