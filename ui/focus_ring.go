package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
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
	// it can be scrolled into view its own way; else the scroll around it
	// shows it (revealInScroll).
	OnFocus func()
	// OnEscape, if set, is called on Escape: a button in one of Lede's
	// dialogs closes it, as Cancel would.
	OnEscape func()
	// OnScrollKey, if set, sees each key first and reports whether it
	// used it: a button under the quiz scrolls the question on Page Up,
	// Page Down and the arrows (scrollKey).
	OnScrollKey func(*fyne.KeyEvent) bool
	focused     bool
	// current marks the question shown, in the question map (SetCurrent).
	current bool
}

// SetCurrent marks the button as the question shown, or not: a bar under
// its number in the text's colour, on the button's own fill. A blue fill
// (white in high contrast) looked like the keyboard focus, which Fyne
// marks with a fill too (issue 11, a new student's walk); the bar is a
// shape the ring never takes.
func (b *RingButton) SetCurrent(current bool) {
	if b.current != current {
		b.current = current
		b.Refresh()
	}
}

// IsCurrent reports whether the button is marked as the question shown.
func (b *RingButton) IsCurrent() bool { return b.current }

// NewRingButton returns a button with a focus ring.
func NewRingButton(label string, tapped func()) *RingButton {
	b := &RingButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained shows the ring. Fyne's own focus fill (Button.FocusGained)
// is left out: the ring is the one mark, and the fill under it made the
// high-contrast ring stand on a blue of its own lightness (1:1).
func (b *RingButton) FocusGained() {
	b.focused = true
	b.Refresh()
	if b.OnFocus != nil {
		b.OnFocus()
		return
	}
	revealInScroll(b)
}

// FocusLost hides the ring.
func (b *RingButton) FocusLost() { b.focused = false; b.Refresh() }

// TypedKey presses the button on Enter as well as on Space, as Help ›
// Keyboard shortcuts says (a student walk found Enter did nothing).
func (b *RingButton) TypedKey(e *fyne.KeyEvent) {
	if menuKey(b, e) {
		return
	}
	if b.OnScrollKey != nil && b.OnScrollKey(e) {
		return
	}
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
	r := newRingRenderer(b.Button.CreateRenderer(), func() bool { return b.focused })
	r.mark = canvas.NewRectangle(color.Transparent)
	r.current = func() bool { return b.current }
	r.Refresh()
	return r
}

// focusRingWidth is thick enough to see from a classroom chair.
const focusRingWidth = 3

// focusGapWidth is the band of the page's colour between the ring and
// the control inside it, with the 1 px the ring covers.
const focusGapWidth = 3

// currentMarkHeight is the bar under the number of the question shown.
const currentMarkHeight = 3

// ringRenderer adds a focus ring to another widget's renderer: the ring
// in the ring's colour, and inside it, over the control's edge, a band
// of the page's colour (gap) that parts the ring from the control's
// fill. Drawn straight on the blue Check button, the ring read as the
// button's own dark border (issue 11, a new student's walk): a focus
// indicator of two colours stands out on any fill (WCAG technique C40).
type ringRenderer struct {
	fyne.WidgetRenderer
	ring, gap *canvas.Rectangle
	focused   func() bool
	// mark, if not nil, is the bar that says the button is current.
	mark    *canvas.Rectangle
	current func() bool
}

// newRingRenderer wraps inner with a ring shown while focused is true.
func newRingRenderer(inner fyne.WidgetRenderer, focused func() bool) *ringRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = focusRingWidth
	ring.CornerRadius = theme.InputRadiusSize() + 1
	gap := canvas.NewRectangle(color.Transparent)
	gap.StrokeWidth = focusGapWidth
	gap.CornerRadius = theme.InputRadiusSize()
	return &ringRenderer{WidgetRenderer: inner, ring: ring, gap: gap, focused: focused}
}

