package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// Recorder stores a student's checked answers and drafts. *store.Store
// implements it; the panel needs nothing else from storage.
type Recorder interface {
	SaveAttempt(store.Attempt) error
	SaveDraft(studentID, lessonID int64, questionID, answer string) error
}

// QuizPanel asks the lesson's questions one at a time, checks answers and
// shows the verdict with its explanation.
type QuizPanel struct {
	Counter     *widget.Label
	Prompt      *widget.Label
	Entry       *widget.Entry
	Choices     *ChoiceList
	CheckButton *widget.Button
	Verdict     *widget.Label
	Explanation *widget.Label
	Previous    *widget.Button
	Next        *widget.Button
	Progress    *widget.ProgressBar
	Content     fyne.CanvasObject

	questions []quiz.Question
	current   int
	results   map[string]quiz.Result // the latest verdict per question
	answers   map[string]string      // the latest checked answer per question
	drafts    map[string]string

	rec                 Recorder
	studentID, lessonID int64
	// pendingID is the ID of the attempt being saved: kept until the save
	// succeeds so a retry cannot store it twice.
	pendingID string
	// OnEvidence is called with the evidence sentence after each check.
	OnEvidence func(sentence int)
	// OnError is called when an answer cannot be saved.
	OnError func(error)
	loading bool
	// attemptsAllowed limits the tries per question (0: no limit);
	// attempts counts the tries made.
	attemptsAllowed int
	attempts        map[string]int
	// body holds the prompt, answer and verdict; it is laid out again
	// whenever they change, because a wrapped label keeps the height it
	// had at its old text until its container is.
	body *fyne.Container
}

// NewQuizPanel builds the panel for a student's run through questions,
// resuming from their stored progress.
func NewQuizPanel(qs []quiz.Question, rec Recorder, studentID, lessonID int64, p store.Progress) *QuizPanel {
	q := &QuizPanel{questions: qs, rec: rec, studentID: studentID, lessonID: lessonID,
		results: map[string]quiz.Result{}, answers: map[string]string{}, drafts: p.Drafts, attempts: map[string]int{}}
	for id, n := range p.Attempts {
		q.attempts[id] = n
	}
	for id, a := range p.Last {
		if question, ok := quiz.Find(qs, id); ok {
			q.answers[id] = a.Answer
			r := quiz.Check(question, a.Answer)
			if a.Override != "" {
				// The teacher's verdict stands over Lede's.
				r.Verdict = quiz.Verdict(a.Override)
				r.Explanation = "Your teacher marked this answer " + strings.ToLower(verdictWords[r.Verdict].plain) + ". " + r.Explanation
			}
			q.results[id] = r
		}
	}
	q.build()
	q.Show(min(quiz.FirstUnanswered(qs, p.Answered()), max(len(qs)-1, 0)))
	return q
}

func (q *QuizPanel) build() {
	q.Counter = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.Prompt = widget.NewLabel("")
	q.Prompt.Wrapping = fyne.TextWrapWord
	q.Prompt.SizeName = theme.SizeNameSubHeadingText
	q.Entry = widget.NewEntry()
	q.Entry.SetPlaceHolder("Type your answer, then press Enter")
	q.Entry.OnSubmitted = func(string) { q.Check() }
	q.Entry.OnChanged = q.onAnswerChanged
	q.Choices = NewChoiceList(q.onAnswerChanged)
	q.Choices.OnSubmit = q.Check
	q.CheckButton = widget.NewButton("Check", q.Check)
	q.CheckButton.Importance = widget.HighImportance
	q.Verdict = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.Explanation = widget.NewLabel("")
	q.Explanation.Wrapping = fyne.TextWrapWord
	q.Previous = widget.NewButton("Previous", func() { q.Show(q.current - 1) })
	q.Next = widget.NewButton("Next", func() { q.Show(q.current + 1) })
	q.Progress = widget.NewProgressBar()
	q.Progress.TextFormatter = func() string {
		return fmt.Sprintf("%d of %d answered", len(q.results), len(q.questions))
	}
	nav := container.NewGridWithColumns(2, q.Previous, q.Next)
	q.body = container.New(wrapColumn{}, q.Prompt, q.Entry, q.Choices, q.CheckButton, q.Verdict, q.Explanation)
	q.Content = container.NewPadded(container.NewBorder(
		container.NewVBox(q.Counter, q.Progress, widget.NewSeparator()),
		nav, nil, nil,
		container.NewVScroll(q.body),
	))
}

// SetAttemptsAllowed limits the tries per question; 0 is no limit.
func (q *QuizPanel) SetAttemptsAllowed(n int) {
	q.attemptsAllowed = n
	if len(q.questions) > 0 {
		q.Show(q.current)
	}
}

// triesLeft reports whether the student may check question id again.
func (q *QuizPanel) triesLeft(id string) bool {
	return q.attemptsAllowed <= 0 || q.attempts[id] < q.attemptsAllowed
}

// noQuestions tells a student why the quiz is empty and what to do.
const noQuestions = "Lede could not make questions it trusts from this article. Read it anyway: your teacher can add questions in Teacher ▸ Edit quiz."

// Current returns the index of the question shown.
func (q *QuizPanel) Current() int { return q.current }

