package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/store"
)

// lessonExtensions are the files File › Open lesson… lists: those Lede
// opens as lessons, and the documents it cannot read but explains —
// PDF, Word, OpenDocument, RTF, Pages — so that a teacher who picks one
// is told how to save the article as text. Left out of the list, a
// .docx did not show in the dialog at all, and the folder looked empty
// (issue 11, an independent audit of the real window).
var lessonExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".ledelesson",
	".pdf", ".docx", ".doc", ".odt", ".rtf", ".pages"}

// setMenus gives the window its menus: File, View and Help for
// everyone; the teacher's items only while teacher mode is open
// (showTeacherItems).
func (m *Main) setMenus() {
	// What a student may do, in the File menu.
	student := []*fyne.MenuItem{
		fyne.NewMenuItem("Open lesson…", m.chooseLesson),
		fyne.NewMenuItem("Paste an article…", m.pasteArticle),
		fyne.NewMenuItem("Hand in my answers…", m.handInFromMenu),
		fyne.NewMenuItem("Switch student", m.AskToSwitchStudent),
	}
	// The teacher's, under them in teacher mode. Each still asks for the
	// PIN (Teacher.Do), should teacher mode have lapsed meanwhile.
	teacherFiles := []*fyne.MenuItem{
		fyne.NewMenuItem("Save answers automatically to a folder…", func() { m.Teacher.Do(m.Window, m.chooseAutoResultsFolder) }),
		fyne.NewMenuItem("Export quiz…", func() { m.Teacher.Do(m.Window, func() { m.exportQuiz() }) }),
		fyne.NewMenuItem("Print worksheet…", func() { m.Teacher.Do(m.Window, func() { m.printWorksheet() }) }),
		fyne.NewMenuItem("Share lessons as a bundle…", func() { m.Teacher.Do(m.Window, func() { m.shareBundle() }) }),
		fyne.NewMenuItem("Import a lesson bundle…", func() { m.Teacher.Do(m.Window, m.chooseBundle) }),
	}
	thisLesson := []*fyne.MenuItem{
		fyne.NewMenuItem("Preview the quiz as a student…", func() { m.Teacher.Do(m.Window, func() { m.ShowPreview() }) }),
		fyne.NewMenuItem("Edit quiz…", func() { m.Teacher.Do(m.Window, m.ShowEditor) }),
		fyne.NewMenuItem("Facts and traps…", func() { m.Teacher.Do(m.Window, m.ShowFacts) }),
		fyne.NewMenuItem("Export lesson pack…", func() { m.Teacher.Do(m.Window, m.exportPack) }),
	}
	results := []*fyne.MenuItem{
		fyne.NewMenuItem("Import results from a folder…", func() { m.Teacher.Do(m.Window, m.chooseResultsFolder) }),
		fyne.NewMenuItem("Watch a shared folder for results…", func() { m.Teacher.Do(m.Window, m.chooseWatchFolder) }),
		fyne.NewMenuItem("Conflicting answers…", func() { m.Teacher.Do(m.Window, m.ShowConflicts) }),
		fyne.NewMenuItem("Export grades…", func() { m.Teacher.Do(m.Window, m.exportGrades) }),
	}
	library := []*fyne.MenuItem{
		fyne.NewMenuItem("Lesson library…", func() { m.Teacher.Do(m.Window, m.ShowLibrary) }),
		fyne.NewMenuItem("Classes…", func() { m.Teacher.Do(m.Window, m.ShowClasses) }),
		fyne.NewMenuItem("Import class roster…", func() { m.Teacher.Do(m.Window, m.chooseRoster) }),
	}
	// Submenus keep each menu seven lines or fewer, so that each fits a
	// 1024×700 or 1366×768 laptop's window at 200 % text (in
	// OpenDyslexic too): flat, the File menu in teacher mode was eleven
	// lines and the Teacher menu sixteen items, which ran past the
	// window's bottom edge, and Fyne 2.7's menus do not scroll to the
	// item the arrow keys reach (fyne-io/fyne#6479, fixed after 2.7), so
	// their last items were chosen unseen (TestEveryMenuFitsAtLargeText).
	sub := func(label string, items []*fyne.MenuItem) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, nil)
		it.ChildMenu = fyne.NewMenu("", items...)
		return it
	}
	teacherFile := []*fyne.MenuItem{
		fyne.NewMenuItemSeparator(),
		sub(teacherFilesMenu, teacherFiles),
	}
	teacher := []*fyne.MenuItem{
		fyne.NewMenuItem("Review answers…", func() { m.Teacher.Do(m.Window, m.ShowReview) }),
		fyne.NewMenuItem("Class dashboard…", func() { m.Teacher.Do(m.Window, func() { m.ShowDashboard() }) }),
		sub(thisLessonMenu, thisLesson),
		sub(resultsMenu, results),
		sub(libraryMenu, library),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Change teacher PIN…", func() { m.Teacher.ChangePIN(m.Window) }),
		fyne.NewMenuItem("Lock teacher mode", m.Teacher.Lock),
	}
	// Until the lesson is complete (NewMainReading) these wait for it:
	// most export, show or change its questions.
	for _, items := range [][]*fyne.MenuItem{student, teacherFiles, thisLesson, results, library, teacher} {
		for _, it := range items {
			if do := it.Action; do != nil {
				it.Action = func() { m.whenComplete(do) }
			}
		}
	}
	m.menus = mainMenus{
		file: fyne.NewMenu("File"), teacher: fyne.NewMenu("Teacher"),
		student: student, teacherFile: teacherFile, teacherItems: teacher,
		open: fyne.NewMenuItem("Open teacher mode…", m.openTeacherMode),
	}
	help := fyne.NewMenu("Help", fyne.NewMenuItem("Keyboard shortcuts", func() { m.showShortcuts() }),
		fyne.NewMenuItem("About Lede", m.showAbout))
	m.showTeacherItems()
	m.Window.SetMainMenu(fyne.NewMainMenu(m.menus.file, m.viewMenu(), m.menus.teacher, help))
	m.markViewChoices()
	m.addMenuKeys()
	m.closeMessagesOnEscape()
	m.Window.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		if len(uris) > 0 {
			m.openURI(uris[0])
		}
	})
}

