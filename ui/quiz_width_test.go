package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// Found by two "new student" walks of the real window at 1366×768, at
// 150 % and 200 % (FYNE_SCALE=2, and View › Text size): each test here
// fails without its fix.

// lessonAt opens the sample lesson for a student at text scale scale in
// a window width wide, and returns its split.
func lessonAt(t *testing.T, width float32, scale float64) (*Main, fyne.Window, *container.Split) {
	t.Helper()
	m, w := sampleMain(t, tempStore(t))
	m.Fixed.Scale = scale
	w.Resize(fyne.NewSize(width, 700))
	if err := m.StartAs("Kay P"); err != nil {
		t.Fatal(err)
	}
	if m.split == nil {
		t.Fatalf("the lesson is a %T, not a split", w.Content())
	}
	return m, w, m.split
}

// checkAll answers every question wrong, so that every map button
// carries a mark (its widest state).
func checkAll(p *QuizPanel, l []quiz.Question) {
	for i, q := range l {
		p.Go(i)
		if len(q.Choices) > 0 {
			p.Choices.SetSelected(wrongAnswer(q))
		} else {
			p.Entry.SetText(wrongAnswer(q))
		}
		p.Check()
	}
}

// TestMapFitsThePanel: every numbered button of the question map lies
// whole inside the quiz panel, clear of its scroll bar, at its own
// minimum width or wider, at every text scale and wherever the divider
// is. A 1366 px screen at FYNE_SCALE=2 is a 683 px window. The last
// button of a fixed six-column row used to run under the scroll bar at
// the panel's edge, cut off.
func TestMapFitsThePanel(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		width float32
		scale float64
	}{{683, 1}, {1024, 1}, {1366, 1}, {1024, 2}, {1366, 1.5}, {1366, 2}} {
		m, _, split := lessonAt(t, c.width, c.scale)
		p := m.Quiz
		checkAll(p, m.Lesson.Questions)
		bar := theme.Size(theme.SizeNameScrollBar)
		for _, offset := range []float64{0.3, 0.6, 1} { // 1: the divider dragged right, the quiz at its narrowest
			name := fmt.Sprintf("%.0f px at %.0f %%, divider at %.1f", c.width, c.scale*100, offset)
			split.SetOffset(offset)
			split.Refresh()
			if need, have := split.MinSize().Width, split.Size().Width; need > have {
				t.Errorf("%s: the lesson needs %v px of width, the window has %v", name, need, have)
			}
			// The map stands fixed above the question or scrolls with it
			// (stickyHeader): either way inside the page, clear of the
			// scroll bar.
			root, height := fyne.CanvasObject(p.scroll), p.scroll.Content.Size().Height
			if p.headerIsFixed {
				root, height = p.page, p.page.Size().Height
			}
			for i, b := range p.Map {
				pos := absolutePos(root, b)
				if !p.headerIsFixed {
					pos.Y = p.yInScroll(b)
				}
				x, y := pos.X, pos.Y
				switch {
				case b.Size().Width < b.MinSize().Width-theme.InnerPadding()-0.5:
					// The map's buttons keep half Fyne's inner padding (mapLayout.cell).
					t.Errorf("%s: button %d is %v wide, narrower than its %v less half its padding", name, i+1, b.Size().Width, b.MinSize().Width)
				case x < 0 || x+b.Size().Width > p.scroll.Size().Width-bar+0.01:
					t.Errorf("%s: button %d spans %v to %v; the panel shows 0 to %v beside its scroll bar",
						name, i+1, x, x+b.Size().Width, p.scroll.Size().Width-bar)
				case y < 0 || y+b.Size().Height > height:
					t.Errorf("%s: button %d is at %v, outside the page (%v high)", name, i+1, y, height)
				}
			}
			// The rows below the map follow it, not overlap it.
			last := p.Map[len(p.Map)-1]
			if absolutePos(root, p.Answered).Y < absolutePos(root, last).Y+last.Size().Height {
				t.Errorf("%s: the answered line overlaps the map", name)
			}
			if p.headerIsFixed && absolutePos(p.page, p.scroll).Y < absolutePos(p.page, p.Answered).Y+p.Answered.Size().Height {
				t.Errorf("%s: the question overlaps the fixed map", name)
			}
		}
	}
}

