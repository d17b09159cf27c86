// Package ui holds Lede's Fyne screens and widgets: the student picker,
// the lesson screen (article on the left, quiz on the right) and the
// theme. It holds no SQL and no language rules: those live in data/….
package ui

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// Main is Lede's window content: the student picker first, then the
// lesson screen.
type Main struct {
	// pickerView, if set, is the look the name picker keeps after Switch
	// student: the last student's, until a name is chosen.
	pickerView *ViewSettings
	Window     fyne.Window
	Store      *store.Store
	Lesson     *lesson.Lesson
	Picker     *StudentPicker
	Article    *ArticleView
	Quiz       *QuizPanel
	Student    store.Student
	// Teacher guards teacher mode; it carries over when another lesson
	// is opened.
	Teacher *TeacherLock
	// OnLessonChanged is called with the new Main when the user opens
	// another lesson.
	OnLessonChanged func(*Main)

	// Fixed holds what the command line fixed (--theme, and for
	// screenshots --text-scale and --font): its non-zero fields override
	// the students' own settings. The theme holds until someone chooses
	// one in View › Theme.
	Fixed ViewSettings
	// Speaker reads aloud; nil until first used (then the computer's).
	Speaker Speaker

	// lessonDir is the folder the lesson's file was opened from, if any:
	// Hand in offers it. nextLessonDir carries it to the lesson being
	// opened.
	lessonDir, nextLessonDir string
	// split holds the article and the quiz, in panes (lessonSplit).
	split *container.Split
	panes *lessonSplit
	// stored is the lesson as this computer stores it, from NewMain on.
	stored store.Lesson
	// settings are the lesson's: tries, when the answer shows, the score.
	settings classroom.Settings
	watch    *FolderWatch
	// busy is set while a write waits for another copy of Lede.
	busy bool
	// openSeq counts lessons asked to open; a lesson made in the
	// background is shown only if no other was asked for (or Cancel
	// pressed) since. opening counts those still being made, for tests.
	openSeq int
	opening sync.WaitGroup
	// resultListeners are refreshed when results are imported (open
	// dashboards); nextListener numbers them.
	resultListeners map[int]func()
	nextListener    int
	// viewItems are the View menu's choices, checked when in force.
	viewItems viewChoiceItems
	// menus are the File and Teacher menus, whose teacher's items show
	// only in teacher mode.
	menus mainMenus

	// completing is true from NewMainReading until Complete hands over
	// the lesson's facts and questions; what needs them waits in
	// afterComplete. published is the lesson as stored when read, for
	// Complete.
	completing    bool
	afterComplete []func()
	published     store.PublishedLesson
	// retired is set once another lesson took this Main's place in the
	// window: its late Complete then changes nothing.
	retired bool
}

// NewMain shows the student picker for the lesson in w.
func NewMain(w fyne.Window, st *store.Store, l *lesson.Lesson) (*Main, error) {
	return newMain(w, st, l, false)
}

// NewMainReading shows the student picker for a lesson whose facts and
// questions are still being made: l is lesson.Read's (the article, its
// key and settings), and the caller hands the completed lesson to
// Complete, on the UI goroutine, when it is made. The picker needs only
// the article's name, so the first frame does not wait for the quiz
// (issue 16, start-up). Until then a student who chooses their name is
// told the quiz is being made and starts when it is, and the menus'
// actions wait too: nothing sees a half-made lesson.
func NewMainReading(w fyne.Window, st *store.Store, l *lesson.Lesson) (*Main, error) {
	return newMain(w, st, l, true)
}

