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
// RadioGroup draws each option on one line). Tab moves between rows,
// the arrow keys move and pick as in any radio group, Space picks one,
// Enter picks it and submits.
type ChoiceList struct {
	widget.BaseWidget
	Options  []string
	Selected string
	// OnChanged is called when the student picks another option.
	OnChanged func(string)
	// OnSubmit is called when Enter is pressed on a row.
	OnSubmit func()
	// OnFocus is called when a row gains the keyboard focus, so that the
	// row can be scrolled into view.
	OnFocus func(row fyne.CanvasObject)
	// Moved reports whether the focus arrived a moment ago from a key
	// that pressed Next: that key's Space must not pick the first row.
	Moved func() bool
	// Locked keeps the pick as it is: the question has no tries left.
	Locked bool

	box   *fyne.Container
	shown []string
}

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
	l.Refresh()
	if l.OnChanged != nil {
		l.OnChanged(s)
	}
}

// Refresh redraws the rows, rebuilding them when the options changed so
// that a row keeps the keyboard focus while the selection moves.
func (l *ChoiceList) Refresh() {
	if !slices.Equal(l.shown, l.Options) {
		l.shown = append([]string(nil), l.Options...)
		l.box.Objects = nil
		for _, o := range l.Options {
			l.box.Add(newChoiceRow(l, o))
		}
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

// choiceRow is one option: a radio mark and wrapped text.
type choiceRow struct {
	widget.BaseWidget
	list    *ChoiceList
	text    string
	focused bool
}

func newChoiceRow(l *ChoiceList, text string) *choiceRow {
	r := &choiceRow{list: l, text: text}
	r.ExtendBaseWidget(r)
	return r
}

// Text returns the option's text.
func (r *choiceRow) Text() string { return r.text }

func (r *choiceRow) Tapped(*fyne.PointEvent) {
	r.list.SetSelected(r.text)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Focus(r)
	}
}

func (r *choiceRow) FocusGained() {
	r.focused = true
	r.Refresh()
	if r.list.OnFocus != nil {
		r.list.OnFocus(r)
	}
}

func (r *choiceRow) FocusLost() { r.focused = false; r.Refresh() }

func (r *choiceRow) TypedRune(c rune) {
	if c == ' ' && !r.list.justMoved() {
		r.list.SetSelected(r.text)
	}
}

// justMoved reports whether the focus came from another question's key.
func (l *ChoiceList) justMoved() bool { return l.Moved != nil && l.Moved() }

func (r *choiceRow) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace:
		if !r.list.justMoved() {
			r.list.SetSelected(r.text)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		r.list.SetSelected(r.text)
		if r.list.OnSubmit != nil {
			r.list.OnSubmit()
		}
	case fyne.KeyDown, fyne.KeyRight:
		r.list.move(r, 1)
	case fyne.KeyUp, fyne.KeyLeft:
		r.list.move(r, -1)
	}
}

// move focuses and picks the row by steps from row from, as the arrow
// keys do in a radio group; it stops at the ends.
func (l *ChoiceList) move(from *choiceRow, by int) {
	rows := l.box.Objects
	i := slices.Index(rows, fyne.CanvasObject(from)) + by
	if i < 0 || i >= len(rows) {
		return
	}
	next := rows[i].(*choiceRow)
	l.SetSelected(next.text)
	if c := fyne.CurrentApp().Driver().CanvasForObject(next); c != nil {
		c.Focus(next)
	}
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

func (c *choiceRowRenderer) Layout(s fyne.Size) {
	c.bg.Resize(s)
	c.layout.Resize(s)
}

func (c *choiceRowRenderer) MinSize() fyne.Size { return c.layout.MinSize() }

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
	if c.row.focused {
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
