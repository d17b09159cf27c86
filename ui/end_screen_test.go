package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestEndScreenOpensAtItsTop: the end screen opens at its top each time
// Finish shows it — "You answered …" and Hand in in sight, the cue
// saying the rest is below — also after the student scrolled it to its
// end, went back to a question and pressed Finish again. It kept the
// offset of the last time, and opened on the end of its list with the
// summary scrolled away above (issue 11).
func TestEndScreenOpensAtItsTop(t *testing.T) {
	m := onALaptop(t, 1024, 700, "1", 2)
	p, c, e := m.Quiz, m.Window.Canvas(), m.Quiz.End
	test.Tap(p.Finish)
	if e.scroll.Content.MinSize().Height <= e.scroll.Size().Height {
		t.Fatal("the end screen fits the panel: the test shows nothing")
	}
	for range 12 {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown}) // as a student reads on
	}
	if e.scroll.Offset.Y <= 0 {
		t.Fatal("Page Down did not scroll the end screen: the test shows nothing")
	}
	for _, back := range []struct {
		name  string
		leave func()
	}{
		{"Previous", func() { test.Tap(p.Previous) }},
		{"question 1 in the map", func() { p.Go(0) }},
	} {
		for range 12 {
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		}
		back.leave()
		if p.Ended() {
			t.Fatalf("%s did not leave the end screen", back.name)
		}
		test.Tap(p.Finish)
		if y := e.scroll.Offset.Y; y != 0 {
			t.Errorf("back by %s and Finish again: the end screen opens scrolled to %v, the summary above the panel's top; want 0", back.name, y)
		}
		if !e.cue.box.Visible() || e.cue.words.Text != cueWords[e.cue.wording][0] {
			t.Errorf("back by %s and Finish again: the cue says %q; want %q", back.name, e.cue.words.Text, cueWords[e.cue.wording][0])
		}
	}
}

// TestOneQuestionSaysSo: a lesson of one question reads "0 of 1
// question" and "answer it", not "0 of 1 questions" and "the others",
// nor "All 1 answered" (a new student's walk through the real window).
func TestOneQuestionSaysSo(t *testing.T) {
	for got, want := range map[string]string{
		summaryLine(0, 1, -1, 0, ""): "You answered 0 of 1 question. You can still answer it before you hand in.",
		summaryLine(1, 1, 1, 0, ""):  "You answered 1 of 1 question. 1 right.",
		answeredLine(1, 1, nil):      "Answered. Press Finish to hand in.",
		summaryLine(1, 3, -1, 0, ""): "You answered 1 of 3 questions. You can still answer the others before you hand in.",
		answeredLine(3, 3, nil):      "All 3 answered. Press Finish to hand in.",
	} {
		if got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	}
}