func newMain(w fyne.Window, st *store.Store, l *lesson.Lesson, reading bool) (*Main, error) {
	m := &Main{Window: w, Store: st, Lesson: l, Teacher: &TeacherLock{Keeper: st}, completing: reading}
	m.Teacher.MayChoose = m.noStudentSignedIn
	pub, err := m.storeArticle()
	if err != nil {
		return nil, err
	}
	if reading {
		m.published = pub
	} else if err := m.storeQuestions(pub); err != nil {
		return nil, err
	}
	if err := m.newPicker(); err != nil {
		return nil, err
	}
	w.SetContent(m.Picker.Content)
	fitToScreen(w) // the window cmd/lede asked for may be larger than the screen
	m.Teacher.OnChange = func(bool) { m.teacherChanged() }
	st.OnBusy = func() { fyne.Do(func() { m.setBusy(true) }) }
	m.setTitle()
	m.setMenus()
	m.addViewShortcuts()
	if dir, err := st.WatchFolder(); err == nil && dir != "" {
		// The teacher chose it earlier on this computer; imports check
		// answers against the questions, so it waits for them.
		m.whenComplete(func() { m.WatchFolder(dir) })
	}
	w.Canvas().Focus(m.Picker.Name)
	return m, nil
}

// Complete gives a Main from NewMainReading its completed lesson
// (lesson.Lesson.Complete of the one it was given): it stores the
// questions, then runs what waited for them — a student who chose their
// name in the meantime starts the quiz. It runs on the UI goroutine, and
// does nothing on a Main that is complete already or was replaced by
// another lesson.
func (m *Main) Complete(l *lesson.Lesson) {
	if !m.completing || m.retired {
		return
	}
	m.completing = false
	m.Lesson = l
	waiting := m.afterComplete
	m.afterComplete = nil
	if err := m.storeQuestions(m.published); err != nil {
		m.Picker.StopWaiting()
		m.ShowError(err)
		return
	}
	for _, f := range waiting {
		f()
	}
	// The picker is where a class's laptops wait, often for minutes:
	// making the quiz left the rules and its garbage in memory until a
	// student signed in (idle at the picker 177 MiB, 159 MiB with this;
	// issue 16).
	releaseMemorySoon()
}

// Completing reports whether the lesson's facts and questions are still
// being made (NewMainReading, before Complete).
func (m *Main) Completing() bool { return m.completing }

// whenComplete runs f now, or once Complete has the lesson.
func (m *Main) whenComplete(f func()) {
	if m.completing {
		m.afterComplete = append(m.afterComplete, f)
		return
	}
	f()
}

// newPicker makes the name picker from the students and classes on
// this computer.
func (m *Main) newPicker() error {
	students, err := m.Store.Students()
	if err != nil {
		return fmt.Errorf("list students: %w", err)
	}
	m.Picker = NewStudentPicker(m.Lesson.Article.Name(), students)
	m.Picker.SetPreferences(fyne.CurrentApp().Preferences())
	m.Picker.Confirm = func(question string, answer func(bool)) {
		askYesNo("Is this you?", question, "Yes, that's me", "No, I'm new", answer, m.Window)
	}
	if classes, err := m.classMembers(); err == nil {
		m.Picker.SetClasses(classes)
	}
	m.Picker.OnChosen = func(name string) {
		if err := m.StartAs(name); err != nil {
			m.ShowError(err)
		}
	}
	// The set-up is offered on a new computer only: where students have
	// signed in already, a button saying "I'm the teacher" on their first
	// screen invited them to choose the PIN (issue 11, a new student's
	// walk). A teacher there chooses Teacher › Open teacher mode… on
	// this screen.
	if has, err := m.Store.HasTeacherPIN(); err == nil && !has && len(students) == 0 {
		m.Picker.ShowSetUp(func() { m.Teacher.Do(m.Window, m.setUpDone) })
	}
	return nil
}

// noStudentSignedIn reports whether the name picker is up: only then
// may a teacher PIN be chosen (TeacherLock.MayChoose).
func (m *Main) noStudentSignedIn() bool { return m.Student.ID == 0 }

