package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestPageKeysCutNoLine: Page Down and Page Up in a question leave the
// quiz panel's top edge between two lines or controls, never across a
// line of the prompt or the explanation, a choice, the answer field or
// Check. A page was nine tenths of the panel in pixels, and at 150 %
// Page Down on a long question left the tail of the prompt as a sliver
// at the top (issue 11, an independent audit of the real window).
func TestPageKeysCutNoLine(t *testing.T) {
	for _, c := range []struct {
		scale string
		text  float64
		w, h  float32
	}{{"1", 1.5, 0, 0}, {"1", 2, 0, 0}, {"1.5", 1, 0, 0}, {"1", 2, 683, 768}} {
		m := samOnLaptop(t, c.scale, c.text, c.w, c.h)
		p := m.Quiz
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			answerAndCheck(p, question, wrongAnswer(question)) // the explanation too, where there is a try left
			p.scroll.Offset.Y = 0
			p.refreshScroll()
			for _, key := range []fyne.KeyName{fyne.KeyPageDown, fyne.KeyPageDown, fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyPageUp} {
				p.ScrollKey(&fyne.KeyEvent{Name: key})
				if cut := edgeCuts(p); cut != "" {
					t.Errorf("FYNE_SCALE=%s, text %v, %v×%v: question %d, %s: the panel's top edge (%v) runs across %s",
						c.scale, c.text, c.w, c.h, i+1, key, p.scroll.Offset.Y, cut)
				}
				if !p.headerIsFixed && labelCut(p, p.Answered) {
					t.Errorf("FYNE_SCALE=%s, text %v, %v×%v: question %d, %s: the panel's top edge (%v) runs across the line under the map",
						c.scale, c.text, c.w, c.h, i+1, key, p.scroll.Offset.Y)
				}
				if labelCut(p, p.Explanation) {
					t.Errorf("FYNE_SCALE=%s, text %v, %v×%v: question %d, %s: the panel's top edge (%v) runs across a line of the explanation",
						c.scale, c.text, c.w, c.h, i+1, key, p.scroll.Offset.Y)
				}
			}
		}
	}
}
