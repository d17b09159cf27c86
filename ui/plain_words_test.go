package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// jargon are words a student of 11 should not have to know to use Lede:
// each was found in the text a student sees (issue 11, a new student's
// walk). The generated quiz's own wording (data/quiz, data/facts) is
// not the window's and is not checked here.
var jargon = []string{"verdict", "read-only", "explicitly", " QC", "JSON", "metadata",
	// Help › Keyboard shortcuts said "the next / previous control" and
	// "one Tab stop": a developer's words (a student walk; issue 11).
	" control;", " control ", "tab stop",
	// Words an 11-year-old may not know, found in the View menu, the
	// sign-in screen and Read aloud (issue 11): plain ones replaced them.
	"theme", "spacing", "divider", "initial", "subheading"}

// TestStudentTextsInPlainWords: the menus a student sees (File, View,
// Teacher, Help), Help › Keyboard shortcuts, the error messages and the Teacher
// menu's word to a student use none of the jargon.
func TestStudentTextsInPlainWords(t *testing.T) {
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	texts := map[string]string{"keyboard help": keyboardHelp, "no PIN yet": noPINYet}
	var items func(prefix string, menu *fyne.Menu)
	items = func(prefix string, menu *fyne.Menu) {
		for _, it := range menu.Items {
			texts[prefix+" › "+it.Label] = it.Label
			if it.ChildMenu != nil {
				items(prefix+" › "+it.Label, it.ChildMenu)
			}
		}
	}
	// The Teacher menu a student sees holds only Open teacher mode….
	for _, mn := range w.MainMenu().Items {
		items(mn.Label, mn)
	}
	for _, f := range friendlyMessages {
		texts["message for "+f.err.Error()] = f.text
	}
	for where, text := range quizTexts(t, m, w) {
		texts[where] = text
	}
	for where, text := range texts {
		for _, word := range jargon {
			if strings.Contains(strings.ToLower(text), strings.ToLower(word)) {
				t.Errorf("%s says %q: %q is not a student's word", where, text, strings.TrimSpace(word))
			}
		}
	}
}

// quizTexts are the words a student sees around the quiz, not from the
// generated questions: the sign-in screen, the quiz panel's fixed lines
// (the answer field's hints, what a try or none says, the cue), the end
// screen, and what Read aloud says before an answer is checked.
func quizTexts(t *testing.T, m *Main, w fyne.Window) map[string]string {
	t.Helper()
	texts := map[string]string{"no questions": noQuestions, "no answer yet": noAnswerYet, "not marked": notMarked,
		"try again line": tryAgainLine(1),
		"not yet":        notYet(quiz.Incorrect, true, ""), "partly right": notYet(quiz.Partial, false, "")}
	for i, hint := range answerHints {
		texts[fmt.Sprint("answer hint ", i)] = hint
	}
	for i, pair := range cueWords {
		texts[fmt.Sprint("cue ", i)] = pair[0] + " " + pair[1] + " " + pair[2]
	}
	for _, v := range verdictWords {
		texts["verdict "+v.text] = v.text
	}
	for _, reveal := range []string{classroom.RevealNever, classroom.RevealAfterHandIn} {
		_, why := (&QuizPanel{reveal: reveal}).keyHidden()
		texts["no tries left, "+reveal] = why
	}
	// What shows in the window: the sign-in screen, the quiz, then Read
	// aloud's word before anything is checked.
	shown := func(where string, o fyne.CanvasObject) {
		walk(o, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				if m.Quiz == nil || x != m.Quiz.Prompt { // the generated question: data/quiz's words
					texts[where+" label "+x.Text] = x.Text
				}
			case *widget.Button:
				texts[where+" button "+x.Text] = x.Text
			}
		})
	}
	shown("sign-in", w.Content())
	texts["the name field's hint"] = m.Picker.Name.PlaceHolder
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	shown("quiz", w.Content())
	m.readVerdict()
	if top := w.Canvas().Overlays().Top(); top != nil {
		shown("read aloud", top)
	}
	return texts
}