// The teacher's submenus, as messages name them ("Teacher › Students'
// results › Conflicting answers…").
const (
	teacherFilesMenu = "Teacher's files"
	thisLessonMenu   = "This lesson"
	resultsMenu      = "Students' results"
	libraryMenu      = "Lessons and classes"
)

// mainMenus are the File and Teacher menus and the items they show with
// teacher mode open or locked (showTeacherItems).
type mainMenus struct {
	file, teacher                      *fyne.Menu
	student, teacherFile, teacherItems []*fyne.MenuItem
	// open is the Teacher menu's one item while teacher mode is locked.
	open *fyne.MenuItem
}

// showTeacherItems lists the teacher's items in the File and Teacher
// menus while teacher mode is open, and hides them while it is locked:
// the Teacher menu then holds only Open teacher mode…, which asks for
// the PIN. Students saw five teacher-only items in the File menu and
// sixteen in the Teacher menu, each of which asked for a PIN they do
// not have (issue 11); hidden, they cannot be chosen by mistake, and at
// 200 % the File menu fits a 768 px screen. The Teacher menu stays, so
// a teacher finds the way in where it always was.
func (m *Main) showTeacherItems() {
	mn := m.menus
	if mn.file == nil {
		return
	}
	mn.file.Items = append([]*fyne.MenuItem(nil), mn.student...)
	mn.teacher.Items = []*fyne.MenuItem{mn.open}
	if m.Teacher.Unlocked {
		mn.file.Items = append(mn.file.Items, mn.teacherFile...)
		mn.teacher.Items = mn.teacherItems
	}
	if menu := m.Window.MainMenu(); menu != nil {
		menu.Refresh()
	}
}

// teacherModeOpened says, once the PIN opened teacher mode from the
// Teacher menu, where the teacher's items are now.
const teacherModeOpened = "Teacher mode is open. The Teacher menu and the File menu now show the teacher's items. " +
	"Teacher mode locks itself after 10 minutes unused, or with Teacher › Lock teacher mode; then students see none of them."

