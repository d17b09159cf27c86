package ui

import (
	"fmt"
	"slices"
	"strings"

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
// stored at once and counts in the student's score. Grouped by question
// instead, it shows each question's key and each distinct answer once,
// with how many students gave it and who; a filter narrows either view
// to the answers that need a look.
type Review struct {
	Content fyne.CanvasObject
	Summary *widget.Label
	// Rows holds one row per attempt, in the order listed (by student).
	Rows []*ReviewRow
	// Groups holds one group per distinct answer (by question).
	Groups []*AnswerGroup
	// GroupBy chooses "By student" or "By question"; Filter chooses
	// which answers are listed.
	GroupBy, Filter *widget.Select

	rec       Reviewer
	lessonID  int64
	questions []quiz.Question
	box       *fyne.Container
	// Allowed is the lesson's tries per question (0: no limit) and
	// Counts which try counts, for the scores: the same rule as the
	// dashboard's and the grade sheet's.
	Allowed int
	Counts  grading.Rule
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

// AnswerGroup is one distinct answer to one question, however it was
// typed ("SEC filings", "sec filings."), and who gave it.
type AnswerGroup struct {
	QuestionID string
	Answer     string // as first given
	Students   []string
	Verdict    string // the verdict that counts, of the first given
	Label      *widget.Label
	// Accept makes this answer right for every student (nil when right).
	Accept *widget.Button
}

// The review's views and filters, as the menus name them.
const (
	byStudent     = "By student"
	byQuestion    = "By question"
	allAnswers    = "All answers"
	notRight      = "Wrong or partly right"
	notReviewed   = "Not reviewed by you yet"
	reviewedByYou = "Changed by you"
)

// NewReview builds the review screen for a lesson's answers.
func NewReview(rec Reviewer, lessonID int64, qs []quiz.Question) (*Review, error) {
	r := &Review{rec: rec, lessonID: lessonID, questions: qs, box: container.New(wrapColumn{})}
	r.Summary = widget.NewLabel("")
	r.Summary.Wrapping = fyne.TextWrapWord
	r.Undo = widget.NewButton("Undo", r.undo)
	r.Undo.Hide()
	r.GroupBy = widget.NewSelect([]string{byStudent, byQuestion}, nil)
	r.GroupBy.SetSelected(byStudent)
	r.Filter = widget.NewSelect([]string{allAnswers, notRight, notReviewed, reviewedByYou}, nil)
	r.Filter.SetSelected(allAnswers)
	reload := func(string) {
		if err := r.Reload(); err != nil && r.OnError != nil {
			r.OnError(err)
		}
	}
	r.GroupBy.OnChanged, r.Filter.OnChanged = reload, reload
	controls := container.NewHBox(widget.NewLabel("Show"), r.GroupBy, r.Filter)
	r.Content = container.NewVScroll(container.NewPadded(container.New(wrapColumn{}, r.Summary, controls, r.Undo, r.box)))
	return r, r.Reload()
}

// keep reports whether the filter lists an answer.
func (r *Review) keep(a store.AnswerRow) bool {
	switch r.Filter.Selected {
	case notRight:
		return a.Effective() != string(quiz.Correct)
	case notReviewed:
		return a.Override == ""
	case reviewedByYou:
		return a.Override != ""
	}
	return true
}

// Reload reads the answers again and rebuilds the list.
func (r *Review) Reload() error {
	all, err := r.rec.LessonAnswers(r.lessonID)
	if err != nil {
		return err
	}
	r.box.Objects, r.Rows, r.Groups = nil, nil, nil
	var rows []store.AnswerRow
	for _, a := range all {
		if r.keep(a) {
			rows = append(rows, a)
		}
	}
	if r.GroupBy.Selected == byQuestion {
		r.showByQuestion(rows)
	} else {
		r.showByStudent(all, rows)
	}
	switch {
	case len(all) == 0:
		r.Summary.SetText("No answers yet: students' answers to this lesson appear here once they check them.")
	case len(rows) == 0:
		r.Summary.SetText("No answers match: choose another filter.")
	default:
		r.Summary.SetText("Every answer students gave to this lesson. Choose a verdict on the right to replace Lede's: it is saved at once and counts in the score. Accept for everyone makes an answer right for every student who gave it, and for those to come.")
	}
	r.box.Refresh()
	return nil
}

// showByStudent lists rows student by student, each with their score
// (counted over all their answers, not only those the filter shows).
func (r *Review) showByStudent(all, rows []store.AnswerRow) {
	counts := r.triesThatCount(all)
	student := ""
	for _, a := range rows {
		if a.Student != student {
			student = a.Student
			r.box.Add(widget.NewLabelWithStyle(fmt.Sprintf("%s — %d of %d correct", student, r.score(all, a.StudentID), len(r.questions)),
				fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		}
		row := r.newRow(a)
		r.Rows = append(r.Rows, row)
		if !counts[a.UUID] {
			// A try the lesson's rule leaves out (after the first right
			// one, beyond the tries allowed, not the first or the last)
			// cannot change the score: no verdict to change.
			row.Verdict = nil
			row.Label.SetText(row.Label.Text + "\n(This try does not count in the score, by the lesson's rule for which try counts and how many are allowed.)")
		}
		menu := container.NewVBox()
		if row.Verdict != nil {
			// The menu keeps its own size at the top right of the row,
			// wide enough for "Keep Lede's verdict".
			menu.Add(container.NewGridWrap(fyne.NewSize(220, row.Verdict.MinSize().Height), row.Verdict))
		}
		if row.Accept != nil {
			menu.Add(row.Accept)
		}
		r.box.Add(container.NewBorder(nil, nil, nil, menu, row.Label))
	}
}

// triesThatCount marks the attempts whose verdict can change a score by
// the lesson's rule: within the tries allowed; under the default rule
// none after a right one, under "first" only the first try, under "last"
// only the last try within the allowance.
func (r *Review) triesThatCount(all []store.AnswerRow) map[string]bool {
	type key struct {
		student  int64
		question string
	}
	seen := map[key]int{}
	settled := map[key]bool{}
	last := map[key]string{}
	out := map[string]bool{}
	for _, a := range all { // in the order the tries were made
		k := key{a.StudentID, a.QuestionID}
		seen[k]++
		within := r.Allowed <= 0 || seen[k] <= r.Allowed
		switch {
		case r.Counts == grading.First:
			out[a.UUID] = seen[k] == 1
		case r.Counts == grading.Last:
			if within {
				last[k] = a.UUID
			}
		case within && !settled[k]:
			out[a.UUID] = true
			settled[k] = a.Effective() == string(quiz.Correct)
		}
	}
	for _, uuid := range last {
		out[uuid] = true
	}
	return out
}

// showByQuestion lists, question by question with its key, each distinct
// answer once: how many students gave it, who, and the verdict.
func (r *Review) showByQuestion(rows []store.AnswerRow) {
	groups := map[string][]*AnswerGroup{}
	for _, a := range rows {
		key := quiz.Normalize(a.Answer)
		i := slices.IndexFunc(groups[a.QuestionID], func(g *AnswerGroup) bool { return quiz.Normalize(g.Answer) == key })
		if i < 0 {
			groups[a.QuestionID] = append(groups[a.QuestionID], &AnswerGroup{QuestionID: a.QuestionID, Answer: a.Answer, Verdict: a.Effective()})
			i = len(groups[a.QuestionID]) - 1
		}
		g := groups[a.QuestionID][i]
		if !slices.Contains(g.Students, a.Student) {
			g.Students = append(g.Students, a.Student)
		}
	}
	for n, q := range r.questions {
		list := groups[q.ID]
		if len(list) == 0 {
			continue
		}
		slices.SortStableFunc(list, func(a, b *AnswerGroup) int { return len(b.Students) - len(a.Students) })
		head := widget.NewLabelWithStyle(fmt.Sprintf("Question %d: %s\nThe answer: %s", n+1, q.Prompt, q.Answer),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Wrapping = fyne.TextWrapWord // a long prompt must not widen the window
		r.box.Add(head)
		for _, g := range list {
			g.Label = widget.NewLabel(fmt.Sprintf("“%s” — %s — %s", g.Answer, studentsText(g.Students),
				verdictWords[quiz.Verdict(g.Verdict)].plain))
			g.Label.Wrapping = fyne.TextWrapWord
			if g.Verdict != string(quiz.Correct) {
				g.Accept = widget.NewButton("Accept for everyone", func() {
					r.accept(&ReviewRow{Attempt: store.AnswerRow{Attempt: store.Attempt{QuestionID: g.QuestionID, Answer: g.Answer}}})
				})
				r.box.Add(container.NewBorder(nil, nil, nil, g.Accept, g.Label))
			} else {
				r.box.Add(g.Label)
			}
			r.Groups = append(r.Groups, g)
		}
	}
}

// studentsText says how many gave an answer, and who.
func studentsText(names []string) string {
	if len(names) == 1 {
		return "1 student (" + names[0] + ")"
	}
	shown := names
	if len(shown) > 6 {
		shown = shown[:6]
	}
	text := fmt.Sprintf("%d students (%s", len(names), strings.Join(shown, ", "))
	if len(names) > len(shown) {
		text += ", …"
	}
	return text + ")"
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
		if v, _ := grading.CountedBy(t, r.Allowed, r.Counts); v == grading.Correct {
			n++
		}
	}
	return n
}