// setUpDone follows a teacher's first set-up: the PIN is chosen and its
// recovery code written down; it says where the teacher's tools are.
func (m *Main) setUpDone() {
	m.Picker.SetUp.Hide()
	m.info("This computer is set up", "Teacher mode is open: the title says so. In the Teacher menu you can "+
		"import your class (Lessons and classes › Import class roster…), choose a shared folder for results "+
		"(Students' results › Watch a shared folder…), and edit or preview the quiz (This lesson). Lock teacher mode when you leave the computer; it also locks itself after "+
		"10 minutes. Then students see none of the teacher's items: Teacher › Open teacher mode… and your PIN "+
		"show them again. Students type or pick their name on this screen.")
}

// classMembers returns each class's students, for the picker.
func (m *Main) classMembers() (map[string][]store.Student, error) {
	classes, err := m.Store.Classes()
	if err != nil {
		return nil, err
	}
	out := map[string][]store.Student{}
	for _, c := range classes {
		members, err := m.Store.ClassStudents(c.ID)
		if err != nil {
			return nil, err
		}
		out[c.Name] = members
	}
	return out, nil
}

// StartAs opens the lesson for the named student, resuming their progress.
//
// Before the lesson is complete (NewMainReading) it says the quiz is
// being made and starts the student when Complete has it.
func (m *Main) StartAs(name string) error {
	if m.completing {
		m.Picker.Wait()
		m.whenComplete(func() {
			if err := m.StartAs(name); err != nil {
				m.Picker.StopWaiting()
				m.ShowError(err)
			}
		})
		return nil
	}
	collectOftenFor(memorySettles + time.Second) // past the release below
	student, err := m.Store.AddStudent(name)
	if err != nil {
		return err
	}
	// NewMain stored the lesson (and StartAs runs again after the quiz is
	// published, with the questions already in m.Lesson): no need to again.
	stored := m.stored
	progress, err := m.Store.Progress(student.ID, stored.ID)
	if err != nil {
		return err
	}
	m.Student = student
	m.applyView() // this student's text size, theme and font
	m.Article = NewArticleView(m.Lesson.Article)
	m.Quiz = NewQuizPanel(m.Lesson.Questions, m.Store, student.ID, stored.ID, progress)
	m.Quiz.SetSettings(m.settings)
	// Handed in before: answers set to show after hand-in show again,
	// and the panel says when.
	m.noteHandIn()
	m.Quiz.OnEvidence = func(sentence int) {
		m.Article.Highlight(sentence)
		if err := m.autoSaveResults(); err != nil {
			m.ShowError(fmt.Errorf("save your answers to the class folder: %w", err))
		} else if m.hasClassFolder() {
			m.answersSent() // the class folder has this answer now
		}
	}
	m.Quiz.OnError = m.ShowError
	m.Quiz.OnLeave = func() { m.Article.Highlight(-1) }
	m.Quiz.OnHighlight = m.Article.Highlight
	m.Quiz.EvidenceText = func(q quiz.Question) string {
		a := m.Lesson.Article
		if q.Sentence >= 0 && q.Sentence < len(a.Sentences) {
			return a.Sentences[q.Sentence].Text
		}
		if sp := q.Evidence; sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(a.Source) {
			return a.Source[sp.Start:sp.End] // a line outside the body: the page's footer
		}
		return ""
	}
	m.Quiz.OnHandIn = m.HandIn
	m.Quiz.OnSwitchStudent = m.AskToSwitchStudent
	m.Quiz.SetCanvas(m.Window.Canvas())
	// Enter in the article goes back to the answer: Tab took eleven
	// presses, through the question map (issue 11, a new student's walk).
	m.Article.Keys.OnEnter = func() { m.Quiz.FocusAnswer(m.Window.Canvas()) }
	split := newLessonSplit(m.Article.Keys, m.Quiz.Content)
	m.split, m.panes = split.Split, split
	v := m.view()
	split.SetOffsets(v.Split, v.SplitStacked) // where this student left the divider
	split.OnDragged = m.splitMoved            // the mouse's place, remembered as the keyboard's
	split.OnResized = m.resized               // the focus in sight at the window's new size
	m.Window.SetContent(split)
	// Lay the lesson out now, not at its first frame: FocusAnswer
	// scrolls the question into view by where its parts are, and in the
	// real window they had no place yet (the question opened scrolled
	// to the map, its answer field below the panel's edge).
	split.Refresh()
	m.setTitle()
	m.Quiz.FocusAnswer(m.Window.Canvas())
	releaseMemorySoon()
	return nil
}

