package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyDialog is a dialog with Lede's own Cancel and confirm buttons, for
// dialogs whose controls take the keyboard focus: Enter presses the
// button with the focus (Fyne's buttons take only Space), and Escape on
// any of its controls closes it as Cancel does. Fyne 2.7 gives Escape to
// the focused control, and its radio group and buttons ignore it: in
// Export quiz… and Print worksheet… a focused option kept the dialog
// open (issue 11, a new student's walk).
type keyDialog struct {
	dialog.Dialog
	Cancel, Confirm *RingButton
}

// newKeyDialog makes the dialog; onConfirm runs after it closes.
func newKeyDialog(title, confirm string, content fyne.CanvasObject, onConfirm func(), w fyne.Window) *keyDialog {
	k := &keyDialog{}
	hide := func() { k.Hide() }
	k.Cancel = NewRingButton("Cancel", hide)
	k.Confirm = NewRingButton(confirm, func() { k.Hide(); onConfirm() })
	k.Confirm.Importance = widget.HighImportance
	k.Cancel.OnEscape, k.Confirm.OnEscape = hide, hide
	k.Dialog = dialog.NewCustomWithoutButtons(title,
		container.NewVBox(content, container.NewGridWithColumns(2, k.Cancel, k.Confirm)), w)
	return k
}

// close hides the dialog: what its Escape keys call.
func (k *keyDialog) close() { k.Hide() }

// newDialogChoice is a list of options in a dialog, one Tab stop with
// the arrow keys moving the pick (a ChoiceList); Escape on it closes the
// dialog k.
func newDialogChoice(options []string, k **keyDialog) *ChoiceList {
	l := NewChoiceList(nil)
	l.Options = options
	l.OnEscape = func() {
		if *k != nil {
			(*k).close()
		}
	}
	l.Refresh()
	return l
}

// dialogCheck is a check box in a dialog: Escape on it closes the
// dialog, as on the dialog's other controls.
type dialogCheck struct {
	widget.Check
	onEscape func()
}

func newDialogCheck(label string, onEscape func()) *dialogCheck {
	c := &dialogCheck{onEscape: onEscape}
	c.Text = label
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey closes the dialog on Escape; other keys go to the box.
func (c *dialogCheck) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape && c.onEscape != nil {
		c.onEscape()
		return
	}
	c.Check.TypedKey(e)
}

// showText shows a long text (Help › Keyboard shortcuts, About) in a
// dialog at most want in size and never larger than the window: the
// text scrolls, by the keys too (it has the focus: arrows, Page Up and
// Down, Space), Escape closes it, and Close is Lede's button, which
// Enter presses. At 200 % text the shortcuts ran past the dialog's edge
// under its Close button, and could not be read to the end (issue 11).
func (m *Main) showText(title, text string, want fyne.Size) *KeyScroll {
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	keys := NewKeyScroll(container.NewVScroll(label))
	var d dialog.Dialog
	hide := func() { d.Hide() }
	keys.OnEscape = hide
	closeButton := NewRingButton("Close", hide)
	closeButton.OnEscape = hide
	d = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, closeButton, nil, nil, keys), m.Window)
	room := m.Window.Canvas().Size().SubtractWidthHeight(4*theme.Padding(), 4*theme.Padding())
	d.Resize(fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height)))
	showFocused(d, keys, m.Window)
	return keys
}

// askYesNo asks a question with Lede's own buttons and shows it: yes has
// the focus, so Enter answers yes and the ring shows where Enter goes;
// no answers no; Escape closes it and does neither. Fyne's confirm
// dialog opened with nothing focused, so Enter did nothing and no ring
// showed (issue 11: "Is this you?" and "Switch student?"). The control
// the student was on loses its ring while the question is up, so one
// ring shows, and has the focus back after Escape or no (showFocused).
func askYesNo(title, question, yes, no string, answer func(yes bool), w fyne.Window) *keyDialog {
	k := yesNoDialog(title, question, yes, no, answer, w)
	showFocused(k, k.Confirm, w)
	return k
}

// askYesNoCarefully is askYesNo with the focus on no: for a step a
// student cannot take back, taken with work left undone ("Hand in
// anyway" with questions unanswered), Enter pressed twice in a hurry
// must not take it. Tab reaches yes.
func askYesNoCarefully(title, question, yes, no string, answer func(yes bool), w fyne.Window) *keyDialog {
	k := yesNoDialog(title, question, yes, no, answer, w)
	showFocused(k, k.Cancel, w)
	return k
}

// yesNoDialog is the dialog askYesNo and askYesNoCarefully show.
func yesNoDialog(title, question, yes, no string, answer func(yes bool), w fyne.Window) *keyDialog {
	k := newKeyDialog(title, yes, widget.NewLabel(question), func() { answer(true) }, w)
	k.Cancel.SetText(no)
	k.Cancel.OnTapped = func() { k.Hide(); answer(false) }
	return k
}

// showFocused shows d with the focus on first. The control that had the
// focus in the window loses it (and its ring) while d is up, so one ring
// shows, and has it back when d closes, however it closes: by its own
// buttons (OnClosed) or by Escape (closeTopOverlay).
func showFocused(d dialog.Dialog, first fyne.Focusable, w fyne.Window) {
	c := w.Canvas()
	was := c.Focused()
	c.Unfocus()
	var top fyne.CanvasObject
	restored := false
	restore := func() {
		delete(onOverlayClosed, top)
		if !restored && was != nil {
			c.Focus(was)
		}
		restored = true
	}
	d.SetOnClosed(restore)
	d.Show()
	if top = c.Overlays().Top(); top != nil {
		onOverlayClosed[top] = restore
	}
	c.Focus(first)
}

// onOverlayClosed holds, for each dialog showFocused opened, what gives
// the window its focus back: Escape hides the dialog's overlay directly
// (closeTopOverlay), and Fyne then calls no OnClosed. Used on the UI
// goroutine only.
var onOverlayClosed = map[fyne.CanvasObject]func(){}

// overlayClosed runs what showFocused left for overlay o, once.
func overlayClosed(o fyne.CanvasObject) {
	if restore, ok := onOverlayClosed[o]; ok {
		delete(onOverlayClosed, o)
		restore()
	}
}