// Show displays question i with its saved answer or draft, if any.
func (q *QuizPanel) Show(i int) {
	if len(q.questions) == 0 {
		q.Counter.SetText("No questions for this article")
		q.Prompt.SetText(noQuestions)
		q.Entry.Hide()
		q.Choices.Hide()
		q.CheckButton.Disable()
		q.Previous.Disable()
		q.Next.Disable()
		return
	}
	i = max(0, min(i, len(q.questions)-1))
	q.current = i
	question := q.questions[i]
	q.loading = true
	q.Counter.SetText(fmt.Sprintf("Question %d of %d", i+1, len(q.questions)))
	q.Prompt.SetText(question.Prompt)
	answer, checked := q.answers[question.ID]
	if d, ok := q.drafts[question.ID]; ok {
		answer = d
	}
	if len(question.Choices) > 0 {
		q.Entry.Hide()
		q.Choices.Options = question.Choices
		q.Choices.Selected = answer
		q.Choices.Refresh()
		q.Choices.Show()
	} else {
		q.Choices.Hide()
		q.Entry.SetText(answer)
		q.Entry.Show()
	}
	q.loading = false
	q.showResult(question, checked)
	q.showTries(question)
	q.body.Refresh()
	q.Previous.Disable()
	if i > 0 {
		q.Previous.Enable()
	}
	q.Next.Disable()
	if i < len(q.questions)-1 {
		q.Next.Enable()
	}
	q.updateProgress()
}

// FocusAnswer puts the keyboard focus in the answer field.
func (q *QuizPanel) FocusAnswer(c fyne.Canvas) {
	if c == nil {
		return
	}
	if q.Entry.Visible() {
		c.Focus(q.Entry)
	} else if rows := q.Choices.Rows(); len(rows) > 0 {
		c.Focus(rows[0].(fyne.Focusable))
	}
}

func (q *QuizPanel) answer() string {
	if q.Choices.Visible() {
		return q.Choices.Selected
	}
	return q.Entry.Text
}

func (q *QuizPanel) onAnswerChanged(text string) {
	if q.loading || len(q.questions) == 0 {
		return
	}
	id := q.questions[q.current].ID
	q.drafts[id] = text
	if q.rec != nil {
		if err := q.rec.SaveDraft(q.studentID, q.lessonID, id, text); err != nil && q.OnError != nil {
			q.OnError(err)
		}
	}
}

// Check judges the answer shown, saves the attempt and shows the verdict.
// A question judged unclear is not recorded: the student tries again.
func (q *QuizPanel) Check() {
	if len(q.questions) == 0 {
		return
	}
	question := q.questions[q.current]
	if !q.triesLeft(question.ID) {
		return // the button is disabled; Enter must not get round it
	}
	text := q.answer()
	r := quiz.Check(question, text)
	if r.Verdict == quiz.Unclear {
		q.Verdict.SetText("Try again")
		q.Verdict.Importance = widget.WarningImportance
		q.Verdict.Refresh()
		q.Explanation.SetText(r.Explanation)
		return
	}
	if q.rec != nil {
		if q.pendingID == "" {
			q.pendingID = store.NewAttemptID()
		}
		err := q.rec.SaveAttempt(store.Attempt{UUID: q.pendingID, StudentID: q.studentID, LessonID: q.lessonID,
			QuestionID: question.ID, Answer: text, Verdict: string(r.Verdict)})
		if err != nil {
			if q.OnError != nil {
				q.OnError(err)
			}
			return // the answer stays in the field; checking again retries the same attempt
		}
		q.pendingID = ""
	}
	delete(q.drafts, question.ID)
	q.attempts[question.ID]++
	q.answers[question.ID] = text
	q.results[question.ID] = r
	q.showResult(question, true)
	q.showTries(question)
	q.body.Refresh()
	q.updateProgress()
	if q.OnEvidence != nil {
		q.OnEvidence(r.Sentence)
	}
}

// showTries enables Check while tries are left and says how many.
func (q *QuizPanel) showTries(question quiz.Question) {
	q.CheckButton.SetText("Check")
	if q.triesLeft(question.ID) {
		q.CheckButton.Enable()
		if q.attemptsAllowed > 0 {
			q.CheckButton.SetText(fmt.Sprintf("Check (try %d of %d)", q.attempts[question.ID]+1, q.attemptsAllowed))
		}
		return
	}
	q.CheckButton.Disable()
	q.CheckButton.SetText("No tries left")
}

// verdictWords are the plain words a student sees for each verdict.
var verdictWords = map[quiz.Verdict]struct {
	text, plain string
	importance  widget.Importance
}{
	quiz.Correct:   {"✔ Correct", "correct", widget.SuccessImportance},
	quiz.Partial:   {"◐ Partly right", "partly right", widget.WarningImportance},
	quiz.Incorrect: {"✘ Incorrect", "incorrect", widget.DangerImportance},
	quiz.Unclear:   {"Try again", "unclear", widget.WarningImportance},
}

func (q *QuizPanel) showResult(question quiz.Question, checked bool) {
	r, ok := q.results[question.ID]
	if !checked || !ok {
		q.Verdict.SetText("")
		q.Explanation.SetText("")
		return
	}
	w := verdictWords[r.Verdict]
	q.Verdict.Importance = w.importance
	q.Verdict.SetText(w.text)
	expl := r.Explanation
	if r.Verdict != quiz.Correct {
		// Explanations often open with the answer itself ("Yes. The
		// article says …"): say it once.
		expl = strings.TrimSpace(strings.TrimPrefix(expl, question.Answer+"."))
		expl = "The answer: " + question.Answer + ". " + expl
	}
	q.Explanation.SetText(expl)
}

func (q *QuizPanel) updateProgress() {
	if len(q.questions) > 0 {
		q.Progress.SetValue(float64(len(q.results)) / float64(len(q.questions)))
	}
}

// Result returns the latest verdict for question i, if it was checked.
func (q *QuizPanel) Result(i int) (quiz.Result, bool) {
	r, ok := q.results[q.questions[i].ID]
	return r, ok
}