// releaseMemorySoon returns to the system, once the window has settled,
// the memory that laying out a lesson used and freed. Go keeps freed
// memory for reuse and gives it back only gradually; a reading app then
// holds a third more than it needs for minutes, on laptops that run a
// browser beside it. The rules that built the lesson go too
// (lesson.ReleaseRules): the next lesson loads them again. A variable so
// that tests can see when it is asked for.
var releaseMemorySoon = func() {
	time.AfterFunc(memorySettles, func() {
		lesson.ReleaseRules()
		debug.FreeOSMemory()
	})
}

// memorySettles is how long a screen just built takes to be laid out and
// drawn, with the garbage that makes.
const memorySettles = 2 * time.Second

// collectTightly is the garbage collector's target while a screen is
// built (GOGC 25: a collection after a quarter more heap, not after as
// much again).
const collectTightly = 25

// tightGC counts the screens being built, and keeps the collector's
// target from before the first of them.
var tightGC struct {
	sync.Mutex
	holds, was int
}

// collectOftenFor has Go collect garbage four times as often for d.
// Signing a student in parses the fonts of every text style again and
// builds the article and the quiz: at Go's usual target the heap grew to
// twice what stays, the fonts and widgets that stay were spread over
// spans that the garbage shared, and those spans stay resident once the
// garbage is gone. Collected tightly until a second after the memory is
// released, the idle window's anonymous memory with a lesson open was
// 73.6–75.4 MiB against 78.2–79.3 (issue 16), for a few more
// collections while the screen is made.
func collectOftenFor(d time.Duration) {
	tightGC.Lock()
	if tightGC.holds == 0 {
		tightGC.was = debug.SetGCPercent(collectTightly)
	}
	tightGC.holds++
	tightGC.Unlock()
	time.AfterFunc(d, func() {
		tightGC.Lock()
		defer tightGC.Unlock()
		if tightGC.holds--; tightGC.holds == 0 {
			debug.SetGCPercent(tightGC.was)
		}
	})
}

// ShowPreview opens the quiz as a student sees it, in its own window,
// for the teacher to try: no student is created and nothing is saved,
// so a preview never shows up on the dashboard or in the grades.
func (m *Main) ShowPreview() fyne.Window {
	w := fyne.CurrentApp().NewWindow("Lede — preview (nothing is saved) — " + m.Lesson.Article.Name())
	article := NewArticleView(m.Lesson.Article)
	quiz := NewQuizPanel(m.Lesson.Questions, nil, 0, 0, store.Progress{Drafts: map[string]string{}})
	quiz.SetSettings(m.settings)
	quiz.SetCanvas(w.Canvas())
	quiz.OnEvidence = article.Highlight
	quiz.OnLeave = func() { article.Highlight(-1) }
	quiz.OnHandIn = func() {
		ShowMessage("Preview", "In a preview nothing is handed in or saved.", w)
	}
	quiz.OnSwitchStudent = w.Close
	note := widget.NewLabel("Preview: this is what students see. Nothing you answer here is saved.")
	note.Wrapping = fyne.TextWrapWord
	split := newLessonSplit(article.Keys, quiz.Content)
	w.SetContent(container.NewBorder(note, nil, nil, nil, split))
	w.Resize(fyne.NewSize(1200, 800))
	fitToScreen(w)
	w.Show()
	quiz.FocusAnswer(w.Canvas())
	return w
}