// openTeacherMode is Teacher › Open teacher mode…: the PIN, then the
// teacher's items in the menus.
func (m *Main) openTeacherMode() {
	m.Teacher.Do(m.Window, func() { m.info("Teacher mode", teacherModeOpened) })
}

// teacherChanged follows teacher mode opening or locking: the title's
// badge and the menus' items.
func (m *Main) teacherChanged() {
	m.setTitle()
	m.showTeacherItems()
	if m.Teacher.Unlocked && m.Picker != nil {
		// A PIN is set now: the first screen's "I'm the teacher, setting
		// up this computer" stayed after one was chosen from the menu.
		m.Picker.SetUp.Hide()
	}
}

// chooseLesson lets the user pick an article or a lesson pack.
func (m *Main) chooseLesson() {
	m.chooseFileURI("Open a lesson or an article", lessonExtensions, maxLessonFile, func(u fyne.URI, raw []byte) {
		m.nextLessonDir = folderOf(u)
		m.openReader(u.Name(), bytes.NewReader(raw))
	})
}

func (m *Main) openURI(u fyne.URI) {
	r, err := storage.Reader(u)
	if err != nil {
		m.ShowError(err)
		return
	}
	defer r.Close()
	m.nextLessonDir = folderOf(u)
	m.openReader(u.Name(), r)
}

// folderOf is the folder of a file on this computer, or "".
func folderOf(u fyne.URI) string {
	if u == nil || u.Scheme() != "file" {
		return ""
	}
	return filepath.Dir(u.Path())
}

// maxLessonFile bounds what is read when a file is opened or dropped.
const maxLessonFile = 16 << 20

// openReader reads a lesson file and shows it, starting with the student
// picker; a file Lede cannot use leaves the current lesson open. The file
// is read at once; making its lesson takes up to seconds for a very long
// article, so it runs off the UI goroutine, with a progress dialog and
// Cancel once it has taken longer than a glance.
func (m *Main) openReader(name string, r io.Reader) {
	// A bundle (dropped on the window) is lessons for the teacher's
	// library, not one to open: it is imported, behind the PIN.
	bundle := strings.HasSuffix(strings.ToLower(name), classroom.BundleExt)
	limit, tooLarge := maxLessonFile, classroom.ErrTooLarge
	if bundle {
		limit, tooLarge = classroom.MaxBundle, classroom.ErrBundleTooLarge
	}
	raw, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err == nil && len(raw) > limit {
		err = tooLarge
	}
	if err != nil {
		m.ShowError(fmt.Errorf("open %q: %w", name, err))
		return
	}
	if bundle {
		m.Teacher.Do(m.Window, func() { m.importBundle(name, raw) })
		return
	}
	m.openSeq++
	seq := m.openSeq
	dir := m.nextLessonDir // where the file is, for Hand in
	m.nextLessonDir = ""
	var progress dialog.Dialog
	finished := false
	m.opening.Add(1)
	go func() {
		defer m.opening.Done()
		l, err := lesson.Open(raw, 0)
		fyne.Do(func() {
			finished = true
			if progress != nil {
				progress.Hide()
			}
			if seq != m.openSeq {
				return // cancelled, or another file opened since
			}
			m.showOpened(name, dir, l, err)
		})
	}()
	time.AfterFunc(progressDelay, func() {
		fyne.Do(func() {
			if finished || seq != m.openSeq {
				return
			}
			progress = m.openingDialog(name, func() { m.openSeq++ })
			progress.Show()
		})
	})
}

// progressDelay is how long opening a lesson may take before a progress
// dialog appears: short work shows no flash of a dialog.
const progressDelay = 300 * time.Millisecond

// openingDialog says a lesson is being made, with Cancel.
func (m *Main) openingDialog(name string, cancel func()) dialog.Dialog {
	bar := widget.NewProgressBarInfinite()
	text := widget.NewLabel("Reading “" + name + "” and making its questions. A very long article takes a few seconds.")
	text.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	d = dialog.NewCustomWithoutButtons("Opening the lesson", container.NewVBox(text, bar,
		widget.NewButton("Cancel", func() { cancel(); d.Hide() })), m.Window)
	d.Resize(fyne.NewSize(460, 0))
	return d
}

