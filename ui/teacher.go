package ui

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PINKeeper keeps the teacher's PIN and its recovery code; *store.Store
// implements it.
type PINKeeper interface {
	HasTeacherPIN() (bool, error)
	SetTeacherPIN(pin string) error
	CheckTeacherPIN(pin string) (bool, error)
	NewRecoveryCode() (string, error)
	CheckRecoveryCode(code string) (bool, error)
}

// TeacherLock guards teacher mode — answer keys, other students'
// answers, grades — behind a PIN. The first time, the teacher chooses
// the PIN (with a warning that whoever chooses it controls teacher mode)
// and gets a recovery code to write down. After that the PIN is asked
// for; teacher mode locks again after idleLock without a teacher action,
// and wrong PINs make the next try wait longer and longer (the store
// counts them, so restarting Lede does not reset the count).
type TeacherLock struct {
	Keeper   PINKeeper
	Unlocked bool
	// OnChange is told when teacher mode opens or locks, for the badge.
	OnChange func(unlocked bool)
	// MayChoose reports whether a PIN may be chosen now, while none is
	// set; nil: always. Lede lets it be chosen only with no student
	// signed in: a student in the middle of a quiz reached "Choose a
	// teacher PIN" from any Teacher menu item (issue 11, a new student's
	// walk).
	MayChoose func() bool
	// Now is the clock; nil is time.Now (tests set it).
	Now func() time.Time

	lastUsed time.Time
	// idle locks teacher mode once it has gone unused for idleLock, so
	// that the menus hide the teacher's items again (Main.showTeacherItems)
	// without waiting for someone to choose one.
	idle *time.Timer
}

// Teacher mode locks itself after this long without a teacher action:
// a teacher called away from the laptop does not leave the keys open.
const idleLock = 10 * time.Minute

func (t *TeacherLock) now() time.Time {
	if t.Now != nil {
		return t.Now()
	}
	return time.Now()
}

// Lock closes teacher mode.
func (t *TeacherLock) Lock() {
	if t.idle != nil {
		t.idle.Stop()
	}
	if t.Unlocked {
		t.Unlocked = false
		if t.OnChange != nil {
			t.OnChange(false)
		}
	}
}

// used notes a teacher action: teacher mode stays open idleLock from now.
func (t *TeacherLock) used() {
	t.lastUsed = t.now()
	if t.idle != nil {
		t.idle.Stop()
	}
	t.idle = time.AfterFunc(idleLock, func() { fyne.Do(t.lockIfIdle) })
}

// lockIfIdle locks teacher mode if it went unused for idleLock.
func (t *TeacherLock) lockIfIdle() {
	if t.Unlocked && t.now().Sub(t.lastUsed) >= idleLock {
		t.Lock()
	}
}

// open opens teacher mode.
func (t *TeacherLock) open() {
	t.Unlocked = true
	t.used()
	if t.OnChange != nil {
		t.OnChange(true)
	}
}

// PINPrompt is the PIN dialog being shown, exposed for tests.
type PINPrompt struct {
	PIN, Again *DialogEntry // Again is nil when asking for an existing PIN
	Message    *widget.Label
	// Submit checks what was typed; it returns true when teacher mode opened.
	Submit func() bool
	// Forgot opens the recovery-code dialog (nil when choosing a PIN).
	Forgot *widget.Button
	dialog dialog.Dialog
	window fyne.Window
}

// noPINYet is what a signed-in student is told by the Teacher menu on a
// computer whose teacher has not chosen a PIN. It says what the teacher
// does: the first screen of a computer students have used has no set-up
// button, so "on the first screen" sent a teacher looking for one that is
// not there (issue 11); there, any item of the Teacher menu asks for the
// PIN to choose (TestPINAdviceLeadsToThePIN follows it).
const noPINYet = "No teacher PIN is set on this computer yet, so teacher mode is closed. " +
	"Only your teacher can set it up: with no student signed in (File › Switch student), " +
	"Teacher › Open teacher mode… asks them to choose a PIN."

