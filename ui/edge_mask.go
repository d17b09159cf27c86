package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// edgeMask is a strip of the page's own colour laid over the bottom of
// the quiz panel's scroll, from the top of the line of text or the
// control that the panel's bottom edge runs across down to that edge:
// the line or control then hides whole, as the panel's top edge hides
// what scrolls away above it. At 200 % on a 1366×768 laptop the last
// line of an explanation, a choice ("SEC filings"), the Check button or
// the first line of "Not yet. Look again …" stood cut in half at the
// bottom edge, over the "More below" line, as a question opened and
// after each Check (issue 11, a keyboard-only walk of the real window;
// TestNoLineCutAtTheBottomEdge). The scroll and every offset Lede
// scrolls to stay as they were; the strip only hides the sliver.
type edgeMask struct {
	widget.BaseWidget
}

func newEdgeMask() *edgeMask {
	m := &edgeMask{}
	m.ExtendBaseWidget(m)
	m.Hide()
	return m
}

func (m *edgeMask) CreateRenderer() fyne.WidgetRenderer {
	r := &edgeMaskRenderer{m: m, rect: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type edgeMaskRenderer struct {
	m    *edgeMask
	rect *canvas.Rectangle
}

func (r *edgeMaskRenderer) Layout(s fyne.Size)           { r.rect.Resize(s) }
func (r *edgeMaskRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *edgeMaskRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }
func (r *edgeMaskRenderer) Destroy()                     {}

// Refresh takes the page's colour of the theme in force: the theme
// changes under the mask (View › Colours).
func (r *edgeMaskRenderer) Refresh() {
	r.rect.FillColor = r.m.Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant())
	r.rect.Refresh()
}

// maskBottomCut lays the edge mask over what the scroll's bottom edge
// runs across, or hides it where the edge runs between two lines.
func (q *QuizPanel) maskBottomCut() {
	cut := float32(0)
	if !q.Ended() {
		cut = q.bottomCut()
	}
	placeMask(q.edgeMask, q.scroll, cut)
}

// bottomCut is how far above the scroll's bottom edge the line of text
// or the control it runs across starts; 0 where it runs across none.
// Lines are those of the wrapped labels in the scroll (the prompt, the
// explanation, the line under the map while it scrolls); controls the
// map's buttons, the answer, the choices, the verdict's line and Check,
// each whole. The control with the focus is left cut, never hidden: its
// ring's top says where the focus is (the first ↓ on a choice scrolls it
// into sight). So is a part taller than half the panel: hiding it whole
// would leave the panel half blank.
func (q *QuizPanel) bottomCut() float32 {
	return bottomCutIn(q.scroll, q.edgeParts(), q.edgeLabels(), q.focusedPart())
}

// bottomCutIn is how far above s's bottom edge the line of one of labels
// or the one of parts that the edge runs across starts; 0 where it runs
// across none. focused is left cut, and so is a part taller than half
// the view (bottomCut).
func bottomCutIn(s *container.Scroll, parts []fyne.CanvasObject, labels []*widget.Label, focused fyne.CanvasObject) float32 {
	view := s.Size().Height
	top, edge := s.Offset.Y, s.Offset.Y+view
	cut := edge
	across := func(t, b float32) {
		if t < edge-0.5 && b > edge+0.5 && t >= top-0.5 && edge-t <= view/2 {
			cut = min(cut, t)
		}
	}
	for _, part := range parts {
		at, in := posIn(s.Content, part)
		if !in || part == focused || !part.Visible() {
			continue
		}
		across(at.Y, at.Y+part.Size().Height)
	}
	for _, l := range labels {
		at, in := posIn(s.Content, l)
		if !in {
			continue
		}
		first, pitch := at.Y+theme.InnerPadding(), lineStep(l)
		end := at.Y + l.Size().Height - theme.InnerPadding()
		if pitch <= 0 || edge <= first || edge >= end {
			continue
		}
		k := float32(math.Floor(float64((edge - first) / pitch)))
		line := first + k*pitch
		// The glyphs take the line's pitch less the space between lines.
		if edge < line+textHeight(l) {
			across(line, line+pitch)
		}
	}
	return edge - cut
}

// placeMask lays m over the cut at s's bottom edge, or hides it where
// there is none.
func placeMask(m *edgeMask, s *container.Scroll, cut float32) {
	h := s.Size().Height
	if h <= 0 || cut <= 0.5 {
		if m.Visible() {
			m.Hide()
		}
		return
	}
	m.Move(fyne.NewPos(s.Position().X, s.Position().Y+h-cut))
	m.Resize(fyne.NewSize(max(s.Size().Width-scrollBarGutter(), 0), cut))
	if !m.Visible() {
		m.Show()
	}
	m.Refresh()
}

// edgeParts are the controls of the question (and of the map, while it
// scrolls with it) that show or hide whole at the bottom edge.
func (q *QuizPanel) edgeParts() []fyne.CanvasObject {
	var parts []fyne.CanvasObject
	if !q.headerIsFixed {
		for _, b := range q.Map {
			parts = append(parts, b)
		}
	}
	if q.Verdict.Text != "" && q.verdictRow.Visible() {
		parts = append(parts, q.verdictRow)
	}
	return append(parts, q.wholeParts()...)
}

// edgeLabels are the wrapped labels in the scroll whose lines show or
// hide whole at the bottom edge.
func (q *QuizPanel) edgeLabels() []*widget.Label {
	var labels []*widget.Label
	for _, l := range []*widget.Label{q.Answered, q.Prompt, q.Explanation} {
		if l.Visible() && l.Text != "" && (l != q.Answered || !q.headerIsFixed) {
			labels = append(labels, l)
		}
	}
	return labels
}

// textHeight is the height of one line of l's glyphs, without the space
// between lines.
func textHeight(l *widget.Label) float32 {
	a := widget.NewLabel("Ag")
	a.SizeName, a.TextStyle = l.SizeName, l.TextStyle
	return a.MinSize().Height - 2*theme.InnerPadding()
}