// TestMapButtonScrollsIntoView: Tab (or Shift+Tab) onto a map button
// scrolled out of sight scrolls the panel to it.
func TestMapButtonScrollsIntoView(t *testing.T) {
	test.NewTempApp(t)
	m, w, _ := lessonAt(t, 900, 2)
	w.Resize(fyne.NewSize(900, 300))
	p := m.Quiz
	p.scroll.ScrollToBottom()
	if p.scroll.Offset.Y == 0 {
		t.Fatal("the question fits the panel: the test needs a smaller window")
	}
	w.Canvas().Focus(p.Map[0])
	if top := p.yInScroll(p.Map[0]); top < p.scroll.Offset.Y {
		t.Errorf("button 1 has the focus at %v, above the view (offset %v)", top, p.scroll.Offset.Y)
	}
}

// TestDividerStaysAfterCheck: where the student left the divider between
// the article and the quiz, it stays when they check answers, right,
// wrong or unclear, and when they press Finish. The map's buttons widened
// with their marks, and the panel's least width with them, pushing the
// divider left; the end screen's "Question 10 — not answered yet"
// buttons did the same.
func TestDividerStaysAfterCheck(t *testing.T) {
	test.NewTempApp(t)
	for _, scale := range []float64{1, 1.5, 2} {
		m, _, split := lessonAt(t, 1366, scale)
		p := m.Quiz
		for _, offset := range []float64{0.6, 1} {
			split.SetOffset(offset)
			split.Refresh()
			x, least := p.Content.Position().X, p.Content.MinSize().Width
			if offset == 0.6 { // before any check, so that every question is listed
				p.ShowEnd() // Finish: the end screen lists what to look at again
				split.Refresh()
				if got := p.Content.Position().X; got != x || p.Content.MinSize().Width != least {
					t.Errorf("%.0f %%: after Finish the divider is at %v (was %v), the panel's least width %v (was %v): it moves where the panel is at its narrowest",
						scale*100, got, x, p.Content.MinSize().Width, least)
				}
			}
			for i, q := range m.Lesson.Questions {
				for _, answer := range []string{"zz", wrongAnswer(q), q.Answer} {
					p.Go(i)
					if len(q.Choices) > 0 {
						p.Choices.SetSelected(answer)
					} else {
						p.Entry.SetText(answer)
					}
					p.Check()
					split.Refresh() // as the window does when a size changes
					if got := p.Content.Position().X; got != x || p.Content.MinSize().Width != least {
						t.Fatalf("%.0f %%, divider at %.1f: after %q on question %d (%s) the divider moved from %v to %v (least width %v, was %v)",
							scale*100, offset, answer, i+1, p.Verdict.Text, x, got, p.Content.MinSize().Width, least)
					}
				}
			}
		}
	}
}

// TestEndScreenClearOfScrollBar: the end screen's buttons, and Hand in's
// focus ring, stop short of the scroll bar (the ring was cut at the
// panel's edge in the real window).
func TestEndScreenClearOfScrollBar(t *testing.T) {
	test.NewTempApp(t)
	m, w, _ := lessonAt(t, 1200, 1)
	m.Quiz.ShowEnd()
	if w.Canvas().Focused() != m.Quiz.End.HandIn {
		t.Fatalf("the end screen opened with the focus on %T", w.Canvas().Focused())
	}
	scroll := m.Quiz.End.scroll
	b := m.Quiz.End.HandIn
	// The ring stands 1 px outside the button; the idle scroll bar takes
	// twice its small width at the edge.
	bar := scroll.Size().Width - 2*theme.Size(theme.SizeNameScrollBarSmall)
	if right := absolutePos(scroll, b).X + b.Size().Width + 1; right > bar {
		t.Errorf("Hand in's ring reaches %v; the scroll bar starts at %v", right, bar)
	}
}
