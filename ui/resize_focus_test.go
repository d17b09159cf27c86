package ui

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestResizeKeepsTheFocusInSight: the window made narrower, so that the
// quiz goes under the article, or shorter, shows the question as it
// opens at that size: the control with the focus — the answer field,
// the choice with the ring — whole in the quiz panel, or where the
// panel is too short for it and the prompt, the prompt from its top. At FYNE_SCALE=1.5, a 1366×768 window resized to 700 px
// wide (a screen snapped in half) showed only the map and "More below":
// the answer field, its ring and the prompt out of sight, and what the
// student typed went into a field nobody saw (issue 11, an independent
// audit of the real window). Changing the text size already did this.
func TestResizeKeepsTheFocusInSight(t *testing.T) {
	for _, c := range []struct {
		scale string
		text  float64
	}{{"1", 2}, {"1.5", 1.5}, {"2", 1}} {
		scale := c.scale
		for _, size := range []fyne.Size{{Width: 700, Height: 768}, {Width: 560, Height: 700}, {Width: 1366, Height: 420}} {
			m := samOnLaptop(t, scale, c.text, 0, 0)
			p, c := m.Quiz, m.Window.Canvas()
			for i := range m.Lesson.Questions {
				p.Go(i)
				p.FocusAnswer(c)
				m.Window.Resize(size)
				// As a question opens at this size: the focus in sight, or,
				// where the panel is too short for both, the prompt's top at
				// the panel's top and the focus under it (the first ↓
				// or Page Down shows it: showAnswer).
				f, in := focusedInScroll(p, c)
				prompt := p.yInScroll(p.Prompt)
				if in && !inView(p, f) && (p.scroll.Offset.Y < prompt-0.5 || p.scroll.Offset.Y > prompt+0.5) {
					t.Errorf("FYNE_SCALE=%s, window %v: question %d's focused %T is at %v–%v; the panel shows %v–%v",
						scale, size, i+1, f, p.yInScroll(f), p.yInScroll(f)+f.Size().Height, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
				}
				if cut := edgeCuts(p); cut != "" {
					t.Errorf("FYNE_SCALE=%s, window %v: question %d: the panel's top edge (%v) runs across %s", scale, size, i+1, p.scroll.Offset.Y, cut)
				}
				if !p.headerIsFixed && labelCut(p, p.Answered) {
					t.Errorf("FYNE_SCALE=%s, window %v: question %d: the panel's top edge (%v) runs across the line under the map", scale, size, i+1, p.scroll.Offset.Y)
				}
				m.Window.Resize(fyne.NewSize(1366, 768))
			}
		}
	}
}

// TestViewChangesCutNoLine: each step of the text size, with the focus
// on the answer, leaves the quiz panel's top edge across no line — of
// the line under the map, the prompt — and no control, and the focus in
// sight. The panel kept its offset in pixels while the words reflowed:
// at 200 % on a window 683 px wide the line under the map stood as a
// row of marks under "Question 1 of 8 (0 answered)" (issue 11, an
// independent audit of the real window).
func TestViewChangesCutNoLine(t *testing.T) {
	for _, w := range []float32{683, 560, 1366} {
		m := samOnLaptop(t, "1", 0, w, 768) // the text size not fixed: View › Text size changes it
		p, c := m.Quiz, m.Window.Canvas()
		for i := range m.Lesson.Questions[:min(3, len(m.Lesson.Questions))] {
			p.Go(i)
			p.FocusAnswer(c)
			for k, by := range []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1} {
				m.stepText(by)
				if !p.headerIsFixed && lastLineCut(p, p.Answered) {
					t.Errorf("width %v, question %d, step %d: the panel's top edge (%v) runs across the line under the map", w, i+1, k+1, p.scroll.Offset.Y)
				}
				if cut := edgeCuts(p); cut != "" {
					t.Errorf("width %v, question %d, step %d: the panel's top edge (%v) runs across %s", w, i+1, k+1, p.scroll.Offset.Y, cut)
				}
				if f, in := focusedInScroll(p, c); in && !inView(p, f) {
					t.Errorf("width %v, question %d, step %d: the focused %T is out of sight", w, i+1, k+1, f)
				}
			}
			m.setView(ViewSettings{Scale: 1})
		}
	}
}

// lastLineCut reports whether the quiz panel's top edge runs across a
// line of l — under its last line too, where the bottoms of its letters
// still show (labelCut counts that place as between lines).
func lastLineCut(p *QuizPanel, l *widget.Label) bool {
	top := p.yInScroll(l)
	end, y := top+l.Size().Height, p.scroll.Offset.Y
	if labelCut(p, l) {
		return true
	}
	last := top + theme.InnerPadding() + lineStep(l)*float32(math.Round(float64((l.Size().Height-2*theme.InnerPadding())/lineStep(l)))-1)
	return y > last+0.5 && y < end-0.5
}
