package ui

import (
	"slices"
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
		{"Open lesson…", func() { m.chooseFile("Open", []string{".txt"}, 1<<20, func(string, []byte) {}) }},
		{"a folder", func() { m.chooseFolder("Choose", func(string) {}) }},
		{"Export quiz…", func() { m.saveFile("Save", "quiz.xml", []byte("x"), "Saved") }},
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

// TestFileDialogsSayWhatTheyOpen: each file or folder dialog Lede opens
// is titled with what is opened or saved there, in plain words, not
// Fyne's "Open File", "Save File" or "Open Folder", which said neither.
func TestFileDialogsSayWhatTheyOpen(t *testing.T) {
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	w.Resize(fyne.NewSize(1200, 720))
	c := w.Canvas()
	for _, d := range []struct {
		want string
		open func()
	}{
		{"Open a lesson or an article", m.chooseLesson},
		{"Open a bundle of lessons", m.chooseBundle},
		{"Open a class list", m.chooseRoster},
		{"Choose the folder with students' results", m.chooseResultsFolder},
		{"Choose the shared folder to watch", m.chooseWatchFolder},
		{"Choose the folder for students' answers", m.chooseAutoResultsFolder},
		{"Save the grades", m.exportGrades},
		{"Save the PIN recovery code", func() { saveRecoveryCode(w, "ABCD-EFGH-IJKL") }},
	} {
		d.open()
		pop, ok := c.Overlays().Top().(*widget.PopUp)
		if !ok {
			t.Fatalf("%s: no dialog shows", d.want)
		}
		var titles []string
		walk(pop.Content, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.TextStyle.Bold {
				titles = append(titles, l.Text)
			}
		})
		if !slices.Contains(titles, d.want) {
			t.Errorf("the dialog is titled %q; want %q", titles, d.want)
		}
		for _, fyneTitle := range []string{"Open File", "Save File", "Open Folder"} {
			if slices.Contains(titles, fyneTitle) {
				t.Errorf("%s: the dialog still says %q", d.want, fyneTitle)
			}
		}
		c.Overlays().Remove(pop)
	}
}
