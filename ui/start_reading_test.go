package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

// readSample is the sample lesson's first stage: read, no facts and no
// questions yet.
func readSample(t *testing.T) *lesson.Lesson {
	t.Helper()
	l, err := lesson.Read(assets.SampleLesson)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestPickerComesBeforeTheQuestions: the first screen needs only the
// article's name, so the window shows it before the quiz is made (issue
// 16, start-up). A student who chooses their name before the questions
// are ready is told so and waits; when they are, the quiz opens on them,
// whole.
func TestPickerComesBeforeTheQuestions(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	read := readSample(t)
	w := test.NewTempWindow(t, nil)
	m, err := NewMainReading(w, st, read)
	if err != nil {
		t.Fatal(err)
	}
	if w.Content() != m.Picker.Content || !m.Completing() {
		t.Fatal("the picker is not shown while the questions are made")
	}
	if m.Lesson.Analysis != nil || len(m.Lesson.Questions) != 0 {
		t.Fatalf("the lesson was made before the picker: %d questions", len(m.Lesson.Questions))
	}

	test.Type(m.Picker.Name, "Ada L")
	test.Tap(m.Picker.Start)
	if m.Quiz != nil || w.Content() != m.Picker.Content {
		t.Fatal("a quiz opened before its questions were made")
	}
	if !m.Picker.Waiting() || m.Picker.Start.Text != waitText || !m.Picker.Start.Disabled() || !m.Picker.Name.Disabled() {
		t.Errorf("the picker does not say it waits: Start %q (disabled %v), name disabled %v",
			m.Picker.Start.Text, m.Picker.Start.Disabled(), m.Picker.Name.Disabled())
	}
	m.Picker.Name.TypedKey(&fyneKeyEnter) // a second Enter starts no one else
	if m.Quiz != nil {
		t.Fatal("Enter opened a quiz before its questions were made")
	}

	full := read.Complete(0)
	m.Complete(full)
	if m.Completing() || m.Quiz == nil || w.Content() == m.Picker.Content {
		t.Fatal("the quiz did not open when its questions were ready")
	}
	if m.Student.Name != "Ada L" {
		t.Errorf("the quiz opened for %q; want Ada L", m.Student.Name)
	}
	if got, want := m.Quiz.Counter.Text, fmt.Sprintf("Question 1 of %d", len(full.Questions)); len(full.Questions) == 0 || got != want {
		t.Errorf("counter = %q; want %q", got, want)
	}
	if m.Lesson.Analysis == nil {
		t.Error("the window's lesson has no facts after Complete")
	}
	pub, err := st.LessonByKey(read.Key)
	if err != nil {
		t.Fatal(err)
	}
	var stored []quiz.Question
	if err := json.Unmarshal([]byte(pub.QuestionsJSON), &stored); err != nil || len(stored) != len(full.Questions) {
		t.Errorf("stored %d questions (%v); want %d", len(stored), err, len(full.Questions))
	}

	// A second Complete (a late one) changes nothing.
	quiz := m.Quiz
	m.Complete(full)
	if m.Quiz != quiz {
		t.Error("a second Complete opened the quiz again")
	}
}

// readingMain is the sample lesson's window showing its name picker
// before its questions are made (NewMainReading), on a fresh store.
func readingMain(t *testing.T) (*Main, fyne.Window, *lesson.Lesson) {
	t.Helper()
	test.NewTempApp(t)
	read := readSample(t)
	w := test.NewTempWindow(t, nil)
	m, err := NewMainReading(w, tempStore(t), read)
	if err != nil {
		t.Fatal(err)
	}
	return m, w, read
}

// TestPickerReadyBeforeAName: the usual case, the questions made while
// the student types; Start then opens the quiz at once.
func TestPickerReadyBeforeAName(t *testing.T) {
	m, _, read := readingMain(t)
	m.Complete(read.Complete(0))
	test.Type(m.Picker.Name, "Ben")
	test.Tap(m.Picker.Start)
	if m.Quiz == nil || m.Picker.Waiting() {
		t.Fatal("Start did not open the quiz")
	}
}

// TestMenusWaitForTheQuestions: a menu item chosen while the questions
// are made runs once they are (most export, show or change them).
func TestMenusWaitForTheQuestions(t *testing.T) {
	m, w, read := readingMain(t)
	menuItem(t, w, "File", "Hand in my answers…").Action()
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("a menu item ran before the questions were made")
	}
	m.Complete(read.Complete(0))
	if w.Canvas().Overlays().Top() == nil {
		t.Error("the menu item chosen while the questions were made did not run when they were")
	}
}

