package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/store"
)

// focusedButton returns the text of the button with the focus, or "".
func focusedButton(c fyne.Canvas) string {
	switch b := c.Focused().(type) {
	case *RingButton:
		return b.Text
	case *widget.Button:
		return b.Text
	}
	return ""
}

// topShows reports whether a dialog or message is open on c.
func topShows(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	return top != nil && top.Visible()
}

// TestHandInByKeyboard: Hand in (without a class folder) opens in the
// student's Documents, Escape closes it, Enter on Cancel closes it, and
// Enter saves the results file there. Fyne's file dialog, used before,
// ignored Escape and Enter on Cancel and opened in the home folder
// (issue 11, a new student's walk).
func TestHandInByKeyboard(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	i := questionIndex(t, m.Lesson, "Does Alibaba commit")
	m.Quiz.Go(i)
	typeText(t, c, "no")
	press(t, c, fyne.KeyReturn)
	saved := func() []string {
		files, _ := filepath.Glob(filepath.Join(docs, "*.lederesults"))
		return files
	}

	// One question answered: Hand in asks first (TestHandInAsksAboutUnanswered);
	// handInNow is what follows a yes.
	m.handInNow()
	if !topShows(c) {
		t.Fatal("Hand in opened nothing")
	}
	escape(c)
	if topShows(c) {
		t.Fatalf("Escape left the hand-in dialog open (focus on %T)", c.Focused())
	}

	m.handInNow()
	for range 20 {
		if focusedButton(c) == "Cancel" {
			break
		}
		c.FocusNext()
	}
	if focusedButton(c) != "Cancel" {
		t.Fatal("Tab never reaches Cancel")
	}
	press(t, c, fyne.KeyReturn)
	if topShows(c) || len(saved()) != 0 {
		t.Fatalf("Enter on Cancel: dialog open %v, files %v", topShows(c), saved())
	}

	m.handInNow()
	press(t, c, fyne.KeyReturn)
	if got := saved(); len(got) != 1 {
		t.Fatalf("Enter in the hand-in dialog saved %v in Documents; want one results file", got)
	}
	if !m.Quiz.handedIn {
		t.Error("the quiz does not know it was handed in")
	}
	// The next hand-in opens where this one went.
	if got := m.handInFolder(); got != docs {
		t.Errorf("the next hand-in opens in %q, want %q", got, docs)
	}
}

// TestEscapeClosesExportAndPrint: in Export quiz… and Print worksheet…
// Escape closes the dialog from whichever control has the focus, and
// Enter on Cancel closes it. A focused option (Fyne's radio group) or
// button kept Escape, and Enter on Cancel did nothing (issue 11, a new
// student's walk).
func TestEscapeClosesExportAndPrint(t *testing.T) {
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	c := w.Canvas()
	for name, open := range map[string]func(){
		"Export quiz":     func() { m.exportQuiz() },
		"Print worksheet": func() { m.printWorksheet() },
	} {
		controls := func() []fyne.Focusable { // of the dialog open now
			var list []fyne.Focusable
			walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
				if f, ok := o.(fyne.Focusable); ok {
					if d, ok := o.(fyne.Disableable); !ok || !d.Disabled() {
						list = append(list, f)
					}
				}
			})
			return list
		}
		open()
		n := len(controls())
		c.Overlays().Top().Hide()
		if n < 3 {
			t.Fatalf("%s: %d controls take the focus", name, n)
		}
		for i := range n {
			open()
			f := controls()[i]
			c.Focus(f)
			if c.Focused() != f {
				t.Fatalf("%s: control %d (%T) takes no focus", name, i+1, f)
			}
			escape(c)
			if topShows(c) {
				t.Errorf("%s: Escape on control %d (%T) left the dialog open", name, i+1, f)
				c.Overlays().Top().Hide()
			}
		}
		open()
		for range 20 {
			if focusedButton(c) == "Cancel" {
				break
			}
			c.FocusNext()
		}
		press(t, c, fyne.KeyReturn)
		if topShows(c) {
			t.Errorf("%s: Enter on Cancel left the dialog open", name)
			c.Overlays().Top().Hide()
		}
	}
}

