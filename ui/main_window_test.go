package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

func sampleLesson(t *testing.T) *lesson.Lesson {
	t.Helper()
	l, err := lesson.Build(assets.SampleLesson, 0)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func questionIndex(t *testing.T, l *lesson.Lesson, prefix string) int {
	t.Helper()
	for i, q := range l.Questions {
		if strings.HasPrefix(q.Prompt, prefix) {
			return i
		}
	}
	t.Fatalf("no question starts %q", prefix)
	return -1
}

// TestStudentAnswersAndResumes is a student's session: type a name, start,
// answer a question by typing and pressing Enter, see the verdict and the
// highlighted evidence; then reopen and land on the next unanswered one.
func TestStudentAnswersAndResumes(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l := sampleLesson(t)
	w := test.NewTempWindow(t, nil)
	m, err := NewMain(w, st, l)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Picker.Start.Disabled() {
		t.Error("Start is enabled before a name is typed")
	}
	test.Type(m.Picker.Name, "Ada L")
	test.Tap(m.Picker.Start)
	if m.Quiz == nil {
		t.Fatal("tapping Start did not open the lesson")
	}
	if got, want := m.Quiz.Counter.Text, fmt.Sprintf("Question 1 of %d", len(l.Questions)); got != want {
		t.Errorf("counter = %q; want %q", got, want)
	}

	i := questionIndex(t, l, "Does Alibaba commit to hiring")
	m.Quiz.Show(i)
	test.Type(m.Quiz.Entry, "no they don't")
	m.Quiz.Entry.TypedKey(&fyneKeyEnter)
	if got := m.Quiz.Verdict.Text; got != "Correct" {
		t.Errorf("verdict after Enter = %q; want Correct", got)
	}
	if !strings.HasPrefix(m.Article.HighlightedText(), "However, this proposal does not involve") {
		t.Errorf("highlighted evidence = %q", m.Article.HighlightedText())
	}

	// A wrong answer on the first question, by tapping Check, with one
	// try allowed: no tries are left, so the key is shown.
	// (Whatever the sample's first key is now: its questions change as
	// the generator does.)
	m.Quiz.SetAttemptsAllowed(1)
	m.Quiz.Show(0)
	first := l.Questions[0]
	test.Type(m.Quiz.Entry, wrongAnswer(first))
	test.Tap(m.Quiz.CheckButton)
	if got := m.Quiz.Verdict.Text; got != "Incorrect" {
		t.Errorf("verdict = %q; want Incorrect", got)
	}
	if strings.Contains(m.Quiz.Explanation.Text, first.Answer+". "+first.Answer+".") {
		t.Errorf("the answer is said twice: %q", m.Quiz.Explanation.Text)
	}
	if !strings.HasPrefix(m.Quiz.Explanation.Text, "The answer: "+first.Answer+".") {
		t.Errorf("explanation = %q", m.Quiz.Explanation.Text)
	}

	// An empty answer is not recorded and says there is no answer yet.
	m.Quiz.Show(1)
	test.Tap(m.Quiz.CheckButton)
	if m.Quiz.Verdict.Text != noAnswerYet {
		t.Errorf("empty answer verdict = %q; want %q", m.Quiz.Verdict.Text, noAnswerYet)
	}
	test.Type(m.Quiz.Entry, "Nope, not at")

	// Reopen: resume at the first unanswered question, with the earlier
	// verdicts and the unchecked draft restored.
	w2 := test.NewTempWindow(t, nil)
	m2, err := NewMain(w2, st, l)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Picker.List.Length() != 1 {
		t.Fatalf("student list has %d names; want 1", m2.Picker.List.Length())
	}
	m2.Picker.List.Select(0)
	if m2.Quiz.Current() != 1 {
		t.Errorf("resumed at question %d; want 2 (index 1)", m2.Quiz.Current()+1)
	}
	if m2.Quiz.Entry.Text != "Nope, not at" {
		t.Errorf("draft = %q; want the unchecked text", m2.Quiz.Entry.Text)
	}
	if r, ok := m2.Quiz.Result(i); !ok || r.Verdict != quiz.Correct {
		t.Errorf("earlier verdict not restored: %+v %v", r, ok)
	}
	m2.Quiz.Show(i)
	if m2.Quiz.Entry.Text != "no they don't" || m2.Quiz.Verdict.Text != "Correct" {
		t.Errorf("earlier answer shows %q / %q", m2.Quiz.Entry.Text, m2.Quiz.Verdict.Text)
	}
}

func TestChoiceQuestionUsesRadio(t *testing.T) {
	test.NewTempApp(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l := sampleLesson(t)
	m, err := NewMain(test.NewTempWindow(t, nil), st, l)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.StartAs("Sam"); err != nil {
		t.Fatal(err)
	}
	i := questionIndex(t, l, "Which source")
	m.Quiz.Show(i)
	if m.Quiz.Entry.Visible() || !m.Quiz.Choices.Visible() {
		t.Fatal("a choice question should show radio choices, not a text field")
	}
	m.Quiz.Choices.SetSelected(l.Questions[i].Answer)
	test.Tap(m.Quiz.CheckButton)
	if m.Quiz.Verdict.Text != "Correct" {
		t.Errorf("verdict = %q", m.Quiz.Verdict.Text)
	}
}
