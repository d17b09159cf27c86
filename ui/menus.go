package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// lessonExtensions are the files Lede opens as lessons.
var lessonExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".ledelesson"}

// setMenus gives the window its menus: File for everyone, Teacher behind
// the PIN.
func (m *Main) setMenus() {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Open lesson…", m.chooseLesson),
		fyne.NewMenuItem("Paste an article…", m.pasteArticle),
		fyne.NewMenuItem("Save my answers for the teacher…", m.exportMyResults),
		fyne.NewMenuItem("Save answers automatically to a folder…", func() { m.Teacher.Do(m.Window, m.chooseAutoResultsFolder) }),
	)
	teacher := fyne.NewMenu("Teacher",
		fyne.NewMenuItem("Review answers…", func() { m.Teacher.Do(m.Window, m.ShowReview) }),
		fyne.NewMenuItem("Lesson library…", func() { m.Teacher.Do(m.Window, m.ShowLibrary) }),
		fyne.NewMenuItem("Facts and traps…", func() { m.Teacher.Do(m.Window, m.ShowFacts) }),
		fyne.NewMenuItem("Edit quiz…", func() { m.Teacher.Do(m.Window, m.ShowEditor) }),
		fyne.NewMenuItem("Class dashboard…", func() { m.Teacher.Do(m.Window, m.ShowDashboard) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Import results from a folder…", func() { m.Teacher.Do(m.Window, m.chooseResultsFolder) }),
		fyne.NewMenuItem("Watch a shared folder for results…", func() { m.Teacher.Do(m.Window, m.chooseWatchFolder) }),
		fyne.NewMenuItem("Export grades…", func() { m.Teacher.Do(m.Window, m.exportGrades) }),
		fyne.NewMenuItem("Export lesson pack…", func() { m.Teacher.Do(m.Window, m.exportPack) }),
		fyne.NewMenuItem("Import class roster…", func() { m.Teacher.Do(m.Window, m.chooseRoster) }),
		fyne.NewMenuItem("Classes…", func() { m.Teacher.Do(m.Window, m.ShowClasses) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Lock teacher mode", func() { m.Teacher.Unlocked = false }),
	)
	m.Window.SetMainMenu(fyne.NewMainMenu(file, teacher))
	m.Window.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		if len(uris) > 0 {
			m.openURI(uris[0])
		}
	})
}

// chooseLesson lets the user pick an article or a lesson pack.
func (m *Main) chooseLesson() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		m.openReader(r.URI().Name(), r)
	}, m.Window)
	d.SetFilter(storage.NewExtensionFileFilter(lessonExtensions))
	d.Show()
}

func (m *Main) openURI(u fyne.URI) {
	r, err := storage.Reader(u)
	if err != nil {
		m.ShowError(err)
		return
	}
	defer r.Close()
	m.openReader(u.Name(), r)
}

// maxLessonFile bounds what is read when a file is opened or dropped.
const maxLessonFile = 16 << 20

// openReader reads a lesson file and shows it, starting with the student
// picker; a file Lede cannot use leaves the current lesson open.
func (m *Main) openReader(name string, r io.Reader) {
	raw, err := io.ReadAll(io.LimitReader(r, maxLessonFile+1))
	if err == nil && len(raw) > maxLessonFile {
		err = classroom.ErrTooLarge
	}
	var l *lesson.Lesson
	if err == nil {
		l, err = lesson.Open(raw, 0)
	}
	if err != nil {
		m.ShowError(fmt.Errorf("open %q: %w", name, err))
		return
	}
	next, err := NewMain(m.Window, m.Store, l)
	if err != nil {
		m.ShowError(err)
		return
	}
	next.Teacher = m.Teacher
	if m.watch != nil {
		m.watch.Stop() // the new lesson's window watches the folder now
	}
	if m.OnLessonChanged != nil {
		m.OnLessonChanged(next)
	}
}

