package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// revealInScroll scrolls the innermost scroll container around obj so
// that all of obj shows (or its top, if it is taller than the scroll).
// Fyne's scroll containers do not follow the keyboard focus: at
// FYNE_SCALE=1.5 Tab reached a Check button half below the quiz
// panel's edge and left it there (issue 11). Lede's focusable widgets
// call it when they gain the focus.
func revealInScroll(obj fyne.CanvasObject) {
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	if c == nil {
		return
	}
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		if s, top, ok := enclosingScroll(root, obj); ok {
			scrollToShow(s, top, obj.Size().Height)
			return
		}
	}
}

// enclosingScroll finds the innermost vertical scroll container around
// obj under root, and how far below the top of its view obj stands now.
func enclosingScroll(root, obj fyne.CanvasObject) (*container.Scroll, float32, bool) {
	s, ok := innermostScroll(root, obj, nil)
	if !ok || s == nil {
		return nil, 0, false
	}
	d := fyne.CurrentApp().Driver()
	return s, d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(s).Y, true
}

// innermostScroll looks for obj under root through the containers and
// widgets Lede builds its screens of, and returns the innermost vertical
// scroll on the way (or around, the one passed in). Fyne gives no public
// way into a widget's own parts, so it knows these few by name.
func innermostScroll(root, obj fyne.CanvasObject, around *container.Scroll) (*container.Scroll, bool) {
	if root == obj {
		return around, true
	}
	var kids []fyne.CanvasObject
	switch c := root.(type) {
	case *fyne.Container:
		kids = c.Objects
	case *container.Scroll:
		if c.Direction != container.ScrollHorizontalOnly && c.Direction != container.ScrollNone {
			around = c
		}
		kids = []fyne.CanvasObject{c.Content}
	case *container.Split:
		kids = []fyne.CanvasObject{c.Leading, c.Trailing}
	case *container.ThemeOverride:
		kids = []fyne.CanvasObject{c.Content}
	case *widget.PopUp:
		kids = []fyne.CanvasObject{c.Content}
	case *lessonSplit:
		kids = []fyne.CanvasObject{c.Split}
	case *KeyScroll:
		kids = []fyne.CanvasObject{c.Scroll}
	case *ChoiceList:
		kids = []fyne.CanvasObject{c.box}
	}
	for _, k := range kids {
		if k == nil {
			continue
		}
		if s, ok := innermostScroll(k, obj, around); ok {
			return s, true
		}
	}
	return nil, false
}

// scrollToShow scrolls s the least that shows height pixels from top
// (measured from the top of its view), the top first, with a padding's
// room around them for the focus ring, drawn just outside a control.
func scrollToShow(s *container.Scroll, top, height float32) {
	pad := theme.Padding()
	top, height = top-pad, height+2*pad
	view := s.Size().Height
	y := s.Offset.Y
	switch {
	case top < 0:
		y += top
	case top+height > view:
		y += min(top+height-view, top) // never past the top
	default:
		return
	}
	scrollToOffset(s, withinScroll(s, y))
}

// scrollToOffset scrolls s to y and tells its OnScrolled, which Fyne
// calls only for the mouse and its own keys: a cue under the scroll
// (moreCue) kept saying "More below" with the end in sight.
func scrollToOffset(s *container.Scroll, y float32) {
	if s.Offset.Y == y {
		return
	}
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
	if s.OnScrolled != nil {
		s.OnScrolled(s.Offset)
	}
}

// withinScroll is offset y kept within what s can scroll: from its top
// to where its content's end meets the bottom of its view.
func withinScroll(s *container.Scroll, y float32) float32 {
	most := max(0, s.Content.MinSize().Height-s.Size().Height)
	return min(max(y, 0), most)
}
