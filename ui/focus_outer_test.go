package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The answer field embeds a RingEntry: focus on it scrolls the answer
// field into view, the object the window holds. revealInScroll was given
// the RingEntry inside, which no scroll holds, so Tab left the field
// below the panel's edge (helper-121's note, issue 11).
func TestFocusOnTheAnswerFieldScrollsItIntoView(t *testing.T) {
	test.NewTempApp(t)
	field := newAnswerEntry(func() bool { return false })
	filler := widget.NewLabel("")
	filler.Resize(fyne.NewSize(200, 900))
	spacer := container.NewGridWrap(fyne.NewSize(200, 900), filler)
	scroll := container.NewVScroll(container.NewVBox(spacer, field))
	w := test.NewTempWindow(t, scroll)
	w.Resize(fyne.NewSize(300, 300))
	if scroll.Offset.Y != 0 {
		t.Fatalf("offset %v before focus", scroll.Offset.Y)
	}
	w.Canvas().Focus(field)
	if scroll.Offset.Y < 600 {
		t.Errorf("offset %v after focus on the answer field; want it scrolled to show the field (at 900+)", scroll.Offset.Y)
	}
}
