package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
