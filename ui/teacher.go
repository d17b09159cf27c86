package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// PINKeeper keeps the teacher's PIN; *store.Store implements it.
type PINKeeper interface {
	HasTeacherPIN() (bool, error)
	SetTeacherPIN(pin string) error
	CheckTeacherPIN(pin string) (bool, error)
}

// TeacherLock guards teacher mode — answer keys, other students'
// answers, grades — behind a PIN. The first time, the teacher chooses
// the PIN; after that it is asked for once, and teacher mode stays open
// until it is locked again or Lede closes.
type TeacherLock struct {
	Keeper   PINKeeper
	Unlocked bool
}

// PINPrompt is the PIN dialog being shown, exposed for tests.
type PINPrompt struct {
	PIN, Again *widget.Entry // Again is nil when asking for an existing PIN
	Message    *widget.Label
	// Submit checks what was typed; it returns true when teacher mode opened.
	Submit func() bool
	dialog dialog.Dialog
}

// Do runs action in teacher mode, asking for the PIN first if needed.
func (t *TeacherLock) Do(w fyne.Window, action func()) *PINPrompt {
	if t.Unlocked {
		action()
		return nil
	}
	has, err := t.Keeper.HasTeacherPIN()
	if err != nil {
		dialog.ShowError(errors.New(Friendly(err)), w)
		return nil
	}
	p := &PINPrompt{PIN: widget.NewPasswordEntry(), Message: widget.NewLabel("")}
	p.Message.Wrapping = fyne.TextWrapWord
	p.PIN.SetPlaceHolder("4 to 12 digits")
	items := []*widget.FormItem{widget.NewFormItem("PIN", p.PIN)}
	title, intro := "Teacher mode", "Enter the teacher PIN."
	if !has {
		p.Again = widget.NewPasswordEntry()
		items = append(items, widget.NewFormItem("Again", p.Again))
		title, intro = "Choose a teacher PIN", "Choose a PIN of 4 to 12 digits. Students cannot open teacher mode without it."
	}
	p.Message.SetText(intro)
	p.Submit = func() bool { return t.submit(p, has, action) }
	items = append([]*widget.FormItem{widget.NewFormItem("", p.Message)}, items...)
	p.dialog = dialog.NewForm(title, "Open", "Cancel", items, func(ok bool) {
		if ok {
			p.Submit()
		}
	}, w)
	p.PIN.OnSubmitted = func(string) { p.dialog.Hide(); p.Submit() }
	p.dialog.Show()
	w.Canvas().Focus(p.PIN)
	return p
}

// submit sets or checks the PIN; on success it opens teacher mode and
// runs the action, else it says what is wrong and shows the prompt again.
func (t *TeacherLock) submit(p *PINPrompt, has bool, action func()) bool {
	pin := p.PIN.Text
	var problem string
	switch {
	case !has && p.Again != nil && pin != p.Again.Text:
		problem = "The two PINs are not the same. Type the PIN twice."
	case !has:
		if err := t.Keeper.SetTeacherPIN(pin); err != nil {
			problem = Friendly(err)
		}
	default:
		ok, err := t.Keeper.CheckTeacherPIN(pin)
		if err != nil {
			problem = Friendly(err)
		} else if !ok {
			problem = "That PIN is not right."
		}
	}
	if problem != "" {
		p.Message.SetText(problem)
		p.PIN.SetText("")
		if p.Again != nil {
			p.Again.SetText("")
		}
		p.dialog.Show()
		return false
	}
	t.Unlocked = true
	p.dialog.Hide()
	action()
	return true
}
