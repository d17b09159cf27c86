package ui

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/grading"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

// Publisher stores a lesson's published questions; *store.Store
// implements it.
type Publisher interface {
	PublishLesson(lessonID int64, questionsJSON string, count, attemptsAllowed int) error
	SetLessonRules(lessonID int64, rules classroom.Settings) error
}

// attemptChoices are the teacher's options for tries per question.
var attemptChoices = []string{"No limit", "1 try", "2 tries", "3 tries"}

// revealChoices are the teacher's options for when the answer shows, in
// the order of classroom's Reveal values below.
var revealChoices = []string{"After the last try", "After handing in", "Never: I will go through it"}

var revealValues = []string{classroom.RevealAfterLastTry, classroom.RevealAfterHandIn, classroom.RevealNever}

// countsChoices are the teacher's options for which try counts, in the
// order of grading.Rules.
var countsChoices = []string{"The first right one (within the tries)", "Only the first try", "The last try (within the tries)"}

// Editor lets the teacher change the quiz before publishing it: edit,
// delete, add and reorder questions; edit answers, wrong options and
// explanations; choose how many tries students get. Nothing is stored
// until Publish; then the questions stay with the lesson, and opening
// the same article again keeps them.
type Editor struct {
	Content fyne.CanvasObject
	// Questions is the quiz being edited, in order.
	Questions []quiz.Question
	Selected  int

	List                        *fyne.Container
	Prompt, Answer, Explanation *widget.Entry
	Accepted, Distractors       *widget.Entry
	Evidence, Attempts, Kind    *widget.Select
	// Reveal says when students see the answer; ShowScore whether
	// their end screen counts their right answers.
	Reveal    *widget.Select
	ShowScore *widget.Check
	// Counts says which try counts in the score.
	Counts                         *widget.Select
	Count                          *widget.Select
	Add, Up, Down, Delete, Publish *widget.Button
	Status                         *widget.Label
	// Why says why Lede asked the selected question.
	Why         *widget.Label
	OnPublished func([]quiz.Question, classroom.Settings)
	// Confirm asks the teacher a yes-or-no question (a dialog; tests
	// answer it); nil goes ahead.
	Confirm         func(question string, answer func(yes bool))
	lesson          *lesson.Lesson
	pub             Publisher
	lessonID        int64
	loading         bool
	sentenceOptions []string
	kindOptions     []string
	// dirty marks edits not yet published.
	dirty bool
}

// NewEditor builds the editor for a stored lesson.
func NewEditor(l *lesson.Lesson, pub Publisher, lessonID int64, settings classroom.Settings) *Editor {
	e := &Editor{lesson: l, pub: pub, lessonID: lessonID, Questions: append([]quiz.Question(nil), l.Questions...)}
	e.build(settings)
	e.refreshList()
	e.Select(0)
	if !l.Published {
		e.Status.SetText(quiz.CountNote(len(e.Questions), quiz.DefaultCount))
	}
	return e
}

