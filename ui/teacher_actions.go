package ui

// The teacher's windows and actions, opened from the Teacher menu.

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// ShowEditor opens the quiz editor in its own window; publishing there
// reloads the lesson here.
func (m *Main) ShowEditor() {
	stored := m.stored // NewMain stored the lesson
	e := NewEditor(m.Lesson, m.Store, stored.ID, m.settings)
	w := fyne.CurrentApp().NewWindow("Lede — edit quiz — " + m.Lesson.Article.Name())
	e.OnPublished = func(qs []quiz.Question, settings classroom.Settings) {
		m.Lesson.Questions, m.settings = qs, settings
		if m.Student.ID != 0 {
			if err := m.StartAs(m.Student.Name); err != nil {
				m.ShowError(err)
			}
		}
	}
	e.Confirm = func(q string, answer func(bool)) {
		dialog.ShowConfirm("Edit quiz", q, answer, w)
	}
	// Closing with edits not yet published asks first: they would be lost.
	w.SetCloseIntercept(func() {
		if !e.Dirty() {
			w.Close()
			return
		}
		dialog.ShowConfirm("Close without publishing?",
			"Your changes to this quiz are not published and will be lost. Close anyway?",
			func(yes bool) {
				if yes {
					w.Close()
				}
			}, w)
	})
	w.SetContent(e.Content)
	w.Resize(fyne.NewSize(1100, 750))
	fitToScreen(w)
	w.Show()
}

// exportGrades saves every student's result in every lesson as CSV.
func (m *Main) exportGrades() {
	var buf bytes.Buffer
	if err := m.Store.WriteGradeSheet(&buf); err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile("Save the grades", "Lede grades.csv", buf.Bytes(), "The grades are saved. Open the file with Excel or LibreOffice.")
}

// chooseResultsFolder imports every results file in a folder: a USB
// stick, or a folder the school syncs.
func (m *Main) chooseResultsFolder() {
	m.chooseFolder("Choose the folder with students' results", m.importFolder)
}

// importFolder imports a folder's results files and says what happened.
// It reads off the UI goroutine: a large folder, or another copy of Lede
// writing at the same time, must not freeze the window.
func (m *Main) importFolder(dir string) {
	go func() {
		pass, err := m.Store.ImportResultsFolder(dir)
		fyne.Do(func() {
			m.setBusy(false)
			if err != nil {
				m.ShowError(err)
				return
			}
			m.info("Results imported", importSummary(pass))
		})
	}()
}

// watchInterval is how often a watched folder is looked at: often enough
// that results appear during the lesson, rarely enough to cost nothing.
const watchInterval = 20 * time.Second

// chooseWatchFolder starts watching a shared folder for results files.
func (m *Main) chooseWatchFolder() {
	m.chooseFolder("Choose the shared folder to watch", func(dir string) {
		if err := m.Store.SetWatchFolder(dir); err != nil {
			m.ShowError(err)
			return
		}
		m.WatchFolder(dir)
		m.info("Watching the folder", "Lede imports students' results files from "+dir+" as they arrive, whenever it is open on this computer.")
	})
}

// WatchFolder imports results from dir now and whenever new ones appear,
// until Lede closes or another folder is chosen. The window's title says
// when new answers came in.
func (m *Main) WatchFolder(dir string) *FolderWatch {
	if m.watch != nil {
		m.watch.Stop()
	}
	m.watch = m.newWatch(dir)
	m.watch.Start()
	return m.watch
}

// newWatch makes the window's watch of dir, not yet started.
func (m *Main) newWatch(dir string) *FolderWatch {
	w := NewFolderWatch(m.Store, dir, watchInterval)
	w.OnNew = func(added int, pass store.FolderPass) {
		title := fmt.Sprintf("Lede — %s — %d new answers imported at %s", m.Lesson.Article.Name(), added, time.Now().Format("15:04"))
		if n := pass.Conflicts(); n > 0 {
			title += fmt.Sprintf(" — %d conflicting answers: Teacher › Students' results › Conflicting answers…", n)
		}
		m.Window.SetTitle(title)
		m.resultsArrived()
	}
	w.OnError = func(err error) { m.ShowError(err) }
	w.OnLook = func() { m.setBusy(false) }
	return w
}