// TestLongTextFitsTheWindow: Help › Keyboard shortcuts at 200 % text on
// a 1024×700 screen fits the window, its text scrolls by the keys to
// its end, clear of its Close button, and Escape closes it. The text ran
// past the dialog's edge, under Close, and could not be read to the end
// (issue 11).
func TestLongTextFitsTheWindow(t *testing.T) {
	onScreen(t, 1024, 700, "1")
	m := laptopMain(t)
	m.Fixed.Scale = 2
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	c := m.Window.Canvas()
	keys := m.showShortcuts()
	var closeButton *RingButton
	walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*RingButton); ok && b.Text == "Close" {
			closeButton = b
		}
	})
	if closeButton == nil || !fullyIn(c, closeButton) {
		t.Fatal("Close is not whole inside the window")
	}
	if !fullyIn(c, keys) {
		t.Error("the text's pane runs past the window")
	}
	d := fyne.CurrentApp().Driver()
	if d.AbsolutePositionForObject(keys).Y+keys.Size().Height > d.AbsolutePositionForObject(closeButton).Y+0.5 {
		t.Error("the text runs under Close")
	}
	if c.Focused() != keys {
		t.Fatalf("the focus is on %T, not the text", c.Focused())
	}
	press(t, c, fyne.KeyEnd)
	if keys.Scroll.Offset.Y+keys.Scroll.Size().Height < keys.Scroll.Content.MinSize().Height-0.5 {
		t.Error("End does not scroll to the text's end")
	}
	top := c.Overlays().Top()
	escape(c)
	if top.Visible() {
		t.Error("Escape left the shortcuts open")
	}
}

// TestHandInAsksAboutUnanswered: with questions unanswered, Hand in
// asks first in plain words, "Go back" focused: Enter or Escape goes
// back with nothing handed in, Tab then Enter hands in. A student could
// hand in half a quiz without a word (issue 11), or, with "Hand in
// anyway" focused, by pressing Enter twice in a hurry (a keyboard-only
// walk at FYNE_SCALE=2).
func TestHandInAsksAboutUnanswered(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	folder := t.TempDir()
	if err := st.SetAutoResultsFolder(folder); err != nil {
		t.Fatal(err)
	}
	m, w := sampleMain(t, st)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	m.Quiz.Go(questionIndex(t, m.Lesson, "Does Alibaba commit"))
	typeText(t, c, "no")
	press(t, c, fyne.KeyReturn)
	want := unansweredQuestion(len(m.Lesson.Questions) - 1)
	asked := func() {
		t.Helper()
		m.HandIn()
		if focusedButton(c) != "Go back" {
			t.Fatalf("Hand in opened with %q focused; want Go back", focusedButton(c))
		}
		found := false
		walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Text == want {
				found = true
			}
		})
		if !found {
			t.Fatalf("the question does not say %q", want)
		}
	}
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		asked()
		press(t, c, key)
		if topShows(c) || m.Quiz.handedIn {
			t.Fatalf("%s: dialog open %v, handed in %v; want back, nothing handed in", key, topShows(c), m.Quiz.handedIn)
		}
	}
	asked()
	c.FocusNext() // Tab, as the window handles it
	if focusedButton(c) != "Hand in anyway" {
		t.Fatalf("Tab from Go back reached %q; want Hand in anyway", focusedButton(c))
	}
	press(t, c, fyne.KeyReturn)
	if !m.Quiz.handedIn {
		t.Error("Enter on Hand in anyway did not hand in")
	}
	// Help › Keyboard shortcuts says so: it said Enter hands in anyway.
	if says := "Enter or Escape goes back; Tab, then Enter hands in anyway"; !strings.Contains(keyboardHelp, says) {
		t.Errorf("Help › Keyboard shortcuts does not say %q", says)
	}
}

