package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RingButton is a button that shows a ring when it has the keyboard
// focus. Fyne marks a focused button only with a faint tint, which on
// the blue Check button is all but invisible; a student moving with Tab
// must see where they are (WCAG 2.4.7, 3:1 against what is around it —
// TestEveryTextMeetsContrast checks the ring's colour in every theme).
type RingButton struct {
	widget.Button
	// OnFocus, if set, is called when the button gains the focus, so that
	// it can be scrolled into view.
	OnFocus func()
	// OnEscape, if set, is called on Escape: a button in one of Lede's
	// dialogs closes it, as Cancel would.
	OnEscape func()
	focused  bool
}

// NewRingButton returns a button with a focus ring.
func NewRingButton(label string, tapped func()) *RingButton {
	b := &RingButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained shows the ring.
func (b *RingButton) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
	if b.OnFocus != nil {
		b.OnFocus()
	}
}

// FocusLost hides the ring.
func (b *RingButton) FocusLost() { b.focused = false; b.Button.FocusLost() }

// TypedKey presses the button on Enter as well as on Space, as Help ›
// Keyboard shortcuts says (a student walk found Enter did nothing).
func (b *RingButton) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape && b.OnEscape != nil {
		b.OnEscape()
		return
	}
	if (e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter) && !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
		return
	}
	b.Button.TypedKey(e)
}

// HasRing reports whether the ring is showing, for tests.
func (b *RingButton) HasRing() bool { return b.focused }

// CreateRenderer draws Fyne's button with the ring over its edge.
func (b *RingButton) CreateRenderer() fyne.WidgetRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = focusRingWidth
	ring.CornerRadius = theme.InputRadiusSize() + 1
	r := &ringRenderer{WidgetRenderer: b.Button.CreateRenderer(), ring: ring, focused: func() bool { return b.focused }}
	r.Refresh()
	return r
}

// focusRingWidth is thick enough to see from a classroom chair.
const focusRingWidth = 3

// ringRenderer adds a focus ring to another widget's renderer.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	focused func() bool
}

func (r *ringRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.ring.Move(fyne.NewPos(-1, -1))
	r.ring.Resize(s.AddWidthHeight(2, 2))
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	out := make([]fyne.CanvasObject, 0, len(inner)+1)
	return append(append(out, inner...), r.ring)
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.ring.StrokeColor = color.Transparent
	if r.focused() {
		r.ring.StrokeColor = ringColor()
	}
	r.ring.Refresh()
}

// ringColor is the theme's focus-ring colour, or its text colour under
// a theme that does not know Lede's ring (it always stands out).
func ringColor() color.Color {
	th, ok := theme.Current().(*Theme)
	if !ok {
		return theme.Color(theme.ColorNameForeground)
	}
	return th.Color(ColorNameFocusRing, fyne.CurrentApp().Settings().ThemeVariant())
}