// reloadQuestions reads the lesson's questions and settings again from
// the store after the teacher changed a key (Accept for everyone) or took
// a bundle's version of the lesson, so this computer's students are
// judged by them at once.
func (m *Main) reloadQuestions() {
	pub, err := m.Store.LessonByKey(m.Lesson.Key)
	if err != nil {
		m.ShowError(err)
		return
	}
	qs, err := pub.Questions(len(m.Lesson.Article.Sentences))
	if err != nil {
		m.ShowError(err)
		return
	}
	if err := m.Lesson.WithQuestions(qs); err != nil {
		m.ShowError(err)
		return
	}
	m.settings = pub.Settings()
	if m.Student.ID != 0 {
		if err := m.StartAs(m.Student.Name); err != nil {
			m.ShowError(err)
		}
	}
}

// HandIn gives the student's answers to the teacher, after asking
// whether to hand in with questions left unanswered (a student could
// hand in half a quiz without a word: issue 11).
func (m *Main) HandIn() {
	left, open := m.Quiz.unanswered(), m.Quiz.withTryLeft()
	if left+open == 0 {
		m.handInNow()
		return
	}
	askYesNoCarefully("Hand in?", handInWarning(left, open), "Hand in anyway", "Go back", func(yes bool) {
		if yes {
			m.handInNow()
		}
	}, m.Window)
}

// handInWarning asks, in plain words, whether to hand in with left
// questions unanswered and open ones checked wrong with a try left: a
// try left is still the student's to use (stillOpen).
func handInWarning(left, open int) string {
	if open == 0 {
		return unansweredQuestion(left)
	}
	tries := "1 question has a try left"
	if open > 1 {
		tries = fmt.Sprintf("%d questions have a try left", open)
	}
	switch {
	case left == 1:
		return "1 question has no answer yet, and " + strings.Replace(tries, " question has", " has", 1) + ". Hand in anyway?"
	case left > 1:
		return fmt.Sprintf("%d questions have no answer yet, and ", left) + strings.Replace(tries, " questions have", " have", 1) + ". Hand in anyway?"
	}
	return tries + ". Hand in anyway?"
}

// unansweredQuestion asks, in plain words, whether to hand in with n
// questions unanswered.
func unansweredQuestion(n int) string {
	if n == 1 {
		return "1 question has no answer yet. Hand in anyway?"
	}
	return fmt.Sprintf("%d questions have no answer yet. Hand in anyway?", n)
}

// handInNow hands the answers in: straight into the class folder when
// the teacher set one up on this computer, else through a Save dialog.
func (m *Main) handInNow() {
	dir, err := m.Store.AutoResultsFolder()
	if err != nil || dir == "" {
		m.exportMyResults()
		return
	}
	if err := m.autoSaveResults(); err != nil {
		m.ShowError(fmt.Errorf("hand in your answers: %w", err))
		return
	}
	m.handedIn()
	m.info("Handed in", "Your answers are in your teacher's class folder. You can still change them: hand in again when you are done.")
}

// handedIn tells the quiz it was handed in and remembers how far.
func (m *Main) handedIn() {
	m.Quiz.HandedIn()
	m.answersSent()
}

// answersSent remembers, with the answers, that every answer checked so
// far reached the teacher (handed in, or saved to the class folder after
// a check).
func (m *Main) answersSent() {
	h, err := m.Store.RecordHandIn(m.Student.ID, m.stored.ID, m.Quiz.checkedCount())
	if err != nil {
		m.ShowError(fmt.Errorf("remember that your answers were handed in: %w", err))
		return
	}
	if m.Quiz.handedIn {
		m.tellHandIn(h)
	}
}

// noteHandIn tells the quiz when its answers last reached the teacher,
// if they have.
func (m *Main) noteHandIn() {
	if h, ok, err := m.Store.LastHandIn(m.Student.ID, m.stored.ID); err == nil && ok {
		m.tellHandIn(h)
	}
}

// tellHandIn tells the quiz of hand-in h.
func (m *Main) tellHandIn(h store.HandIn) {
	at, _ := time.Parse(time.RFC3339Nano, h.At) // zero if not: "Handed in."
	m.Quiz.SetHandIn(at, h.Tries)
}

