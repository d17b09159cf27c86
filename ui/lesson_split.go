package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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
	// OnDragged, if set, is called with the divider's places side by side
	// and stacked when the student lets go of it after dragging it with
	// the mouse, so that it can be remembered as the keyboard's place is.
	OnDragged func(side, stacked float64)
	// OnResized, if set, is called after the lesson is laid out at a new
	// size — the window made narrower (the quiz going under the article),
	// wider or shorter — so that the control with the focus can be shown
	// again: a student typed into an answer field the resize had put out
	// of sight (issue 11, an independent audit of the real window).
	OnResized func()
	// laidOut is the size the lesson was last laid out at.
	laidOut fyne.Size
	// handle lies over Fyne's divider and takes the mouse's drag in its
	// stead: Fyne's split says nothing when its divider is dragged, so a
	// place set with the mouse was forgotten at the next sign-in (issue
	// 11, a student walk).
	handle *splitHandle
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
	s.handle = newSplitHandle(s)
	s.ExtendBaseWidget(s)
	return s
}

// setOffset moves the divider, and the handle over it.
func (s *lessonSplit) setOffset(offset float64) {
	s.Split.SetOffset(offset)
	s.placeHandle()
}

// placeHandle lays the handle over the divider, where the split's own
// layout put it: between the article and the quiz.
func (s *lessonSplit) placeHandle() {
	lead, trail := s.Split.Leading, s.Split.Trailing
	if s.Split.Horizontal {
		at := lead.Position().X + lead.Size().Width
		s.handle.Move(fyne.NewPos(at, 0))
		s.handle.Resize(fyne.NewSize(max(trail.Position().X-at, 0), s.Split.Size().Height))
		return
	}
	at := lead.Position().Y + lead.Size().Height
	s.handle.Move(fyne.NewPos(0, at))
	s.handle.Resize(fyne.NewSize(s.Split.Size().Width, max(trail.Position().Y-at, 0)))
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
	s.placeHandle()
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
	s.setOffset(min(max(at+float64(by)*splitStep, lo), hi))
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
	s.setOffset(s.offsets[0])
	if !s.Split.Horizontal {
		s.setOffset(s.offsets[1])
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
	r.s.placeHandle()
	was := r.s.laidOut
	r.s.laidOut = size
	if was != size && !was.IsZero() && r.s.OnResized != nil {
		r.s.OnResized() // not at the first layout: the lesson opens as it chose to
	}
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
	r.s.placeHandle()
	r.s.handle.Refresh()
}

// Objects puts the handle last, over the split: the mouse finds the
// topmost object that takes a drag.
func (r *lessonSplitRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.Split, r.s.handle}
}
func (r *lessonSplitRenderer) Destroy() {}

// splitHandle takes the mouse's drag of the divider between the article
// and the quiz, moves the divider as Fyne's own does (no further than
// both panes keep their least size) and, when the student lets go,
// reports the new place (lessonSplit.OnDragged). It shows the hover tint
// Fyne's divider shows, which it covers.
type splitHandle struct {
	widget.BaseWidget
	s *lessonSplit
	// dragging is true from a drag's first move to its end; pointer is
	// where the pointer is then, in the split, and grab where in the
	// handle it took hold.
	dragging      bool
	pointer, grab fyne.Position
	hovered       bool
	tint          *canvas.Rectangle
}

var (
	_ fyne.Draggable     = (*splitHandle)(nil)
	_ desktop.Cursorable = (*splitHandle)(nil)
	_ desktop.Hoverable  = (*splitHandle)(nil)
)

func newSplitHandle(s *lessonSplit) *splitHandle {
	h := &splitHandle{s: s, tint: canvas.NewRectangle(color.Transparent)}
	h.ExtendBaseWidget(h)
	return h
}

func (h *splitHandle) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(h.tint) }

// Refresh shows the hover tint while the pointer is over the handle or
// drags it.
func (h *splitHandle) Refresh() {
	h.tint.FillColor = color.Transparent
	if h.hovered || h.dragging {
		h.tint.FillColor = theme.Color(theme.ColorNameHover)
	}
	h.tint.Refresh()
}

// Cursor is the resize arrow, across the divider.
func (h *splitHandle) Cursor() desktop.Cursor {
	if h.s.Split.Horizontal {
		return desktop.HResizeCursor
	}
	return desktop.VResizeCursor
}

// Dragged moves the divider with the pointer.
func (h *splitHandle) Dragged(e *fyne.DragEvent) {
	if !h.dragging {
		h.dragging = true
		h.grab = e.Position.Subtract(e.Dragged)
		h.pointer = h.Position().Add(e.Position)
		h.Refresh()
	} else {
		h.pointer = h.pointer.Add(e.Dragged)
	}
	edge := h.pointer.Subtract(h.grab)
	along, size := edge.X, h.s.Split.Size().Width
	if !h.s.Split.Horizontal {
		along, size = edge.Y, h.s.Split.Size().Height
	}
	free := float64(size - 2*theme.Padding()) // the divider's thickness, as Fyne's split has it
	if free <= 0 {
		return
	}
	lo, hi := h.s.bounds()
	h.s.setOffset(min(max(float64(along)/free, lo), hi))
}

// DragEnd reports where the student left the divider.
func (h *splitHandle) DragEnd() {
	if !h.dragging {
		return
	}
	h.dragging = false
	h.Refresh()
	if h.s.OnDragged != nil {
		h.s.OnDragged(h.s.Offsets())
	}
}

// MouseIn shows the hover tint.
func (h *splitHandle) MouseIn(*desktop.MouseEvent) { h.hovered = true; h.Refresh() }

// MouseMoved does nothing: the tint is the same all along the divider.
func (h *splitHandle) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the hover tint.
func (h *splitHandle) MouseOut() { h.hovered = false; h.Refresh() }
