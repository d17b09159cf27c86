package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestTabShowsWhatItReaches: at FYNE_SCALE=1.5 on a 1366×768 laptop,
// Tab through every question's parts: each control that takes the focus
// inside the quiz's scroll shows whole (or from its top, if taller than
// the panel). Tab reached a Check button half below the panel's edge and
// left it there (issue 11, a keyboard-only walk).
func TestTabShowsWhatItReaches(t *testing.T) {
	onScreen(t, 1366, 768, "1.5")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p := m.Quiz
	c := m.Window.Canvas()
	checked := 0
	for i := range m.Lesson.Questions {
		p.Go(i)
		for range 40 {
			c.FocusNext()
			f, ok := c.Focused().(fyne.CanvasObject)
			if !ok || f == p.Next || f == p.Previous || f == p.Finish {
				break
			}
			if _, in := posIn(p.scroll.Content, f); !in {
				continue // the article, or the map standing above the scroll
			}
			top := p.yInScroll(f)
			bottom := top + min(f.Size().Height, p.scroll.Size().Height)
			if top < p.scroll.Offset.Y-0.5 || bottom > p.scroll.Offset.Y+p.scroll.Size().Height+0.5 {
				t.Errorf("question %d: Tab reached %T at %v–%v; the panel shows %v–%v", i+1, f,
					top, bottom, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("Tab reached nothing inside the quiz's scroll")
	}
}

// TestNewQuestionUsesThePanelsHeight: at FYNE_SCALE=1.5 on a 1366×768
// laptop, a new question that fits the quiz panel's whole height shows
// whole, from its prompt to Check, the map scrolled above it until the
// answer is checked; under the fixed map it showed one or two of its
// options (issue 11, a keyboard-only walk).
func TestNewQuestionUsesThePanelsHeight(t *testing.T) {
	onScreen(t, 1366, 768, "1.5")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p := m.Quiz
	unpinned := 0
	for i := range m.Lesson.Questions {
		p.Go(i)
		top, bottom := p.questionSpan()
		if bottom-top > p.page.Size().Height {
			continue // taller than the whole panel: it opens at its prompt
		}
		if p.headerScrolls {
			unpinned++
		}
		if top < p.scroll.Offset.Y-0.5 || bottom > p.scroll.Offset.Y+p.scroll.Size().Height+0.5 {
			t.Errorf("question %d spans %v–%v; the panel shows %v–%v", i+1,
				top, bottom, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
		}
	}
	if unpinned == 0 {
		t.Fatal("no question needed the map scrolled away: the test shows nothing")
	}
}