// importSummary says, in plain words, what importing a folder did.
func importSummary(pass store.FolderPass) string {
	files := len(pass.Imports) + pass.Unchanged + pass.Later
	if files == 0 {
		return "There are no results files (" + store.ResultsExt + ") in that folder."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d new answers from %d files.\n", pass.Added(), files)
	if pass.Unchanged > 0 {
		fmt.Fprintf(&b, "\n%d files were imported before and have not changed.", pass.Unchanged)
	}
	if pass.Later > 0 {
		fmt.Fprintf(&b, "\n%d files are left for the next look: there were too many to read at once. Import the folder again in a moment.", pass.Later)
	}
	for _, fi := range pass.Imports {
		switch {
		case fi.Err != nil:
			fmt.Fprintf(&b, "\n%s: not imported — %s", fi.File, Friendly(fi.Err))
		case fi.Report.Added == 0 && fi.Report.Refused == 0 && fi.Report.Conflicts == 0:
			fmt.Fprintf(&b, "\n%s (%s): already imported", fi.File, fi.Student)
		default:
			fmt.Fprintf(&b, "\n%s (%s): %d new answers", fi.File, fi.Student, fi.Report.Added)
		}
		if n := fi.Report.Refused; n > 0 {
			fmt.Fprintf(&b, " — %d refused: %s", n, refusedWhy(n))
		}
		if n := fi.Report.Conflicts; n > 0 {
			fmt.Fprintf(&b, " — %d conflict with answers imported before under the same IDs (a copied or changed file): Teacher › Students' results › Conflicting answers… shows both versions", n)
		}
		if n := fi.Report.TooLong; n > 0 {
			fmt.Fprintf(&b, " — %d not imported: longer than the %d characters a student can type", n, quiz.MaxAnswer)
		}
		if n := fi.Report.OverLimit; n > 0 {
			fmt.Fprintf(&b, " — %d not imported: tries beyond the lesson's limit", n)
		}
	}
	return b.String()
}

// refusedWhy says why answers were refused, for n of them.
func refusedWhy(n int) string {
	if n == 1 {
		return "it answers a question this lesson does not have (the file was changed, or made for another version of the quiz)"
	}
	return "they answer questions this lesson does not have (the file was changed, or made for another version of the quiz)"
}

// chooseRoster imports a class from a spreadsheet saved as CSV.
func (m *Main) chooseRoster() {
	m.chooseFile("Open a class list", []string{".csv", ".txt"}, 4<<20, func(name string, raw []byte) {
		m.askClassName(strings.TrimSuffix(name, filepath.Ext(name)), raw)
	})
}

func (m *Main) askClassName(suggested string, raw []byte) {
	names, err := classroom.ReadRoster(raw)
	if err != nil {
		m.ShowError(err)
		return
	}
	entry := newField()
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

// ShowFacts opens what Lede read in the article, traps first; clicking an
// item shows its evidence in the article.
func (m *Main) ShowFacts() {
	show := func(sentence int) {
		if m.Article != nil {
			m.Article.Highlight(sentence)
		}
	}
	w := fyne.CurrentApp().NewWindow("Lede — facts and traps — " + m.Lesson.Article.Name())
	w.SetContent(NewFactsView(m.Lesson, show).Content)
	w.Resize(fyne.NewSize(800, 700))
	fitToScreen(w)
	w.Show()
}

// ShowClasses opens the classes screen.
func (m *Main) ShowClasses() {
	w := fyne.CurrentApp().NewWindow("Lede — classes")
	v := NewClassesView(m.Store)
	v.Confirm = func(question string, answer func(bool)) {
		dialog.ShowConfirm("Merge two students?", question, answer, w)
	}
	w.SetContent(v.Content)
	w.Resize(fyne.NewSize(700, 600))
	fitToScreen(w)
	w.Show()
}

// ShowConflicts opens, in its own window, the answers two results files
// gave under the same IDs, for the teacher to settle.
func (m *Main) ShowConflicts() {
	v := NewConflictsView(m.Store)
	v.OnError = m.ShowError
	v.OnChanged = m.resultsArrived
	w := fyne.CurrentApp().NewWindow("Lede — conflicting answers")
	w.SetContent(v.Content)
	w.Resize(fyne.NewSize(800, 600))
	fitToScreen(w)
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
	fitToScreen(w)
	w.Show()
}

// ShowDashboard opens the lesson's class dashboard in its own window.
func (m *Main) ShowDashboard() fyne.Window {
	w := fyne.CurrentApp().NewWindow("Lede — class dashboard — " + m.Lesson.Article.Name())
	refresh := func() {
		d, err := m.Store.LessonDashboard(m.stored.ID)
		if err != nil {
			m.ShowError(err)
			return
		}
		v := NewDashboardView(d, m.Lesson.Questions)
		v.OnStudent = func(sc store.StudentScore) { m.showStudentAnswers(w, sc) }
		v.OnQuestion = func(q quiz.Question) { m.showWrongAnswers(w, q) }
		v.OnExport = func(csv []byte) {
			m.saveFile("Save the results table", safeFileName("Lede dashboard — "+m.Lesson.Article.Name())+".csv", csv,
				"The table is saved. Open the file with Excel or LibreOffice.")
		}
		v.OnPrint = func(page []byte) {
			m.saveFile("Save the results page to print", safeFileName("Lede dashboard — "+m.Lesson.Article.Name())+".html", page,
				"The page is saved. Open it in a web browser and print it from there.")
		}
		w.SetContent(v.Content)
	}
	refresh()
	// Results arriving in a watched folder show up at once: the teacher
	// keeps the dashboard open while the class hands in.
	id := m.onResults(refresh)
	w.SetOnClosed(func() { m.offResults(id) })
	w.Resize(fyne.NewSize(900, 700))
	fitToScreen(w)
	w.Show()
	return w
}

// showStudentAnswers shows, in a dialog over w, a student's last answer
// to each question of the lesson, with how many tries and the verdict.
func (m *Main) showStudentAnswers(w fyne.Window, sc store.StudentScore) {
	p, err := m.Store.Progress(sc.StudentID, m.stored.ID)
	if err != nil {
		m.ShowError(err)
		return
	}
	var b strings.Builder
	for i, q := range m.Lesson.Questions {
		fmt.Fprintf(&b, "%d. %s\n", i+1, shorten(q.Prompt, 100))
		last, ok := p.Last[q.ID]
		if !ok {
			b.WriteString("    not answered\n\n")
			continue
		}
		fmt.Fprintf(&b, "    “%s” — %s (%d tries)\n\n", shorten(last.Answer, 120), verdictWords[quiz.Verdict(last.Effective())].plain, p.Attempts[q.ID])
	}
	showLongText(w, sc.Name+"'s answers", b.String())
}

// showWrongAnswers shows, in a dialog over w, who got a question wrong
// or partly right, and with which answer.
func (m *Main) showWrongAnswers(w fyne.Window, q quiz.Question) {
	rows, err := m.Store.LessonAnswers(m.stored.ID)
	if err != nil {
		m.ShowError(err)
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nThe answer: %s\n\n", q.Prompt, q.Answer)
	for _, r := range rows {
		if v := r.Effective(); r.QuestionID == q.ID && v != string(quiz.Correct) {
			fmt.Fprintf(&b, "%s: “%s” — %s\n", r.Student, shorten(r.Answer, 120), verdictWords[quiz.Verdict(v)].plain)
		}
	}
	showLongText(w, "Who got it wrong", b.String())
}

// showLongText shows text in a scrolling dialog over w.
func showLongText(w fyne.Window, title, text string) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(560, 380))
	dialog.ShowCustom(title, "Close", scroll, w)
}

// onResults registers a function to run when new results are imported;
// it returns an id for offResults.
func (m *Main) onResults(f func()) int {
	if m.resultListeners == nil {
		m.resultListeners = map[int]func(){}
	}
	m.nextListener++
	m.resultListeners[m.nextListener] = f
	return m.nextListener
}

func (m *Main) offResults(id int) { delete(m.resultListeners, id) }

// resultsArrived tells the open dashboards that results were imported.
func (m *Main) resultsArrived() {
	for _, f := range m.resultListeners {
		f()
	}
}