// showOpened shows a lesson opened by openReader, or says why not.
func (m *Main) showOpened(name, dir string, l *lesson.Lesson, err error) {
	if err != nil {
		m.ShowError(fmt.Errorf("open %q: %w", name, err))
		return
	}
	next, err := NewMain(m.Window, m.Store, l)
	if err != nil {
		m.ShowError(err)
		return
	}
	m.retired = true
	next.Teacher = m.Teacher
	next.Teacher.OnChange = func(bool) { next.teacherChanged() }
	next.showTeacherItems() // teacher mode may be open
	next.Teacher.MayChoose = next.noStudentSignedIn
	next.setTitle()
	next.Speaker, next.lessonDir = m.Speaker, dir
	next.SetFixed(m.Fixed)
	if m.watch != nil {
		m.watch.Stop() // the new lesson's window watches the folder now
	}
	if m.OnLessonChanged != nil {
		m.OnLessonChanged(next)
	}
}

// storeArticle records the lesson on this computer, once, when NewMain
// opens it, and returns it as stored; the other actions use m.stored.
func (m *Main) storeArticle() (store.PublishedLesson, error) {
	if _, err := m.Store.AddLesson(m.Lesson.Key, m.Lesson.Article.Name(), m.Lesson.Article.Source); err != nil {
		return store.PublishedLesson{}, err
	}
	pub, err := m.Store.LessonByKey(m.Lesson.Key)
	if err != nil {
		return store.PublishedLesson{}, err
	}
	m.stored = pub.Lesson
	return pub, nil
}

// storeQuestions settles the lesson's questions once they are made
// (pub is the lesson as storeArticle found it). Until the teacher
// publishes its questions (by editing them or handing out a pack), they
// are the generator's and stored as made; once published, the stored ones
// are the lesson's, so opening the same article again keeps the
// teacher's work.
func (m *Main) storeQuestions(pub store.PublishedLesson) error {
	if !pub.Published {
		// Generated questions are made afresh, so a newer Lede's better
		// questions reach lessons nobody edited; a pack's are published.
		if err := m.Store.SetSite(pub.ID, m.Lesson.Article.Site); err != nil {
			return err
		}
		questions, err := json.Marshal(m.Lesson.Questions)
		if err != nil {
			return err
		}
		m.settings = m.Lesson.Settings
		if !m.Lesson.Published {
			return m.Store.SetLessonQuestions(pub.ID, string(questions), len(m.Lesson.Questions), m.settings.Attempts)
		}
		if err := m.Store.PublishLesson(pub.ID, string(questions), len(m.Lesson.Questions), m.settings.Attempts); err != nil {
			return err
		}
		return m.Store.SetLessonRules(pub.ID, m.settings)
	}
	qs, err := pub.Questions(len(m.Lesson.Article.Sentences)) // checked: the file may be changed behind Lede's back
	if err != nil {
		return err
	}
	if err := m.Lesson.WithQuestions(qs); err != nil {
		return err
	}
	m.settings = pub.Settings()
	return nil
}

// handInFromMenu hands in, or says to choose a name first.
func (m *Main) handInFromMenu() {
	if m.Student.ID == 0 {
		m.info("Hand in my answers", "Choose your name and answer some questions first.")
		return
	}
	m.HandIn()
}

// exportMyResults saves the student's answers as a results file for the
// teacher.
func (m *Main) exportMyResults() {
	if m.Student.ID == 0 {
		m.info("Save my answers", "Choose your name and answer some questions first.")
		return
	}
	name, body, err := m.resultsFile()
	if errors.Is(err, store.ErrNotFound) {
		// Nothing answered yet is no error: the student has a step left
		// (a new student's walk: "Error — Mia K has no answers to …").
		m.info("Hand in my answers", "You have not answered any questions yet. Answer at least one, then hand in your answers.")
		return
	}
	if err != nil {
		m.ShowError(err)
		return
	}
	m.showHandIn(name, body, "Your answers are saved. Hand the file to your teacher, or put it in the class folder.", m.handedIn)
}

