package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/grading"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// Reviewer is what the review screen needs from storage; *store.Store
// implements it.
type Reviewer interface {
	LessonAnswers(lessonID int64) ([]store.AnswerRow, error)
	Override(attemptUUID, verdict string) error
	AcceptForEveryone(lessonID int64, questionID, answer string) (store.Acceptance, error)
	Undo(store.Acceptance) error
}

// overrideChoices are the teacher's options, in plain words, and the
// verdicts they store ("" takes an override back).
var overrideChoices = []struct{ label, verdict string }{
	{"Keep Lede's verdict", ""},
	{"Correct", "correct"},
	{"Partly right", "partial"},
	{"Incorrect", "incorrect"},
}

// Review lists every answer given in a lesson, student by student, and
// lets the teacher replace Lede's verdict with their own. The change is
// stored at once and counts in the student's score.
type Review struct {
	Content fyne.CanvasObject
	Summary *widget.Label
	// Rows holds one row per attempt, in the order listed.
	Rows []*ReviewRow

	rec       Reviewer
	lessonID  int64
	questions []quiz.Question
	box       *fyne.Container
	// Allowed is the lesson's tries per question (0: no limit), for the
	// scores: the same rule as the dashboard's and the grade sheet's.
	Allowed int
	// OnError is called when an override cannot be saved.
	OnError func(error)
	// OnKeyChanged is told when an answer was accepted for everyone (or
	// that was undone): the lesson's questions have changed.
	OnKeyChanged func()
	// Undo takes back the last acceptance; hidden when there is none.
	Undo *widget.Button
	last *store.Acceptance
}

// ReviewRow is one attempt on the review screen.
type ReviewRow struct {
	Attempt store.AnswerRow
	Label   *widget.Label
	Verdict *widget.Select
	// Accept makes this answer right for every student (nil on answers
	// already right).
	Accept *widget.Button
}

// NewReview builds the review screen for a lesson's answers.
func NewReview(rec Reviewer, lessonID int64, qs []quiz.Question) (*Review, error) {
	r := &Review{rec: rec, lessonID: lessonID, questions: qs, box: container.New(wrapColumn{})}
	r.Summary = widget.NewLabel("")
	r.Summary.Wrapping = fyne.TextWrapWord
	r.Undo = widget.NewButton("Undo", r.undo)
	r.Undo.Hide()
	r.Content = container.NewVScroll(container.NewPadded(container.New(wrapColumn{}, r.Summary, r.Undo, r.box)))
	return r, r.Reload()
}

// Reload reads the answers again and rebuilds the list.
func (r *Review) Reload() error {
	rows, err := r.rec.LessonAnswers(r.lessonID)
	if err != nil {
		return err
	}
	r.box.Objects, r.Rows = nil, nil
	student := ""
	for _, a := range rows {
		if a.Student != student {
			student = a.Student
			r.box.Add(widget.NewLabelWithStyle(fmt.Sprintf("%s — %d of %d correct", student, r.score(rows, a.StudentID), len(r.questions)),
				fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		}
		row := r.newRow(a)
		r.Rows = append(r.Rows, row)
		// The menu keeps its own size at the top right of the row, wide
		// enough for "Keep Lede's verdict".
		menu := container.NewVBox(container.NewGridWrap(fyne.NewSize(220, row.Verdict.MinSize().Height), row.Verdict))
		if row.Accept != nil {
			menu.Add(row.Accept)
		}
		r.box.Add(container.NewBorder(nil, nil, nil, menu, row.Label))
	}
	if len(rows) == 0 {
		r.Summary.SetText("No answers yet: students' answers to this lesson appear here once they check them.")
	} else {
		r.Summary.SetText("Every answer students gave to this lesson. Choose a verdict on the right to replace Lede's: it is saved at once and counts in the score. Accept for everyone makes an answer right for every student who gave it, and for those to come.")
	}
	r.box.Refresh()
	return nil
}

func (r *Review) newRow(a store.AnswerRow) *ReviewRow {
	row := &ReviewRow{Attempt: a}
	n, prompt := r.question(a.QuestionID)
	row.Label = widget.NewLabel(fmt.Sprintf("Question %d: %s\nAnswer: “%s” — Lede said %s", n, prompt, a.Answer, verdictWords[quiz.Verdict(a.Verdict)].text))
	row.Label.Wrapping = fyne.TextWrapWord
	labels := make([]string, len(overrideChoices))
	selected := labels[0]
	for i, c := range overrideChoices {
		labels[i] = c.label
		if c.verdict == a.Override {
			selected = c.label
		}
	}
	row.Verdict = widget.NewSelect(labels, nil)
	row.Verdict.SetSelected(selected)
	row.Verdict.OnChanged = func(label string) { r.override(row, label) }
	if a.Effective() != string(quiz.Correct) {
		row.Accept = widget.NewButton("Accept for everyone", func() { r.accept(row) })
	}
	return row
}

// accept makes a row's answer right for every student who gave it, and
// for the students to come.
func (r *Review) accept(row *ReviewRow) {
	acc, err := r.rec.AcceptForEveryone(r.lessonID, row.Attempt.QuestionID, row.Attempt.Answer)
	if err != nil {
		if r.OnError != nil {
			r.OnError(err)
		}
		return
	}
	r.last = &acc
	if err := r.Reload(); err != nil && r.OnError != nil {
		r.OnError(err)
	}
	n, _ := r.question(acc.QuestionID)
	r.Summary.SetText(fmt.Sprintf("“%s” now counts as right for question %d: %d answers given so far were marked right, and later students are judged by it too.",
		acc.Answer, n, len(acc.Overridden)))
	r.Undo.Show()
	if r.OnKeyChanged != nil {
		r.OnKeyChanged()
	}
}

// undo takes back the last acceptance.
func (r *Review) undo() {
	if r.last == nil {
		return
	}
	if err := r.rec.Undo(*r.last); err != nil {
		if r.OnError != nil {
			r.OnError(err)
		}
		return
	}
	r.last = nil
	r.Undo.Hide()
	if err := r.Reload(); err != nil && r.OnError != nil {
		r.OnError(err)
	}
	if r.OnKeyChanged != nil {
		r.OnKeyChanged()
	}
}

func (r *Review) override(row *ReviewRow, label string) {
	for _, c := range overrideChoices {
		if c.label != label {
			continue
		}
		if err := r.rec.Override(row.Attempt.UUID, c.verdict); err != nil {
			if r.OnError != nil {
				r.OnError(err)
			}
			return
		}
		if err := r.Reload(); err != nil && r.OnError != nil {
			r.OnError(err)
		}
		return
	}
}

// question returns a question's number and prompt.
func (r *Review) question(id string) (int, string) {
	for i, q := range r.questions {
		if q.ID == id {
			return i + 1, q.Prompt
		}
	}
	return 0, "(a question this version of the lesson no longer asks)"
}

// score counts a student's questions right by the grading rule (the
// first right try within the allowed ones, the teacher's verdict first),
// as the dashboard and the grade sheet do. rows are in the order given.
func (r *Review) score(rows []store.AnswerRow, studentID int64) int {
	tries := map[string][]grading.Try{}
	for _, a := range rows {
		if a.StudentID == studentID {
			tries[a.QuestionID] = append(tries[a.QuestionID], grading.Try{Verdict: a.Verdict, Override: a.Override})
		}
	}
	n := 0
	for _, t := range tries {
		if v, _ := grading.Counted(t, r.Allowed); v == grading.Correct {
			n++
		}
	}
	return n
}
