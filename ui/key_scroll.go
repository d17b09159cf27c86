package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KeyScroll puts a scrolled pane in the Tab order: with the focus on it,
// the arrow keys scroll by a line, Page Up / Page Down and Space by a
// screen, Home / End to the ends. Fyne's scroll container takes no
// focus, so a student without a mouse could not read past the first
// screen of an article.
type KeyScroll struct {
	widget.BaseWidget
	Scroll *container.Scroll
	// OnEscape, if set, is called on Escape: a text in a dialog closes it.
	OnEscape func()
	// OnEnter, if set, is called on Enter: from the article, back to the
	// answer.
	OnEnter func()
	focused bool
}

// NewKeyScroll wraps s.
func NewKeyScroll(s *container.Scroll) *KeyScroll {
	k := &KeyScroll{Scroll: s}
	k.ExtendBaseWidget(k)
	return k
}

// FocusGained shows the ring.
func (k *KeyScroll) FocusGained() { k.focused = true; k.Refresh() }

// FocusLost hides it.
func (k *KeyScroll) FocusLost() { k.focused = false; k.Refresh() }

// TypedRune scrolls a screen on Space.
func (k *KeyScroll) TypedRune(r rune) {
	if r == ' ' {
		k.by(k.Scroll.Size().Height * 0.9)
	}
}

// TypedKey scrolls by the key pressed.
func (k *KeyScroll) TypedKey(e *fyne.KeyEvent) {
	if menuKey(k, e) {
		return
	}
	line := theme.TextSize() * 1.6
	page := k.Scroll.Size().Height * 0.9
	switch e.Name {
	case fyne.KeyEscape:
		if k.OnEscape != nil {
			k.OnEscape()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if k.OnEnter != nil {
			k.OnEnter()
		}
	case fyne.KeyDown:
		k.by(line)
	case fyne.KeyUp:
		k.by(-line)
	case fyne.KeyPageDown:
		k.by(page)
	case fyne.KeyPageUp:
		k.by(-page)
	case fyne.KeyHome:
		k.Scroll.ScrollToTop()
	case fyne.KeyEnd:
		k.Scroll.ScrollToBottom()
	}
}

// by scrolls dy pixels, within the content.
func (k *KeyScroll) by(dy float32) {
	k.Scroll.ScrollToOffset(fyne.NewPos(k.Scroll.Offset.X, withinScroll(k.Scroll, k.Scroll.Offset.Y+dy)))
}

// Tapped gives the pane the focus, so the keys work after a click too.
func (k *KeyScroll) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(k); c != nil {
		c.Focus(k)
	}
}

// CreateRenderer draws the scroll with a ring inside its edge.
func (k *KeyScroll) CreateRenderer() fyne.WidgetRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = focusRingWidth
	return &keyScrollRenderer{k: k, ring: ring}
}

type keyScrollRenderer struct {
	k    *KeyScroll
	ring *canvas.Rectangle
}

func (r *keyScrollRenderer) Layout(s fyne.Size) {
	r.k.Scroll.Resize(s)
	r.ring.Resize(s)
}

func (r *keyScrollRenderer) MinSize() fyne.Size { return r.k.Scroll.MinSize() }

func (r *keyScrollRenderer) Refresh() {
	r.ring.StrokeColor = color.Transparent
	if r.k.focused {
		r.ring.StrokeColor = ringColor()
	}
	r.ring.Refresh()
	r.k.Scroll.Refresh()
}

func (r *keyScrollRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.k.Scroll, r.ring}
}

func (r *keyScrollRenderer) Destroy() {}