// storedLesson records the lesson on this computer. Until the teacher
// publishes its questions (by editing them or handing out a pack), they
// are the generator's and stored as made; once published, the stored ones
// are the lesson's, so opening the same article again keeps the
// teacher's work.
func (m *Main) storedLesson() (store.Lesson, error) {
	if _, err := m.Store.AddLesson(m.Lesson.Key, m.Lesson.Article.Title, m.Lesson.Article.Source); err != nil {
		return store.Lesson{}, err
	}
	pub, err := m.Store.LessonByKey(m.Lesson.Key)
	if err != nil {
		return store.Lesson{}, err
	}
	m.lessonID = pub.ID
	if !pub.Published {
		// Generated questions are made afresh, so a newer Lede's better
		// questions reach lessons nobody edited; a pack's are published.
		if err := m.Store.SetSite(pub.ID, m.Lesson.Article.Site); err != nil {
			return pub.Lesson, err
		}
		questions, err := json.Marshal(m.Lesson.Questions)
		if err != nil {
			return pub.Lesson, err
		}
		m.attemptsAllowed = m.Lesson.AttemptsAllowed
		save := m.Store.SetLessonQuestions
		if m.Lesson.Published {
			save = m.Store.PublishLesson
		}
		return pub.Lesson, save(pub.ID, string(questions), len(m.Lesson.Questions), m.attemptsAllowed)
	}
	var qs []quiz.Question
	if err := json.Unmarshal([]byte(pub.QuestionsJSON), &qs); err != nil {
		return pub.Lesson, fmt.Errorf("read the published questions: %w", err)
	}
	if err := m.Lesson.WithQuestions(qs); err != nil {
		return pub.Lesson, err
	}
	m.attemptsAllowed = pub.AttemptsAllowed
	return pub.Lesson, nil
}

// ShowEditor opens the quiz editor in its own window; publishing there
// reloads the lesson here.
func (m *Main) ShowEditor() {
	stored, err := m.storedLesson()
	if err != nil {
		m.ShowError(err)
		return
	}
	e := NewEditor(m.Lesson, m.Store, stored.ID, m.attemptsAllowed)
	w := fyne.CurrentApp().NewWindow("Lede — edit quiz — " + m.Lesson.Article.Title)
	e.OnPublished = func(qs []quiz.Question, attempts int) {
		m.Lesson.Questions, m.attemptsAllowed = qs, attempts
		if m.Student.ID != 0 {
			if err := m.StartAs(m.Student.Name); err != nil {
				m.ShowError(err)
			}
		}
	}
	w.SetContent(e.Content)
	w.Resize(fyne.NewSize(1100, 750))
	w.Show()
}

// exportMyResults saves the student's answers as a results file for the
// teacher.
func (m *Main) exportMyResults() {
	if m.Student.ID == 0 {
		m.info("Save my answers", "Choose your name and answer some questions first.")
		return
	}
	stored, err := m.storedLesson()
	if err != nil {
		m.ShowError(err)
		return
	}
	r, err := m.Store.StudentResults(stored, m.Student.Name, time.Now())
	if err != nil {
		m.ShowError(err)
		return
	}
	var buf bytes.Buffer
	if err := classroom.WriteResults(&buf, r); err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile(safeFileName(m.Student.Name+" - "+m.Lesson.Article.Title)+store.ResultsExt, buf.Bytes(),
		"Your answers are saved. Hand the file to your teacher, or put it in the class folder.")
}

// chooseAutoResultsFolder makes every student on this laptop hand in
// their answers by themselves: after each check, their results file is
// written to the chosen folder (a synced or shared one the teacher
// watches). Set up by the teacher, so it is behind the PIN.
func (m *Main) chooseAutoResultsFolder() {
	dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if u == nil {
			return
		}
		if err := m.Store.SetAutoResultsFolder(u.Path()); err != nil {
			m.ShowError(err)
			return
		}
		m.info("Answers saved automatically", "After every answer, students' results are saved to "+u.Path()+".")
	}, m.Window).Show()
}

// autoSaveResults writes the student's results file to the chosen folder,
// through a temporary file so a synced folder never sees half a file.
func (m *Main) autoSaveResults() error {
	dir, err := m.Store.AutoResultsFolder()
	if err != nil || dir == "" {
		return err
	}
	stored, err := m.storedLesson()
	if err != nil {
		return err
	}
	r, err := m.Store.StudentResults(stored, m.Student.Name, time.Now())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := classroom.WriteResults(&buf, r); err != nil {
		return err
	}
	name := safeFileName(m.Student.Name+" - "+m.Lesson.Article.Title) + store.ResultsExt
	return classroom.SaveFile(filepath.Join(dir, name), buf.Bytes())
}

