package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ChoiceList shows the options of a multiple-choice question as rows of
// wrapped text, so that whole sentences fit in a narrow panel (Fyne's
// RadioGroup draws each option on one line). Like a radio group it is
// one Tab stop, however many options it has: the ring marks the option
// the keys act on, the arrow keys move it and pick as they go, Space
// picks it, Enter submits what is picked.
type ChoiceList struct {
	widget.BaseWidget
	Options  []string
	Selected string
	// OnChanged is called when the student picks another option.
	OnChanged func(string)
	// OnSubmit is called when Enter is pressed on the list.
	OnSubmit func()
	// OnFocus is called when the ring moves to a row (or the list gains
	// the keyboard focus), so that the row can be scrolled into view.
	OnFocus func(row fyne.CanvasObject)
	// Moved reports whether the focus arrived a moment ago from a key
	// that pressed Next: that key's Space must not pick the first row.
	Moved func() bool
	// Locked keeps the pick as it is: the question has no tries left.
	Locked bool
	// OnEscape, if set, is called on Escape: a list in a dialog closes it.
	OnEscape func()
	// OnScrollKey, if set, sees each key first and reports whether it
	// used it: Page Up and Page Down scroll the quiz around the list.
	OnScrollKey func(*fyne.KeyEvent) bool
	// Reveal, if set, scrolls a row that is out of sight into it and
	// reports whether it had to: the first arrow key then shows the
	// option with the ring instead of moving the pick past it unseen.
	Reveal func(row fyne.CanvasObject) bool

	box   *fyne.Container
	shown []string
	// focused is set while the list has the keyboard focus; cursor is
	// the row with the ring then.
	focused bool
	cursor  int
	// tapped is set while a tap focuses the list: the ring goes to the
	// row tapped, not to the one picked.
	tapped bool
}

var _ fyne.Focusable = (*ChoiceList)(nil)

// NewChoiceList returns an empty list.
func NewChoiceList(changed func(string)) *ChoiceList {
	l := &ChoiceList{OnChanged: changed, box: container.NewVBox()}
	l.ExtendBaseWidget(l)
	return l
}

// SetSelected picks option s as if the student had.
func (l *ChoiceList) SetSelected(s string) {
	if l.Selected == s || l.Locked {
		return
	}
	l.Selected = s
	if i := slices.Index(l.shown, s); i >= 0 {
		l.cursor = i // the ring is on the one picked, however it was picked
	}
	l.Refresh()
	if l.OnChanged != nil {
		l.OnChanged(s)
	}
}

// Refresh redraws the rows, rebuilding them when the options changed.
func (l *ChoiceList) Refresh() {
	if !slices.Equal(l.shown, l.Options) {
		l.shown = append([]string(nil), l.Options...)
		l.box.Objects = nil
		for _, o := range l.Options {
			l.box.Add(newChoiceRow(l, o))
		}
		l.cursor = l.selectedRow()
	}
	for _, o := range l.box.Objects {
		o.Refresh()
	}
	l.box.Refresh()
	l.BaseWidget.Refresh()
}

// Rows returns the option rows, for tests.
func (l *ChoiceList) Rows() []fyne.CanvasObject { return l.box.Objects }

func (l *ChoiceList) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.box)
}

// selectedRow is the index of the row picked, or the first row.
func (l *ChoiceList) selectedRow() int {
	return max(slices.Index(l.shown, l.Selected), 0)
}

// FocusGained puts the ring on the option picked, or the first, as a
// radio group does.
func (l *ChoiceList) FocusGained() {
	l.focused = true
	if !l.tapped {
		l.cursor = l.selectedRow()
	}
	l.Refresh()
	l.showCursor()
}

// FocusLost takes the ring away.
func (l *ChoiceList) FocusLost() { l.focused = false; l.Refresh() }

// showCursor tells OnFocus where the ring is.
func (l *ChoiceList) showCursor() {
	if l.OnFocus != nil && l.cursor < len(l.box.Objects) {
		l.OnFocus(l.box.Objects[l.cursor])
	}
}

// TypedRune picks the option with the ring on Space.
func (l *ChoiceList) TypedRune(c rune) {
	if c == ' ' && !l.justMoved() {
		l.pickCursor()
		l.showCursor() // with what follows a pick (the quiz's Check)
	}
}

