package ui

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// TestDamagedStoredQuestionsRefusedPlainly: a published lesson whose
// question row was altered behind Lede's back (garbage, a kind Lede does
// not know, no accepted answer, evidence outside the article, a sentence
// the article does not have) is refused in plain words naming the lesson,
// on every path the window reads it: opening the lesson (NewMain), the
// questions made after the name picker (Complete, which keeps the window
// and stops the picker waiting), and reading them again after the teacher
// changed a key (reloadQuestions, which keeps the questions in use). No
// student is shown a question the checker cannot judge, and nothing
// panics (issue 16).
func TestDamagedStoredQuestionsRefusedPlainly(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	good := l.Questions[0]
	damaged := func(change func(*quiz.Question)) string {
		q := good
		q.Accepted = append([]string(nil), good.Accepted...)
		change(&q)
		body, _ := json.Marshal([]quiz.Question{q})
		return string(body)
	}
	cases := []struct{ name, body, says string }{
		{"garbage", `[{"id":`, "they cannot be read"},
		{"a kind Lede does not know", damaged(func(q *quiz.Question) { q.Kind = "essay" }), "cannot check this kind"},
		{"no accepted answer", damaged(func(q *quiz.Question) { q.Accepted, q.Kind, q.Answer = nil, quiz.YesNo, "" }), "needs Yes or No"},
		{"evidence outside the article", damaged(func(q *quiz.Question) { q.Evidence.End = len(l.Article.Source) + 1 }), "evidence is outside the article"},
		{"a sentence the article does not have", damaged(func(q *quiz.Question) { q.Sentence = len(l.Article.Sentences) }), "sentence the article does not have"},
	}
	const plain = "The questions saved for this lesson on this computer cannot be used"
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := tempStore(t)
			m, w := sampleMain(t, st)
			if err := st.PublishLesson(m.LessonID(), c.body, 1, 1); err != nil {
				t.Fatal(err)
			}
			inUse := m.Lesson.Questions
			m.reloadQuestions()
			if !overlayHasText(w, plain) || !overlayHasText(w, c.says) || !overlayHasText(w, l.Article.Name()) {
				t.Errorf("reloading damaged questions does not say so plainly")
			}
			if len(m.Lesson.Questions) != len(inUse) {
				t.Errorf("reloading damaged questions left %d questions; want the %d in use", len(m.Lesson.Questions), len(inUse))
			}

			_, err := NewMain(test.NewTempWindow(t, nil), st, sampleLesson(t))
			if got := Friendly(err); !errors.Is(err, store.ErrDamagedQuestions) || !strings.HasPrefix(got, plain) || !strings.Contains(got, c.says) {
				t.Errorf("opening the lesson: %q; want it refused plainly, saying %q", got, c.says)
			}

			w2 := test.NewTempWindow(t, nil)
			read := readSample(t)
			m2, err := NewMainReading(w2, st, read)
			if err != nil {
				t.Fatal(err)
			}
			test.Type(m2.Picker.Name, "Ada L")
			test.Tap(m2.Picker.Start)
			m2.Complete(read.Complete(0))
			if m2.Quiz != nil || m2.Picker.Waiting() {
				t.Error("a quiz of damaged questions opened, or the picker still waits")
			}
			if !overlayHasText(w2, plain) || !overlayHasText(w2, c.says) {
				t.Error("completing a lesson of damaged questions does not say so plainly")
			}
		})
	}
}
