package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
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
	Name *DialogEntry
	// Folder says in plain words where the file goes ("your Documents
	// folder"), FolderPath the folder's full path; both wrap, the path
	// between its folders' names only.
	Folder, FolderPath *ReadingText
	Save               *RingButton
	Other              *RingButton
	Cancel             *RingButton
	// Words scroll above the buttons where the window is too low.
	Words *container.Scroll

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
	// The file name wraps between words over as many lines as it takes:
	// in a one-line field a long lesson's name was cut (issue 11, a new
	// student's walk).
	c := m.Window.Canvas()
	width := min(handInEms*theme.TextSize(), c.Size().Width*messageWindowsShare)
	h.Name = newWrappingField(nameRows(name, width-handInLabelEms*theme.TextSize()))
	h.Name.SetText(name)
	h.Name.OnSubmitted = func(string) { h.save() }
	h.Folder, h.FolderPath = NewReadingText(""), NewReadingText("")
	h.FolderPath.BreakAfter = pathSeparators
	h.showFolder()
	h.Save = NewRingButton("Save", h.save)
	h.Save.Importance = widget.HighImportance
	h.Other = NewRingButton("Choose another folder…", h.chooseFolder)
	h.Cancel = NewRingButton("Cancel", h.close)
	for _, b := range []*RingButton{h.Save, h.Other, h.Cancel} {
		b.OnEscape = h.close
	}
	intro := widget.NewLabel("Your answers are saved in a file for your teacher. Press Enter to save it here, or Escape to go back.")
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem("File name", h.Name),
		widget.NewFormItem("Folder", container.NewVBox(h.Folder, h.FolderPath)))
	// The buttons stand fixed at the bottom; what is above them scrolls
	// where the window is too low for it. At 200 % in OpenDyslexic the
	// dialog ran past the window's bottom edge, Save with the focus out
	// of sight (TestHandInFitsTheWindow).
	buttons := container.NewVBox(h.Other, container.NewGridWithColumns(2, h.Cancel, h.Save))
	room := func() float32 { return dialogRoom(c, buttons) }
	h.Words = container.NewVScroll(container.NewVBox(intro, form))
	// Page Down and ↓ from the buttons scroll the words, Page Up and ↑
	// back: at FYNE_SCALE=2 on a 1366×768 laptop the folder's path was
	// below the dialog's edge, and only the mouse could scroll to it (a
	// keyboard-only walk of the real window; TestHandInWordsScrollByKeys).
	for _, b := range []*RingButton{h.Save, h.Other, h.Cancel} {
		b.OnScrollKey = h.scrollWords
	}
	content := container.NewBorder(nil, buttons, nil, nil,
		container.New(fitHeight{most: room}, h.Words))
	h.dialog = dialog.NewCustomWithoutButtons("Hand in my answers", content, m.Window)
	h.dialog.Resize(fyne.NewSize(width, 0))
	showFocused(h.dialog, h.Save, m.Window)
	return h
}

// scrollWords scrolls the dialog's words on Page Up, Page Down and the
// arrows up and down, and reports whether it used the key.
func (h *HandInDialog) scrollWords(e *fyne.KeyEvent) bool {
	page, line := h.Words.Size().Height*0.9, theme.TextSize()*1.6
	by := map[fyne.KeyName]float32{fyne.KeyPageDown: page, fyne.KeyPageUp: -page, fyne.KeyDown: line, fyne.KeyUp: -line}[e.Name]
	if by == 0 {
		return false
	}
	h.Words.Offset.Y = withinScroll(h.Words, h.Words.Offset.Y+by)
	h.Words.Refresh()
	return true
}

// handInEms is the hand-in dialog's width in text heights (560 px at
// 100 %, wider with larger text where the window has room, so that the
// file name takes fewer lines), and handInLabelEms about what its form's
// labels and margins take of it.
const (
	handInEms      = 560.0 / 15
	handInLabelEms = 160.0 / 15
)

// fitHeight lays out a scroll container as tall as its content, but no
// taller than most(): a dialog's text shows whole where the window has
// room and scrolls where it has not.
type fitHeight struct{ most func() float32 }

func (f fitHeight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

func (f fitHeight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var out fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		if s, ok := o.(*container.Scroll); ok {
			m = s.Content.MinSize()
		}
		out = out.Max(fyne.NewSize(m.Width, min(m.Height, f.most())))
	}
	return out
}

// dialogRoom is the height a dialog's scrolled part may take in canvas
// c: the canvas less a margin, the dialog's title and padding, and what
// stands fixed under it (below).
func dialogRoom(c fyne.Canvas, below fyne.CanvasObject) float32 {
	title := fyne.MeasureText("Hg", theme.Size(theme.SizeNameSubHeadingText), fyne.TextStyle{Bold: true}).Height
	return max(c.Size().Height*messageWindowsShare-title-below.MinSize().Height-10*theme.Padding(), 3*theme.TextSize())
}