// resultsFile makes the student's results file for the lesson: its name
// and contents.
func (m *Main) resultsFile() (string, []byte, error) {
	r, err := m.Store.StudentResults(m.stored, m.Student.Name, time.Now())
	if err != nil {
		return "", nil, err
	}
	var buf bytes.Buffer
	if err := classroom.WriteResults(&buf, r); err != nil {
		return "", nil, err
	}
	return safeFileName(m.Student.Name+" - "+m.Lesson.Article.Name()) + store.ResultsExt, buf.Bytes(), nil
}

// chooseAutoResultsFolder makes every student on this laptop hand in
// their answers by themselves: after each check, their results file is
// written to the chosen folder (a synced or shared one the teacher
// watches). Set up by the teacher, so it is behind the PIN.
func (m *Main) chooseAutoResultsFolder() {
	m.chooseFolder("Choose the folder for students' answers", func(dir string) {
		if err := m.Store.SetAutoResultsFolder(dir); err != nil {
			m.ShowError(err)
			return
		}
		m.info("Answers saved automatically", "After every answer, students' results are saved to "+dir+".")
	})
}

// chooseFolder asks for a folder, in a dialog titled title, and passes
// its path to then; a cancelled dialog does nothing, a failed one says
// why.
func (m *Main) chooseFolder(title string, then func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if u != nil {
			then(u.Path())
		}
	}, m.Window)
	showFileDialog(d, m.Window, title)
}

// chooseFile asks for a file with one of the extensions, in a dialog
// titled title, and passes its name and contents (at most limit bytes)
// to then.
func (m *Main) chooseFile(title string, exts []string, limit int64, then func(name string, raw []byte)) {
	m.chooseFileURI(title, exts, limit, func(u fyne.URI, raw []byte) { then(u.Name(), raw) })
}

// chooseFileURI is chooseFile, passing the file's URI.
func (m *Main) chooseFileURI(title string, exts []string, limit int64, then func(u fyne.URI, raw []byte)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		raw, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err == nil && int64(len(raw)) > limit {
			err = classroom.ErrTooLarge
		}
		if err != nil {
			m.ShowError(fmt.Errorf("open %q: %w", r.URI().Name(), err))
			return
		}
		then(r.URI(), raw)
	}, m.Window)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	showFileDialog(d, m.Window, title)
}

// hasClassFolder reports whether the teacher set up a folder that every
// checked answer is saved to.
func (m *Main) hasClassFolder() bool {
	dir, err := m.Store.AutoResultsFolder()
	return err == nil && dir != ""
}

// autoSaveResults writes the student's results file to the chosen folder,
// through a temporary file so a synced folder never sees half a file.
func (m *Main) autoSaveResults() error {
	dir, err := m.Store.AutoResultsFolder()
	if err != nil || dir == "" {
		return err
	}
	name, body, err := m.resultsFile()
	if err != nil {
		return err
	}
	return classroom.SaveFile(filepath.Join(dir, name), body)
}

// exportPack saves the lesson as a pack for the class's laptops.
func (m *Main) exportPack() {
	stored := m.stored // NewMain stored the lesson
	// Handing questions out publishes them: students' results will name
	// these questions, so they must not be made again.
	questions, _ := json.Marshal(m.Lesson.Questions)
	if err := m.Store.PublishLesson(stored.ID, string(questions), len(m.Lesson.Questions), m.settings.Attempts); err != nil {
		m.ShowError(err)
		return
	}
	var buf bytes.Buffer
	if err := classroom.WritePack(&buf, m.Lesson.Pack(m.settings, time.Now())); err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile("Save the lesson pack for students", safeFileName(m.Lesson.Article.Name())+".ledelesson", buf.Bytes(),
		"The lesson pack is saved. Students open it with File › Open lesson, or by dropping it on Lede.")
}

