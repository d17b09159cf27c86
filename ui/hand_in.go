package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/store"
)

// prefHandInFolder remembers, on this computer, the folder answers were
// last handed in to: the class's folder, once a student found it.
const prefHandInFolder = "handin.folder"

// HandInDialog asks where to save a student's results file. It is Lede's
// own, not Fyne's file dialog, which a new student's walk could not
// work with the keyboard: Escape did not close it, Enter on Cancel did
// nothing, and it opened in the home folder. Here the focus starts on
// Save, Enter saves, Escape (on any of its controls) cancels, and the
// folder is the one handed in to last, else the lesson's, else
// Documents.
type HandInDialog struct {
	Name   *DialogEntry
	Folder *widget.Label
	Save   *RingButton
	Other  *RingButton
	Cancel *RingButton

	dir    string
	dialog dialog.Dialog
	m      *Main
	body   []byte
	done   string
	then   func()
}

// handInFolder is where the hand-in dialog opens: the folder used last
// on this computer, else the lesson's (a class folder the teacher put
// the article in), else Documents or the home folder.
func (m *Main) handInFolder() string {
	for _, dir := range []string{fyne.CurrentApp().Preferences().String(prefHandInFolder), m.lessonDir, documentsFolder()} {
		if dir == "" {
			continue
		}
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	return ""
}

// showHandIn opens the hand-in dialog for a results file named name.
func (m *Main) showHandIn(name string, body []byte, done string, then func()) *HandInDialog {
	h := &HandInDialog{m: m, dir: m.handInFolder(), body: body, done: done, then: then}
	h.Name = newField()
	h.Name.SetText(name)
	h.Name.OnSubmitted = func(string) { h.save() }
	h.Folder = widget.NewLabel(h.dir)
	h.Folder.Wrapping = fyne.TextWrapBreak
	h.Save = NewRingButton("Save", h.save)
	h.Save.Importance = widget.HighImportance
	h.Other = NewRingButton("Choose another folder…", h.chooseFolder)
	h.Cancel = NewRingButton("Cancel", h.close)
	for _, b := range []*RingButton{h.Save, h.Other, h.Cancel} {
		b.OnEscape = h.close
	}
	intro := widget.NewLabel("Your answers are saved in a file for your teacher. Press Enter to save it here, or Escape to go back.")
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem("File name", h.Name), widget.NewFormItem("Folder", h.Folder))
	content := container.NewVBox(intro, form, h.Other, container.NewGridWithColumns(2, h.Cancel, h.Save))
	h.dialog = dialog.NewCustomWithoutButtons("Hand in my answers", content, m.Window)
	h.dialog.Resize(fyne.NewSize(560, 0))
	showFocused(h.dialog, h.Save, m.Window)
	return h
}

func (h *HandInDialog) close() { h.dialog.Hide() }

// save writes the file into the folder, says where, and runs then.
func (h *HandInDialog) save() {
	name := safeFileName(strings.TrimSpace(h.Name.Text))
	if name == "" {
		h.m.info("Hand in my answers", "Type a name for the file first.")
		return
	}
	if !strings.EqualFold(filepath.Ext(name), store.ResultsExt) {
		name += store.ResultsExt // the teacher's import looks for these
	}
	if h.dir == "" {
		h.m.info("Hand in my answers", "Choose a folder first.")
		return
	}
	path := filepath.Join(h.dir, name)
	if err := classroom.SaveFile(path, h.body); err != nil {
		h.m.ShowError(err)
		return
	}
	fyne.CurrentApp().Preferences().SetString(prefHandInFolder, h.dir)
	h.dialog.Hide()
	h.m.info("Saved", h.done+"\n\nSaved as: "+path)
	if h.then != nil {
		h.then()
	}
}

// chooseFolder lets the student pick another folder (Fyne's folder
// dialog, for the mouse; the keyboard has Save here already).
func (h *HandInDialog) chooseFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			h.m.ShowError(err)
			return
		}
		if u != nil {
			h.dir = u.Path()
			h.Folder.SetText(h.dir)
		}
		h.m.Window.Canvas().Focus(h.Save)
	}, h.m.Window)
	if h.dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(h.dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}