// TestFirstScreenTextStyles: the name picker shows two text styles,
// regular and bold. Fyne parses its fonts once per style a window
// shows, and a third style (an italic line) cost the first frame about
// as much again as the other two (issue 16, start-up).
func TestFirstScreenTextStyles(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	if _, err := NewMainReading(w, tempStore(t), readSample(t)); err != nil {
		t.Fatal(err)
	}
	w.Resize(fyne.NewSize(1200, 800))
	styles := map[fyne.TextStyle]string{}
	for _, o := range test.LaidOutObjects(w.Content()) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			styles[tx.TextStyle] = tx.Text
		}
	}
	for st, text := range styles {
		if st != (fyne.TextStyle{}) && st != (fyne.TextStyle{Bold: true}) {
			t.Errorf("the first screen shows %q in a third style, %+v", text, st)
		}
	}
	if len(styles) > 2 {
		t.Errorf("the first screen shows %d text styles; want at most 2", len(styles))
	}
}

// TestLateCompleteAfterAnotherLesson: a lesson opened (File › Open
// lesson…) while a student waited for the first one's questions takes
// the window; the first one's late Complete then changes nothing on
// screen.
func TestLateCompleteAfterAnotherLesson(t *testing.T) {
	m, w, read := readingMain(t)
	test.Type(m.Picker.Name, "Ada L")
	test.Tap(m.Picker.Start) // waits for the first lesson's questions
	var next *Main
	m.OnLessonChanged = func(n *Main) { next = n }
	other := testArticleLesson(t)
	m.showOpened("other.txt", "", other, nil)
	if next == nil || w.Content() != next.Picker.Content {
		t.Fatal("the other lesson did not open")
	}
	m.Complete(read.Complete(0))
	if m.Quiz != nil || w.Content() != next.Picker.Content {
		t.Fatal("the first lesson's late Complete took the window back")
	}
	test.Type(next.Picker.Name, "Ada L")
	test.Tap(next.Picker.Start)
	if m.Quiz != nil || next.Quiz == nil || w.Content() == m.Picker.Content {
		t.Fatal("the first lesson's late Complete took the window back")
	}
	if got := next.Lesson.Article.Name(); got != other.Article.Name() {
		t.Errorf("the window shows %q; want %q", got, other.Article.Name())
	}
}

// testArticleLesson is a whole lesson of another article than the sample.
func testArticleLesson(t *testing.T) *lesson.Lesson {
	t.Helper()
	raw, err := os.ReadFile("../testdata/articles/harbour-ferry.html")
	if err != nil {
		t.Fatal(err)
	}
	l, err := lesson.Open(raw, 0)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestPickerReleasesMemoryOnceTheQuizIsMade: the laptops of a class wait
// at the picker, often for minutes; once the quiz is made there, the
// rules that made it and the garbage it left are given back, not kept
// until a student signs in (issue 16: idle at the picker 177 MiB, 159
// MiB after).
func TestPickerReleasesMemoryOnceTheQuizIsMade(t *testing.T) {
	releases := 0
	defer func(f func()) { releaseMemorySoon = f }(releaseMemorySoon)
	releaseMemorySoon = func() { releases++ }
	test.NewTempApp(t)
	read := readSample(t)
	m, err := NewMainReading(test.NewTempWindow(t, nil), tempStore(t), read)
	if err != nil {
		t.Fatal(err)
	}
	if releases != 0 {
		t.Fatal("memory was released before the quiz was made")
	}
	m.Complete(read.Complete(0))
	if releases != 1 {
		t.Fatalf("memory released %d times once the quiz was made at the picker; want once", releases)
	}
}