func (r *ringRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.ring.Move(fyne.NewPos(-1, -1))
	r.ring.Resize(s.AddWidthHeight(2, 2))
	// The ring's stroke reaches 2 px into the control; the gap starts
	// under it, so that the ring, drawn over it, leaves a whole band.
	r.gap.Move(fyne.NewPos(1, 1))
	r.gap.Resize(s.SubtractWidthHeight(2, 2))
	if r.mark != nil {
		// Under the number, above the band the ring's gap takes.
		in := 2 * theme.InnerPadding()
		r.mark.Move(fyne.NewPos(in, s.Height-focusGapWidth-1-currentMarkHeight))
		r.mark.Resize(fyne.NewSize(max(s.Width-2*in, 0), currentMarkHeight))
	}
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	out := make([]fyne.CanvasObject, 0, len(inner)+3)
	out = append(out, inner...)
	if r.mark != nil {
		out = append(out, r.mark)
	}
	return append(out, r.gap, r.ring)
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.ring.StrokeColor, r.gap.StrokeColor = color.Transparent, color.Transparent
	if r.focused() {
		r.ring.StrokeColor = ringColor()
		r.gap.StrokeColor = theme.Color(theme.ColorNameBackground)
	}
	r.ring.Refresh()
	r.gap.Refresh()
	if r.mark != nil {
		r.mark.FillColor = color.Transparent
		if r.current() {
			r.mark.FillColor = theme.Color(theme.ColorNameForeground)
		}
		r.mark.Refresh()
	}
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

// RingEntry is a text field that shows Lede's focus ring around it when
// it has the keyboard focus. Fyne marks a focused field only by drawing
// its 1 px border in the primary blue: 1.9:1 against the dark page, and
// too thin to find from a classroom chair (issue 11).
type RingEntry struct {
	widget.Entry
	focused bool
	// self is the widget this field is part of (the answer field embeds
	// it): Fyne knows the canvas of that one only.
	self fyne.Widget
}

// ExtendBaseWidget is Entry's, remembering the outer widget.
func (e *RingEntry) ExtendBaseWidget(w fyne.Widget) {
	e.self = w
	e.Entry.ExtendBaseWidget(w)
}

// outer is the widget Fyne knows this field as.
func (e *RingEntry) outer() fyne.CanvasObject {
	if e.self != nil {
		return e.self
	}
	return e
}

// NewRingEntry returns a one-line field with a focus ring.
func NewRingEntry() *RingEntry {
	e := &RingEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained shows the ring, and the field if a scroll hides it; the
// field takes the focus as Fyne's does.
func (e *RingEntry) FocusGained() {
	e.focused = true
	e.Entry.FocusGained()
	revealInScroll(e.outer()) // the answer field, not the RingEntry inside it, is what the window holds
}

// FocusLost hides the ring.
func (e *RingEntry) FocusLost() { e.focused = false; e.Entry.FocusLost() }

// HasRing reports whether the ring is showing, for tests.
func (e *RingEntry) HasRing() bool { return e.focused }

// TypedKey opens the first menu on F10; other keys edit the text.
func (e *RingEntry) TypedKey(k *fyne.KeyEvent) {
	if menuKey(e.outer(), k) {
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut opens a menu on Alt+letter; the field takes the rest.
func (e *RingEntry) TypedShortcut(s fyne.Shortcut) {
	if menuShortcut(e.outer(), s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// CreateRenderer draws Fyne's field with the ring just outside its edge.
func (e *RingEntry) CreateRenderer() fyne.WidgetRenderer {
	r := newRingRenderer(e.Entry.CreateRenderer(), func() bool { return e.focused })
	r.Refresh()
	return r
}

// nameList is the picker's list of names with Lede's focus ring on the
// name the arrow keys are on. Fyne shows that name only with its hover
// tint, 1.2:1 against the page (issue 11). Fyne keeps the list's focused
// row to itself, so nameList follows the keys that move it.
type nameList struct {
	widget.List
	focused bool
	// cursor is the row the keys act on, as widget.List counts it.
	cursor widget.ListItemID
}

// newNameList lists length() names, name(i) each.
func newNameList(length func() int, name func(int) string) *nameList {
	l := &nameList{}
	l.Length = length
	l.CreateItem = func() fyne.CanvasObject { return newRingLabel("A student's name") }
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		o.(*ringLabel).set(name(i), l.focused && i == l.cursor)
	}
	l.ExtendBaseWidget(l)
	return l
}

// FocusGained rings the row the keys are on.
func (l *nameList) FocusGained() { l.focused = true; l.List.FocusGained(); l.RefreshItem(l.cursor) }

// FocusLost takes the ring away.
func (l *nameList) FocusLost() { l.focused = false; l.List.FocusLost(); l.RefreshItem(l.cursor) }

// TypedKey moves the ring as widget.List moves its focused row; Enter
// picks the ringed name, as Space does (Fyne's list takes only Space).
func (l *nameList) TypedKey(e *fyne.KeyEvent) {
	if menuKey(l, e) {
		return
	}
	was := l.cursor
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if l.Length != nil && l.cursor < l.Length() {
			l.Select(l.cursor)
		}
		return
	case fyne.KeyDown:
		if l.Length != nil && l.cursor < l.Length()-1 {
			l.cursor++
		}
	case fyne.KeyUp:
		if l.cursor > 0 {
			l.cursor--
		}
	}
	l.List.TypedKey(e)
	l.RefreshItem(was)
	l.RefreshItem(l.cursor)
}

// ringLabel is a name in the list, ringed when the keys are on it.
type ringLabel struct {
	widget.BaseWidget
	label *widget.Label
	ring  *canvas.Rectangle
}

func newRingLabel(text string) *ringLabel {
	r := &ringLabel{label: widget.NewLabel(text), ring: canvas.NewRectangle(color.Transparent)}
	r.ring.StrokeWidth = focusRingWidth
	r.ring.CornerRadius = theme.SelectionRadiusSize()
	r.ExtendBaseWidget(r)
	return r
}

// set shows text, with the ring or without.
func (r *ringLabel) set(text string, ringed bool) {
	r.label.SetText(text)
	r.ring.StrokeColor = color.Transparent
	if ringed {
		r.ring.StrokeColor = ringColor()
	}
	r.ring.Refresh()
}

// HasRing reports whether the ring is showing, for tests.
func (r *ringLabel) HasRing() bool { return r.ring.StrokeColor != color.Transparent }

func (r *ringLabel) CreateRenderer() fyne.WidgetRenderer {
	// The ring is drawn inside the row's edge, where the next row cannot
	// cover it.
	return widget.NewSimpleRenderer(container.NewStack(r.label, r.ring))
}
