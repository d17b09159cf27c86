package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// lessonSplit shows the article and the quiz side by side where the
// window is wide enough for both at the text size in force, else the
// quiz under the article. Side by side, FYNE_SCALE=1.5 with View › Text
// size at 150 % needed 1,057 pixels: on a 1024 px screen the window ran
// past its edge, Finish with it (issue 11, a new student's walk). Each
// way keeps its own divider position.
type lessonSplit struct {
	widget.BaseWidget
	Split *container.Split
	// offsets are the divider's places side by side and stacked.
	offsets [2]float64
}

// Where the divider starts: the article takes 60 % of the width side by
// side; stacked, the quiz takes 55 % of the height, as it holds the
// buttons.
const (
	sideBySideOffset = 0.6
	stackedOffset    = 0.45
)

func newLessonSplit(article, quiz fyne.CanvasObject) *lessonSplit {
	s := &lessonSplit{Split: container.NewHSplit(article, quiz), offsets: [2]float64{sideBySideOffset, stackedOffset}}
	s.Split.Offset = sideBySideOffset
	s.ExtendBaseWidget(s)
	return s
}

// minIf is the split's least size laid out side by side or stacked.
func (s *lessonSplit) minIf(sideBySide bool) fyne.Size {
	was := s.Split.Horizontal
	s.Split.Horizontal = sideBySide
	m := s.Split.MinSize()
	s.Split.Horizontal = was
	return m
}

// orient lays the split side by side where width allows, else stacked.
func (s *lessonSplit) orient(width float32) {
	side := s.minIf(true).Width <= width
	if side == s.Split.Horizontal {
		return
	}
	from, to := 1, 0 // stacked → side by side
	if !side {
		from, to = 0, 1
	}
	s.offsets[from] = s.Split.Offset
	s.Split.Horizontal = side
	s.Split.Offset = s.offsets[to]
	s.Split.Refresh()
}

// splitStep is how far View › Article and questions moves the divider
// at a time: a twentieth of the window.
const splitStep = 0.05

// Step moves the divider by steps of splitStep — towards the quiz (by
// > 0: more room for the article) or towards the article — no further
// than both keep their least size, and returns the new offsets side by
// side and stacked. The divider could be moved only with the mouse
// (issue 11).
func (s *lessonSplit) Step(by int) (side, stacked float64) {
	lo, hi := s.bounds()
	// From where the divider stands: an offset past the ends, as one
	// remembered at a smaller text size, is drawn at the end.
	at := min(max(s.Split.Offset, lo), hi)
	s.Split.SetOffset(min(max(at+float64(by)*splitStep, lo), hi))
	return s.Offsets()
}

// Reset puts the divider where Lede starts it, both ways.
func (s *lessonSplit) Reset() (side, stacked float64) {
	s.SetOffsets(0, 0)
	return s.Offsets()
}

// Offsets are the divider's places side by side and stacked.
func (s *lessonSplit) Offsets() (side, stacked float64) {
	o := s.offsets
	if s.Split.Horizontal {
		o[0] = s.Split.Offset
	} else {
		o[1] = s.Split.Offset
	}
	return o[0], o[1]
}

// SetOffsets puts the divider's places side by side and stacked, as a
// student left them; 0 is where Lede starts it.
func (s *lessonSplit) SetOffsets(side, stacked float64) {
	if side <= 0 {
		side = sideBySideOffset
	}
	if stacked <= 0 {
		stacked = stackedOffset
	}
	s.offsets = [2]float64{side, stacked}
	s.Split.SetOffset(s.offsets[0])
	if !s.Split.Horizontal {
		s.Split.SetOffset(s.offsets[1])
	}
}

// bounds are the least and most offsets at which the article and the
// quiz keep their least size, as Fyne's split lays them out.
func (s *lessonSplit) bounds() (lo, hi float64) {
	size, lead, trail := s.Split.Size().Width, s.Split.Leading.MinSize().Width, s.Split.Trailing.MinSize().Width
	if !s.Split.Horizontal {
		size, lead, trail = s.Split.Size().Height, s.Split.Leading.MinSize().Height, s.Split.Trailing.MinSize().Height
	}
	available := float64(size - 2*theme.Padding())
	if available <= 0 {
		return 0, 1
	}
	lo, hi = float64(lead)/available, 1-float64(trail)/available
	if lo > hi {
		lo = float64(lead) / float64(lead+trail)
		hi = lo
	}
	return lo, hi
}

func (s *lessonSplit) CreateRenderer() fyne.WidgetRenderer { return &lessonSplitRenderer{s: s} }

type lessonSplitRenderer struct{ s *lessonSplit }

func (r *lessonSplitRenderer) Layout(size fyne.Size) {
	r.s.orient(size.Width)
	r.s.Split.Move(fyne.Position{})
	r.s.Split.Resize(size)
}

// MinSize is the narrower of the two ways: the window may be as narrow
// as the stacked lesson and as short as either needs.
func (r *lessonSplitRenderer) MinSize() fyne.Size {
	side, stacked := r.s.minIf(true), r.s.minIf(false)
	return fyne.NewSize(min(side.Width, stacked.Width), max(side.Height, stacked.Height))
}

func (r *lessonSplitRenderer) Refresh() {
	r.Layout(r.s.Size()) // StartAs lays the lesson out before its first frame
	r.s.Split.Refresh()
}
func (r *lessonSplitRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.s.Split} }
func (r *lessonSplitRenderer) Destroy()                     {}