// TestUnansweredQuestionInPlainWords: one question, or several.
func TestUnansweredQuestionInPlainWords(t *testing.T) {
	for n, want := range map[int]string{
		1: "1 question has no answer yet. Hand in anyway?",
		3: "3 questions have no answer yet. Hand in anyway?",
	} {
		if got := unansweredQuestion(n); got != want {
			t.Errorf("%d: %q; want %q", n, got, want)
		}
	}
}

// TestNoFalseNotHandedInWarning: after handing in, Switch student does
// not warn "not handed in", not even when the student signs in again
// later (the quiz panel is made anew then); a new answer since makes it
// warn again. With a class folder every checked answer is in it already:
// no warning either. It warned after a hand-in (issue 11).
func TestNoFalseNotHandedInWarning(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	test.NewTempApp(t)
	st := tempStore(t)
	m, w := sampleMain(t, st)
	c := w.Canvas()
	answer := func(prefix, text string) {
		t.Helper()
		m.Quiz.Go(questionIndex(t, m.Lesson, prefix))
		typeText(t, c, text)
		press(t, c, fyne.KeyReturn)
	}
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	answer("Does Alibaba commit", "no")
	m.handInNow()
	press(t, c, fyne.KeyReturn) // Save in the hand-in dialog
	press(t, c, fyne.KeyReturn) // OK on "Saved"
	if !m.Quiz.handedIn {
		t.Fatal("not handed in")
	}
	m.AskToSwitchStudent()
	if m.Student.ID != 0 {
		t.Fatal("Switch student warned right after a hand-in")
	}
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.AskToSwitchStudent()
	if m.Student.ID != 0 {
		t.Fatal("signed in again, Switch student warned about answers handed in before")
	}
	// The hand-in is kept with the answers, not the app's preferences: a
	// fresh app on the same store knows it, and shows the answers set to
	// show after hand-in again.
	test.NewTempApp(t)
	fresh, _ := sampleMain(t, st)
	if err := fresh.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	if !fresh.Quiz.handedIn {
		t.Error("signed in on a fresh app, the quiz forgot the hand-in")
	}
	fresh.AskToSwitchStudent()
	if fresh.Student.ID != 0 {
		t.Error("on a fresh app, Switch student warned about answers handed in before")
	}
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	answer("How many", "36,446")
	m.AskToSwitchStudent()
	if m.Student.ID == 0 || !topShows(c) {
		t.Fatal("a new answer since the hand-in: Switch student should ask")
	}
	press(t, c, fyne.KeyEscape)

	if err := st.SetAutoResultsFolder(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if err := m.StartAs("Kim Student"); err != nil {
		t.Fatal(err)
	}
	answer("Does Alibaba commit", "no")
	m.AskToSwitchStudent()
	if m.Student.ID != 0 {
		t.Error("with a class folder, every answer is in it: Switch student should not warn")
	}
}

// TestHandInShowsWhen: after Hand in the end screen and the progress
// line say when, in plain words, and that answers can still change;
// after signing in again too; an answer checked since asks for another
// hand-in. The end screen still said "You can still answer the others
// before you hand in", and signed in again "Press Finish to hand in"
// (issue 11, a new student's walk).
func TestHandInShowsWhen(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	test.NewTempApp(t)
	st := tempStore(t)
	m, w := sampleMain(t, st)
	c := w.Canvas()
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.Quiz.Go(questionIndex(t, m.Lesson, "Does Alibaba commit"))
	typeText(t, c, "no")
	press(t, c, fyne.KeyReturn)
	m.Quiz.ShowEnd()
	m.handInNow()
	press(t, c, fyne.KeyReturn) // Save in the hand-in dialog
	press(t, c, fyne.KeyReturn) // OK on "Saved"
	h, ok, err := st.LastHandIn(m.Student.ID, m.stored.ID)
	if err != nil || !ok {
		t.Fatalf("no hand-in recorded: %v", err)
	}
	at, err := time.Parse(time.RFC3339Nano, h.At)
	if err != nil {
		t.Fatal(err)
	}
	want := "Handed in at " + at.Local().Format("15:04") + ". You can still change answers and hand in again."
	for name, text := range map[string]string{"end screen": m.Quiz.End.Summary.Text, "progress line": m.Quiz.Answered.Text} {
		if !strings.Contains(text, want) || strings.Contains(text, "before you hand in") {
			t.Errorf("after Hand in the %s says %q; want %q in it", name, text, want)
		}
	}
	if e := m.Quiz.End; e.Summary.Position().Y+e.Summary.MinSize().Height > e.HandIn.Position().Y+0.5 {
		t.Errorf("the summary (%v high, %v needed) runs under Hand in again", e.Summary.Size().Height, e.Summary.MinSize().Height)
	}
	if m.Quiz.End.HandIn.Text != "Hand in again" {
		t.Errorf("the end screen's button says %q after Hand in", m.Quiz.End.HandIn.Text)
	}
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	if got := m.Quiz.Answered.Text; !strings.Contains(got, want) || strings.Contains(got, "Press Finish to hand in") {
		t.Errorf("signed in again, the progress line says %q; want %q in it", got, want)
	}
	m.Quiz.Go(questionIndex(t, m.Lesson, "How many"))
	typeText(t, c, "36,446")
	press(t, c, fyne.KeyReturn)
	if got := m.Quiz.Answered.Text; !strings.Contains(got, "hand in again to send them") {
		t.Errorf("with an answer checked since the hand-in, the progress line says %q", got)
	}
}

// Signed back in on a checked question, its evidence is highlighted in
// the article, as when it was checked. (A student's walk saw the article
// without a highlight after signing back in; this path highlights, so
// what the walk saw is likely the article not scrolled to it — left
// open in the note.)
func TestSignedBackInShowsTheEvidence(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	m, _ := sampleMain(t, st)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	for _, q := range m.Lesson.Questions {
		a := store.Attempt{UUID: store.NewAttemptID(), StudentID: m.Student.ID, LessonID: m.stored.ID,
			QuestionID: q.ID, Answer: q.Answer, Verdict: "correct"}
		if err := st.SaveAttempt(a); err != nil {
			t.Fatal(err)
		}
	}
	m.SwitchStudent()
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	r, ok := m.Quiz.results[m.Quiz.questions[m.Quiz.current].ID]
	if !ok {
		t.Fatal("every question answered, yet the one shown is not checked: the test checks nothing")
	}
	want := r.Sentence
	if got := m.Article.Highlighted(); got != want {
		t.Errorf("highlighted sentence %d; want the shown question's evidence, %d", got, want)
	}
}

// TestHandInSaysWhereInPlainWords: the hand-in dialog and the message
// after it name the file in full and the folder in plain words ("your
// Documents folder"), and the folder's path wraps only between its
// folders' names, at any width: the path and the name were cut where
// they did not fit, and "Saved as: /home/…" meant nothing to a student
// (issue 11, a new student's walk).
func TestHandInSaysWhereInPlainWords(t *testing.T) {
	home := filepath.Join(t.TempDir(), "pupil-home-folder")
	docs := filepath.Join(home, "Documents")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	w.Resize(fyne.NewSize(900, 700))
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	m.Quiz.Go(questionIndex(t, m.Lesson, "Does Alibaba commit"))
	typeText(t, c, "no")
	press(t, c, fyne.KeyReturn)
	name, body, err := m.resultsFile()
	if err != nil {
		t.Fatal(err)
	}
	h := m.showHandIn(name, body, "Your answers are saved.", nil)
	if got := h.Folder.Sentences; len(got) != 1 || got[0] != "Your Documents folder" {
		t.Errorf("the dialog names the folder %q; want \"Your Documents folder\"", got)
	}
	// The name field wraps over as many lines as the name takes.
	if h.Name.Wrapping != fyne.TextWrapWord || !h.Name.MultiLine {
		t.Error("the file name field does not wrap")
	}
	if rows := nameRows(name, (handInEms-handInLabelEms)*theme.TextSize()); rows < 2 {
		t.Errorf("%q takes %d rows", name, rows)
	}
	press(t, c, fyne.KeyReturn)
	files, _ := filepath.Glob(filepath.Join(docs, "*.lederesults"))
	if len(files) != 1 {
		t.Fatalf("Enter saved %v", files)
	}
	var saved *SavedMessage
	walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if r, ok := o.(*ReadingText); ok && saved == nil && len(r.Sentences) > 0 && strings.HasPrefix(r.Sentences[0], "The file") {
			saved = &SavedMessage{Where: r}
		}
	})
	if saved == nil {
		t.Fatal("the message after saving does not say where the file is")
	}
	if filepath.Base(files[0]) != name {
		t.Errorf("the dialog showed the name %q; the file saved is %q", name, filepath.Base(files[0]))
	}
	want := "The file “" + filepath.Base(files[0]) + "” is in your Documents folder:"
	if got := saved.Where.Sentences[0]; got != want {
		t.Errorf("it says %q; want %q", got, want)
	}
	// The path wraps between folders' names only, at any width.
	p := NewReadingText(docs)
	p.BreakAfter = pathSeparators
	test.NewTempWindow(t, p)
	for width := float32(60); width <= 600; width += 7 {
		p.Resize(fyne.NewSize(width, p.MinSize().Height))
		lines := p.Lines()
		joined := strings.ReplaceAll(strings.Join(lines, ""), " ", "")
		if joined != strings.ReplaceAll(docs, " ", "") {
			t.Fatalf("at %v px the path reads %q", width, lines)
		}
		// A line ends after a separator (or a hyphen between letters),
		// unless a folder's name is wider than the whole line: only that
		// one is split, as nothing else could show it.
		widest := float32(0)
		for _, f := range strings.Split(docs, string(filepath.Separator)) {
			widest = max(widest, fyne.MeasureText(f+string(filepath.Separator), theme.TextSize(), fyne.TextStyle{}).Width)
		}
		for _, l := range lines[:len(lines)-1] {
			if !strings.HasSuffix(l, string(filepath.Separator)) && !strings.HasSuffix(l, "-") && widest <= width {
				t.Errorf("at %v px a line of the path ends inside a folder's name: %q", width, lines)
			}
		}
	}
}