// Do runs action in teacher mode, asking for the PIN first if needed.
func (t *TeacherLock) Do(w fyne.Window, action func()) *PINPrompt {
	if t.Unlocked && t.now().Sub(t.lastUsed) > idleLock {
		t.Lock()
	}
	if t.Unlocked {
		t.used()
		action()
		return nil
	}
	has, err := t.Keeper.HasTeacherPIN()
	if err != nil {
		ShowProblem(errors.New(Friendly(err)), w)
		return nil
	}
	if !has && t.MayChoose != nil && !t.MayChoose() {
		ShowMessage("Teacher mode", noPINYet, w)
		return nil
	}
	p := &PINPrompt{PIN: newPasswordField(), Message: widget.NewLabel(""), window: w}
	p.Message.Wrapping = fyne.TextWrapWord
	p.PIN.SetPlaceHolder("4 to 12 digits")
	items := []*widget.FormItem{widget.NewFormItem("PIN", p.PIN)}
	title, intro := "Teacher mode", "Enter the teacher PIN."
	if !has {
		p.Again = newPasswordField()
		items = append(items, widget.NewFormItem("Again", p.Again), widget.NewFormItem("", showPINButton(p.PIN, p.Again)))
		title, intro = "Choose a teacher PIN", "No teacher PIN is set on this computer yet. "+
			"If you are a student, press Cancel: whoever chooses the PIN controls teacher mode. "+
			"Teachers: choose 4 to 12 digits."
	} else {
		p.Forgot = widget.NewButton("Forgot the PIN?", func() { p.dialog.Hide(); t.recover(w, action) })
		items = append(items, widget.NewFormItem("", showPINButton(p.PIN)), widget.NewFormItem("", p.Forgot))
	}
	p.Message.SetText(intro)
	p.Submit = func() bool { return t.submit(p, has, action) }
	items = append([]*widget.FormItem{widget.NewFormItem("", p.Message)}, items...)
	p.dialog = dialog.NewForm(title, "Open", "Cancel", items, func(ok bool) {
		if ok {
			p.Submit()
		}
	}, w)
	p.dialog.Resize(fyne.NewSize(520, 0))
	// Enter submits from either field.
	p.PIN.OnSubmitted = func(string) { p.dialog.Hide(); p.Submit() }
	if p.Again != nil {
		p.Again.OnSubmitted = p.PIN.OnSubmitted
	}
	p.dialog.Show()
	w.Canvas().Focus(p.PIN)
	return p
}

// submit sets or checks the PIN; on success it opens teacher mode and
// runs the action, else it says what is wrong, shows the prompt again
// and puts the focus back in the PIN field.
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
		p.window.Canvas().Focus(p.PIN)
		return false
	}
	p.dialog.Hide()
	t.open()
	if !has {
		t.showRecoveryCode(p.window, action)
		return true
	}
	action()
	return true
}

// showRecoveryCode makes a new recovery code and shows it once, to be
// written down; then runs action.
func (t *TeacherLock) showRecoveryCode(w fyne.Window, action func()) {
	code, err := t.Keeper.NewRecoveryCode()
	if err != nil {
		ShowProblem(errors.New(Friendly(err)), w)
		action()
		return
	}
	text := widget.NewLabel("Write this recovery code down and keep it away from students. " +
		"If you forget the PIN, Forgot the PIN? (under Teacher › Open teacher mode…) asks for it and lets you choose a new PIN. " +
		"It is shown only now.")
	text.Wrapping = fyne.TextWrapWord
	shown := widget.NewLabelWithStyle(code, fyne.TextAlignCenter, fyne.TextStyle{Monospace: true})
	shown.SizeName = theme.SizeNameSubHeadingText
	// Lede's buttons, the one to close it focused: Fyne's took the focus
	// only by Tab and pressed only on Space, so Enter did nothing and
	// Escape left the code on screen (seen in a keyboard-only walk of
	// the real window; TestRecoveryCodeTakesEnter).
	var d dialog.Dialog
	done := func() {
		d.Hide()
		action()
	}
	save := NewRingButton("Save it to a file…", func() { saveRecoveryCode(w, code) })
	written := NewRingButton("I have written it down", done)
	written.Importance = widget.HighImportance
	save.OnEscape, written.OnEscape = done, done
	d = dialog.NewCustomWithoutButtons("Your recovery code", container.NewVBox(text, shown, save, written), w)
	d.Resize(fyne.NewSize(520, 0))
	showFocused(d, written, w)
}

