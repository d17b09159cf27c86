package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// ViewSettings are what a student's accommodation plan may ask for: text
// size, theme, reading font and line spacing. They are remembered per
// student on this computer, so a shared laptop opens the way each
// student needs it.
type ViewSettings struct {
	Scale       float64 // 0.8–2.0
	Variant     string  // VariantSystem, VariantLight, VariantDark, VariantHighContrast
	Font        string  // "" or a ReadingFonts name
	LineSpacing float64 // 1 or more
}

// Text size limits and step (View › Larger text / Smaller text).
const (
	minScale  = 0.8
	maxScale  = 2.0
	scaleStep = 0.1
)

// DefaultView is Lede's look before anyone changes it.
var DefaultView = ViewSettings{Scale: 1, LineSpacing: 1}

// viewKey is the preference key of one setting for one student; student
// 0 is the computer's default, used on the name picker.
func viewKey(student int64, name string) string {
	return fmt.Sprintf("view.%d.%s", student, name)
}

// LoadView reads a student's settings, falling back to the computer's,
// then to DefaultView.
func LoadView(p fyne.Preferences, student int64) ViewSettings {
	v := DefaultView
	// The theme chosen before settings were per student stays the
	// computer's default.
	v.Variant = p.String(PrefThemeVariant)
	for _, id := range []int64{0, student} {
		v.Scale = p.FloatWithFallback(viewKey(id, "scale"), v.Scale)
		v.Variant = p.StringWithFallback(viewKey(id, "variant"), v.Variant)
		v.Font = p.StringWithFallback(viewKey(id, "font"), v.Font)
		v.LineSpacing = p.FloatWithFallback(viewKey(id, "spacing"), v.LineSpacing)
	}
	return v.clamped()
}

// SaveView remembers a student's settings (student 0: the computer's).
func SaveView(p fyne.Preferences, student int64, v ViewSettings) {
	v = v.clamped()
	p.SetFloat(viewKey(student, "scale"), v.Scale)
	p.SetString(viewKey(student, "variant"), v.Variant)
	p.SetString(viewKey(student, "font"), v.Font)
	p.SetFloat(viewKey(student, "spacing"), v.LineSpacing)
}

// clamped keeps settings in range, whatever a preferences file says.
func (v ViewSettings) clamped() ViewSettings {
	if math.IsNaN(v.Scale) || v.Scale == 0 {
		v.Scale = 1
	}
	v.Scale = math.Round(min(max(v.Scale, minScale), maxScale)*10) / 10
	if math.IsNaN(v.LineSpacing) || v.LineSpacing < 1 {
		v.LineSpacing = 1
	}
	v.LineSpacing = min(v.LineSpacing, 2)
	switch v.Variant {
	case VariantSystem, VariantLight, VariantDark, VariantHighContrast:
	default:
		v.Variant = VariantSystem
	}
	if _, ok := ReadingFonts[v.Font]; !ok {
		v.Font = ""
	}
	return v
}

// Theme is the Fyne theme these settings give.
func (v ViewSettings) Theme() *Theme {
	return &Theme{Variant: v.Variant, TextScale: float32(v.Scale), ReadingFont: v.Font, LineSpacing: float32(v.LineSpacing)}
}

// view returns the settings in force for the current student.
func (m *Main) view() ViewSettings {
	return LoadView(fyne.CurrentApp().Preferences(), m.Student.ID)
}

// setView applies and remembers new settings for the current student.
func (m *Main) setView(v ViewSettings) {
	v = v.clamped()
	SaveView(fyne.CurrentApp().Preferences(), m.Student.ID, v)
	m.setTheme(v.Over(m.Fixed).Theme())
}

// ApplyView puts the current student's settings into effect — the
// computer's before a name is chosen — keeping a theme the command line
// fixed.
func (m *Main) ApplyView() { m.applyView() }

func (m *Main) applyView() {
	m.setTheme(m.view().Over(m.Fixed).Theme())
}

// setTheme puts th into effect and lays the window out again under its
// menu bar, whose height follows the text size (layOutUnderMenu).
func (m *Main) setTheme(th fyne.Theme) {
	fyne.CurrentApp().Settings().SetTheme(th)
	layOutUnderMenu(m.Window)
}

// Over returns v with fixed's non-zero fields in place of its own.
func (v ViewSettings) Over(fixed ViewSettings) ViewSettings {
	if fixed.Variant != "" {
		v.Variant = fixed.Variant
	}
	if fixed.Scale > 0 {
		v.Scale = fixed.Scale
	}
	if fixed.Font != "" {
		v.Font = fixed.Font
	}
	if fixed.LineSpacing > 0 {
		v.LineSpacing = fixed.LineSpacing
	}
	return v.clamped()
}

// stepText makes the text one step larger (+1) or smaller (-1).
func (m *Main) stepText(by int) {
	v := m.view()
	v.Scale += float64(by) * scaleStep
	m.setView(v)
}