// TestHandInFitsTheWindow: at 200 % text in OpenDyslexic on a 1366×768
// laptop, the hand-in dialog for the sample lesson (a long file name)
// fits the window, Save (which has the focus) and Cancel whole in it,
// and so does the message that says where the file went.
// It ran past the window's bottom edge: Save, with the focus, was out
// of sight, and the folder's path half (issue 11, a new student's
// keyboard walk).
func TestHandInFitsTheWindow(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	for _, c := range []struct {
		w, h float32
		font string
	}{{1366, 768, "OpenDyslexic"}, {1366, 768, ""}, {1024, 700, "OpenDyslexic"}, {1024, 700, ""}} {
		onScreen(t, c.w, c.h, "1")
		m := laptopMain(t)
		m.Fixed.Scale, m.Fixed.Font = 2, c.font
		if err := m.StartAs("Sam Student"); err != nil {
			t.Fatal(err)
		}
		m.Window.Resize(fyne.NewSize(c.w, c.h))
		canvas := m.Window.Canvas()
		name := safeFileName(m.Student.Name+" - "+m.Lesson.Article.Name()) + ".lederesults"
		h := m.showHandIn(name, []byte("{}"), "", nil)
		if y := fyne.CurrentApp().Driver().AbsolutePositionForObject(h.Name).Y; y < 0 {
			t.Errorf("%v×%v %q: the file name starts above the window, at %v", c.w, c.h, c.font, y)
		}
		for _, o := range []fyne.CanvasObject{h.Save, h.Cancel, h.Other} {
			if !fullyIn(canvas, o) {
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
				t.Errorf("%v×%v %q: %T at %v, %v, runs past the window (%v)", c.w, c.h, c.font, o, p, o.Size(), canvas.Size())
			}
		}
		if canvas.Focused() != h.Save {
			t.Errorf("the focus is on %T, not Save", canvas.Focused())
		}
		h.save()
		var ok *RingButton
		walk(canvas.Overlays().Top(), func(o fyne.CanvasObject) {
			if b, is := o.(*RingButton); is && b.Text == "OK" {
				ok = b
			}
		})
		if ok == nil || !fullyIn(canvas, ok) {
			t.Errorf("%v×%v %q: the Saved message's OK is not whole in the window", c.w, c.h, c.font)
		}
		escape(canvas)
	}
}

