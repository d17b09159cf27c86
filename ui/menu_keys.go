package ui

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Menus from the keyboard: F10 opens the first menu and Alt with a
// menu's first letter (Alt+F, Alt+V, Alt+T, Alt+H) opens that menu, as
// on Windows and in GNOME. Fyne 2.7 opens its menu bar only on Alt
// pressed and released alone, then the arrows; a student walk tried F10
// and Alt+F and found nothing (issue 11).
//
// Fyne has no public call to open a menu, but its desktop window's
// canvas has two exported methods for the bar it draws: ToggleMenu
// (activate the bar on its first menu, focused) and DismissMenu (close
// it). A menu further right is reached as a student would, with the
// Right arrow on the focused menu. A canvas without them (a native
// macOS menu, the test driver) leaves the keys doing nothing.

// menuBar is the part of Fyne's desktop canvas that works its menu bar,
// and the canvas's focus, which is on the open menu.
type menuBar interface {
	ToggleMenu()
	DismissMenu() bool
	Focused() fyne.Focusable
}

// menuBarOf returns c's menu bar, if it draws one; tests replace it.
var menuBarOf = func(c fyne.Canvas) (menuBar, bool) {
	b, ok := c.(menuBar)
	return b, ok
}

// openMenu opens the i-th menu of c's menu bar with the keyboard focus
// on it and its first item lit, closing a menu already open; it reports
// whether it could. Fyne opened the menu with no item lit, and Enter
// then did nothing: a new student's walk pressed Alt+F and Enter for
// Open lesson… and stayed in the quiz (TestAltLetterLightsTheFirstItem).
func openMenu(c fyne.Canvas, i int) bool {
	bar, ok := menuBarOf(c)
	if !ok {
		return false
	}
	bar.DismissMenu()
	bar.ToggleMenu()
	for ; i > 0; i-- {
		f := bar.Focused()
		if f == nil {
			break
		}
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	if f := bar.Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // lights the first item, as ↓ does
	}
	return true
}

// menuLetter is the key that opens a menu with Alt: its first letter.
func menuLetter(label string) fyne.KeyName {
	for _, r := range label {
		if unicode.IsLetter(r) {
			return fyne.KeyName(strings.ToUpper(string(r)))
		}
	}
	return ""
}

// addMenuKeys makes F10 and Alt+letter open the window's menus.
func (m *Main) addMenuKeys() {
	c := m.Window.Canvas()
	menu := m.Window.MainMenu()
	if menu == nil {
		return
	}
	for i, mn := range menu.Items {
		if key := menuLetter(mn.Label); key != "" {
			c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierAlt},
				func(fyne.Shortcut) { openMenu(c, i) })
		}
	}
}

// menuKey opens the first menu on F10 and reports whether it did: the
// focused control sees F10 before the window does (Fyne passes a key with
// no modifier to it alone), so each of Lede's controls asks this first.
func menuKey(o fyne.CanvasObject, e *fyne.KeyEvent) bool {
	if e.Name != fyne.KeyF10 {
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	return c != nil && openMenu(c, 0)
}

// menuShortcut passes Alt+letter on to the window from a text field,
// which Fyne gives every shortcut to and which knows none with Alt alone;
// it reports whether it did.
func menuShortcut(o fyne.CanvasObject, s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || cs.Modifier != fyne.KeyModifierAlt || len(cs.KeyName) != 1 || cs.KeyName[0] < 'A' || cs.KeyName[0] > 'Z' {
		return false // Alt+Left is a word back on a Mac: the field's own
	}
	c, ok := fyne.CurrentApp().Driver().CanvasForObject(o).(fyne.Shortcutable)
	if !ok {
		return false
	}
	c.TypedShortcut(s)
	return true
}
