package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestMarksGrowWithTheText: at View's 200 % the marks that say right or
// wrong — on the question map, beside the verdict — and the circles of
// the choices are as tall as the text beside them. They stayed at their
// 100 % size, half the height of the numbers and words they mark, so a
// student who needs large text could not tell ✔ from ✘ on the map (issue
// 11, a new student's keyboard walk at 1366×768).
func TestMarksGrowWithTheText(t *testing.T) {
	onScreen(t, 1366, 768, "1")
	m := laptopMain(t)
	m.Fixed.Scale = 2
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.Window.Resize(fyne.NewSize(1366, 740))
	c := m.Window.Canvas()
	p := m.Quiz
	text := theme.TextSize()
	tallEnough := func(what string, o fyne.CanvasObject) {
		t.Helper()
		// An icon is drawn square, as large as its narrower side.
		if s := min(o.Size().Width, o.Size().Height); s < text {
			t.Errorf("%s is %.0f px tall; the text beside it %.0f", what, s, text)
		}
	}

	p.Go(firstOfKind(t, m.Lesson.Questions, true))
	var radio *widget.Icon
	walk(p.Choices.Rows()[0], func(o fyne.CanvasObject) {
		if i, ok := o.(*widget.Icon); ok && radio == nil {
			radio = i
		}
	})
	if radio == nil {
		t.Fatal("no circle on the first choice")
	}
	tallEnough("a choice's circle", radio)

	p.Go(firstOfKind(t, m.Lesson.Questions, false))
	typeText(t, c, "yes")
	press(t, c, fyne.KeyReturn)
	if !p.VerdictIcon.Visible() {
		t.Fatal("no mark beside the verdict")
	}
	tallEnough("the verdict's mark", p.VerdictIcon)

	b := p.Map[p.current]
	if b.Icon == nil {
		t.Fatal("the map marks nothing on the question checked")
	}
	var mark *canvas.Image
	walk(b, func(o fyne.CanvasObject) {
		if i, ok := o.(*canvas.Image); ok && i.Visible() && mark == nil {
			mark = i
		}
	})
	if mark == nil {
		t.Fatal("no mark drawn on the map's button")
	}
	tallEnough("the map's mark", mark)
}