// TestHandInWithNoAnswersSaysWhatToDo: handing in before answering
// anything says what to do next in plain words, not an "Error" box
// about the store (a new student's keyboard walk).
func TestHandInWithNoAnswersSaysWhatToDo(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	if err := m.StartAs("Mia Student"); err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	m.HandIn()
	if topShows(c) && focusedButton(c) == "Go back" {
		c.FocusNext() // Tab, as the window handles it
		press(t, c, fyne.KeyReturn)
	}
	var texts []string
	walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	})
	all := strings.Join(texts, " | ")
	if !strings.Contains(all, "You have not answered any questions yet") || strings.Contains(all, "no answers to") {
		t.Errorf("the message says %q", all)
	}
}

// TestHandInWordsScrollByKeys: where the hand-in dialog's words are
// taller than the room above its buttons (200 % in OpenDyslexic on a
// 1024×700 laptop), Page Down from Save scrolls them to the folder's
// path and Page Up back to the top; the focus stays on Save. Only the
// mouse could scroll them: at FYNE_SCALE=2 on a 1366×768 laptop the
// path stood below the dialog's edge (a keyboard-only walk of the real
// window).
func TestHandInWordsScrollByKeys(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	m := samAtLargeDyslexic(t, fyne.NewSize(1024, 700), fyne.NewSize(1016, 652))
	c := m.Window.Canvas()
	name := safeFileName(m.Student.Name+" - "+m.Lesson.Article.Name()) + ".lederesults"
	h := m.showHandIn(name, []byte("{}"), "", nil)
	end := h.Words.Content.MinSize().Height - h.Words.Size().Height
	if end <= 0 {
		t.Fatal("the words fit above the buttons: the test shows nothing")
	}
	for range 10 {
		press(t, c, fyne.KeyPageDown)
	}
	if c.Focused() != h.Save {
		t.Fatalf("the focus is on %T, not Save", c.Focused())
	}
	if h.Words.Offset.Y < end-0.5 {
		t.Errorf("Page Down stops at %v; the words end at %v", h.Words.Offset.Y, end)
	}
	for range 10 {
		press(t, c, fyne.KeyPageUp)
	}
	if h.Words.Offset.Y != 0 {
		t.Errorf("Page Up stops at %v; want the top", h.Words.Offset.Y)
	}
}