func (e *Editor) build(settings classroom.Settings) {
	multi := func(placeholder string) *widget.Entry {
		w := widget.NewMultiLineEntry()
		w.Wrapping = fyne.TextWrapWord
		w.SetPlaceHolder(placeholder)
		w.SetMinRowsVisible(2)
		return w
	}
	e.Prompt = multi("The question students see")
	e.Answer = widget.NewEntry()
	e.Accepted = multi("Other answers that count as right, one per line")
	e.Distractors = multi("Wrong answers from the article, one per line (the options of a multiple-choice question)")
	e.Explanation = multi("Shown after checking: why the answer is right")
	for i, s := range e.lesson.Article.Sentences {
		e.sentenceOptions = append(e.sentenceOptions, fmt.Sprintf("%d. %s", i+1, shorten(s.Text, 70)))
	}
	e.Evidence = widget.NewSelect(e.sentenceOptions, nil)
	for _, k := range quiz.TeacherKinds {
		e.kindOptions = append(e.kindOptions, quiz.KindLabel(k))
	}
	e.Kind = widget.NewSelect(e.kindOptions, func(string) { e.apply() })
	for _, w := range []*widget.Entry{e.Prompt, e.Answer, e.Accepted, e.Distractors, e.Explanation} {
		w.OnChanged = func(string) { e.apply() }
	}
	e.Evidence.OnChanged = func(string) { e.apply() }
	e.Attempts = widget.NewSelect(attemptChoices, nil)
	e.Attempts.SetSelectedIndex(min(max(settings.Attempts, 0), len(attemptChoices)-1))
	e.Reveal = widget.NewSelect(revealChoices, nil)
	e.Reveal.SetSelectedIndex(max(slices.Index(revealValues, settings.Reveal), 0))
	e.ShowScore = widget.NewCheck("Students see their score at the end", nil)
	e.ShowScore.SetChecked(!settings.HideScore)
	e.Counts = widget.NewSelect(countsChoices, nil)
	e.Counts.SetSelectedIndex(max(slices.Index(grading.Rules, settings.Counts), 0))
	e.Count = widget.NewSelect(countChoices, func(s string) { e.regenerate(s) })
	e.Count.PlaceHolder = fmt.Sprintf("%d questions", len(e.Questions))
	e.Add = widget.NewButton("Add a question", e.addQuestion)
	e.Up = widget.NewButton("Move up", func() { e.move(-1) })
	e.Down = widget.NewButton("Move down", func() { e.move(1) })
	e.Delete = widget.NewButton("Delete", e.deleteQuestion)
	e.Publish = widget.NewButton("Publish", e.publish)
	e.Publish.Importance = widget.HighImportance
	e.Status = widget.NewLabel("")
	e.Status.Wrapping = fyne.TextWrapWord
	e.Why = widget.NewLabel("")
	e.Why.Wrapping = fyne.TextWrapWord
	e.List = container.New(wrapColumn{})
	form := widget.NewForm(
		widget.NewFormItem("Kind", e.Kind),
		widget.NewFormItem("Question", e.Prompt),
		widget.NewFormItem("Answer", e.Answer),
		widget.NewFormItem("Also right", e.Accepted),
		widget.NewFormItem("Wrong options", e.Distractors),
		widget.NewFormItem("Explanation", e.Explanation),
		widget.NewFormItem("Evidence", e.Evidence),
		widget.NewFormItem("Asked because", e.Why),
	)
	left := container.NewBorder(container.NewBorder(nil, nil, widget.NewLabel("Make"), nil, e.Count),
		container.NewGridWithColumns(2, e.Add, e.Delete, e.Up, e.Down), nil, nil,
		container.NewVScroll(e.List))
	right := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(),
		widget.NewForm(widget.NewFormItem("Tries per question", e.Attempts), widget.NewFormItem("Which try counts", e.Counts),
			widget.NewFormItem("Show the answer", e.Reveal), widget.NewFormItem("", e.ShowScore)),
		container.NewBorder(nil, nil, nil, e.Publish, e.Status)),
		nil, nil, container.NewVScroll(form))
	split := container.NewHSplit(left, right)
	split.Offset = 0.35
	e.Content = split
}

// refreshList redraws the list of questions, the selected one marked.
func (e *Editor) refreshList() {
	e.List.Objects = nil
	for i, q := range e.Questions {
		i := i
		b := widget.NewButton(fmt.Sprintf("%d. %s", i+1, shorten(q.Prompt, 60)), func() { e.Select(i) })
		b.Alignment = widget.ButtonAlignLeading
		if i == e.Selected {
			b.Importance = widget.HighImportance
		}
		e.List.Add(b)
	}
	e.List.Refresh()
}

