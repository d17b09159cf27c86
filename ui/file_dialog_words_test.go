package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFileDialogsHaveWords: Fyne's file and folder dialogs, as Lede opens
// them (Open lesson…, the teacher's exports, Save answers automatically
// to a folder…, the recovery code), draw no button as an icon alone: a
// new folder, the list or icon view and the options had only their
// icons, and Fyne 2.7 has no tooltips to say what they do. The view
// button says the view it shows next, after it is pressed too.
func TestFileDialogsHaveWords(t *testing.T) {
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	w.Resize(fyne.NewSize(1200, 720))
	c := w.Canvas()
	for _, d := range []struct {
		name string
		open func()
	}{
		{"Open lesson…", func() { m.chooseFile([]string{".txt"}, 1<<20, func(string, []byte) {}) }},
		{"a folder", func() { m.chooseFolder(func(string) {}) }},
		{"Export quiz…", func() { m.saveFile("quiz.xml", []byte("x"), "Saved") }},
		{"the recovery code", func() { saveRecoveryCode(w, "ABCD-EFGH-IJKL") }},
	} {
		d.open()
		top := c.Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no dialog shows", d.name)
		}
		if got := wordless(top); len(got) > 0 {
			t.Errorf("%s: controls without words: %v", d.name, got)
		}
		var view *widget.Button
		walkContent(top.(*widget.PopUp).Content, func(b *widget.Button) {
			if b.Text == viewAsList || b.Text == viewAsIcons {
				view = b
			}
		})
		if view == nil {
			t.Errorf("%s: no button says %q or %q", d.name, viewAsList, viewAsIcons)
		} else {
			before := view.Text
			test.Tap(view)
			if view.Text == before || iconWords(view.Icon) != view.Text {
				t.Errorf("%s: the view button says %q after it was pressed (before: %q)", d.name, view.Text, before)
			}
		}
		if pop, ok := top.(*widget.PopUp); ok && (pop.Size().Width < pop.MinSize().Width-0.5) {
			t.Errorf("%s: the dialog is %v wide; its words need %v", d.name, pop.Size().Width, pop.MinSize().Width)
		}
		c.Overlays().Remove(top)
	}
}
