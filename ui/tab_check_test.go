package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/lede-app/lede/data/quiz"
)

// TestTabToCheckCutsNoLine: Tab from a question's answer to its Check
// button scrolls Check into sight with what scrolls away above hiding
// whole: never a line of the prompt or of the line under the map ("0 of
// 8 answered."), a map button or a part of the question cut through at
// the panel's top edge. At 200 % in OpenDyslexic on a 1024×700 laptop
// the least scroll left "0 of 8 answered." cut in half there (a
// keyboard-only walk of the real window).
func TestTabToCheckCutsNoLine(t *testing.T) {
	scrolled := 0
	walk := func(where string, m *Main, i int) {
		p, c := m.Quiz, m.Window.Canvas()
		p.Go(i)
		was := p.scroll.Offset.Y
		c.FocusNext()
		if c.Focused() != p.CheckButton {
			return // Tab goes to the choices first, one stop, then Check
		}
		if p.scroll.Offset.Y != was {
			scrolled++
		}
		cut := edgeCuts(p)
		if cut == "" && mapRowCut(p) != "" {
			cut = "map button " + mapRowCut(p)
		}
		if cut == "" && !p.headerIsFixed && labelCut(p, p.Answered) {
			cut = "the line under the map"
		}
		if cut != "" {
			t.Errorf("%s: question %d: Tab to Check leaves the panel's top edge (%v) across %s", where, i+1, p.scroll.Offset.Y, cut)
		}
	}
	onTheLaptops(t, withoutChoices, func(l menuLaptop, m *Main, i int, _ quiz.Question) { walk(l.String(), m, i) })
	for _, screen := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 700}} {
		m := samAtLargeDyslexic(t, screen, fyne.NewSize(screen.Width-166, screen.Height-98))
		for i, question := range m.Lesson.Questions {
			if len(question.Choices) == 0 {
				walk(fmt.Sprintf("%v in OpenDyslexic at 200 %%", screen), m, i)
			}
		}
	}
	if scrolled == 0 {
		t.Fatal("Tab to Check never scrolled: the test shows nothing")
	}
}