// Select shows question i in the form.
func (e *Editor) Select(i int) {
	if len(e.Questions) == 0 {
		e.Selected = -1
		return
	}
	e.Selected = max(0, min(i, len(e.Questions)-1))
	q := e.Questions[e.Selected]
	e.loading = true
	e.Prompt.SetText(q.Prompt)
	e.Answer.SetText(q.Answer)
	e.Accepted.SetText(strings.Join(without(q.Accepted, q.Answer), "\n"))
	e.Distractors.SetText(strings.Join(q.Distractors, "\n"))
	e.Explanation.SetText(q.Explanation)
	e.Why.SetText(askedBecause(q))
	// A generated question keeps its own kind; a teacher's may be any
	// of the kinds a teacher can choose.
	e.Kind.SetSelected(quiz.KindLabel(q.Kind))
	if q.Reason == "" {
		e.Kind.Enable()
	} else {
		e.Kind.Disable()
	}
	if q.Sentence >= 0 && q.Sentence < len(e.sentenceOptions) {
		e.Evidence.SetSelectedIndex(q.Sentence)
	} else {
		e.Evidence.ClearSelected()
	}
	e.loading = false
	e.refreshList()
}

// apply copies the form into the selected question.
func (e *Editor) apply() {
	if e.loading || e.Selected < 0 {
		return
	}
	q := &e.Questions[e.Selected]
	if i := e.Kind.SelectedIndex(); i >= 0 && q.Reason == "" {
		q.Kind = quiz.TeacherKinds[i]
	}
	q.Prompt, q.Answer, q.Explanation = e.Prompt.Text, e.Answer.Text, e.Explanation.Text
	q.Accepted = append([]string{e.Answer.Text}, strings.Split(e.Accepted.Text, "\n")...)
	q.Distractors = strings.Split(e.Distractors.Text, "\n")
	if i := e.Evidence.SelectedIndex(); i >= 0 {
		q.Sentence, q.Evidence = i, e.lesson.Article.Sentences[i].Span
	}
	e.Status.SetText("Not published yet.")
	e.dirty = true
}

// askedBecause is the reason Lede gives for a question, or what the
// teacher wrote.
func askedBecause(q quiz.Question) string {
	if q.Reason == "" {
		return "your own question"
	}
	return q.Reason
}

// countChoices are the quiz lengths the editor can generate.
var countChoices = []string{"5 questions", "8 questions", "10 questions", "12 questions", "15 questions", "20 questions"}

// regenerate makes the quiz again with another number of questions. The
// list being edited is replaced; nothing is stored until Publish.
func (e *Editor) regenerate(choice string) {
	var n int
	if _, err := fmt.Sscanf(choice, "%d", &n); err != nil || n <= 0 {
		return
	}
	remake := func() {
		e.Questions = quiz.Generate(e.lesson.Article, e.lesson.Analysis, n)
		e.Select(0)
		e.dirty = true
		e.Status.SetText(quiz.CountNote(len(e.Questions), n) + " This replaces the list above; publish to keep it.")
	}
	if !e.dirty || e.Confirm == nil {
		remake()
		return
	}
	e.Confirm(fmt.Sprintf("Make %d new questions? Your changes to this quiz, not yet published, will be lost.", n), func(yes bool) {
		if yes {
			remake()
		}
	})
}

// Dirty reports whether there are edits not yet published.
func (e *Editor) Dirty() bool { return e.dirty }

func (e *Editor) addQuestion() {
	s := e.lesson.Article.Sentences[0]
	e.Questions = append(e.Questions, quiz.Question{ID: quiz.NewQuestionID(), Kind: quiz.ShortAnswer,
		Sentence: 0, Evidence: s.Span, Difficulty: 2})
	e.Select(len(e.Questions) - 1)
	e.dirty = true
	e.Status.SetText("Choose the kind, write the question and its answer (and wrong options for multiple choice), then choose the sentence that shows it.")
}

