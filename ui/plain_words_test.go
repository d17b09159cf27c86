package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// jargon are words a student of 11 should not have to know to use Lede:
// each was found in the text a student sees (issue 11, a new student's
// walk). The generated quiz's own wording (data/quiz, data/facts) is
// not the window's and is not checked here.
var jargon = []string{"verdict", "read-only", "explicitly", " QC", "JSON", "metadata",
	// Help › Keyboard shortcuts said "the next / previous control" and
	// "one Tab stop": a developer's words (a student walk; issue 11).
	" control;", " control ", "tab stop"}

// TestStudentTextsInPlainWords: the menus a student sees (File, View,
// Teacher, Help), Help › Keyboard shortcuts, the error messages and the Teacher
// menu's word to a student use none of the jargon.
func TestStudentTextsInPlainWords(t *testing.T) {
	test.NewTempApp(t)
	_, w := sampleMain(t, tempStore(t))
	texts := map[string]string{"keyboard help": keyboardHelp, "no PIN yet": noPINYet}
	var items func(prefix string, menu *fyne.Menu)
	items = func(prefix string, menu *fyne.Menu) {
		for _, it := range menu.Items {
			texts[prefix+" › "+it.Label] = it.Label
			if it.ChildMenu != nil {
				items(prefix+" › "+it.Label, it.ChildMenu)
			}
		}
	}
	// The Teacher menu a student sees holds only Open teacher mode….
	for _, mn := range w.MainMenu().Items {
		items(mn.Label, mn)
	}
	for _, f := range friendlyMessages {
		texts["message for "+f.err.Error()] = f.text
	}
	for where, text := range texts {
		for _, word := range jargon {
			if strings.Contains(strings.ToLower(text), strings.ToLower(word)) {
				t.Errorf("%s says %q: %q is not a student's word", where, text, strings.TrimSpace(word))
			}
		}
	}
}