// exportPack saves the lesson as a pack for the class's laptops.
func (m *Main) exportPack() {
	stored, err := m.storedLesson()
	if err != nil {
		m.ShowError(err)
		return
	}
	// Handing questions out publishes them: students' results will name
	// these questions, so they must not be made again.
	questions, _ := json.Marshal(m.Lesson.Questions)
	if err := m.Store.PublishLesson(stored.ID, string(questions), len(m.Lesson.Questions), m.attemptsAllowed); err != nil {
		m.ShowError(err)
		return
	}
	var buf bytes.Buffer
	if err := classroom.WritePack(&buf, m.Lesson.Pack(classroom.Settings{Attempts: m.attemptsAllowed}, time.Now())); err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile(safeFileName(m.Lesson.Article.Title)+".ledelesson", buf.Bytes(),
		"The lesson pack is saved. Students open it with File ▸ Open lesson, or by dropping it on Lede.")
}

// exportGrades saves every student's result in every lesson as CSV.
func (m *Main) exportGrades() {
	var buf bytes.Buffer
	if err := m.Store.WriteGradeSheet(&buf); err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile("Lede grades.csv", buf.Bytes(), "The grades are saved. Open the file with Excel or LibreOffice.")
}

// chooseResultsFolder imports every results file in a folder: a USB
// stick, or a folder the school syncs.
func (m *Main) chooseResultsFolder() {
	dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if u == nil {
			return
		}
		m.importFolder(u.Path())
	}, m.Window).Show()
}

// importFolder imports a folder's results files and says what happened.
func (m *Main) importFolder(dir string) {
	imports, err := m.Store.ImportResultsFolder(dir)
	if err != nil {
		m.ShowError(err)
		return
	}
	m.info("Results imported", importSummary(imports))
}

// watchInterval is how often a watched folder is looked at: often enough
// that results appear during the lesson, rarely enough to cost nothing.
const watchInterval = 20 * time.Second

// chooseWatchFolder starts watching a shared folder for results files.
func (m *Main) chooseWatchFolder() {
	dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if u == nil {
			return
		}
		if err := m.Store.SetWatchFolder(u.Path()); err != nil {
			m.ShowError(err)
			return
		}
		m.WatchFolder(u.Path())
		m.info("Watching the folder", "Lede imports students' results files from "+u.Path()+" as they arrive, whenever it is open on this computer.")
	}, m.Window).Show()
}

// WatchFolder imports results from dir now and whenever new ones appear,
// until Lede closes or another folder is chosen. The window's title says
// when new answers came in.
func (m *Main) WatchFolder(dir string) *FolderWatch {
	if m.watch != nil {
		m.watch.Stop()
	}
	m.watch = NewFolderWatch(m.Store, dir, watchInterval)
	m.watch.OnNew = func(added int, imports []store.FolderImport) {
		m.Window.SetTitle(fmt.Sprintf("Lede — %s — %d new answers imported at %s", m.Lesson.Article.Title, added, time.Now().Format("15:04")))
	}
	m.watch.OnError = func(err error) { m.ShowError(err) }
	m.watch.Start()
	return m.watch
}

// importSummary says, in plain words, what importing a folder did.
func importSummary(imports []store.FolderImport) string {
	if len(imports) == 0 {
		return "There are no results files (" + store.ResultsExt + ") in that folder."
	}
	var b strings.Builder
	added := 0
	for _, fi := range imports {
		added += fi.Report.Added
	}
	fmt.Fprintf(&b, "%d new answers from %d files.\n", added, len(imports))
	for _, fi := range imports {
		switch {
		case fi.Err != nil:
			fmt.Fprintf(&b, "\n%s: not imported — %s", fi.File, Friendly(fi.Err))
		case fi.Report.Added == 0:
			fmt.Fprintf(&b, "\n%s (%s): already imported", fi.File, fi.Student)
		default:
			fmt.Fprintf(&b, "\n%s (%s): %d new answers", fi.File, fi.Student, fi.Report.Added)
		}
	}
	return b.String()
}

