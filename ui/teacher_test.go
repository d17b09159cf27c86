package ui

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/store"
)

func tempStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestTeacherPIN: the first use chooses a PIN (typed twice); later a
// wrong PIN keeps teacher mode shut and the right one opens it.
func TestTeacherPIN(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	w := test.NewTempWindow(t, nil)
	lock := &TeacherLock{Keeper: st}
	ran := 0
	p := lock.Do(w, func() { ran++ })
	if p == nil || p.Again == nil {
		t.Fatal("no PIN prompt with a second field on first use")
	}
	p.PIN.SetText("4821")
	p.Again.SetText("4812")
	if p.Submit() || ran != 0 || !strings.Contains(p.Message.Text, "not the same") {
		t.Fatalf("mismatched PINs opened teacher mode (ran %d, message %q)", ran, p.Message.Text)
	}
	p.PIN.SetText("4821")
	p.Again.SetText("4821")
	if !p.Submit() || ran != 1 || !lock.Unlocked {
		t.Fatal("a matching new PIN did not open teacher mode")
	}
	if lock.Do(w, func() { ran++ }); ran != 2 {
		t.Error("an open teacher mode asked for the PIN again")
	}

	lock = &TeacherLock{Keeper: st} // Lede restarted: locked again
	p = lock.Do(w, func() { ran++ })
	if p == nil || p.Again != nil {
		t.Fatal("no PIN prompt, or a second field, once a PIN is set")
	}
	p.PIN.SetText("0000")
	if p.Submit() || ran != 2 || !strings.Contains(p.Message.Text, "not right") {
		t.Errorf("a wrong PIN opened teacher mode (message %q)", p.Message.Text)
	}
	p.PIN.SetText("4821")
	if !p.Submit() || ran != 3 {
		t.Error("the right PIN did not open teacher mode")
	}
}

// TestDashboardView: scores per student and a bar per question whose
// length is the share right at the first try.
func TestDashboardView(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	st := tempStore(t)
	stored, _ := st.AddLesson(l.Key, l.Article.Title, l.Article.Source)
	q := l.Questions[0]
	for _, a := range []struct{ student, answer, verdict string }{
		{"Ada", "no", "incorrect"}, {"Ada", "yes", "correct"}, {"Bob", "yes", "correct"}, {"Cleo", "no", "incorrect"}, {"Cleo", "no", "incorrect"},
	} {
		if _, err := st.ImportAttempts(l.Key, a.student, []store.Attempt{{UUID: store.NewAttemptID(), QuestionID: q.ID, Answer: a.answer, Verdict: a.verdict}}); err != nil {
			t.Fatal(err)
		}
	}
	d, err := st.LessonDashboard(stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	v := NewDashboardView(d, l.Questions)
	test.NewTempWindow(t, v.Content)
	if len(v.Scores) != 3 || v.Scores[0].Text != fmt.Sprintf("Ada — 1 of %d correct, 1 answered", len(l.Questions)) {
		t.Errorf("scores: %d, first %q", len(v.Scores), v.Scores[0].Text)
	}
	first := v.Bars[0]
	if first.Share < 0.33 || first.Share > 0.34 || !strings.Contains(first.Label.Text, "1 of 3 right at the first try") ||
		!strings.Contains(first.Label.Text, "“no” (3)") {
		t.Errorf("first bar: share %.2f, %q", first.Share, first.Label.Text)
	}
	if v.Bars[1].Share != -1 || !strings.Contains(v.Bars[1].Label.Text, "nobody has answered") {
		t.Errorf("unanswered question's bar: %+v", v.Bars[1])
	}
}

// TestOpenLessonPack: a lesson pack opened from a file shows its lesson's
// student picker with the teacher's questions; a broken file keeps the
// current lesson.
func TestOpenLessonPack(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	l.Questions = l.Questions[:3]
	var pack bytes.Buffer
	if err := classroom.WritePack(&pack, l.Pack(classroom.Settings{}, time.Now())); err != nil {
		t.Fatal(err)
	}
	st := tempStore(t)
	w := test.NewTempWindow(t, nil)
	other, err := openCouncil(t)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMain(w, st, other)
	if err != nil {
		t.Fatal(err)
	}
	var now *Main
	m.OnLessonChanged = func(n *Main) { now = n }
	m.openReader("broken.ledelesson", strings.NewReader("PK\x03\x04 not really a zip"))
	if now != nil {
		t.Fatal("a broken pack replaced the lesson")
	}
	m.openReader("alibaba.ledelesson", &pack)
	if now == nil || now.Lesson.Key != l.Key || len(now.Lesson.Questions) != 3 || w.Content() != now.Picker.Content {
		t.Fatalf("after opening the pack: %+v", now)
	}
	if now.Teacher != m.Teacher {
		t.Error("opening a lesson forgot teacher mode")
	}
}

func TestImportSummary(t *testing.T) {
	got := importSummary([]store.FolderImport{
		{File: "ada.lederesults", Student: "Ada", Report: store.ImportReport{Added: 5}},
		{File: "bob.lederesults", Student: "Bob", Report: store.ImportReport{Duplicates: 4}},
		{File: "x.lederesults", Err: classroom.ErrTampered},
		{File: "eve.lederesults", Student: "Eve", Report: store.ImportReport{Added: 1, Refused: 5}},
	})
	for _, want := range []string{"6 new answers from 4 files", "Bob): already imported", "x.lederesults: not imported — This file has been changed",
		"Eve): 1 new answers — 5 refused: they answer questions this lesson does not have"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
}

func openCouncil(t *testing.T) (*lesson.Lesson, error) {
	t.Helper()
	raw, err := os.ReadFile("../testdata/articles/council-libraries.txt")
	if err != nil {
		return nil, err
	}
	return lesson.Build(raw, 0)
}