// unsentAnswers reports whether answers were checked since they last
// reached the teacher. Kept in the store, not the quiz panel, which is
// made anew when a student signs in again: after handing in, switching
// and coming back, Switch student warned "not handed in" (issue 11). If
// the store cannot say, it asks: the safer mistake.
func (m *Main) unsentAnswers() bool {
	h, _, err := m.Store.LastHandIn(m.Student.ID, m.stored.ID)
	return err != nil || m.Quiz.checkedCount() > h.Tries
}

// AskToSwitchStudent switches at once when there is nothing to lose
// sight of, and asks first when the student checked answers that have
// not reached the teacher: a new student's walk found Switch student
// acted at once, before hand-in. The answers stay saved either way. The
// question opens on Stay, as Hand in's opens on Go back: a second walk
// found Tab, Space, Space left a student's session before hand-in, and
// a student may take that for handing in.
func (m *Main) AskToSwitchStudent() {
	if m.Quiz == nil || !m.unsentAnswers() {
		m.SwitchStudent()
		return
	}
	askYesNoCarefully("Switch student?",
		"Your answers are saved on this computer, but you have not handed them in yet.\nSwitch to another student anyway?",
		"Switch student", "Stay", func(yes bool) {
			if yes {
				m.SwitchStudent()
			}
		}, m.Window)
}

// SwitchStudent goes back to the name picker without quitting, for the
// next student on a shared laptop.
func (m *Main) SwitchStudent() {
	if err := m.newPicker(); err != nil {
		m.ShowError(err)
		return
	}
	// The picker keeps the look on screen: back to the computer's, a
	// class at 200 % or in high contrast lost it at every switch (issue
	// 11, a new student's walk). The next student's own comes with
	// their name.
	v := m.view()
	m.Student = store.Student{}
	m.pickerView = &v
	m.stopReading()
	m.applyView()
	m.Window.SetContent(m.Picker.Content)
	m.setTitle()
	m.Window.Canvas().Focus(m.Picker.Name)
}

// setTitle names the lesson and the student, and says so in capitals
// while teacher mode is open: a badge a teacher sees from across the room
// before handing the laptop back.
func (m *Main) setTitle() {
	title := "Lede — " + m.Lesson.Article.Name()
	if m.Student.Name != "" {
		title += " — " + m.Student.Name
	}
	if m.Teacher.Unlocked {
		title += " — TEACHER MODE OPEN (Teacher › Lock teacher mode)"
	}
	if m.busy {
		title += " — another copy of Lede is busy; trying again…"
	}
	m.Window.SetTitle(title)
}

// setBusy says in the title, or stops saying, that a write is waiting
// for another copy of Lede (the store tells it from any goroutine).
func (m *Main) setBusy(busy bool) {
	if m.busy != busy {
		m.busy = busy
		m.setTitle()
	}
}

// LessonID is the stored lesson's ID.
func (m *Main) LessonID() int64 { return m.stored.ID }

// ShowReview opens, in its own window, every answer given to the lesson,
// where the teacher can replace Lede's verdicts with their own. The menu
// runs it in teacher mode only.
func (m *Main) ShowReview() {
	stored := m.stored // NewMain stored the lesson
	r, err := NewReview(m.Store, stored.ID, m.Lesson.Questions)
	if err != nil {
		m.ShowError(err)
		return
	}
	r.Allowed, r.Counts = m.settings.Attempts, m.settings.Counts
	if err := r.Reload(); err != nil {
		m.ShowError(err)
		return
	}
	r.OnKeyChanged = m.reloadQuestions
	w := fyne.CurrentApp().NewWindow("Lede — review answers — " + m.Lesson.Article.Name())
	r.OnError = func(err error) { ShowProblem(errors.New(Friendly(err)), w) }
	w.SetContent(r.Content)
	w.Resize(fyne.NewSize(900, 700))
	fitToScreen(w)
	w.Show()
}

// ShowError tells the user what went wrong in plain words.
func (m *Main) ShowError(err error) {
	ShowProblem(errors.New(Friendly(err)), m.Window)
}