func (e *Editor) deleteQuestion() {
	if e.Selected < 0 {
		return
	}
	e.Questions = append(e.Questions[:e.Selected], e.Questions[e.Selected+1:]...)
	e.Select(e.Selected)
	e.dirty = true
	e.Status.SetText("Not published yet.")
}

func (e *Editor) move(by int) {
	j := e.Selected + by
	if e.Selected < 0 || j < 0 || j >= len(e.Questions) {
		return
	}
	e.Questions[e.Selected], e.Questions[j] = e.Questions[j], e.Questions[e.Selected]
	e.Select(j)
	e.dirty = true
	e.Status.SetText("Not published yet.")
}

// publish tidies and stores the questions; a question without a prompt
// or an answer stops it, and is selected so the teacher can finish it.
func (e *Editor) publish() {
	if len(e.Questions) == 0 {
		e.Status.SetText("A lesson needs at least one question.")
		return
	}
	for i := range e.Questions {
		if q := &e.Questions[i]; q.Kind == quiz.FindSentence && q.Reason == "" {
			// The answer is the evidence sentence; the options, the
			// sentences around it.
			q.Answer, q.Distractors = quiz.SentenceChoices(e.lesson.Article, q.Sentence)
			q.Accepted = []string{q.Answer}
		}
		if !e.Questions[i].Tidy() {
			e.Select(i)
			e.Status.SetText(fmt.Sprintf("Question %d needs a question and an answer before the lesson can be published.", i+1))
			return
		}
		if p := e.Questions[i].Problem(); p != "" {
			e.Select(i)
			e.Status.SetText(fmt.Sprintf("Question %d: %s.", i+1, p))
			return
		}
		if q := &e.Questions[i]; q.Reason == "" && q.Kind == quiz.YesNo {
			// A teacher's yes or no is read as lede eval answers reads it:
			// a reason the article does not give is wrong ("No, she said
			// climate change was to blame" where she declined to say;
			// held-out set 20).
			q.Said = quiz.ArticleSentences(e.lesson.Article)
		} else if q.Reason == "" && !quiz.Picks(q.Kind) {
			// A teacher's question keyed with a person's name also takes
			// how the article describes them ("the Tory leader", "the
			// former Sun editor" a sentence on), an
			// organisation's and an amount's other forms the article
			// gives, as lede eval answers does; and a name one slip from
			// the key ("Gombe" for "Gombi") is wrong.
			var wrong []string
			q.Accepted, wrong = quiz.TeacherKey(q.Accepted, e.lesson.Article)
			q.Said = quiz.KeySentences(q.Accepted, e.lesson.Article) // what an answer adds is read against them (held-out set 19)
			for _, n := range wrong {
				if !slices.Contains(q.Distractors, n) {
					q.Distractors = append(q.Distractors, n)
				}
			}
		}
	}
	body, err := json.Marshal(e.Questions)
	if err == nil {
		err = e.pub.PublishLesson(e.lessonID, string(body), len(e.Questions), e.Attempts.SelectedIndex())
	}
	settings := e.settings()
	if err == nil {
		err = e.pub.SetLessonRules(e.lessonID, settings)
	}
	if err != nil {
		e.Status.SetText(Friendly(err))
		return
	}
	e.dirty = false
	e.Status.SetText(fmt.Sprintf("Published: %d questions. Students see them the next time they open the lesson.", len(e.Questions)))
	if e.OnPublished != nil {
		e.OnPublished(append([]quiz.Question(nil), e.Questions...), settings)
	}
}

// settings are the lesson settings the editor shows.
func (e *Editor) settings() classroom.Settings {
	return classroom.Settings{Attempts: e.Attempts.SelectedIndex(), Reveal: revealValues[max(e.Reveal.SelectedIndex(), 0)],
		HideScore: !e.ShowScore.Checked, Counts: grading.Rules[max(e.Counts.SelectedIndex(), 0)]}
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if !strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(s)) {
			out = append(out, x)
		}
	}
	return out
}