// chooseRoster imports a class from a spreadsheet saved as CSV.
func (m *Main) chooseRoster() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			m.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		raw, err := io.ReadAll(io.LimitReader(r, 4<<20))
		if err != nil {
			m.ShowError(err)
			return
		}
		m.askClassName(strings.TrimSuffix(r.URI().Name(), r.URI().Extension()), raw)
	}, m.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".txt"}))
	d.Show()
}

func (m *Main) askClassName(suggested string, raw []byte) {
	names, err := classroom.ReadRoster(raw)
	if err != nil {
		m.ShowError(err)
		return
	}
	entry := widget.NewEntry()
	entry.SetText(suggested)
	dialog.ShowForm("Import class roster", "Import", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Class", entry),
			widget.NewFormItem("", widget.NewLabel(fmt.Sprintf("%d students, from %s to %s", len(names), names[0], names[len(names)-1])))},
		func(ok bool) {
			if !ok {
				return
			}
			if _, err := m.Store.AddClass(entry.Text, names); err != nil {
				m.ShowError(err)
				return
			}
			m.info("Class imported", fmt.Sprintf("%d students are in %s. They can pick their names when Lede starts.", len(names), entry.Text))
		}, m.Window)
}

// pasteArticle opens an article pasted from a web page or a document:
// the headline on the first line, then the text.
func (m *Main) pasteArticle() {
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetPlaceHolder("Paste the article here: the headline on the first line, then the text.")
	text.SetMinRowsVisible(14)
	d := dialog.NewCustomConfirm("Paste an article", "Open", "Cancel", text, func(ok bool) {
		if ok {
			m.openReader("the pasted article", strings.NewReader(text.Text))
		}
	}, m.Window)
	d.Resize(fyne.NewSize(700, 500))
	d.Show()
	m.Window.Canvas().Focus(text)
}

// ShowFacts opens what Lede read in the article, traps first; clicking an
// item shows its evidence in the article.
func (m *Main) ShowFacts() {
	show := func(sentence int) {
		if m.Article != nil {
			m.Article.Highlight(sentence)
		}
	}
	w := fyne.CurrentApp().NewWindow("Lede — facts and traps — " + m.Lesson.Article.Title)
	w.SetContent(NewFactsView(m.Lesson, show).Content)
	w.Resize(fyne.NewSize(800, 700))
	w.Show()
}

// ShowClasses opens the classes screen.
func (m *Main) ShowClasses() {
	w := fyne.CurrentApp().NewWindow("Lede — classes")
	w.SetContent(NewClassesView(m.Store).Content)
	w.Resize(fyne.NewSize(700, 600))
	w.Show()
}

// ShowLibrary opens the lesson library in its own window; opening a
// lesson there shows it in the main window.
func (m *Main) ShowLibrary() {
	v := NewLibraryView(m.Store)
	w := fyne.CurrentApp().NewWindow("Lede — lesson library")
	v.OnOpen = func(l store.LibraryLesson) {
		src, err := m.Store.LessonSource(l.ID)
		if err != nil {
			m.ShowError(err)
			return
		}
		m.openReader(l.Title, strings.NewReader(src))
		w.Close()
	}
	w.SetContent(v.Content)
	w.Resize(fyne.NewSize(900, 650))
	w.Show()
}

// ShowDashboard opens the lesson's class dashboard in its own window.
func (m *Main) ShowDashboard() {
	stored, err := m.storedLesson()
	if err != nil {
		m.ShowError(err)
		return
	}
	d, err := m.Store.LessonDashboard(stored.ID)
	if err != nil {
		m.ShowError(err)
		return
	}
	w := fyne.CurrentApp().NewWindow("Lede — class dashboard — " + m.Lesson.Article.Title)
	w.SetContent(NewDashboardView(d, m.Lesson.Questions).Content)
	w.Resize(fyne.NewSize(900, 700))
	w.Show()
}

// saveFile asks where to save body, writes it, and confirms.
func (m *Main) saveFile(name string, body []byte, done string) {
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
		m.info("Saved", done)
	}, m.Window)
	d.SetFileName(name)
	d.Show()
}

func (m *Main) info(title, text string) {
	dialog.ShowInformation(title, text, m.Window)
}

// safeFileName keeps a title usable as a file name on every system.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, s)
	if len([]rune(s)) > 80 {
		s = string([]rune(s)[:80])
	}
	return strings.TrimSpace(s)
}