// TypedKey moves the ring and picks, as the keys of a radio group do.
func (l *ChoiceList) TypedKey(e *fyne.KeyEvent) {
	if menuKey(l, e) {
		return
	}
	if l.OnScrollKey != nil && l.OnScrollKey(e) {
		return
	}
	switch e.Name {
	case fyne.KeySpace:
		if !l.justMoved() {
			l.pickCursor()
			l.showCursor()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		// Enter checks what is picked. With nothing picked yet it picks
		// nothing: the ring sits on the first option before the student
		// has chosen, and picking it spent a try on a guess (a new
		// student's walk); the check then asks them to pick.
		l.justMoved() // any key on the list ends the moment of arrival
		if l.OnSubmit != nil {
			l.OnSubmit()
		}
	case fyne.KeyEscape:
		if l.OnEscape != nil {
			l.OnEscape()
		}
	case fyne.KeyDown, fyne.KeyRight:
		if l.revealCursor() {
			return
		}
		l.move(1)
	case fyne.KeyUp, fyne.KeyLeft:
		if l.revealCursor() {
			return
		}
		l.move(-1)
	}
}

// revealCursor scrolls the option with the ring into sight if it is
// not, and reports whether it did (Reveal).
func (l *ChoiceList) revealCursor() bool {
	return l.Reveal != nil && l.cursor < len(l.box.Objects) && l.Reveal(l.box.Objects[l.cursor])
}

// justMoved reports whether the focus came from another question's key.
func (l *ChoiceList) justMoved() bool { return l.Moved != nil && l.Moved() }

// pickCursor picks the option with the ring.
func (l *ChoiceList) pickCursor() {
	if l.cursor < len(l.shown) {
		l.SetSelected(l.shown[l.cursor])
	}
}

// move moves the ring by steps and picks that option, as the arrow keys
// do in a radio group; it stops at the ends.
func (l *ChoiceList) move(by int) {
	i := l.cursor + by
	if i < 0 || i >= len(l.box.Objects) {
		return
	}
	l.cursor = i
	l.pickCursor()
	l.Refresh()
	l.showCursor()
}

// tap picks row i and gives the list the focus with the ring there.
func (l *ChoiceList) tap(i int) {
	l.SetSelected(l.shown[i])
	l.cursor = i
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil || c.Focused() == l {
		l.Refresh()
		return
	}
	l.tapped = true
	c.Focus(l)
	l.tapped = false
}

// choiceRow is one option: a radio mark and wrapped text. The list
// around it takes the keys; a row takes taps.
type choiceRow struct {
	widget.BaseWidget
	list *ChoiceList
	text string
}

func newChoiceRow(l *ChoiceList, text string) *choiceRow {
	r := &choiceRow{list: l, text: text}
	r.ExtendBaseWidget(r)
	return r
}

// Text returns the option's text.
func (r *choiceRow) Text() string { return r.text }

func (r *choiceRow) Tapped(*fyne.PointEvent) {
	if i := slices.Index(r.list.box.Objects, fyne.CanvasObject(r)); i >= 0 {
		r.list.tap(i)
	}
}

// hasRing reports whether the row is the one the keys act on.
func (r *choiceRow) hasRing() bool {
	l := r.list
	return l.focused && l.cursor < len(l.box.Objects) && l.box.Objects[l.cursor] == r
}

func (r *choiceRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(nil)
	bg.CornerRadius = theme.InputRadiusSize()
	icon := widget.NewIcon(theme.RadioButtonIcon())
	label := widget.NewLabel(r.text)
	label.Wrapping = fyne.TextWrapWord
	rend := &choiceRowRenderer{row: r, bg: bg, icon: icon, label: label,
		layout: container.NewBorder(nil, nil, container.NewCenter(icon), nil, label)}
	rend.Refresh()
	return rend
}

type choiceRowRenderer struct {
	row    *choiceRow
	bg     *canvas.Rectangle
	icon   *widget.Icon
	label  *widget.Label
	layout *fyne.Container
}

// Layout keeps the mark and the text inside the ring, which is drawn
// inside the row's edge: at the edge, the ring hid the left of the mark.
func (c *choiceRowRenderer) Layout(s fyne.Size) {
	c.bg.Resize(s)
	c.layout.Move(fyne.NewPos(focusRingWidth, 0))
	c.layout.Resize(s.SubtractWidthHeight(2*focusRingWidth, 0))
}

func (c *choiceRowRenderer) MinSize() fyne.Size {
	return c.layout.MinSize().AddWidthHeight(2*focusRingWidth, 0)
}

func (c *choiceRowRenderer) Refresh() {
	selected := c.row.list.Selected == c.row.text
	if selected {
		c.icon.SetResource(theme.NewPrimaryThemedResource(theme.RadioButtonCheckedIcon()))
		c.bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		c.icon.SetResource(theme.RadioButtonIcon())
		c.bg.FillColor = nil
	}
	c.bg.StrokeWidth = 0
	if c.row.hasRing() {
		// Fyne's focus colour is a faint tint; the ring must stand out.
		c.bg.StrokeColor = ringColor()
		c.bg.StrokeWidth = focusRingWidth
	}
	c.label.TextStyle.Bold = selected
	c.label.SetText(c.row.text)
	c.bg.Refresh()
}

func (c *choiceRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{c.bg, c.layout}
}

func (c *choiceRowRenderer) Destroy() {}
