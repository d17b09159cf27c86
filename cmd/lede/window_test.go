package main

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/ui"
)

// TestWindowCompletesTheLessonAfterThePicker: the window reads the
// lesson, shows the name picker and makes the questions after its first
// frame (issue 16, start-up); once they are made, a student who types a
// name and presses Enter gets the quiz.
func TestWindowCompletesTheLessonAfterThePicker(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1200, 800))
	p := <-preload(t.TempDir(), windowFlags{})
	if p.lessonErr != nil || p.storeErr != nil {
		t.Fatal(p.lessonErr, p.storeErr)
	}
	if p.lesson.Completed() || len(p.lesson.Questions) != 0 {
		t.Fatal("preload made the whole lesson before the first screen")
	}
	done, err := openPreloaded(w, windowFlags{}, p)
	if err != nil {
		t.Fatal(err)
	}
	<-done
	picker := w.Content()
	var name *ui.RingEntry
	for _, o := range test.LaidOutObjects(picker) {
		if e, ok := o.(*ui.RingEntry); ok && name == nil {
			name = e
		}
	}
	if name == nil {
		t.Fatal("the first screen has no name field")
	}
	test.Type(name, "Ada L")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Content() == picker {
		t.Fatal("Enter on the picker did not open the quiz")
	}
	if p.lesson.Completed() {
		t.Error("completing the lesson changed the one read")
	}

	// A screenshot shows the quiz at once: preload completes its lesson.
	s := <-preload(t.TempDir(), windowFlags{screenshot: "x.png"})
	if s.lessonErr != nil || !s.lesson.Completed() || len(s.lesson.Questions) == 0 {
		t.Errorf("a screenshot's lesson is not complete: %v", s.lessonErr)
	}
	if s.store != nil {
		s.store.Close()
	}
}
