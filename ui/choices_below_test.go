package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestCueSaysWhereTheChoicesAre: a choice question whose prompt takes
// the quiz panel opens with the prompt whole and the choice with the
// ring cut at the panel's bottom edge or below it; the line under the
// panel then says that the choices are below and that the down arrow
// shows them, and the down arrow does, picking nothing. At 200 % in
// OpenDyslexic on a 1366×768 laptop "Which source does the article give
// for this claim: …?" opened with the top of CNBC's ring and letters
// under the prompt, and the line said only "More below" (a
// keyboard-only walk of the real window).
func TestCueSaysWhereTheChoicesAre(t *testing.T) {
	below := 0
	for _, c := range []struct{ screen, window fyne.Size }{
		{fyne.NewSize(1366, 768), fyne.NewSize(1366, 700)}, {fyne.NewSize(1366, 768), fyne.NewSize(1200, 670)},
		{fyne.NewSize(1024, 700), fyne.NewSize(1016, 617)}, {fyne.NewSize(1024, 700), fyne.NewSize(858, 602)},
	} {
		m := samAtLargeDyslexic(t, c.screen, c.window)
		p, cv := m.Quiz, m.Window.Canvas()
		for i, question := range m.Lesson.Questions {
			if len(question.Choices) == 0 {
				continue
			}
			p.Go(i)
			if cv.Focused() != p.Choices || !ringedChoiceBelow(p) {
				continue
			}
			below++
			if got := cueSays(p); !saysChoicesBelow(got) {
				t.Errorf("window %v: question %d opens with its ringed choice below the panel's edge, and the cue says %q", c.window, i+1, got)
			}
			press(t, cv, fyne.KeyDown)
			row := p.Choices.Rows()[p.Choices.cursor]
			shown := inView(p, row) || (row.Size().Height > p.scroll.Size().Height && p.yInScroll(row) >= p.scroll.Offset.Y-0.5)
			if !shown || p.Choices.Selected != "" {
				t.Errorf("window %v: question %d: the down arrow leaves the ringed choice at %v–%v (the panel %v–%v), %q picked",
					c.window, i+1, p.yInScroll(row), p.yInScroll(row)+row.Size().Height, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, p.Choices.Selected)
			}
			if got := cueSays(p); saysChoicesBelow(got) {
				t.Errorf("window %v: question %d: with the choice in sight the cue still says %q", c.window, i+1, got)
			}
		}
	}
	if below == 0 {
		t.Fatal("no question opens with its ringed choice below the panel's edge: the test shows nothing")
	}
}

// saysChoicesBelow reports whether the cue's words say that the choices
// are below, in any wording.
func saysChoicesBelow(words string) bool {
	for _, wording := range cueWords {
		if words == wording[3] {
			return true
		}
	}
	return false
}
