package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/cmd/internal/winshot"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
	"github.com/lede-app/lede/ui"
)

const appID = "org.lede.app"

// windowFlags are the flags of the app itself.
type windowFlags struct {
	data       string
	screenshot string
	question   string
	answer     string
	show       string
	theme      string
	textScale  float64
	font       string
	file       string
	timings    bool
}

func parseWindowFlags(args []string, stderr io.Writer) (windowFlags, error) {
	fs := flag.NewFlagSet("lede", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f windowFlags
	fs.StringVar(&f.data, "data", "", "keep progress in this folder (also LEDE_DATA_DIR)")
	fs.StringVar(&f.screenshot, "screenshot", "", "render the window to this PNG file and exit")
	fs.StringVar(&f.question, "question", "", "with --screenshot: show this question (number or ID)")
	fs.StringVar(&f.answer, "answer", "", "with --screenshot: answer the question shown and check it")
	fs.StringVar(&f.theme, "theme", "", "light, dark or high-contrast (default: each student's choice, else the computer's)")
	fs.Float64Var(&f.textScale, "text-scale", 0, "with --screenshot: text size, 0.8 to 2 (1 is 100 %)")
	fs.StringVar(&f.font, "font", "", "with --screenshot: reading font, e.g. OpenDyslexic")
	fs.BoolVar(&f.timings, "timings", false, "print the time from start to the first frame on stderr")
	fs.StringVar(&f.show, "show", "", "with --screenshot: show the teacher's \"review\" (or \"review-by-question\"), \"dashboard\" or \"facts\" (traps and facts) instead of the lesson, or the quiz's \"end\" screen")
	if err := fs.Parse(interleaved(fs, args)); err != nil {
		return f, err
	}
	if fs.NArg() > 1 {
		return f, errors.New("open one article FILE at a time")
	}
	f.file = fs.Arg(0)
	return f, nil
}

// runWindow opens Lede's window, or renders it to a PNG with --screenshot.
func runWindow(args []string, stderr io.Writer) int {
	f, err := parseWindowFlags(args, stderr)
	if err != nil {
		return usageError(err, stderr)
	}
	if f.screenshot != "" && f.data == "" {
		// A demo student must not leave answers in a real user's progress.
		tmp, err := os.MkdirTemp("", "lede-screenshot-")
		if err != nil {
			fmt.Fprintf(stderr, "lede: %v\n", err)
			return exitError
		}
		defer os.RemoveAll(tmp)
		f.data = tmp
	}
	dir, err := dataDir(f.data)
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	pending := preload(dir, f) // while Fyne opens its window

	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	ui.Version = appVersion(a.Metadata().Version)
	ui.ReadingFonts["OpenDyslexic"] = ui.FontSet{
		Regular:    fyne.NewStaticResource("OpenDyslexic-Regular.otf", assets.DyslexicRegular),
		Bold:       fyne.NewStaticResource("OpenDyslexic-Bold.otf", assets.DyslexicBold),
		Italic:     fyne.NewStaticResource("OpenDyslexic-Italic.otf", assets.DyslexicItalic),
		BoldItalic: fyne.NewStaticResource("OpenDyslexic-BoldItalic.otf", assets.DyslexicBoldItalic),
	}
	setTheme(a, f)
	loadFonts(firstScreenStyles)
	w := a.NewWindow("Lede")
	w.Resize(fyne.NewSize(1200, 800))
	// Fyne creates the window (X, OpenGL) on this thread, which is most
	// of an empty window's start: done now, it overlaps the lesson, the
	// store and the fonts loading on the other threads, instead of
	// following the first screen's making. Nothing is drawn until the
	// first screen is in it (ShowAndRun below): the window stands empty
	// for that moment.
	w.Show()

	code := exitOK
	if _, err := openPreloaded(w, f, <-pending); err != nil {
		if f.screenshot != "" {
			fmt.Fprintf(stderr, "lede: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "lede: %v\n", err)
		ui.ShowProblem(errors.New(ui.Friendly(err)), w)
	}
	if f.timings {
		go func() {
			if err := winshot.WaitFirstFrame(w); err == nil {
				fmt.Fprintf(stderr, "first frame: %d ms\n", time.Since(started).Milliseconds())
			}
		}()
	}
	if f.screenshot != "" {
		// A checked answer scrolls the article to its evidence: give
		// that a moment. The plain lesson needs none.
		settle := time.Duration(0)
		if f.question != "" || f.answer != "" || f.show != "" {
			settle = 500 * time.Millisecond
		}
		go func() {
			if err := winshot.Capture(w, f.screenshot, settle); err != nil {
				fmt.Fprintf(stderr, "lede: screenshot: %v\n", err)
				code = exitError
			}
			fyne.Do(a.Quit)
		}()
	}
	w.ShowAndRun()
	return code
}

// setTheme gives a the theme the window opens with: the computer's
// View settings under what the command line fixes (--theme,
// --text-scale, --font).
func setTheme(a fyne.App, f windowFlags) {
	fixed := ui.ViewSettings{Variant: f.theme, Scale: f.textScale, Font: f.font}
	a.Settings().SetTheme(ui.ComputerView(a.Preferences()).Over(fixed).Theme())
}

// firstScreenStyles are the text styles the first screen shows (the
// name picker: regular, and bold in its heading and buttons).
var firstScreenStyles = []fyne.TextStyle{{}, {Bold: true}}

// loadFonts has Fyne load the fonts of these text styles in the
// background. For each style Fyne parses the theme's font, its 4 MB
// colour-emoji font and a system fallback font (BenchmarkTextStyles);
// loaded while the window opens, the first screen finds them ready.
func loadFonts(styles []fyne.TextStyle) {
	for _, st := range styles {
		go fyne.MeasureText("Lede", theme.TextSize(), st)
	}
}

// openLesson opens the store and the lesson and shows the first screen;
// for a screenshot it signs in a demo student and answers as asked.
//
// A file that cannot be read as a lesson does not leave a blank window
// with no menus: the sample lesson opens instead, with its menus, and
// the returned error says what was wrong with the file.
//
// It returns once the lesson is complete (openPreloaded may show the
// first screen before).
func openLesson(w fyne.Window, dir string, f windowFlags) error {
	done, err := openPreloaded(w, f, <-preload(dir, f))
	<-done
	return err
}

// preloaded is the lesson and the store, read while Fyne starts its
// window: the two overlap, so the first frame comes sooner. The lesson
// is only read (lesson.Read: its facts and questions are made after
// the first frame), except for a screenshot, which shows them at once.
type preloaded struct {
	lesson    *lesson.Lesson
	lessonErr error
	store     *store.Store
	storeErr  error
}

// preload reads the lesson and opens the store in the background.
func preload(dir string, f windowFlags) <-chan preloaded {
	ch := make(chan preloaded, 1)
	go func() {
		var p preloaded
		p.lesson, p.lessonErr = readLesson(f.file)
		if p.lessonErr == nil && f.screenshot != "" {
			p.lesson = p.lesson.Complete(0)
		}
		p.store, p.storeErr = store.Open(dir)
		ch <- p
	}()
	return ch
}

// openPreloaded shows the first screen from what preload read. A lesson
// only read is completed — its facts and questions made — on another
// goroutine once the first frame is drawn, and handed to the window
// (ui.Main.Complete); the returned channel is closed then, or at once
// when there is nothing to complete.
func openPreloaded(w fyne.Window, f windowFlags, p preloaded) (<-chan struct{}, error) {
	done := make(chan struct{})
	completing := false
	err := showPreloaded(w, f, p, func(m *ui.Main, l *lesson.Lesson) {
		completing = true
		go completeLesson(w, m, l, done)
	})
	if !completing {
		close(done)
	}
	return done, err
}

// completeLesson makes l's facts and questions once w's first frame is
// drawn — so that they do not compete with it for the processor — and
// hands them to m on the UI goroutine; then it closes done.
func completeLesson(w fyne.Window, m *ui.Main, l *lesson.Lesson, done chan<- struct{}) {
	defer close(done)
	winshot.WaitFirstFrame(w)
	full := l.Complete(0)
	fyne.DoAndWait(func() { m.Complete(full) })
}

// showPreloaded is openPreloaded's work; it calls complete for a lesson
// shown before it was complete.
func showPreloaded(w fyne.Window, f windowFlags, p preloaded, complete func(*ui.Main, *lesson.Lesson)) error {
	l, err := p.lesson, p.lessonErr
	var problem error
	// A lesson bundle is not a lesson: the window opens on the sample and
	// offers to import the bundle into the library, behind the PIN.
	bundle := f.screenshot == "" && strings.HasSuffix(strings.ToLower(f.file), classroom.BundleExt)
	if bundle {
		if l, err = loadLesson("", 0); err != nil {
			return err
		}
	} else if err != nil {
		if f.file == "" || f.screenshot != "" {
			return err
		}
		problem = fmt.Errorf("open %s: %w", filepath.Base(f.file), err)
		if l, err = loadLesson("", 0); err != nil {
			return err
		}
	}
	st, err := p.store, p.storeErr
	if err != nil {
		return err
	}
	w.SetOnClosed(func() { st.Close() })
	var m *ui.Main
	if l.Completed() {
		m, err = ui.NewMain(w, st, l)
	} else {
		m, err = ui.NewMainReading(w, st, l)
	}
	if err != nil {
		return err
	}
	for _, n := range st.Notices {
		fmt.Fprintf(os.Stderr, "lede: %s\n", n)
		if f.screenshot == "" {
			ui.ShowMessage("Lede's progress file", n, w)
		}
	}
	m.SetFixed(ui.ViewSettings{Variant: f.theme, Scale: f.textScale, Font: f.font})
	if bundle {
		m.ImportBundleFile(f.file)
	}
	if m.Completing() {
		complete(m, l) // not for a screenshot: preload completed its lesson
	}
	if f.screenshot == "" {
		return problem
	}
	if err := m.StartAs("Demo student"); err != nil {
		return err
	}
	if f.question != "" {
		n, err := strconv.Atoi(f.question)
		if q, ok := findQuestion(l.Questions, f.question); ok && err != nil {
			for i, x := range l.Questions {
				if x.ID == q.ID {
					n = i + 1
				}
			}
		}
		// As Next and the map go there, so that the focus — and its
		// ring — is on the question's answer: shown without it, the
		// focus stayed on the first question's answer field, hidden
		// under a choice question, and the screenshot showed no ring
		// where the window shows one (issue 11).
		m.Quiz.Go(n - 1)
	}
	if f.answer != "" {
		if m.Quiz.Choices.Visible() {
			m.Quiz.Choices.SetSelected(pickChoice(m.Quiz.Choices.Options, f.answer))
		} else {
			m.Quiz.Entry.SetText(f.answer)
		}
		m.Quiz.Check()
	}
	switch f.show {
	case "review", "review-by-question":
		if f.show == "review-by-question" {
			if err := seedDemoClass(st, l); err != nil {
				return err
			}
		}
		r, err := ui.NewReview(st, m.LessonID(), l.Questions)
		if err != nil {
			return err
		}
		if f.show == "review-by-question" {
			r.GroupBy.SetSelected("By question")
		}
		w.SetContent(r.Content)
	case "dashboard":
		if err := seedDemoClass(st, l); err != nil {
			return err
		}
		d, err := st.LessonDashboard(m.LessonID())
		if err != nil {
			return err
		}
		w.SetContent(ui.NewDashboardView(d, l.Questions).Content)
	case "end":
		m.Quiz.ShowEnd()
	case "facts":
		w.SetContent(ui.NewFactsView(l, func(int) {}).Content)
	}
	return nil
}

// seedDemoClass gives a screenshot's throwaway store a class of answers:
// each demo student answers each question with its key or a wrong
// answer, in a fixed pattern, so the dashboard has something to show.
func seedDemoClass(st *store.Store, l *lesson.Lesson) error {
	for s, name := range []string{"Amira", "Ben", "Chloe", "Dev", "Ella", "Finn"} {
		var attempts []store.Attempt
		for i, q := range l.Questions {
			answer := q.Answer
			if (s*7+i*3)%5 < i%4 {
				answer = demoWrongAnswer(q)
			}
			attempts = append(attempts, store.Attempt{UUID: store.NewAttemptID(), QuestionID: q.ID,
				Answer: answer, Verdict: string(quiz.Check(q, answer).Verdict), At: time.Now()})
		}
		if _, err := st.ImportAttempts(l.Key, name, attempts); err != nil {
			return err
		}
	}
	return nil
}

// demoWrongAnswer is a plausible wrong answer to q.
func demoWrongAnswer(q quiz.Question) string {
	switch {
	case len(q.Distractors) > 0:
		return q.Distractors[0]
	case q.Kind == quiz.YesNo && q.Answer == "No":
		return "yes"
	case q.Kind == quiz.YesNo:
		return "no"
	case q.Kind == quiz.HowMany:
		return "1,000"
	}
	return "not sure"
}

// pickChoice returns the option that answer names: its number (1 for the
// first), its text, or the first option that contains answer.
func pickChoice(options []string, answer string) string {
	if n, err := strconv.Atoi(answer); err == nil && n >= 1 && n <= len(options) {
		return options[n-1]
	}
	for _, o := range options {
		if strings.Contains(strings.ToLower(o), strings.ToLower(answer)) {
			return o
		}
	}
	return answer
}