// pasteArticle opens an article pasted from a web page or a document:
// the headline on the first line, then the text.
func (m *Main) pasteArticle() {
	text := newMultiLineField()
	text.Wrapping = fyne.TextWrapWord
	text.SetPlaceHolder("Paste the article here: the headline on the first line, then the text.")
	text.SetMinRowsVisible(14)
	d := dialog.NewCustomConfirm("Paste an article", "Open", "Cancel", text, func(ok bool) {
		if ok {
			m.openReader("the pasted article", strings.NewReader(text.Text))
		}
	}, m.Window)
	d.Resize(fyne.NewSize(700, 500))
	showFocused(d, text, m.Window)
}

// saveFile asks where to save body, in a dialog titled title, writes
// it, and confirms.
func (m *Main) saveFile(title, name string, body []byte, done string) {
	m.saveFileThen(title, name, body, done, nil)
}

// saveFileThen is saveFile, running then (if not nil) once it is saved.
func (m *Main) saveFileThen(title, name string, body []byte, done string, then func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		_, err = w.Write(body)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			m.ShowError(err)
			return
		}
		// Say where: a student who saved into a folder they did not
		// choose could not find the file again (a new student's walk).
		m.showSaved(done, w.URI().Path())
		if then != nil {
			then()
		}
	}, m.Window)
	d.SetFileName(name)
	startInDocuments(d)
	showFileDialog(d, m.Window, title)
}

// startInDocuments opens a save dialog in the student's Documents folder
// (documentsFolder) rather than wherever Fyne starts.
func startInDocuments(d *dialog.FileDialog) {
	if dir := documentsFolder(); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
}

// documentsFolder is where a student looks for their files: Documents in
// the home folder when there is one, else the home folder itself, else ""
// (a student walk found Hand in opening on a system folder).
func documentsFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	for _, dir := range []string{filepath.Join(home, "Documents"), home} {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	return ""
}

func (m *Main) info(title, text string) {
	ShowMessage(title, text, m.Window)
}

// safeFileName keeps a title usable as a file name on every system.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 80 {
		// Cut between words, never inside one: "… 1M New Amer" told a
		// student nothing (issue 11).
		cut := 80
		for i := 80; i > 40; i-- {
			if r[i] == ' ' {
				cut = i
				break
			}
		}
		s = string(r[:cut])
	}
	// Windows drops a name's trailing dots and spaces, and a name cut
	// after "New." would read "New..lederesults" (a student's walk).
	return strings.TrimRight(strings.TrimSpace(s), ". ")
}

// Version is Lede's version as FyneApp.toml gives it, set by cmd/lede
// from the packaged app's metadata or the build's -ldflags; "" in tests
// and plain builds.
var Version string

// aboutText says what Lede is, which version, and what it keeps where.
func aboutText(version, dataDir string) string {
	if version == "" {
		version = "development build"
	}
	text := "Lede " + version + "\n\nMedia literacy with real news: read an article, answer questions, learn to spot the traps.\n" +
		"No accounts, no cloud, no tracking: progress stays on this computer."
	if dataDir != "" {
		text += "\n\nProgress is kept in:\n" + dataDir
	}
	return text
}

// showAbout shows Help › About Lede.
func (m *Main) showAbout() {
	dir := ""
	if m.Store != nil {
		dir = m.Store.Path()
	}
	m.showText("About Lede", aboutText(Version, dir), fyne.NewSize(520, 300))
}

// closeMessagesOnEscape closes the message on top of the window when
// Escape is pressed and no control has the keyboard focus (Fyne 2.7's
// dialogs do not, and a student walk found no way but Tab to close one);
// a text field in a dialog (DialogEntry) closes it the same way. A
// message closed this way is cancelled: nothing it offered is done.
func (m *Main) closeMessagesOnEscape() {
	c := m.Window.Canvas()
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF10 {
			openMenu(c, 0)
			return
		}
		if e.Name != fyne.KeyEscape {
			// With nothing focused, Page Up, Page Down and the arrows
			// scroll the question (issue 11).
			if m.Quiz != nil && c.Overlays().Top() == nil {
				m.Quiz.ScrollKey(e)
			}
			return
		}
		closeTopOverlay(c)
	})
}