// saveRecoveryCode saves the code as a text file, to print or keep on a
// USB stick (away from the students' laptops).
func saveRecoveryCode(w fyne.Window, code string) {
	d := dialog.NewFileSave(func(f fyne.URIWriteCloser, err error) {
		if err != nil || f == nil {
			return
		}
		defer f.Close()
		fmt.Fprintf(f, "Lede teacher PIN recovery code: %s\r\n\r\n"+
			"If you forget the teacher PIN, open the Teacher menu, choose Forgot the PIN? and type this code.\r\n"+
			"Keep this file away from students.\r\n", code)
	}, w)
	d.SetFileName("Lede recovery code.txt")
	startInDocuments(d)
	showFileDialog(d, w, "Save the PIN recovery code")
}

// recover lets a teacher who forgot the PIN choose a new one with the
// recovery code.
func (t *TeacherLock) recover(w fyne.Window, action func()) {
	code, pin, again := newField(), newPasswordField(), newPasswordField()
	code.SetPlaceHolder("XXXX-XXXX-XXXX")
	msg := widget.NewLabel("Type the recovery code you wrote down when the PIN was chosen, and a new PIN twice.")
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	d = dialog.NewForm("Forgot the PIN", "Choose the new PIN", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", msg), widget.NewFormItem("Recovery code", code),
		widget.NewFormItem("New PIN", pin), widget.NewFormItem("Again", again),
		widget.NewFormItem("", showPINButton(pin, again)),
	}, func(ok bool) {
		if !ok {
			return
		}
		var problem string
		if good, err := t.Keeper.CheckRecoveryCode(code.Text); err != nil {
			problem = Friendly(err)
		} else if !good {
			problem = "That recovery code is not right."
		} else {
			problem = t.newPIN(pin.Text, again.Text)
		}
		if problem != "" {
			showAgain(d, msg, problem, w, code)
			return
		}
		t.open()
		t.showRecoveryCode(w, action) // the old code has been used: a new one
	}, w)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	w.Canvas().Focus(code)
}

// newPIN stores pin when it was typed the same twice; it returns what is
// wrong, in plain words, or "".
func (t *TeacherLock) newPIN(pin, again string) string {
	if pin != again {
		return "The two PINs are not the same."
	}
	if err := t.Keeper.SetTeacherPIN(pin); err != nil {
		return Friendly(err)
	}
	return ""
}

// showAgain shows dialog d again saying problem, with the focus in
// field, so a retyped PIN or code goes where it belongs.
func showAgain(d dialog.Dialog, msg *widget.Label, problem string, w fyne.Window, field fyne.Focusable) {
	msg.SetText(problem)
	d.Show()
	w.Canvas().Focus(field)
}

// ChangePIN lets an open teacher mode choose a new PIN (and gives a new
// recovery code).
func (t *TeacherLock) ChangePIN(w fyne.Window) {
	t.Do(w, func() {
		pin, again := newPasswordField(), newPasswordField()
		msg := widget.NewLabel("Choose a new PIN of 4 to 12 digits.")
		msg.Wrapping = fyne.TextWrapWord
		var d dialog.Dialog
		d = dialog.NewForm("Change the teacher PIN", "Change", "Cancel", []*widget.FormItem{
			widget.NewFormItem("", msg), widget.NewFormItem("New PIN", pin), widget.NewFormItem("Again", again),
			widget.NewFormItem("", showPINButton(pin, again)),
		}, func(ok bool) {
			if !ok {
				return
			}
			if problem := t.newPIN(pin.Text, again.Text); problem != "" {
				showAgain(d, msg, problem, w, pin)
				return
			}
			t.showRecoveryCode(w, func() {})
		}, w)
		d.Resize(fyne.NewSize(520, 0))
		d.Show()
		w.Canvas().Focus(pin)
	})
}
