package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// TestTeacherOverride: a student's answer judged wrong appears on the
// review screen; the teacher marks it correct; the score and the
// student's own panel, reopened, show the teacher's verdict.
func TestTeacherOverride(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ada, _ := st.AddStudent("Ada")
	stored, _ := st.AddLesson(l.Key, l.Article.Title, l.Article.Source)
	i := questionIndex(t, l, "Does Alibaba commit")
	p := NewQuizPanel(l.Questions, st, ada.ID, stored.ID, store.Progress{Drafts: map[string]string{}})
	test.NewTempWindow(t, p.Content)
	p.Show(i)
	test.Type(p.Entry, "yes, a million jobs")
	test.Tap(p.CheckButton)
	if r, _ := p.Result(i); r.Verdict == quiz.Correct {
		t.Fatalf("the test needs an answer Lede does not accept; got %+v", r)
	}

	r, err := NewReview(st, stored.ID, l.Questions)
	if err != nil {
		t.Fatal(err)
	}
	test.NewTempWindow(t, r.Content)
	if len(r.Rows) != 1 || !strings.Contains(r.Rows[0].Label.Text, "yes, a million jobs") {
		t.Fatalf("review rows: %+v", r.Rows)
	}
	if !strings.Contains(reviewText(r), fmt.Sprintf("Ada — 0 of %d correct", len(l.Questions))) {
		t.Errorf("before the override the review reads:\n%s", reviewText(r))
	}
	r.Rows[0].Verdict.SetSelected("Correct")
	if !strings.Contains(reviewText(r), fmt.Sprintf("Ada — 1 of %d correct", len(l.Questions))) {
		t.Errorf("after the override the review reads:\n%s", reviewText(r))
	}

	progress, err := st.Progress(ada.ID, stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	again := NewQuizPanel(l.Questions, st, ada.ID, stored.ID, progress)
	test.NewTempWindow(t, again.Content)
	again.Show(i)
	if again.Verdict.Text != "✔ Correct" || !strings.Contains(again.Explanation.Text, "Your teacher marked this answer correct") {
		t.Errorf("the student sees %q / %q; want the teacher's verdict", again.Verdict.Text, again.Explanation.Text)
	}
}

// reviewText joins the student headings of the review screen.
func reviewText(r *Review) string {
	var b strings.Builder
	for _, o := range r.box.Objects {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}