// pressTab presses Tab (Shift+Tab with back) on c as Fyne's window
// does: a field that takes Tab gets it, else the focus moves.
func pressTab(c fyne.Canvas, back bool) {
	if f, ok := c.Focused().(fyne.Tabbable); ok && f.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if back {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

// TestTabLeavesTheFileName: Tab and Shift+Tab move the focus out of
// Hand in's file-name field, which wraps a long name over lines but is
// one paragraph: Tab typed a tab character into the name, and "Choose
// another folder…" could not be reached without a mouse (issue 11, a
// keyboard-only walk of the real window).
func TestTabLeavesTheFileName(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	h := m.showHandIn("Sam Student - a lesson.lederesults", []byte("x"), "", nil)
	name := h.Name.Text
	c.Focus(h.Name)
	pressTab(c, false)
	if h.Name.Text != name {
		t.Errorf("Tab in the file name typed into it: %q", h.Name.Text)
	}
	if c.Focused() == h.Name {
		t.Fatal("Tab left the focus in the file name")
	}
	for range 10 {
		if c.Focused() == h.Other {
			break
		}
		pressTab(c, false)
	}
	if c.Focused() != h.Other {
		t.Errorf("Tab from the file name never reaches %q (focus on %T)", h.Other.Text, c.Focused())
	}
	c.Focus(h.Name)
	pressTab(c, true)
	if c.Focused() == h.Name || h.Name.Text != name {
		t.Errorf("Shift+Tab in the file name: focus on %T, name %q", c.Focused(), h.Name.Text)
	}
}