// nameRows is how many lines the file name takes in a field width wide,
// wrapped between words, plus one for the cursor to add to it.
func nameRows(name string, width float32) int {
	size := theme.TextSize()
	space := fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
	rows, used := 1, float32(0)
	for _, w := range strings.Fields(name) {
		ww := fyne.MeasureText(w, size, fyne.TextStyle{}).Width
		if used > 0 && used+space+ww > width {
			rows, used = rows+1, 0
		}
		if used > 0 {
			used += space
		}
		used += ww
	}
	return min(rows+1, 6)
}

// showFolder shows the folder the file goes to, in words and as a path.
func (h *HandInDialog) showFolder() {
	h.Folder.Sentences = []string{upperFirst(folderInWords(h.dir))}
	h.FolderPath.Sentences = []string{h.dir}
	h.Folder.Refresh()
	h.FolderPath.Refresh()
}

func (h *HandInDialog) close() { h.dialog.Hide() }

// save writes the file into the folder, says where, and runs then.
func (h *HandInDialog) save() {
	// The extension is kept aside: cut to a safe length with it, the name
	// lost its last word between the dialog and the disk.
	name := strings.TrimSpace(h.Name.Text)
	if strings.EqualFold(filepath.Ext(name), store.ResultsExt) {
		name = name[:len(name)-len(store.ResultsExt)]
	}
	name = safeFileName(name)
	if name == "" {
		h.m.info("Hand in my answers", "Type a name for the file first.")
		return
	}
	name += store.ResultsExt // the teacher's import looks for these
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
	h.m.showSaved(h.done, path)
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
			h.showFolder()
		}
		h.m.Window.Canvas().Focus(h.Save)
	}, h.m.Window)
	if h.dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(h.dir)); err == nil {
			d.SetLocation(l)
		}
	}
	showFileDialog(d, h.m.Window, "Choose the folder for your answers")
}

// pathSeparators are where a folder's path may wrap: after a separator.
const pathSeparators = `/\`

// folderInWords names a folder as a student knows it: "your Documents
// folder", "your home folder", "the “Class 8B” folder in your home
// folder", else "the folder “results”". The path alone left a student
// who had never seen one not knowing where their file went (issue 11).
func folderInWords(dir string) string {
	dir = filepath.Clean(dir)
	home, _ := os.UserHomeDir()
	if home != "" {
		home = filepath.Clean(home)
		switch {
		case dir == home:
			return "your home folder"
		case filepath.Dir(dir) == home:
			base := filepath.Base(dir)
			if wellKnownFolders[base] {
				return "your " + base + " folder"
			}
			return "the “" + base + "” folder in your home folder"
		}
	}
	return "the folder “" + filepath.Base(dir) + "”"
}

// wellKnownFolders are the folders of a home folder every student has.
var wellKnownFolders = map[string]bool{"Documents": true, "Desktop": true, "Downloads": true}

// savedWords says in plain words what was saved where: the file's name
// and the folder, then the folder's full path.
func savedWords(path string) (where, dir string) {
	dir = filepath.Dir(path)
	return "The file “" + filepath.Base(path) + "” is in " + folderInWords(dir) + ":", dir
}

// showSaved says a file was saved, and where, in words that wrap between
// words at any width: done, the file's name and its folder in plain
// words, then the folder's path, which wraps only between its folders'
// names. "Saved as: /home/…/Sam Student - Trump & Alibaba's …" was cut
// mid-word where it did not fit (issue 11, a new student's walk). OK
// (or Enter, or Escape) closes it.
func (m *Main) showSaved(done, path string) *SavedMessage {
	where, dir := savedWords(path)
	s := &SavedMessage{Done: NewReadingText(done), Where: NewReadingText(where), Path: NewReadingText(dir)}
	s.Path.BreakAfter = pathSeparators
	var d dialog.Dialog
	hide := func() { d.Hide() }
	s.OK = NewRingButton("OK", hide)
	s.OK.OnEscape = hide
	d = dialog.NewCustomWithoutButtons("Saved", container.NewVBox(s.Done, s.Where, s.Path, s.OK), m.Window)
	d.Resize(fyne.NewSize(min(messageMaxWidth, m.Window.Canvas().Size().Width*messageWindowsShare), 0))
	showFocused(d, s.OK, m.Window)
	return s
}

// SavedMessage is the message showSaved shows, for tests.
type SavedMessage struct {
	Done, Where, Path *ReadingText
	OK                *RingButton
}
