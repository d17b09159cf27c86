package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DialogEntry is a text field in a dialog. Escape in it closes the dialog,
// as it does when no field has the focus (closeMessagesOnEscape): Fyne
// 2.7 gives the key to the focused field, which ignores it, so a student
// in the PIN field had no way out but Tab to Cancel.
type DialogEntry struct {
	RingEntry
	// oneParagraph makes a wrapping field of several lines take Enter as
	// a one-line field does: OnSubmitted, never a line break.
	oneParagraph bool
}

// AcceptsTab reports whether Tab types a tab into the field, not moves
// the focus: only in a field of several paragraphs. A field of one
// paragraph that wraps is a one-line field to the student: Fyne's
// multi-line entry took Tab, and in Hand in's file name it typed a tab,
// "Choose another folder…" out of the keyboard's reach (issue 11, a
// keyboard-only walk of the real window; TestTabLeavesTheFileName).
func (e *DialogEntry) AcceptsTab() bool { return e.MultiLine && !e.oneParagraph }

// newWrappingField returns a field whose text wraps between words over
// rows lines, as long as it is: a long file name stays readable whole.
// Enter submits it, as in a one-line field.
func newWrappingField(rows int) *DialogEntry {
	e := &DialogEntry{oneParagraph: true}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	e.ExtendBaseWidget(e)
	return e
}

// newField returns a one-line text field.
func newField() *DialogEntry {
	e := &DialogEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// newMultiLineField returns a text field of several lines.
func newMultiLineField() *DialogEntry {
	e := &DialogEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// newPasswordField returns a field that hides what is typed. A
// showPINButton under the dialog's PIN fields shows it, in words.
func newPasswordField() *DialogEntry {
	e := newField()
	e.Password = true
	// Something empty at the field's end, or Fyne puts its eye there.
	e.ActionItem = canvas.NewRectangle(color.Transparent)
	return e
}

// TypedKey closes the dialog on Escape; other keys go to the field.
func (e *DialogEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && closeTopOverlay(c) {
			return
		}
	}
	if e.oneParagraph && (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) {
		if e.OnSubmitted != nil {
			e.OnSubmitted(e.Text)
		}
		return
	}
	e.Entry.TypedKey(k)
}

// closeTopOverlay hides the dialog or message on top of c, if there is
// one: nothing it offered is done, as with Cancel. Only the dialog goes;
// the fields of the window under it keep what was typed in them.
func closeTopOverlay(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	top.Hide()
	overlayClosed(top)
	return true
}

// The words of showPINButton.
const (
	showPIN = "Show the PIN"
	hidePIN = "Hide the PIN"
)

// showPINButton shows or hides what was typed in a dialog's PIN fields,
// all at once, and says which it does in words. It replaces the eye at
// the end of each field, Fyne's icon with no words (Fyne 2.7 has no
// tooltips), which was no Tab stop: only the mouse could use it
// (TestPINShowsInWords). Enter or Space presses it; Escape closes the
// dialog, as from its fields.
func showPINButton(fields ...*DialogEntry) *RingButton {
	var b *RingButton
	b = NewRingButton(showPIN, func() {
		shown := b.Text == showPIN
		for _, f := range fields {
			f.Password = !shown
			f.Refresh()
		}
		if shown {
			b.SetText(hidePIN)
		} else {
			b.SetText(showPIN)
		}
	})
	b.OnEscape = func() {
		if c := fyne.CurrentApp().Driver().CanvasForObject(b); c != nil {
			closeTopOverlay(c)
		}
	}
	return b
}

// dialogSlider is a slider in a dialog (View › Text size › Choose a text size…, which opens
// with the slider focused): Escape closes the dialog, as in a DialogEntry.
// It shows Lede's focus ring while it has the focus, as every other
// control does: Fyne marks a focused slider only with a disc of the
// theme's focus colour over its knob, which read as the knob's own colour
// (issue 11, a student walk).
type dialogSlider struct {
	widget.Slider
	// onEnter, if set, is called on Enter: it presses the dialog's
	// default button.
	onEnter func()
	focused bool
}

func newDialogSlider(min, max float64) *dialogSlider {
	s := &dialogSlider{}
	s.Min, s.Max, s.Step, s.Orientation = min, max, 1, widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

// FocusGained shows the ring.
func (s *dialogSlider) FocusGained() { s.focused = true; s.Slider.FocusGained() }

// FocusLost hides the ring.
func (s *dialogSlider) FocusLost() { s.focused = false; s.Slider.FocusLost() }

// HasRing reports whether the ring shows.
func (s *dialogSlider) HasRing() bool { return s.focused }

// CreateRenderer draws Fyne's slider with the ring around it.
func (s *dialogSlider) CreateRenderer() fyne.WidgetRenderer {
	r := newRingRenderer(s.Slider.CreateRenderer(), func() bool { return s.focused })
	r.Refresh()
	return r
}

// TypedKey closes the dialog on Escape, presses its default button on
// Enter; other keys move the slider.
func (s *dialogSlider) TypedKey(k *fyne.KeyEvent) {
	if (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && s.onEnter != nil {
		s.onEnter()
		return
	}
	if k.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && closeTopOverlay(c) {
			return
		}
	}
	s.Slider.TypedKey(k)
}

// Message sizes, as Fyne's own information dialog has them: as wide as
// the text on one line, but no wider than this or than most of the
// window, where the text wraps.
const (
	messageMaxWidth     = 600
	messageWindowsShare = 0.9
)

// ShowMessage shows a message with one OK button, which has the focus:
// Enter (or Space) closes it as OK, and so does Escape. Fyne's
// information and error dialogs opened with nothing focused, so Enter
// did nothing (issue 11); this one is drawn the same way otherwise.
func ShowMessage(title, text string, w fyne.Window) dialog.Dialog {
	label := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{})
	label.Wrapping = fyne.TextWrapWord
	// The dialog's own margins, as Fyne reckons them (40 at its padding).
	oneLine := widget.NewLabel(text).MinSize().Width + 10*theme.Padding()
	var d dialog.Dialog
	hide := func() { d.Hide() }
	ok := NewRingButton("OK", hide)
	ok.OnEscape = hide
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(label, ok), w)
	width := min(oneLine, messageMaxWidth, w.Canvas().Size().Width*messageWindowsShare)
	d.Resize(fyne.NewSize(width, d.MinSize().Height))
	showFocused(d, ok, w)
	return d
}

// ShowProblem shows err, already in plain words (Friendly), as a
// message titled Error.
func ShowProblem(err error, w fyne.Window) dialog.Dialog {
	return ShowMessage("Error", upperFirst(err.Error()), w)
}