// viewMenu is the View menu: text size, theme, reading font, line
// spacing and reading aloud.
func (m *Main) viewMenu() *fyne.Menu {
	item := func(label string, key fyne.KeyName, do func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, do)
		if key != "" {
			it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		}
		return it
	}
	theme := func(label, variant string) *fyne.MenuItem {
		return fyne.NewMenuItem(label, func() {
			// --theme is where Lede starts, not a lock: a choice here
			// wins. Kept, it made this menu silently do nothing (issue
			// 11, a new student's walk).
			m.Fixed.Variant = ""
			v := m.view()
			v.Variant = variant
			m.setView(v)
		})
	}
	themes := fyne.NewMenuItem("Theme", nil)
	themes.ChildMenu = fyne.NewMenu("", theme("Light", VariantLight), theme("Dark", VariantDark),
		theme("High contrast", VariantHighContrast), theme("Follow the computer", VariantSystem))
	fonts := fyne.NewMenuItem("Reading font", nil)
	fonts.ChildMenu = fyne.NewMenu("", fyne.NewMenuItem("Standard", func() { v := m.view(); v.Font = ""; m.setView(v) }))
	for name := range ReadingFonts {
		fonts.ChildMenu.Items = append(fonts.ChildMenu.Items,
			fyne.NewMenuItem(name, func() { v := m.view(); v.Font = name; m.setView(v) }))
	}
	spacing := fyne.NewMenuItem("Line spacing", nil)
	spacing.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("Normal", func() { v := m.view(); v.LineSpacing = 1; m.setView(v) }),
		fyne.NewMenuItem("Wide", func() { v := m.view(); v.LineSpacing = 1.5; m.setView(v) }),
		fyne.NewMenuItem("Widest", func() { v := m.view(); v.LineSpacing = 2; m.setView(v) }))
	return fyne.NewMenu("View",
		item("Larger text", fyne.KeyEqual, func() { m.stepText(1) }),
		item("Smaller text", fyne.KeyMinus, func() { m.stepText(-1) }),
		item("Normal text size", fyne.Key0, func() { v := m.view(); v.Scale = 1; m.setView(v) }),
		fyne.NewMenuItem("Text size…", m.textSizeDialog),
		fyne.NewMenuItemSeparator(),
		themes, fonts, spacing,
		fyne.NewMenuItemSeparator(),
		item("Read the question aloud", fyne.KeyR, m.readQuestion),
		fyne.NewMenuItem("Read the highlighted paragraph aloud", m.readParagraph),
		fyne.NewMenuItem("Read the answer's verdict aloud", m.readVerdict),
		fyne.NewMenuItem("Stop reading", m.stopReading),
	)
}

// textSizeDialog offers a slider from 80 % to 200 %.
func (m *Main) textSizeDialog() {
	v := m.view()
	label := widget.NewLabel("")
	slider := newDialogSlider(minScale*100, maxScale*100)
	slider.Step = scaleStep * 100
	show := func(f float64) { label.SetText(fmt.Sprintf("Text size: %.0f %%", f)) }
	slider.SetValue(v.Scale * 100)
	show(slider.Value)
	slider.OnChanged = show
	slider.OnChangeEnded = func(f float64) { v := m.view(); v.Scale = f / 100; m.setView(v) }
	d := dialog.NewCustom("Text size", "Close", widget.NewForm(widget.NewFormItem("", label), widget.NewFormItem("", slider)), m.Window)
	showFocused(d, slider, m.Window)
}

// addViewShortcuts makes Ctrl+= / Ctrl+- / Ctrl+0 work anywhere in the
// window, not only through the menu (Ctrl++ is Ctrl+= on most keyboards).
func (m *Main) addViewShortcuts() {
	c := m.Window.Canvas()
	for key, do := range map[fyne.KeyName]func(){
		fyne.KeyEqual: func() { m.stepText(1) },
		fyne.KeyPlus:  func() { m.stepText(1) },
		fyne.KeyMinus: func() { m.stepText(-1) },
		fyne.Key0:     func() { v := m.view(); v.Scale = 1; m.setView(v) },
		fyne.KeyR:     m.readQuestion,
	} {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { do() })
	}
	// Ctrl and "+" on a keyboard where + is Shift and =: the walk's
	// student pressed Ctrl+Shift+= and nothing happened.
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { m.stepText(1) })
}

// keyboardHelp lists what a student can do without a mouse.
const keyboardHelp = `Alt, then the arrow keys: open the menus (File, View, Teacher, Help). Press and release Alt first: F10 and Alt with a letter (Alt+F) do not open a menu in this version
Tab / Shift+Tab: move to the next / previous control
Space or Enter: press the button that has the ring around it
Up and Down arrows (or Left and Right): move between the choices of a question and pick one (the choices are one Tab stop)
Space on a choice: pick it
Enter in the answer field or on a choice: check the answer (then the ring moves to Next)
Page Up / Page Down, Up and Down arrows in the article: scroll it (Tab to the article first)
Ctrl+= / Ctrl+- / Ctrl+0: larger text, smaller text, normal size
Ctrl+R: read the question aloud
Escape: close a menu, or the message on top (as Cancel would), also while you type in one of its fields or choose one of its options; what you typed in your answer stays
Hand in: Enter saves your answers in the folder shown, Escape goes back`

// showShortcuts shows Help › Keyboard shortcuts.
func (m *Main) showShortcuts() *KeyScroll {
	return m.showText("Keyboard shortcuts", keyboardHelp, fyne.NewSize(620, 420))
}
