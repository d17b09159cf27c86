package ui

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/grading"
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
	Counter *widget.Label
	// counterBase is the counter's "Question N of M", without the
	// prompt's start it shows while the prompt is out of sight.
	counterBase string
	Prompt      *widget.Label
	Entry       *answerEntry
	Choices     *ChoiceList
	CheckButton *RingButton
	Verdict     *widget.Label
	VerdictIcon *widget.Icon
	Explanation *widget.Label
	// room is a line's space under the explanation, shown only where the
	// explanation needs it to scroll into sight (showVerdict).
	room *canvas.Rectangle
	// verdictRow is the verdict with its icon; it and the explanation
	// stand where placeVerdict puts them.
	verdictRow *fyne.Container
	Previous   *RingButton
	Next       *RingButton
	Finish     *RingButton
	// Map has one numbered button per question, marked once checked:
	// "11 of 12 answered" then says which one is missing.
	Map      []*RingButton
	Answered *widget.Label
	// answeredBase is the line under the map without the words a check
	// adds to it (what the round arrow means, which try counts): it
	// decides whether the header stands fixed (stickyHeader).
	answeredBase string
	// End is the end screen: what was answered, what to look at again,
	// and Hand in.
	End     *EndScreen
	Content fyne.CanvasObject

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
	// EvidenceText, if set, is the article's text that answers a
	// question (its sentence, or a line outside the body, such as the
	// page's footer), or "": the end screen quotes the evidence of each
	// question to look at again.
	EvidenceText func(q quiz.Question) string
	// OnHighlight is called with a checked question's evidence sentence
	// when the student comes back to it; nothing is saved.
	OnHighlight func(sentence int)
	// OnError is called when an answer cannot be saved.
	OnError func(error)
	loading bool
	// attemptsAllowed limits the tries per question (0: no limit).
	attemptsAllowed int
	// reveal and hideScore are the rest of the lesson's settings;
	// handedIn is set once the student handed in.
	reveal    string
	hideScore bool
	counts    grading.Rule
	handedIn  bool
	// handInAt is when the answers last reached the teacher (zero: not
	// known), and handInTries how many checked tries they held then.
	handInAt    time.Time
	handInTries int
	// tries holds each question's verdicts in order: how many tries were
	// made, and the score the end screen shows by the grading rule.
	tries map[string][]grading.Try
	// body holds the prompt, answer and verdict; it is laid out again
	// whenever they change, because a wrapped label keeps the height it
	// had at its old text until its container is.
	body   *fyne.Container
	scroll *container.Scroll
	// header is the counter, the map and the answered line; it stands in
	// headerFixed above the scroll where the panel has room, else in
	// headerInScroll (stickyHeader). page holds both and the scroll;
	// headerWidth is the width the header is laid out at.
	header, headerInScroll, headerFixed, page *fyne.Container
	headerWidth                               float32
	headerIsFixed                             bool
	// cue says, under the question, that more of it is out of sight.
	cue *moreCue
	// edgeMask hides what the scroll's bottom edge runs across.
	edgeMask *edgeMask
	// verdictAt is where the verdict stands (placeVerdict).
	verdictAt verdictPlace
	// entryBox holds the answer field and, in its place once the
	// question has no try left, the checked answer as plain text.
	entryBox *fyne.Container
	// LockedAnswer shows the checked answer in the text's own colour:
	// Fyne draws a disabled field's text in a grey below 4.5:1 (issue 11),
	// and a theme override to redraw it parsed the fonts again on every
	// refresh (issue 16).
	LockedAnswer *widget.Label
	// movedAt is when Go last moved the focus to an answer (justMoved).
	movedAt time.Time
	// pages shows the question or the end screen.
	pages *fyne.Container
	// canvas is where keyboard focus goes after Next; nil in tests that
	// have no window.
	canvas fyne.Canvas
	// OnLeave is called when another question is shown, to clear the
	// evidence highlight of the one before.
	OnLeave func()
	// OnHandIn is called by the end screen's Hand in button.
	OnHandIn func()
	// OnSwitchStudent is called by the end screen's Switch student.
	OnSwitchStudent func()
}

// NewQuizPanel builds the panel for a student's run through questions,
// resuming from their stored progress.
func NewQuizPanel(qs []quiz.Question, rec Recorder, studentID, lessonID int64, p store.Progress) *QuizPanel {
	q := &QuizPanel{questions: qs, rec: rec, studentID: studentID, lessonID: lessonID,
		results: map[string]quiz.Result{}, answers: map[string]string{}, drafts: p.Drafts,
		tries: map[string][]grading.Try{}}
	for id, t := range p.Tries {
		q.tries[id] = append([]grading.Try(nil), t...)
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
	q.Counter.Truncation = fyne.TextTruncateEllipsis // one line, with the prompt's start (sayWhatIsAsked)
	q.Prompt = widget.NewLabel("")
	q.Prompt.Wrapping = fyne.TextWrapWord
	q.Prompt.SizeName = theme.SizeNameSubHeadingText
	q.Entry = newAnswerEntry(q.justMoved)
	q.Entry.SetPlaceHolder(answerHints[0])
	q.Entry.OnSubmitted = func(string) { q.Check() }
	q.Entry.OnChanged = q.onAnswerChanged
	q.Choices = NewChoiceList(q.onAnswerChanged)
	q.Choices.OnSubmit = q.Check
	q.Choices.OnFocus = q.scrollIntoView
	q.Choices.Reveal = q.revealChoice
	q.Choices.Moved = q.justMoved
	q.Choices.OnScrollKey = q.pageKey
	q.Entry.onScrollKey = q.pageKey
	q.CheckButton = NewRingButton("Check", q.Check)
	q.CheckButton.Importance = widget.HighImportance
	// Reached by Tab, Check scrolls into sight the quiz's own way: what
	// scrolls away above hides whole. The least scroll left "0 of 8
	// answered." cut through at the panel's top edge at 200 % in
	// OpenDyslexic on a 1024×700 laptop (a keyboard-only walk of the real
	// window; TestTabToCheckCutsNoLine).
	q.CheckButton.OnFocus = func() { q.scrollIntoView(q.CheckButton) }
	q.Verdict = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// Wrapped, the verdict's words do not set the panel's least width:
	// they pushed the divider beside the article after Check.
	q.Verdict.Wrapping = fyne.TextWrapWord
	q.VerdictIcon = widget.NewIcon(nil)
	q.VerdictIcon.Hide()
	q.Explanation = widget.NewLabel("")
	q.Explanation.Wrapping = fyne.TextWrapWord
	q.Previous = NewRingButton("Previous", q.goBack)
	q.Next = NewRingButton("Next", func() { q.Go(q.current + 1) })
	q.Finish = NewRingButton("Finish", q.ShowEnd)
	for _, b := range []*RingButton{q.CheckButton, q.Previous, q.Next, q.Finish} {
		b.OnScrollKey = q.ScrollKey
	}
	q.Answered = widget.NewLabel("")
	q.Answered.Wrapping = fyne.TextWrapWord
	nav := container.NewGridWithColumns(3, q.Previous, q.Next, q.Finish)
	q.verdictRow = container.NewBorder(nil, nil, q.VerdictIcon, nil, q.Verdict)
	// Locked once checked, the answer keeps the text's own colour: in
	// Fyne's disabled grey it was hard to read (issue 11).
	q.LockedAnswer = widget.NewLabel("")
	q.LockedAnswer.Wrapping = fyne.TextWrapWord
	q.LockedAnswer.Hide()
	q.entryBox = container.NewStack(q.Entry, q.LockedAnswer)
	q.room = canvas.NewRectangle(color.Transparent)
	q.room.Hide()
	q.body = container.New(wrapColumn{})
	q.placeVerdict(verdictUnderCheck)
	// The counter, the map and the progress line scroll with the question:
	// fixed above it, at large text they took the panel's height and
	// pushed Previous, Next and Finish off the window (student walk, 130 %
	// and up). Only those three stay fixed. The question keeps clear of
	// the scroll bar, which is drawn over the panel's right edge.
	q.header = container.New(wrapColumn{}, q.buildMap(), q.Answered, widget.NewSeparator())
	q.headerInScroll = container.NewStack(q.header)
	q.headerFixed = container.NewStack()
	q.scroll = container.NewVScroll(container.New(clearOfScrollBar{}, container.NewVBox(q.headerInScroll, q.body)))
	// The header stands fixed above the question where the panel has
	// room for it, so the map stays in sight after Check (at 150 % it
	// scrolled away with the question); where it has not, it scrolls.
	// The counter ("Question 3 of 10") always stands fixed on top: at
	// 200 % a question whose focused choice was low in the panel opened
	// with it scrolled away (issue 11, a new student's walk).
	q.cue = newMoreCue()
	q.scroll.OnScrolled = func(fyne.Position) { q.sayWhereMoreIs() }
	q.edgeMask = newEdgeMask()
	q.page = container.New(&stickyHeader{q: q}, q.Counter, q.headerFixed, q.scroll, q.cue.box, q.edgeMask)
	q.End = newEndScreen(q)
	q.pages = container.NewStack(q.page)
	q.Content = container.NewPadded(container.NewBorder(nil, nav, nil, nil, q.pages))
}

// mapColumns is the most buttons in a row of the question map.
const mapColumns = 6

// buildMap makes the question map: a button per question, in rows as
// wide as the panel allows (mapLayout).
func (q *QuizPanel) buildMap() fyne.CanvasObject {
	if len(q.questions) == 0 {
		return container.NewStack()
	}
	grid := container.New(&mapLayout{width: func() float32 { return q.headerWidth }})
	for i := range q.questions {
		b := NewRingButton(fmt.Sprint(i+1), func() { q.Go(i) })
		// Tab and Shift+Tab reach the map from the answer; at large text
		// it may be scrolled out of sight.
		b.OnFocus = func() { q.scrollIntoView(b) }
		b.OnScrollKey = q.ScrollKey
		q.Map = append(q.Map, b)
		grid.Add(b)
	}
	// Its buttons have half Fyne's inner padding: mapLayout.cell.
	return grid
}

// SetCanvas tells the panel where the keyboard focus lives, so that
// moving to a question puts the focus on its answer.
func (q *QuizPanel) SetCanvas(c fyne.Canvas) { q.canvas = c }

// Go shows question i, as Next, Previous and the map do: the quiz page
// comes back if the end screen was up, and the focus moves to the
// answer field or the first choice.
func (q *QuizPanel) Go(i int) {
	q.pages.Objects = []fyne.CanvasObject{q.page}
	q.pages.Refresh()
	q.Show(i)
	q.movedAt = time.Now()
	q.FocusAnswer(q.canvas)
}

// goBack shows the question before, as Previous does, and keeps the
// focus on Previous while there is a question before that: going back
// several questions is pressing Enter again. The focus jumped to Next on
// a checked question (issue 11, a new student's walk); on the first
// question it goes to the answer, as with Go.
func (q *QuizPanel) goBack() {
	to := q.current - 1
	if q.Ended() {
		to = q.current // from the end screen, back to the question it came from
	}
	q.Go(to)
	if q.canvas == nil || q.Previous.Disabled() {
		return
	}
	q.movedAt = time.Time{} // no key of Previous's reaches the answer
	q.canvas.Focus(q.Previous)
}

// justMoved reports whether Go moved the focus a moment ago: the Space
// that pressed Next then reaches the answer field or the first choice as
// a typed space, and must not type or pick anything (a student walk
// found "no pe" saved, and a first option picked by arriving).
func (q *QuizPanel) justMoved() bool {
	moved := !q.movedAt.IsZero() && time.Since(q.movedAt) < 300*time.Millisecond
	q.movedAt = time.Time{} // one keystroke at most
	return moved
}

// yInScroll is how far down the scrolled question obj stands.
func (q *QuizPanel) yInScroll(obj fyne.CanvasObject) float32 {
	if p, ok := posIn(q.scroll.Content, obj); ok {
		return p.Y
	}
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(q.scroll.Content).Y
}

// posIn is where obj stands inside root, found through the containers
// between them (and a ChoiceList's rows): the driver knows where an
// object is only once the window has drawn it, and in the real window
// a lesson just opened was not drawn yet, so every part of the question
// stood at 0 and it opened scrolled to the map (a new student's walk).
func posIn(root, obj fyne.CanvasObject) (fyne.Position, bool) {
	if root == obj {
		return fyne.Position{}, true
	}
	var kids []fyne.CanvasObject
	switch c := root.(type) {
	case *fyne.Container:
		kids = c.Objects
	case *ChoiceList:
		kids = []fyne.CanvasObject{c.box}
	case *container.ThemeOverride:
		kids = []fyne.CanvasObject{c.Content}
	}
	for _, k := range kids {
		if p, ok := posIn(k, obj); ok {
			return p.Add(k.Position()), true
		}
	}
	return fyne.Position{}, false
}

// scrollIntoView scrolls the question so that obj, a part of it, shows:
// at large text the choices run below the panel, and the arrow keys
// must not pick one the student cannot see.
func (q *QuizPanel) scrollIntoView(obj fyne.CanvasObject) {
	if q.headerIsFixed {
		if _, in := posIn(q.header, obj); in {
			return // a map button above the scroll is in sight
		}
	}
	picked := q.pickedRow(obj)
	if picked {
		// Laid out again first: picked, the option's words are bold, and
		// may take another line (TestCheckShowsAfterAPick). The one
		// picked before may give one back, and the question end too soon
		// for the offset it had: room under it keeps the place, or the
		// offset cut to fit ran across a line of the verdict's
		// explanation or a choice (TestArrowsAfterNoAnswerCutNoLine).
		was := q.scroll.Offset.Y
		q.scroll.Content.Refresh()
		q.refreshScroll()
		if q.scroll.Offset.Y < was-0.5 {
			q.scroll.Offset.Y = q.roomToScroll(was)
			q.refreshScroll()
		}
	}
	// A padding's room around it, for the ring drawn outside its edge.
	top := max(q.yInScroll(obj)-theme.Padding(), 0)
	bottom, view := q.yInScroll(obj)+obj.Size().Height+theme.Padding(), q.scroll.Size().Height
	if picked && q.CheckButton.Visible() && !q.CheckButton.Disabled() {
		// The option picked, and the Check button under all the choices
		// where they fit together: at 200 % on a 1366×768 laptop Check
		// stood a Page Down away after choosing, and a student saw nothing
		// to press (a keyboard-only walk of the real window;
		// TestCheckShowsAfterAPick).
		if end := q.yInScroll(q.CheckButton) + q.CheckButton.Size().Height + theme.Padding(); end-top <= view+0.5 && !q.pickKeepsThePrompt(bottom, end) {
			bottom = max(bottom, end)
		}
	}
	switch {
	case top < q.scroll.Offset.Y:
		q.scroll.Offset.Y = top
	case bottom > q.scroll.Offset.Y+view:
		// The top first; what scrolls away above hides whole: the least
		// scroll left a line of the prompt cut through at the panel's
		// top edge at FYNE_SCALE=2 (TestArrowsAndCheckCutNoLine).
		q.scroll.Offset.Y = q.roomToScroll(min(q.wholeFrom(bottom-view), top))
	default:
		return
	}
	q.refreshScroll()
	if _, in := posIn(q.Choices, obj); in {
		// As the arrow keys move the ring down the choices, the prompt
		// hides whole, not a line at a time: its last lines stood alone
		// at the panel's top (TestNoHalfPromptAfterAnArrow).
		q.showPromptWhole()
	}
}

// pickKeepsThePrompt reports whether a pick whose option ends at bottom
// in the question keeps the prompt in sight rather than show the Check
// button, ending at end: where the prompt's first line is in sight, the
// option fits the panel under the prompt's top and Check does not. At
// 200 % on a 1366×768 laptop Space on CNBC, the first option of "Which
// source does the article give for this claim: …?", scrolled the whole
// prompt away to show Check, with blank room under it: the student
// picked with nothing in sight saying what was asked (a keyboard-only
// walk of the real window; TestPickKeepsThePrompt). The cue under the
// panel says that Check is below (checkBelowAfterPick), and Enter on
// the choices checks what is picked.
func (q *QuizPanel) pickKeepsThePrompt(bottom, end float32) bool {
	if !q.Prompt.Visible() || q.Prompt.Text == "" {
		return false
	}
	prompt, view := q.yInScroll(q.Prompt), q.scroll.Size().Height
	return q.promptStartInSight() && bottom-prompt <= view+0.5 && end-prompt > view+0.5
}

// pickedRow reports whether obj is the choice with the ring and it is
// the one picked.
func (q *QuizPanel) pickedRow(obj fyne.CanvasObject) bool {
	rows, k := q.Choices.Rows(), q.Choices.cursor
	return q.Choices.Visible() && q.Choices.Selected != "" && k < len(rows) && rows[k] == obj &&
		k < len(q.Choices.shown) && q.Choices.shown[k] == q.Choices.Selected
}

// roomToScroll returns y, adding room under the question where it ends
// too soon to scroll there and the offset it would stop at leaves the
// panel's top edge across a line or a part (wholeFrom): after "No
// answer yet" at FYNE_SCALE=2 the ring moved to the last of four long
// choices, the question ended under Check, and the panel stopped with
// the choice two above cut in half at its top
// (TestArrowsAfterNoAnswerCutNoLine).
func (q *QuizPanel) roomToScroll(y float32) float32 {
	most := withinScroll(q.scroll, y)
	if most >= y-0.5 || q.wholeFrom(most) <= most+0.5 {
		return y
	}
	q.addRoom(y - most)
	return y
}

// addRoom adds short more blank room under the question, so that the
// panel can scroll as far as a place the question ends too soon for.
func (q *QuizPanel) addRoom(short float32) {
	if q.room.Visible() {
		short += q.room.MinSize().Height
	}
	q.room.SetMinSize(fyne.NewSize(0, short))
	q.room.Show()
	q.scroll.Content.Refresh()
	q.refreshScroll()
}

// wholeFrom is y, or where the panel's top edge at y would run across a
// row of the map, a line of the prompt or a part of the question (a
// choice, the answer, the Check button), the place under it: scrolled
// there, it hides whole.
//
// The verdict's line and the lines of its explanation hide whole too,
// where they stand above the focus: after "No answer yet" on a choice
// question the arrow keys that moved the ring down the choices left
// "No answer yet", or a line of "Pick an answer first: …", cut through
// at the panel's top edge at FYNE_SCALE=2 on a 1024×700 laptop, at
// 1.5 and at 150 % and 200 % (a keyboard-only walk of the real window;
// TestArrowsAfterNoAnswerCutNoLine).
func (q *QuizPanel) wholeFrom(y float32) float32 {
	y = q.wholeRowsFrom(q.promptLineFrom(y))
	parts := q.wholeParts()
	if q.Verdict.Text != "" && q.verdictRow.Visible() {
		parts = append(parts, q.verdictRow)
	}
	for range 2 { // a part moved past may end inside the next
		for _, part := range parts {
			if top := q.yInScroll(part); y > top+0.5 && y < top+part.Size().Height-0.5 {
				y = top + part.Size().Height
			}
		}
		if q.Explanation.Visible() && q.Explanation.Text != "" {
			y = q.lineFrom(q.Explanation, y)
		}
	}
	return y
}

// ShowEnd shows the end screen in place of the question. Previous goes
// back to the question shown before it; Next and Finish have nowhere to
// go. Left as they were, Previous was grey after Finish on question 1
// and Next skipped to question 2 (a student walk: a student who pressed
// Finish too soon could not go back the way they came).
func (q *QuizPanel) ShowEnd() {
	q.End.update()
	q.pages.Objects = []fyne.CanvasObject{q.End.Content}
	q.pages.Refresh()
	// It opens at its top, "You answered …" in sight: kept from the last
	// time, the offset showed the end of its list, the summary and Hand
	// in scrolled away above (issue 11).
	scrollToOffset(q.End.scroll, 0)
	q.Previous.Enable()
	q.Next.Disable()
	q.Finish.Disable()
	if q.canvas != nil {
		q.canvas.Focus(q.End.HandIn)
	}
}

// Ended reports whether the end screen is showing.
func (q *QuizPanel) Ended() bool {
	return len(q.pages.Objects) > 0 && q.pages.Objects[0] == q.End.Content
}

// SetAttemptsAllowed limits the tries per question; 0 is no limit.
func (q *QuizPanel) SetAttemptsAllowed(n int) {
	q.attemptsAllowed = n
	if len(q.questions) > 0 {
		q.Show(q.current)
	}
}

// SetSettings applies the lesson's settings: the tries per question,
// when the answer of a question not got right is shown, and whether the
// end screen counts the right answers.
func (q *QuizPanel) SetSettings(s classroom.Settings) {
	q.reveal, q.hideScore, q.counts = s.Reveal, s.HideScore, s.Counts
	q.SetAttemptsAllowed(s.Attempts)
}

// HandedIn tells the panel the student handed in: with the answers set
// to show after handing in, they show from now on.
func (q *QuizPanel) HandedIn() {
	q.handedIn = true
	if q.Ended() {
		q.End.update()
	} else if len(q.questions) > 0 {
		q.Show(q.current)
	}
}

// SetHandIn tells the panel when the answers last reached the teacher,
// holding tries checked tries: the end screen and the progress line say
// so, in place of "Press Finish to hand in" (issue 11, a new student's
// walk: after Hand in nothing showed it had worked, and after signing in
// again the panel asked for it once more).
func (q *QuizPanel) SetHandIn(at time.Time, tries int) {
	q.handedIn, q.handInAt, q.handInTries = true, at, tries
	if len(q.questions) > 0 {
		q.updateProgress()
	}
	if q.Ended() {
		q.End.update()
	}
}

// handInLine says when the answers were handed in, and whether answers
// were checked since; empty before a hand-in.
func (q *QuizPanel) handInLine() string {
	if !q.handedIn {
		return ""
	}
	when := "Handed in."
	if !q.handInAt.IsZero() {
		at := q.handInAt.Local()
		when = "Handed in at " + at.Format("15:04") + "."
		if y, m, d := at.Date(); y != time.Now().Year() || m != time.Now().Month() || d != time.Now().Day() {
			when = "Handed in on " + at.Format("2 January") + " at " + at.Format("15:04") + "."
		}
	}
	if q.checkedCount() > q.handInTries {
		return when + " You have checked answers since: hand in again to send them."
	}
	return when + " You can still change answers and hand in again."
}

// unanswered counts the questions with no checked answer.
func (q *QuizPanel) unanswered() int {
	n := 0
	for _, question := range q.questions {
		if _, ok := q.results[question.ID]; !ok {
			n++
		}
	}
	return n
}

// stillOpen reports whether question i was checked but is not done: not
// right, with a try left. The map marks it with a round arrow, and it
// does not count as answered until it is right or its tries are used:
// after one wrong try of two the line under the map said "1 of 9
// answered" while the map said a try was left (issue 11, a
// keyboard-only walk; TestATryLeftIsNotAnswered).
func (q *QuizPanel) stillOpen(i int) bool {
	id := q.questions[i].ID
	if _, ok := q.results[id]; !ok {
		return false
	}
	v, _ := q.Counted(i)
	return v != quiz.Correct && q.triesLeft(id)
}

// withTryLeft counts the questions still open (stillOpen).
func (q *QuizPanel) withTryLeft() int {
	n := 0
	for i := range q.questions {
		if q.stillOpen(i) {
			n++
		}
	}
	return n
}

// checkedCount counts the answers checked, every try of every question.
func (q *QuizPanel) checkedCount() int {
	n := 0
	for _, t := range q.tries {
		n += len(t)
	}
	return n
}

// keyHidden reports whether the lesson's settings keep the answer to a
// question the student did not get right from showing now, and why.
func (q *QuizPanel) keyHidden() (bool, string) {
	switch {
	case q.reveal == classroom.RevealNever:
		return true, "No tries left. Your teacher will go through the answers with the class."
	case q.reveal == classroom.RevealAfterHandIn && !q.handedIn:
		return true, "No tries left. The answer shows once you hand in."
	}
	return false, ""
}

// notYet is the hint after a wrong or partly right answer while tries
// remain: where to look, not what to type.
// A question about a line outside the body (the page's footer) has no
// sentence to highlight: the hint names the line instead (a new
// student's walk was sent to a highlight that was not there).
func notYet(v quiz.Verdict, highlighted bool, left string) string {
	where := "the highlighted sentence"
	if !highlighted {
		where = "the line the question quotes, at the end of the page"
	}
	// Short: at FYNE_SCALE=2 on a 1366×768 laptop one line fewer let
	// the answer, the verdict, this hint and Check fit the panel together.
	s := "Not yet. Look again at " + where + ", then try again."
	if v == quiz.Partial {
		s = "Partly right. Look again at " + where + ": the article says more, or says it more exactly."
	}
	return s + left
}

// triesLeftText says how many tries are left, when they are limited.
func (q *QuizPanel) triesLeftText(id string) string {
	if q.attemptsAllowed <= 0 {
		return ""
	}
	n := q.attemptsAllowed - len(q.tries[id])
	if n == 1 {
		return " You have 1 try left."
	}
	return fmt.Sprintf(" You have %d tries left.", n)
}

// triesLeft reports whether the student may check question id again.
func (q *QuizPanel) triesLeft(id string) bool {
	if q.answeredRight(id) && q.counts != grading.Last {
		// Checking a right answer again could only undo it on screen; it
		// would not count. Only where the last try counts may a student
		// still change their mind.
		return false
	}
	return q.attemptsAllowed <= 0 || len(q.tries[id]) < q.attemptsAllowed
}

// answeredRight reports whether a try at question id was right.
func (q *QuizPanel) answeredRight(id string) bool {
	return slices.ContainsFunc(q.tries[id], func(t grading.Try) bool { return t.Verdict == string(quiz.Correct) })
}

// noQuestions tells a student why the quiz is empty and what to do.
const noQuestions = "Lede could not make questions it trusts from this article. Read it anyway, and tell your teacher: they can add questions in Teacher › This lesson › Edit quiz, or open another lesson for you."

// Current returns the index of the question shown.
func (q *QuizPanel) Current() int { return q.current }

// Show displays question i with its saved answer or draft, if any.
func (q *QuizPanel) Show(i int) {
	if len(q.questions) == 0 {
		q.Counter.SetText("No questions for this article")
		q.Prompt.SetText(noQuestions)
		q.setEntryShown(false)
		q.Choices.Hide()
		// Nothing to press: greyed-out buttons only left a student
		// wondering what to do (student walk).
		for _, b := range []*RingButton{q.CheckButton, q.Previous, q.Next, q.Finish} {
			b.Disable()
			b.Hide()
		}
		return
	}
	i = max(0, min(i, len(q.questions)-1))
	if i != q.current {
		if q.OnLeave != nil {
			q.OnLeave() // the last question's evidence is not this one's
		}
		// A new question starts at its top: kept from the last one, the
		// offset could show only its end, or nothing (student walk, 150 %).
		q.scroll.ScrollToTop()
	}
	q.current = i
	question := q.questions[i]
	q.loading = true
	q.counterBase = fmt.Sprintf("Question %d of %d", i+1, len(q.questions))
	q.Counter.SetText(q.counterBase)
	q.Prompt.SetText(question.Prompt)
	answer, checked := q.answers[question.ID]
	if d, ok := q.drafts[question.ID]; ok {
		answer = d
	}
	if len(question.Choices) > 0 {
		q.setEntryShown(false)
		q.Choices.Options = question.Choices
		q.Choices.Selected = answer
		q.Choices.Refresh()
		q.Choices.Show()
	} else {
		q.Choices.Hide()
		q.Entry.SetText(answer)
		q.setEntryShown(true)
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
	q.Finish.Enable()
	q.updateProgress()
	if r, ok := q.results[question.ID]; ok && q.OnHighlight != nil {
		// Back on a checked question its evidence shows again, as after
		// the check (a new student's walk: Previous left it dark).
		q.OnHighlight(q.evidenceShown(question, r))
	}
}

// setEntryShown shows or hides the answer field.
func (q *QuizPanel) setEntryShown(shown bool) {
	if shown {
		q.entryBox.Show()
		q.Entry.Show()
		return
	}
	q.Entry.Hide()
	q.LockedAnswer.Hide()
	q.entryBox.Hide()
}

// FocusAnswer puts the keyboard focus in the answer field.
func (q *QuizPanel) FocusAnswer(c fyne.Canvas) {
	if c == nil {
		return
	}
	switch {
	case q.Entry.Visible() && !q.Entry.Disabled():
		c.Focus(q.Entry)
	case q.Choices.Visible() && !q.Choices.Locked && len(q.Choices.Rows()) > 0:
		c.Focus(q.Choices)
	case !q.Next.Disabled():
		c.Focus(q.Next) // answered: nothing to type, so on to the next
	default:
		c.Focus(q.Finish)
	}
	q.showAnswer()
}

// showAnswer opens a question at its top, the heading ("Question 3 of
// 10") in sight. Where the control with the focus is below the panel's
// edge from there, the question is scrolled the least that shows it, but
// no further than its prompt's top, which then shows whole at the top:
// at 200 % in OpenDyslexic a long choice question opened scrolled to its
// first choice, the prompt hidden above it, and a short one with a line
// of the map or the prompt cut in half at the panel's top edge (issue 11, a student walk of the
// real window). The focus stays on the answer; the first arrow key on a
// choice out of sight scrolls to it (revealChoice), Page Down reads on.
func (q *QuizPanel) showAnswer() {
	q.page.Refresh()           // the header fixed or not, for this question
	q.scroll.Content.Refresh() // laid out, in a window not yet drawn
	q.refreshScroll()
	q.scroll.Offset.Y = 0
	q.refreshScroll()
	var part fyne.CanvasObject
	switch {
	case q.Entry.Visible() && !q.Entry.Disabled():
		part = q.Entry
	case q.Choices.Visible() && !q.Choices.Locked && len(q.Choices.Rows()) > 0:
		part = q.Choices.Rows()[min(q.Choices.cursor, len(q.Choices.Rows())-1)]
	default:
		return
	}
	bottom := q.yInScroll(part) + part.Size().Height
	if q.CheckButton.Visible() && !q.CheckButton.Disabled() {
		// Down to the Check button where it fits from the prompt's top:
		// at FYNE_SCALE=2 the first question opened with it cut in half
		// at the panel's bottom edge (TestNewQuestionShowsAllOfIt).
		bottom = max(bottom, q.yInScroll(q.CheckButton)+q.CheckButton.Size().Height)
	}
	need := bottom + theme.Padding() - q.scroll.Size().Height
	if need <= 0 {
		return // in sight from the top
	}
	// The least scroll that shows it, the map as much in sight as can
	// be, but not past the prompt's top.
	q.scroll.Offset.Y = withinScroll(q.scroll, q.wholeRowsFrom(min(need, q.yInScroll(q.Prompt))))
	q.refreshScroll()
}

// wholeRowsFrom is y, or where it falls inside the map scrolling above
// the question, the top of the next row of the map (or of the line
// under it, or of the prompt): the panel's top edge cut the map's first
// row in half at 200 % (a student walk of the real window).
func (q *QuizPanel) wholeRowsFrom(y float32) float32 {
	prompt := q.yInScroll(q.Prompt)
	if y <= 0 || y >= prompt || q.headerIsFixed {
		return y
	}
	best := prompt
	var tops []float32
	for _, b := range q.Map {
		tops = append(tops, q.yInScroll(b)-theme.Padding()) // room for the ring
	}
	tops = append(tops, q.yInScroll(q.Answered))
	for _, top := range tops {
		if top >= y && top < best {
			best = top
		}
	}
	return best
}

// keepPromptWhole lays the question out again and, where the panel's
// top edge now runs across the prompt, scrolls to the prompt's top: a
// wider or narrower panel wraps the prompt into more or fewer lines,
// and the offset kept in pixels cut a line of it (seen in the real
// window moving the divider with Ctrl+[ at 200 %).
func (q *QuizPanel) keepPromptWhole() {
	if q.Ended() || len(q.questions) == 0 {
		return
	}
	q.page.Refresh()
	q.scroll.Content.Refresh()
	q.refreshScroll()
	if prompt, y := q.yInScroll(q.Prompt), q.scroll.Offset.Y; y > prompt && y < prompt+q.Prompt.Size().Height {
		q.scroll.Offset.Y = withinScroll(q.scroll, prompt)
		q.refreshScroll()
	}
}

// revealChoice scrolls a choice that is not whole in the panel into
// sight and reports whether it did: the first arrow key on a question
// opened at its prompt shows the choice with the ring before it moves
// the pick.
func (q *QuizPanel) revealChoice(row fyne.CanvasObject) bool {
	top, y := q.yInScroll(row), q.scroll.Offset.Y
	if top >= y-0.5 && top+row.Size().Height <= y+q.scroll.Size().Height+0.5 {
		return false
	}
	was := q.scroll.Offset.Y
	q.scrollIntoView(row)
	return q.scroll.Offset.Y != was // a row taller than the panel never shows whole
}

// openingHeight is the height a question needs in sight when it opens
// at width: its prompt and the control the focus lands on, with the
// room around them. Where the header standing fixed leaves less, it
// scrolls with the question instead (stickyHeader): at 200 % a long
// choice question opened scrolled to its first choice, its prompt's
// first lines cut off under the fixed map (issue 11, a new student's
// walk).
func (q *QuizPanel) openingHeight(width float32) float32 {
	if len(q.questions) == 0 || width <= 0 {
		return 0
	}
	q.Prompt.Resize(fyne.NewSize(width, q.Prompt.MinSize().Height)) // wrap it at this width first
	return q.openingHeightUnder(q.Prompt.MinSize().Height, width)
}

// openingHeightUnder is openingHeight with a prompt promptHeight high.
func (q *QuizPanel) openingHeightUnder(promptHeight, width float32) float32 {
	need := promptHeight + 3*theme.Padding()
	// The control as the question opens, checked or not: the header
	// does not jump into place after Check.
	if rows := q.Choices.Rows(); len(q.questions[q.current].Choices) > 0 && len(rows) > 0 {
		// Wrapped at this width too: measured at the width of an earlier
		// layout (a narrow one while the window opened), the first choice
		// was three times as tall, the header went into the scroll after
		// Check and the kept offset cut a choice in half at the panel's
		// top (docs/screenshot-150.png, at 150 %).
		rows[0].Resize(fyne.NewSize(width, rows[0].MinSize().Height))
		return need + rows[0].MinSize().Height
	}
	return need + q.Entry.MinSize().Height
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
	if quiz.TooLong(text) {
		// Said at once, while the student can still shorten it; the
		// draft saved last stays saved.
		q.Explanation.SetText(quiz.TooLongMessage)
		return
	}
	q.drafts[id] = text
	if q.rec != nil {
		if err := q.rec.SaveDraft(q.studentID, q.lessonID, id, text); err != nil && q.OnError != nil {
			q.OnError(err)
		}
	}
}

// noAnswerYet heads the panel when Check is pressed with nothing
// picked or typed.
const noAnswerYet = "No answer yet"

// notMarked heads the panel when Lede cannot read the answer as one
// (quiz.Unclear: "nop" to a yes-or-no question, an answer too long).
// "Try again", in a verdict's orange, told a student who typed "nop"
// that no was wrong, and nothing said the try was not spent (issue 11,
// a student walk).
const notMarked = "Not marked — no try used"

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
	if q.repeatsLastTry(question.ID, text) {
		q.showNotMarked(sameAnswer, widget.WarningImportance, sameAnswerSays)
		return
	}
	r := quiz.Check(question, text)
	if r.Verdict == quiz.Unclear {
		// Nothing picked or typed is not an answer to try again: an
		// orange "Try again" read as a wrong answer to a new student who
		// pressed Enter on a choice's ring (TestNoAnswerIsNotCalledWrong).
		// An answer Lede cannot read ("nop", "yse") is not wrong either,
		// and costs no try: said in the text's own colour, not a
		// verdict's orange, and in words (TestUnreadAnswerIsNotCalledWrong).
		heading, importance := notMarked, widget.MediumImportance
		if strings.TrimSpace(text) == "" {
			heading, importance = noAnswerYet, widget.WarningImportance
		}
		q.showNotMarked(heading, importance, r.Explanation)
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
	q.tries[question.ID] = append(q.tries[question.ID], grading.Try{Verdict: string(r.Verdict)})
	q.answers[question.ID] = text
	q.results[question.ID] = r
	// The line under the map first: grown to two lines, it leaves the
	// question less room, which decides where the verdict stands
	// (nearTheFocus).
	q.updateProgress()
	q.showResult(question, true)
	q.showTries(question)
	q.body.Refresh()
	q.focusOnwards(question)
	// The verdict and explanation sit under the answer; at large text
	// they would fall below the panel, so scroll them into view.
	q.showVerdict()
	if q.triesLeft(question.ID) {
		q.lineVerdict()
	}
	q.showPromptWhole()
	if q.triesLeft(question.ID) {
		q.selectTheTriedAnswer()
	}
	if q.OnEvidence != nil {
		q.OnEvidence(q.evidenceShown(question, r))
	}
}

// evidenceShown is the sentence to highlight after a check of question:
// its evidence — where to look, while a try is left — or -1 once its
// tries are spent without the right answer and the teacher keeps the
// answers back, where the highlight only gives away where the answer
// is (issue 11, an independent audit: with "Show the answer: never" the
// evidence stayed lit after the last wrong try).
func (q *QuizPanel) evidenceShown(question quiz.Question, r quiz.Result) int {
	if hidden, _ := q.keyHidden(); hidden && r.Verdict != quiz.Correct && !q.triesLeft(question.ID) {
		return -1
	}
	return r.Sentence
}

// showNotMarked heads the panel with why an answer was not marked, and
// what to do, where the verdict stands; the focus stays on the answer.
func (q *QuizPanel) showNotMarked(heading string, importance widget.Importance, says string) {
	q.Verdict.SetText(heading)
	q.Verdict.Importance = importance
	q.Verdict.Refresh()
	q.setVerdictIcon(nil)
	q.Explanation.SetText(says)
	q.placeVerdict(q.nearTheFocus()) // the focus stays on the answer
	q.showVerdict()                  // at 200 % it could stand below the panel's edge
	q.lineVerdict()
	q.showPromptWhole()
	q.selectTheTriedAnswer()
}

// The answer already tried and not right, checked again: Enter pressed
// twice in a hurry after a wrong try spent the last try on the same
// wrong answer (issue 11, an independent audit of the real window) —
// nothing learnt, a try lost. It costs no try.
const (
	sameAnswer     = "Same answer as before — no try used"
	sameAnswerSays = "You tried this answer already, and it was not right. Change it, then Check."
)

// repeatsLastTry reports whether text is the answer last tried at
// question id, and that try was not right: the same words, whatever
// their case or spacing.
func (q *QuizPanel) repeatsLastTry(id, text string) bool {
	tries := q.tries[id]
	if len(tries) == 0 || tries[len(tries)-1].Verdict == string(quiz.Correct) {
		return false
	}
	last, ok := q.answers[id]
	return ok && strings.TrimSpace(text) != "" && sameWords(last, text)
}

// sameWords reports whether a and b are the same words, whatever their
// case or the spaces between them.
func sameWords(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// selectTheTriedAnswer selects the answer in the field after a try that
// leaves it there for another (wrong, partly right, or not marked), so
// that the next answer typed replaces it; an arrow key or End keeps it
// to change. A student who typed "yes", was told "Incorrect" and typed
// "no" sent "yesno", and got "Not marked" for the answer they meant (a
// keyboard-only walk of the real window; TestNextTryReplacesTheAnswer).
func (q *QuizPanel) selectTheTriedAnswer() {
	if q.Entry.Visible() && !q.Entry.Disabled() && q.Entry.Text != "" {
		q.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// showVerdict scrolls the verdict and its explanation into view: both
// whole where they fit the panel together, else the verdict's line at
// the top with the explanation under it, its rest a Page Down away
// (ScrollKey). Scrolled to the bottom at 200 %, the panel showed the end
// of a long explanation without the "Correct" above it (issue 11, a new
// student's walk); scrolled to keep the prompt whole, the explanation
// started at the panel's bottom edge at 150 % and more, and a student
// could press Next without reading what the question teaches (issue 11
// §5, TestExplanationShowsAfterCheck).
// It scrolls the least that shows them, and never leaves the panel's
// top edge across a line of the prompt (at 200 % in OpenDyslexic the
// prompt's top line stood half cut off) or across a choice: lines of
// the prompt hide whole. Where the question ends too soon to hide a
// prompt line whole, a line's room is added under the explanation;
// where even that cannot show it without cutting the prompt, the
// verdict's line shows and the explanation is a Page Down away.
// "No answer yet" and an answer not marked say what to do in the
// explanation's place ("Type an answer first."): at FYNE_SCALE=1.5 on a
// 1366×768 laptop that line stood cut in half at the panel's bottom
// edge under the whole prompt (TestInstructionShowsAfterCheck).
func (q *QuizPanel) showVerdict() {
	q.room.Hide()
	if q.verdictAt == verdictOverChoices || q.verdictAt == verdictLineOverChoices {
		q.showVerdictAbove()
		return
	}
	if q.verdictAt == verdictLineOverCheck {
		q.showVerdictLine()
		return
	}
	// The header first: the line under the map may have grown to two
	// lines ("Round arrow: a try left."), and the header standing fixed
	// kept the height of one, the new line hidden under the question
	// (TestAnsweredLineShowsWholeAfterCheck, seen in the real window at
	// 200 %).
	q.page.Refresh()
	q.scroll.Content.Refresh() // lay the new verdict out first, or its place is the old one
	q.refreshScroll()
	line := max(q.yInScroll(q.Verdict)+q.Verdict.Size().Height, q.yInScroll(q.VerdictIcon)+q.VerdictIcon.Size().Height) + theme.Padding()
	top := min(q.yInScroll(q.Verdict), q.yInScroll(q.VerdictIcon)) - theme.Padding()
	explanationLine := q.yInScroll(q.Explanation) + q.Explanation.Size().Height + theme.Padding()
	refresh := func() {
		q.scroll.Content.Refresh()
		q.refreshScroll()
	}
	// try scrolls to show everything down to line, and reports whether
	// it could without cutting the prompt or a part above the verdict,
	// with a line's (or a part's) room under the explanation where the
	// question ends too soon to hide one whole.
	try := func(line float32) bool {
		if y, ok := q.verdictOffset(line); ok {
			q.scroll.Offset.Y = y
			return true
		}
		q.room.SetMinSize(fyne.NewSize(0, q.roomToHide()))
		q.room.Show()
		refresh()
		if y, ok := q.verdictOffset(line); ok {
			q.scroll.Offset.Y = y
			return true
		}
		q.room.Hide()
		refresh()
		return false
	}
	fits := explanationLine-top <= q.scroll.Size().Height+0.5
	if !(fits && try(explanationLine)) && !try(line) {
		q.scroll.Offset.Y, _ = q.verdictOffset(line)
	}
	q.keepFocusInSight()
	q.showWhatATryNeeds()
	q.refreshScroll()
}

// keepFocusInSight scrolls up, where the verdict's place hid it, to the
// part of the question that kept the focus after Check: the answer field
// after a wrong try, the choice with the ring after a wrong pick or "No
// answer yet". The verdict and explanation show with it as far as the
// panel reaches: where it cannot show both, the focus wins. Scrolled to
// them alone, at FYNE_SCALE=2 on a 1366×768 laptop the ringed choice
// stood above the panel's top edge, and a student pressing ↓ or typing
// did not see where (a keyboard-only walk of the real window;
// TestCheckKeepsTheFocusInSight).
func (q *QuizPanel) keepFocusInSight() {
	part := q.focusedPart()
	if part == nil {
		return
	}
	// A padding's room around it, for the ring drawn outside its edge.
	top := max(q.yInScroll(part)-theme.Padding(), 0)
	bottom := q.yInScroll(part) + part.Size().Height + theme.Padding()
	switch {
	case top < q.scroll.Offset.Y:
		q.scroll.Offset.Y = withinScroll(q.scroll, top)
	case bottom > q.scroll.Offset.Y+q.scroll.Size().Height:
		q.scroll.Offset.Y = withinScroll(q.scroll, min(q.wholeFrom(bottom-q.scroll.Size().Height), top))
	}
}

// focusedPart is the part of the question in the scroll that has the
// keyboard focus — of the choices, the row with the ring — or nil.
func (q *QuizPanel) focusedPart() fyne.CanvasObject {
	if q.canvas == nil {
		return nil
	}
	part, ok := q.canvas.Focused().(fyne.CanvasObject)
	if !ok || part == nil || !part.Visible() {
		return nil
	}
	if part == q.Choices {
		rows := q.Choices.Rows()
		if len(rows) == 0 {
			return nil
		}
		part = rows[min(q.Choices.cursor, len(rows)-1)]
	}
	if _, in := posIn(q.scroll.Content, part); !in {
		return nil
	}
	return part
}

// verdictPlace is where the verdict and its explanation stand in the
// question (placeVerdict).
type verdictPlace int

const (
	// verdictUnderCheck: under the Check button, once the question is
	// done and the focus has gone on to Next.
	verdictUnderCheck verdictPlace = iota
	// verdictOverCheck: between the answer and the Check button, while
	// the answer keeps the focus for another try.
	verdictOverCheck
	// verdictOverChoices: between the prompt and the choices, while
	// the choices keep the focus and the ring is nearer their top.
	verdictOverChoices
	// verdictLineOverChoices: the verdict's line over the choices, its
	// explanation under the Check button, where the ring is too far
	// down the choices to show with both.
	verdictLineOverChoices
	// verdictLineOverCheck: the verdict's line between the answer field
	// and the Check button, its explanation under Check, where the
	// answer, the verdict, the explanation and Check do not fit the
	// panel together (lineVerdict).
	verdictLineOverCheck
)

// nearTheFocus is where the verdict stands while the answer keeps the
// focus: over the Check button, under the answer field; for the
// choices, over the Check button or over the choices, whichever is
// nearer the choice with the ring (the one picked, or the first).
func (q *QuizPanel) nearTheFocus() verdictPlace {
	// The panel's height with the verdict in: it may now need the cue
	// under it (placeCue), which takes a line from the question.
	q.body.Refresh()
	q.page.Refresh()
	rows := q.Choices.Rows()
	if !q.Choices.Visible() || len(rows) == 0 {
		return verdictOverCheck
	}
	k := min(q.Choices.cursor, len(rows)-1)
	var before, after float32
	for i, r := range rows {
		switch {
		case i < k:
			before += r.MinSize().Height
		case i > k:
			after += r.MinSize().Height
		}
	}
	place := verdictOverChoices
	pad := theme.Padding()
	ring := before + rows[k].MinSize().Height + float32(k+2)*pad
	switch {
	case before > after:
		place = verdictOverCheck
	case ring+q.verdictRow.MinSize().Height+q.Explanation.MinSize().Height+pad > q.roomForVerdict():
		place = verdictLineOverChoices
	}
	return q.lineOverCheckFor(place, k, before+rows[k].MinSize().Height+after)
}

// lineOverCheckFor is place, or the verdict's line between the choices
// and the Check button, its explanation under Check, where after a try
// the choice with the ring (the k-th), the verdict and Check do not fit
// the panel together with the verdict at place and do with its line
// over Check: at 200 % on a 1366×768 laptop, after a wrong pick on
// question 5 of the sample, the verdict's line stood over three long
// options and "Check (try 2 of 2)" stood cut in half at the panel's
// bottom edge (a keyboard-only walk of the real window;
// TestCheckShowsAfterAWrongPick). The choices' heights are rows, with
// the one that has the ring. "No answer yet" and an answer not marked
// keep their place: what they say to do stands over the choices.
func (q *QuizPanel) lineOverCheckFor(place verdictPlace, k int, rows float32) verdictPlace {
	if q.Verdict.Text == noAnswerYet || q.Verdict.Text == notMarked || !q.CheckButton.Visible() || q.CheckButton.Disabled() {
		return place
	}
	pad := theme.Padding()
	all := q.Choices.Rows()
	n := float32(len(all))
	line, check := q.verdictRow.MinSize().Height, q.CheckButton.MinSize().Height
	from, upTo := float32(0), float32(0) // the choices from the ring down, and up to it
	for i, r := range all {
		if i >= k {
			from += r.MinSize().Height
		}
		if i <= k {
			upTo += r.MinSize().Height
		}
	}
	expl := q.Explanation.MinSize().Height
	var span, tried float32 // what must show with Check, and what the try needs without it
	switch place {
	case verdictOverChoices:
		span, tried = line+expl+rows+check+(n+3)*pad, line+expl+upTo+float32(k+3)*pad
	case verdictLineOverChoices:
		span, tried = line+rows+check+(n+2)*pad, line+upTo+float32(k+2)*pad
	default: // verdictOverCheck: from the ring down
		tried = from + line + expl + (float32(len(all)-k)+2)*pad
		span = tried + check + pad
	}
	over := from + line + check + (float32(len(all)-k)+3)*pad
	// The room under the map where it stands fixed after the try; where
	// what the try needs at place does not fit there, the map scrolls
	// with the question (stickyHeader) and the panel's whole height is
	// the room. The map standing fixed where it fits is kept
	// (TestMapStaysInSightAfterCheck).
	room := q.roomForVerdict()
	if tried > room+0.5 {
		room = q.scroll.Size().Height
		if q.headerIsFixed {
			room += q.header.Size().Height + pad
		}
	}
	if span > room+0.5 && over <= room+0.5 {
		return verdictLineOverCheck
	}
	return place
}

// roomForVerdict is the height of the panel the question has in sight:
// under the map standing fixed where the map's share of the panel lets
// it, though it scrolls with the question now. A question whose prompt
// and first choice did not fit under the map as it opened has the map
// back standing fixed after a try where the verdict, placed for that,
// fits with the choice under it (TestMapStaysInSightAfterCheck).
func (q *QuizPanel) roomForVerdict() float32 {
	view := q.scroll.Size().Height
	if q.headerIsFixed || q.page.Size().Height <= 0 {
		return view
	}
	size := q.page.Size().SubtractWidthHeight(0, q.Counter.MinSize().Height)
	h := q.header.MinSize().Height
	if q.shareHeight(h) > stickyShare*size.Height {
		return view
	}
	return min(view, q.roomUnderHeader(h, size))
}

// placeVerdict puts the verdict and explanation at place. While the
// answer keeps the focus after Check (a wrong try with a try left, "No
// answer yet", an answer not marked) they stand next to it, so the
// panel shows both: under the Check button, the answer field and the
// verdict did not fit the panel together at 200 % on a 1024×700 laptop,
// and three long choices at FYNE_SCALE=2 on a 1366×768 one left the
// choice with the ring above the panel's top edge after "No answer yet"
// (a keyboard-only walk of the real window; TestCheckKeepsTheFocusInSight).
func (q *QuizPanel) placeVerdict(place verdictPlace) {
	if place == q.verdictAt && len(q.body.Objects) > 0 {
		return
	}
	q.verdictAt = place
	verdict := []fyne.CanvasObject{q.verdictRow, q.Explanation}
	var objects []fyne.CanvasObject
	switch place {
	case verdictOverChoices:
		objects = slices.Concat([]fyne.CanvasObject{q.Prompt, q.entryBox}, verdict, []fyne.CanvasObject{q.Choices, q.CheckButton})
	case verdictLineOverChoices:
		objects = []fyne.CanvasObject{q.Prompt, q.entryBox, q.verdictRow, q.Choices, q.CheckButton, q.Explanation}
	case verdictOverCheck:
		objects = slices.Concat([]fyne.CanvasObject{q.Prompt, q.entryBox, q.Choices}, verdict, []fyne.CanvasObject{q.CheckButton})
	case verdictLineOverCheck:
		objects = []fyne.CanvasObject{q.Prompt, q.entryBox, q.Choices, q.verdictRow, q.CheckButton, q.Explanation}
	default:
		objects = slices.Concat([]fyne.CanvasObject{q.Prompt, q.entryBox, q.Choices, q.CheckButton}, verdict)
	}
	q.body.Objects = append(objects, q.room)
	q.body.Refresh()
}

// showVerdictAbove scrolls the verdict standing above the choices into
// sight with the choice that has the ring: from the prompt's top where
// all of it fits, else hiding whole lines of the prompt, else from the
// verdict's line.
func (q *QuizPanel) showVerdictAbove() {
	q.page.Refresh()
	q.scroll.Content.Refresh()
	q.refreshScroll()
	pad := theme.Padding()
	top := min(q.yInScroll(q.Verdict), q.yInScroll(q.VerdictIcon)) - pad
	bottom := q.yInScroll(q.Explanation) + q.Explanation.Size().Height + pad
	view := q.scroll.Size().Height
	if q.verdictAt == verdictLineOverChoices {
		bottom = top + q.verdictRow.Size().Height + 2*pad // the explanation as far as the panel reaches
		if end := q.yInScroll(q.CheckButton) + q.CheckButton.Size().Height + pad; q.CheckButton.Visible() && !q.CheckButton.Disabled() && end-top <= view+0.5 {
			bottom = end // and Check under the choices, where it fits with them (TestCheckShowsAfterAWrongPick)
		}
	}
	if part := q.focusedPart(); part != nil {
		bottom = max(bottom, q.yInScroll(part)+part.Size().Height+pad)
	}
	prompt := q.yInScroll(q.Prompt)
	y := q.scroll.Offset.Y
	if bottom > y+view {
		y = bottom - view
	}
	if y > prompt && bottom-prompt <= view {
		y = prompt // the prompt whole as well
	}
	y = min(q.promptLineFrom(y), top)
	q.scroll.Offset.Y = withinScroll(q.scroll, q.wholeRowsFrom(y))
	q.keepFocusInSight() // where they cannot show together
	q.showWhatATryNeeds()
	q.refreshScroll()
}

// explanationUnderCheck reports whether the verdict stands as its line
// only, the explanation under the Check button.
func (q *QuizPanel) explanationUnderCheck() bool {
	return q.verdictAt == verdictLineOverChoices || q.verdictAt == verdictLineOverCheck
}

// lineVerdict moves the explanation under the Check button where, after
// Check with the focus kept in the answer field, the field, the verdict
// and Check are not all in sight with the explanation between them, and
// shows them without it. At 200 % text
// and at FYNE_SCALE=1.5 on a 1366×768 or 1024×700 laptop the
// explanation pushed Check under the "More below" cue, or the panel
// scrolled to them and the prompt went out of sight above (issue 11, a
// keyboard-only walk of the real window;
// TestQuestionStaysInSightAfterAWrongTry). The explanation follows Check,
// its start in sight as far as the panel reaches.
func (q *QuizPanel) lineVerdict() {
	// The answer field only: the choices keep their places (the
	// verdict's line over them where the ring is far down,
	// nearTheFocus), as Check stands under all of them.
	if q.verdictAt != verdictOverCheck || q.Choices.Visible() || q.tryPartsInSight() {
		return
	}
	q.placeVerdict(verdictLineOverCheck)
	q.body.Refresh()
	q.page.Refresh()
	q.showVerdict()
}

// tryPartsInSight reports whether what the next try needs — the focused
// answer or choice, the verdict and the Check button while it can be
// pressed — is whole in the panel.
func (q *QuizPanel) tryPartsInSight() bool {
	parts := []fyne.CanvasObject{q.verdictRow}
	if f := q.focusedPart(); f != nil {
		parts = append(parts, f)
	}
	if q.CheckButton.Visible() && !q.CheckButton.Disabled() {
		parts = append(parts, q.CheckButton)
	}
	y, view := q.scroll.Offset.Y, q.scroll.Size().Height
	for _, part := range parts {
		top := q.yInScroll(part)
		if top < y-0.5 || top+part.Size().Height > y+view+0.5 {
			return false
		}
	}
	return true
}

// showVerdictLine scrolls the verdict's line standing over Check into
// sight with the focused answer or choice and Check, and as much of the
// prompt above them as the panel has room for, hiding whole lines of it
// (the counter at the panel's top then says how it starts:
// sayWhatIsAsked); the explanation under Check shows as far as the
// panel reaches.
func (q *QuizPanel) showVerdictLine() {
	q.page.Refresh()
	q.scroll.Content.Refresh()
	q.refreshScroll()
	pad := theme.Padding()
	top := q.yInScroll(q.verdictRow) - pad
	bottom := q.yInScroll(q.verdictRow) + q.verdictRow.Size().Height + pad
	if q.CheckButton.Visible() {
		bottom = q.yInScroll(q.CheckButton) + q.CheckButton.Size().Height + pad
	}
	if part := q.focusedPart(); part != nil {
		top = min(top, q.yInScroll(part)-pad)
		bottom = max(bottom, q.yInScroll(part)+part.Size().Height+pad)
	}
	view := q.scroll.Size().Height
	if end := q.yInScroll(q.Explanation) + q.Explanation.Size().Height + pad; q.Explanation.Text != "" && end-top <= view {
		bottom = max(bottom, end) // the explanation whole too, where it fits
	}
	y := max(bottom-view, 0)
	if bottom-top > view {
		y = top // too tall: from the top of what the try needs
	}
	y = min(q.wholeFrom(y), max(top, 0))
	// The prompt from its first line or not at all: its last lines alone
	// at the top ("according to SEC filings?" at FYNE_SCALE=1.5, "“Alibaba
	// To Create 1M US Jobs”?" at FYNE_SCALE=2) read as half a question
	// (a keyboard-only walk of the real window;
	// TestNoHalfPromptAfterAWrongTry). The counter says how it starts,
	// and the explanation under Check has the lines.
	if prompt := q.yInScroll(q.Prompt); y > prompt+theme.InnerPadding()+0.5 && y < prompt+q.Prompt.Size().Height {
		y = min(prompt+q.Prompt.Size().Height, max(top, 0))
	}
	q.scroll.Offset.Y = withinScroll(q.scroll, y)
	q.keepFocusInSight()
	q.showWhatATryNeeds()
	q.refreshScroll()
}

// showPromptWhole leaves the prompt in sight from its first line or
// not at all, where the offset the panel scrolled to after Check or a
// pick shows its last lines alone at the top: after a right answer
// ("Monday?" at FYNE_SCALE=1.5 on a 1024×700 laptop), a wrong pick
// ("“After the meeting, Trump said …”?") and "No answer yet" ("jobs”?"
// at FYNE_SCALE=1.5 on a 1366×768 one) they stood under "Question 6 of
// 9: What…", half a question (a keyboard-only walk of the real window;
// TestNoHalfPromptAfterCheck). What the student needs now — the part
// with the focus, the verdict, its explanation, Check — stays as whole
// in sight as it was: the panel scrolls up to the prompt's top where
// that keeps them in sight, else down past its end, room added under
// the question where it ends too soon to scroll there, and the counter
// at the top says how the prompt starts (sayWhatIsAsked).
func (q *QuizPanel) showPromptWhole() {
	if q.Ended() {
		return
	}
	q.showWhole(q.Prompt, q.yInScroll(q.Prompt))
	if q.verdictAt == verdictOverChoices && q.Verdict.Text != "" {
		// What the verdict says to do, standing over the choices, the
		// same: Space on CNBC then ↓ left "keys or Space choose one."
		// alone at the top, the last line of "Pick an answer first: the
		// arrow keys or Space choose one." (FYNE_SCALE=2 on 1366×768, the
		// real window; TestNoHalfHintAfterAnArrow). Shown, it shows with
		// the verdict over it.
		q.showWhole(q.Explanation, q.yInScroll(q.verdictRow)-theme.Padding())
	}
}

// showWhole scrolls, where the panel's top edge stands under the first
// line of l (a wrapped label of the question) and above its end, up to
// from (l's top, or the verdict's line over it) where what the student
// needs stays whole in sight, else down to l's end (showPromptWhole).
// l's end is the label's, under its inner padding: at the place under
// its last line, the bottoms of its letters ("g") stood as a row of
// marks at the panel's top (the real window at 200 %).
func (q *QuizPanel) showWhole(l *widget.Label, from float32) {
	if !l.Visible() || l.Text == "" {
		return
	}
	top := q.yInScroll(l)
	end := top + l.Size().Height
	y, view := q.scroll.Offset.Y, q.scroll.Size().Height
	if y <= top+theme.InnerPadding()+0.5 || y >= end-0.5 {
		return
	}
	// The bottom of what the student needs that is whole in sight now.
	bottom := float32(0)
	needed := []fyne.CanvasObject{q.verdictRow, q.CheckButton}
	if f := q.focusedPart(); f != nil {
		needed = append(needed, f)
	}
	if q.Explanation.Text != "" {
		needed = append(needed, q.Explanation)
	}
	for _, part := range needed {
		if !part.Visible() || (part == q.verdictRow && q.Verdict.Text == "") || (part == fyne.CanvasObject(q.CheckButton) && q.CheckButton.Disabled()) {
			continue
		}
		at := q.yInScroll(part)
		if at >= y-0.5 && at+part.Size().Height <= y+view+0.5 {
			bottom = max(bottom, at+part.Size().Height+theme.Padding())
		}
	}
	if bottom <= from+view+0.5 {
		y = withinScroll(q.scroll, q.wholeRowsFrom(from))
	} else {
		y = end
		if short := y - withinScroll(q.scroll, y); short > 0 {
			q.addRoom(short) // the question ends too soon to scroll there
		}
		y = withinScroll(q.scroll, y)
	}
	q.scroll.Offset.Y = y
	q.refreshScroll()
}

// promptLineFrom is y, or where y falls across a line of the prompt,
// the place between that line and the next (or the prompt's end): the
// panel's top edge there hides the line whole. The lines stand under
// the label's inner padding, one pitch apart.
func (q *QuizPanel) promptLineFrom(y float32) float32 { return q.lineFrom(q.Prompt, y) }

// lineFrom is y, or where y falls across a line of l, a wrapped label
// of the question, the place between that line and the next (or l's
// end) (promptLineFrom).
func (q *QuizPanel) lineFrom(l *widget.Label, y float32) float32 {
	prompt := q.yInScroll(l)
	end := prompt + l.Size().Height
	if y <= prompt || y >= end {
		return y
	}
	first, pitch := prompt+theme.InnerPadding(), lineStep(l)
	if pitch > 0 && y > first {
		y = first + pitch*float32(math.Ceil(float64((y-first)/pitch)))
	}
	if y >= end-0.5 {
		y = end
	}
	return y
}

// showWhatATryNeeds scrolls, while the answer keeps the focus after
// Check, so that everything the student needs for the next try shows
// whole: the answer field or the ringed choice, the verdict, its
// explanation and the Check button. Where they do not fit the panel
// together it leaves the place showVerdict chose, and the cue under
// the panel says there is more (moreCue). At FYNE_SCALE=1.5 on a
// 1366×768 laptop the Check button stood cut off at the panel's bottom
// edge after a wrong first try, kept there so as not to hide the
// prompt's first line (issue 11; TestCheckShowsAfterAWrongTry). The
// prompt now hides whole or not at all: half a question ("subheading
// “Alibaba To Create 1M US Jobs”?") read worse than none, and the cue
// says it is above.
func (q *QuizPanel) showWhatATryNeeds() {
	parts := q.triedParts()
	if parts == nil {
		return // the focus went on to Next or Finish, fixed under the question
	}
	pad := theme.Padding()
	top, bottom := q.yInScroll(parts[0]), float32(0)
	for _, part := range parts {
		top = min(top, q.yInScroll(part))
		bottom = max(bottom, q.yInScroll(part)+part.Size().Height)
	}
	top, bottom = max(top-pad, 0), bottom+pad
	view, y := q.scroll.Size().Height, q.scroll.Offset.Y
	if bottom-top > view+0.5 || (top >= y-0.5 && bottom <= y+view+0.5) {
		return // too tall to show at once, or in sight already
	}
	y = q.wholeFrom(q.wholeRowsFrom(min(max(y, bottom-view), top)))
	if prompt := q.yInScroll(q.Prompt); y > prompt+0.5 && y < prompt+q.Prompt.Size().Height {
		y = prompt + q.Prompt.Size().Height
	}
	y = min(y, top)
	if short := y - withinScroll(q.scroll, y); short > 0 {
		q.addRoom(short) // the question ends too soon to scroll there
	}
	q.scroll.Offset.Y = withinScroll(q.scroll, y)
}

// triedParts are the parts of the question a student needs after a try
// that left them the focus — the focused answer or choice, the verdict,
// its explanation, the Check button while it can be pressed — or nil
// where the focus is not in the question.
func (q *QuizPanel) triedParts() []fyne.CanvasObject {
	focused := q.focusedPart()
	if focused == nil {
		return nil
	}
	parts := []fyne.CanvasObject{focused, q.verdictRow}
	if q.Explanation.Text != "" && !q.explanationUnderCheck() {
		parts = append(parts, q.Explanation)
	}
	if q.CheckButton.Visible() && !q.CheckButton.Disabled() {
		parts = append(parts, q.CheckButton)
	}
	return parts
}

// wholeParts are the parts of a question above its verdict that the
// panel's top edge never runs across after Check (verdictOffset).
func (q *QuizPanel) wholeParts() []fyne.CanvasObject {
	var parts []fyne.CanvasObject
	if q.entryBox.Visible() {
		parts = append(parts, q.entryBox)
	}
	if q.Choices.Visible() {
		parts = append(parts, q.Choices.Rows()...)
	}
	if q.CheckButton.Visible() {
		parts = append(parts, q.CheckButton)
	}
	return parts
}

// roomToHide is the room under the explanation that lets the panel
// scroll one more line of the prompt, or one more of its parts, out of
// sight whole: a line of the prompt, or the tallest part (a choice
// wrapped onto two lines at 200 %, the Check button).
func (q *QuizPanel) roomToHide() float32 {
	room := lineStep(q.Prompt)
	for _, part := range q.wholeParts() {
		room = max(room, part.Size().Height)
	}
	return room
}

// verdictOffset is the offset showVerdict scrolls the quiz to, with the
// verdict's line ending at line; ok reports whether that shows the line
// with the panel's top edge not across the prompt.
func (q *QuizPanel) verdictOffset(line float32) (y float32, ok bool) {
	top := min(q.yInScroll(q.Verdict), q.yInScroll(q.VerdictIcon)) - theme.Padding()
	bottom := q.yInScroll(q.Explanation) + q.Explanation.Size().Height
	prompt := q.yInScroll(q.Prompt)
	view := q.scroll.Size().Height
	y = q.scroll.Offset.Y
	switch {
	case top < y || bottom-top > view:
		y = top
	case bottom > y+view:
		y = bottom - view
	}
	if y > prompt+0.5 && max(line, bottom+theme.Padding())-prompt <= view {
		y = prompt // all of it in sight from the prompt's top
	}
	y = withinScroll(q.scroll, q.wholeRowsFrom(y))
	if y > prompt && y < prompt+q.Prompt.Size().Height {
		// The question ends too soon to scroll its verdict to the top:
		// the panel's top edge falls between the prompt's lines, not
		// across one, where the verdict's line stays in sight: the
		// fewest lines hidden that show it, and one more where hiding
		// fewer would leave it out and the verdict stays in sight.
		// The label draws its first line under its inner padding: the
		// place between lines k and k+1 is that far further down (at the
		// label's top plus whole lines, the edge ran through a line's
		// lowest pixels, seen in the real window at FYNE_SCALE=1.5).
		pitch := lineStep(q.Prompt)
		if pitch <= 0 {
			return y, false
		}
		first := prompt + theme.InnerPadding()
		between := func(k float32) float32 {
			if k <= 0 {
				return prompt
			}
			return first + k*pitch
		}
		k := float32(math.Floor(float64((y - first) / pitch)))
		if between(k)+view >= line {
			return between(k), true
		}
		next := between(k + 1)
		if next > top || next != withinScroll(q.scroll, next) {
			return y, false
		}
		if next < prompt+q.Prompt.Size().Height-0.5 {
			return next, true
		}
		// Past the prompt's last line: the parts under it decide.
		y = next
	}
	// Nor across a control above the verdict: a choice, the answer (or
	// the student's answer in its place), the Check button. It shows
	// whole, or, where that leaves the verdict's line out, hides whole:
	// a choice question checked at 150 % stood with its first option
	// cut in half (docs/screenshot-150.png), and at 200 % "Check (try 2
	// of 2)" stood cut in half at the panel's top edge (a keyboard-only
	// walk of the real window; TestCheckCutsNoControl).
	for _, part := range q.wholeParts() {
		pt := q.yInScroll(part)
		pb := pt + part.Size().Height
		if y <= pt+0.5 || y >= pb-0.5 {
			continue
		}
		if pt+view >= line {
			return pt, true
		}
		if pb <= top && pb == withinScroll(q.scroll, pb) {
			return pb, true
		}
		return y, false
	}
	return y, y+view >= line-0.5
}

// lineStep is how far each line of a label like l starts below the one
// before.
func lineStep(l *widget.Label) float32 {
	a, b := widget.NewLabel("Ag"), widget.NewLabel("Ag\nAg")
	a.SizeName, b.SizeName = l.SizeName, l.SizeName
	a.TextStyle, b.TextStyle = l.TextStyle, l.TextStyle
	return b.MinSize().Height - a.MinSize().Height
}

// ScrollKey scrolls the question on Page Up and Page Down by most of the
// panel's height, and on the arrow keys up and down by a line: a student
// without a mouse could not read the end of a long explanation at 200 %
// (issue 11, a new student's walk). It reports whether it used the key.
// The buttons under the question and in its map take all four keys. On
// the end screen they scroll it, as its buttons do: its cue says Page
// Down shows the rest.
func (q *QuizPanel) ScrollKey(e *fyne.KeyEvent) bool {
	if len(q.questions) == 0 {
		return false
	}
	s := q.scroll
	if q.Ended() {
		s = q.End.scroll
	}
	line := theme.TextSize() * 1.6
	page := s.Size().Height * 0.9
	var dy float32
	switch e.Name {
	case fyne.KeyPageDown:
		dy = page
	case fyne.KeyPageUp:
		dy = -page
	case fyne.KeyDown:
		dy = line
	case fyne.KeyUp:
		dy = -line
	default:
		return false
	}
	if q.Ended() {
		scrollToOffset(s, q.End.keyedOffset(s.Offset.Y, dy))
		return true
	}
	q.scroll.Offset.Y = q.keyedOffset(q.scroll.Offset.Y, dy)
	q.refreshScroll()
	return true
}

// keyedOffset is where a scroll by dy from offset y stops in a question:
// where the panel's top edge would run across a line of text or a
// control, at its top, so that it shows whole — or, where that is no
// move at all (a part taller than the step), past it, so that it hides
// whole. A page was nine tenths of the panel in pixels: at 150 % Page
// Down left the tail of the prompt as a sliver at the top (issue 11, an
// independent audit of the real window; TestPageKeysCutNoLine).
func (q *QuizPanel) keyedOffset(y, dy float32) float32 {
	to := withinScroll(q.scroll, y+dy)
	snapped := withinScroll(q.scroll, q.cutTop(to))
	if dy > 0 && snapped <= y+0.5 || dy < 0 && snapped >= y-0.5 {
		past := q.wholeFrom(to)
		if dy > 0 {
			return q.roomToScroll(past) // where the question ends too soon to scroll past it, room is added under it
		}
		return withinScroll(q.scroll, past)
	}
	return snapped
}

// noCutAtTop moves the panel, where its top edge runs across a line of
// text or a control, so that it shows whole — up to its top where the
// control with the focus stays in sight, else down past it. A text size
// changed, or the window resized, with the focus in sight kept the
// offset in pixels, and the words reflowed under it: at 200 % the line
// under the map stood as a row of marks under the heading (issue 11, an
// independent audit of the real window; TestViewChangesCutNoLine).
func (q *QuizPanel) noCutAtTop() {
	if q.Ended() || len(q.questions) == 0 {
		return
	}
	y := q.scroll.Offset.Y
	up := q.cutTop(y)
	if up >= y-0.5 {
		return
	}
	if f := q.focusedPart(); f == nil || q.yInScroll(f)+f.Size().Height+theme.Padding() <= up+q.scroll.Size().Height {
		q.scroll.Offset.Y = withinScroll(q.scroll, up)
	} else {
		q.scroll.Offset.Y = q.roomToScroll(q.wholeFrom(y))
	}
	q.refreshScroll()
}

// cutTop is the top of the line of a wrapped label, or of the control,
// that the panel's top edge at y runs across; y where it runs between
// two.
func (q *QuizPanel) cutTop(y float32) float32 {
	for _, l := range q.edgeLabels() {
		top := q.yInScroll(l)
		first, pitch := top+theme.InnerPadding(), lineStep(l)
		if y <= first+0.5 || y >= top+l.Size().Height-0.5 || pitch <= 0 {
			continue
		}
		// Under the last line, the label's padding: the bottoms of its
		// letters still show there ("0 of 8 answered." as a row of marks
		// at 200 %), so the last line is the one cut.
		lines := max(1, math.Round(float64((l.Size().Height-2*theme.InnerPadding())/pitch)))
		k := min(math.Floor(float64((y-first)/pitch)), lines-1)
		if line := first + pitch*float32(k); y-line > 0.5 {
			return line
		}
		return y
	}
	for _, part := range q.edgeParts() {
		if top := q.yInScroll(part); y > top+0.5 && y < top+part.Size().Height-0.5 {
			return top
		}
	}
	return y
}

// pageKey is ScrollKey for Page Up and Page Down only: in the answer
// field and the choices the arrow keys keep their own work.
func (q *QuizPanel) pageKey(e *fyne.KeyEvent) bool {
	if e.Name != fyne.KeyPageDown && e.Name != fyne.KeyPageUp {
		return false
	}
	return q.ScrollKey(e)
}

// focusOnwards moves the keyboard focus to Next (or Finish on the last
// question) once the answer is locked: the disabled answer field drops
// the focus, and a student pressing Enter again found nothing happened
// and Next thirteen Tabs away (a new student's walk).
func (q *QuizPanel) focusOnwards(question quiz.Question) {
	if q.canvas == nil || q.triesLeft(question.ID) {
		return
	}
	if !q.Next.Disabled() {
		q.canvas.Focus(q.Next)
		return
	}
	q.canvas.Focus(q.Finish)
}

// showLockedAnswer puts the checked answer, as plain text in the text's
// colour, in the place of the locked field, or the field back.
func (q *QuizPanel) showLockedAnswer(locked bool) {
	if !locked {
		q.LockedAnswer.Hide()
		if q.entryBox.Visible() {
			q.Entry.Show()
		}
		return
	}
	q.LockedAnswer.SetText("Your answer: " + q.Entry.Text)
	q.Entry.Hide()
	q.LockedAnswer.Show()
}

// showTries enables Check while tries are left and says how many.
func (q *QuizPanel) showTries(question quiz.Question) {
	q.CheckButton.SetText("Check")
	open := q.triesLeft(question.ID)
	// With no try left the answer is what was checked: it can no longer
	// be edited, or a changed answer would sit beside its verdict and be
	// saved as a draft (student walk: "no" shown next to "Correct").
	q.Choices.Locked = !open
	if open {
		q.Entry.Enable()
	} else {
		q.Entry.Disable()
	}
	q.showLockedAnswer(!open && len(question.Choices) == 0)
	if open {
		q.CheckButton.Enable()
		if q.attemptsAllowed > 0 {
			q.CheckButton.SetText(fmt.Sprintf("Check (try %d of %d)", len(q.tries[question.ID])+1, q.attemptsAllowed))
		}
		return
	}
	q.CheckButton.Disable()
	q.CheckButton.SetText("No tries left")
	if q.answeredRight(question.ID) {
		q.CheckButton.SetText("Answered")
	}
}

// verdictWords are the plain words a student sees for each verdict.
// Each has an icon too, so the verdict is not told by colour alone. The
// marks are Fyne's icons, not characters such as ✔: the theme's font has
// no such glyphs, and drawing one made Fyne load a system fallback font
// (13 MB of memory, or an empty box where none is installed).
var verdictWords = map[quiz.Verdict]struct {
	text, plain string
	importance  widget.Importance
	icon        fyne.ThemeIconName // looked up when shown: the theme may change
}{
	quiz.Correct:   {"Correct", "correct", widget.SuccessImportance, theme.IconNameConfirm},
	quiz.Partial:   {"Partly right", "partly right", widget.WarningImportance, theme.IconNameWarning},
	quiz.Incorrect: {"Incorrect", "incorrect", widget.DangerImportance, theme.IconNameCancel},
	quiz.Unclear:   {notMarked, "unclear", widget.MediumImportance, ""},
}

// verdictIcon is the icon of a verdict, or nil: plain, to take the
// colour of the button it sits on in the question map.
func verdictIcon(v quiz.Verdict) fyne.Resource {
	if name := verdictWords[v].icon; name != "" {
		return theme.Icon(name)
	}
	return nil
}

// colouredVerdictIcon is the icon in the verdict's own colour, beside
// the verdict's words.
func colouredVerdictIcon(v quiz.Verdict) fyne.Resource {
	icon := verdictIcon(v)
	switch {
	case icon == nil:
		return nil
	case v == quiz.Correct:
		return theme.NewSuccessThemedResource(icon)
	case v == quiz.Incorrect:
		return theme.NewErrorThemedResource(icon)
	}
	return theme.NewWarningThemedResource(icon)
}

func (q *QuizPanel) showResult(question quiz.Question, checked bool) {
	q.room.Hide() // only showVerdict needs it
	q.placeVerdict(verdictUnderCheck)
	r, ok := q.results[question.ID]
	if !checked || !ok {
		q.Verdict.SetText("")
		q.setVerdictIcon(nil)
		q.Explanation.SetText("")
		return
	}
	w := verdictWords[r.Verdict]
	q.Verdict.Importance = w.importance
	q.Verdict.SetText(w.text)
	q.setVerdictIcon(colouredVerdictIcon(r.Verdict))
	q.Explanation.SetText(q.explanation(question, r) + q.countedNote(question, r))
	if q.triesLeft(question.ID) {
		q.placeVerdict(q.nearTheFocus()) // the answer keeps the focus
	}
}

// explanation is what the panel says under the verdict of r.
func (q *QuizPanel) explanation(question quiz.Question, r quiz.Result) string {
	if r.Verdict != quiz.Correct && q.triesLeft(question.ID) {
		// The key waits until no tries are left (grading.KeyShown): shown
		// now, it could be typed into the next try.
		return notYet(r.Verdict, question.Sentence >= 0, q.triesLeftText(question.ID))
	}
	if hidden, why := q.keyHidden(); hidden && r.Verdict != quiz.Correct {
		return why
	}
	expl := r.Explanation
	if r.Verdict != quiz.Correct {
		// Explanations often open with the answer itself ("Yes. The
		// article says …"): say it once.
		expl = strings.TrimSpace(strings.TrimPrefix(expl, question.Answer+"."))
		expl = "The answer: " + question.Answer + ". " + expl
	}
	return expl
}

// ruleWords name, for a student, the try each grading rule counts.
var ruleWords = map[grading.Rule]string{
	grading.Best:  "your best try",
	grading.First: "your first try",
	grading.Last:  "your last try",
}

// countedNote says, where the try that counts is not the one just shown,
// which verdict counts and that the question map marks that one: the
// panel showed "Correct" for a second try while the map, the end screen
// and the teacher count the first, wrong one (issue 11, a new student's
// walk).
func (q *QuizPanel) countedNote(question quiz.Question, r quiz.Result) string {
	v, ok := grading.CountedBy(q.tries[question.ID], q.attemptsAllowed, q.counts)
	if !ok || quiz.Verdict(v) == r.Verdict {
		return ""
	}
	return fmt.Sprintf("\n\nThis try is %s, but %s is the one that counts: the question map marks this question %s, as your score does.",
		verdictWords[r.Verdict].plain, ruleWords[q.counts], verdictWords[quiz.Verdict(v)].plain)
}

// setVerdictIcon shows the verdict's icon, or none.
func (q *QuizPanel) setVerdictIcon(icon fyne.Resource) {
	q.VerdictIcon.SetResource(icon)
	if icon == nil {
		q.VerdictIcon.Hide()
	} else {
		q.VerdictIcon.Show()
	}
}

// updateProgress marks the map and says how many are answered and, when
// few are left, which.
func (q *QuizPanel) updateProgress() {
	var missing []string
	again := 0 // questions with a try left
	differs := false
	for i, question := range q.questions {
		b := q.Map[i]
		b.Icon = nil
		r, ok := q.results[question.ID]
		switch {
		case q.stillOpen(i):
			// Not wrong yet: a try is left. ✘ after a first wrong try
			// read as the end of the question (issue 11). Nor is it
			// answered yet: the line counts it among those left.
			b.Icon = tryAgainIcon()
			again++
			missing = append(missing, fmt.Sprint(i+1))
		case ok:
			// The verdict that counts, as the end screen and the teacher
			// see it, not the last one checked.
			v, _ := q.Counted(i)
			b.Icon = verdictIcon(v)
			differs = differs || v != r.Verdict
		default:
			missing = append(missing, fmt.Sprint(i+1))
		}
		b.SetCurrent(i == q.current)
		b.SetText(fmt.Sprint(i + 1))
	}
	line := answeredLine(len(q.questions)-len(missing), len(q.questions), missing)
	if sent := q.handInLine(); sent != "" {
		line = fmt.Sprintf("%d of %d answered. %s", len(q.questions)-len(missing), len(q.questions), sent)
	}
	q.answeredBase = line
	line += tryAgainLine(again)
	if differs {
		// Said where the map shows it: a mark may differ from the
		// verdict the panel gave the last try.
		line += " The marks show " + ruleWords[q.counts] + " at each question, the one that counts."
	}
	q.Answered.SetText(line)
}

// tryAgainIcon marks a question on the map that was not got right and
// has a try left: a round arrow, neither ✔ nor ✘. It is not told by
// colour: it is its own shape, and the line under the map and the
// explanation under the verdict say in words what it means
// (tryAgainLine, triesLeftText). Fyne 2.7 has no tooltips to say it.
func tryAgainIcon() fyne.Resource { return theme.Icon(theme.IconNameViewRefresh) }

// tryAgainLine says what the round arrow means, while one shows: a
// short line, as it stands in the header above the question, whose
// height decides whether the map stays fixed in sight (stickyHeader).
// Under the verdict the explanation says it of the question shown
// (triesLeftText).
func tryAgainLine(again int) string {
	if again == 0 {
		return ""
	}
	return " Round arrow: a try left."
}

// answeredLine says how far the student is, naming the questions left
// when there are only a few.
func answeredLine(done, total int, missing []string) string {
	switch {
	case total == 0:
		return ""
	case done == total && total == 1:
		return "Answered. Press Finish to hand in." // "All 1 answered." (a new student's walk)
	case done == total:
		return fmt.Sprintf("All %d answered. Press Finish to hand in.", total)
	case len(missing) == 1:
		return fmt.Sprintf("%d of %d answered — question %s is left.", done, total, missing[0])
	case len(missing) <= 3:
		return fmt.Sprintf("%d of %d answered — questions %s are left.", done, total, strings.Join(missing, ", "))
	}
	return fmt.Sprintf("%d of %d answered.", done, total)
}

// Counted returns the verdict that counts for question i by the grading
// rule (the first right try within the allowed ones), if it was checked.
func (q *QuizPanel) Counted(i int) (quiz.Verdict, bool) {
	v, ok := grading.CountedBy(q.tries[q.questions[i].ID], q.attemptsAllowed, q.counts)
	return quiz.Verdict(v), ok
}

// Result returns the latest verdict for question i, if it was checked.
func (q *QuizPanel) Result(i int) (quiz.Result, bool) {
	r, ok := q.results[q.questions[i].ID]
	return r, ok
}

// answerEntry is the answer field. It drops the one space that follows a
// Space pressed on Next or a map button (justMoved): that space belongs
// to the button, not to the answer.
type answerEntry struct {
	RingEntry
	justMoved func() bool
	// onScrollKey scrolls the question on Page Up and Page Down.
	onScrollKey func(*fyne.KeyEvent) bool
}

// TypedKey scrolls the question on Page Up and Page Down, which a
// one-line field has no use for; other keys edit the answer.
func (e *answerEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onScrollKey != nil && e.onScrollKey(k) {
		return
	}
	e.RingEntry.TypedKey(k)
}

// SetText puts text in the field with nothing selected. Fyne 2.7's
// Entry keeps a selection (selectTheTriedAnswer) across SetText, only
// cut to the new text's length, and the next key typed then erased
// from the selection's start to the cursor: "no" typed into the next
// question's empty field came out "o" (TestNextTryReplacesTheAnswer).
// The Right arrow is Fyne's own way to end a selection.
func (e *answerEntry) SetText(text string) {
	if e.SelectedText() != "" {
		e.RingEntry.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	e.RingEntry.SetText(text)
}

func newAnswerEntry(justMoved func() bool) *answerEntry {
	e := &answerEntry{justMoved: justMoved}
	e.ExtendBaseWidget(e)
	return e
}

// answerHints are the answer field's placeholders, longest first: the
// field shows the longest that fits whole. At 200 % the one hint was cut
// mid-word, "Type your answer, then press Er" (issue 11, a new
// student's walk).
var answerHints = []string{"Type your answer, then press Enter", "Type your answer", "Your answer"}

// Resize fits the placeholder to the new width, then lays the field out.
func (e *answerEntry) Resize(s fyne.Size) {
	hint := answerHints[len(answerHints)-1]
	for _, h := range answerHints {
		if placeHolderFits(h, s.Width) {
			hint = h
			break
		}
	}
	if e.PlaceHolder != hint {
		e.PlaceHolder = hint // SetPlaceHolder would refresh, laid out below
	}
	e.RingEntry.Resize(s)
}

// placeHolderFits reports whether text shows whole in a one-line field
// width wide, inside its border and the padding before its text.
func placeHolderFits(text string, width float32) bool {
	inset := 2 * (theme.InnerPadding() + theme.InputBorderSize())
	return fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width+inset <= width
}

// TypedRune types r, unless it is the space of the key that moved here.
func (e *answerEntry) TypedRune(r rune) {
	if r == ' ' && e.justMoved != nil && e.justMoved() {
		return
	}
	e.Entry.TypedRune(r)
}

// stickyShare is the most of the panel's height the header may take
// and stand fixed above the question.
const stickyShare = 0.4

// stickyHeader lays out a question page: the header (counter, map,
// answered line) fixed at the top where it takes no more than
// stickyShare of the height, the scrolled question below; else the
// header scrolls with the question, as at 200 % on a small screen, so
// that Previous, Next and Finish always keep their place. Its least
// height is the scroll's: the header never makes the window taller.
type stickyHeader struct{ q *QuizPanel }

func (l *stickyHeader) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	q := l.q
	counter, fixed, scroll := objects[0], objects[1], objects[2] // and the cue (placeCue)
	// As wide as the header is in the scroll (clearOfScrollBar).
	q.headerWidth = size.Width - scrollBarGutter() - ringRoom
	counter.Move(fyne.NewPos(ringRoom, 0)) // in line with the question below
	counter.Resize(fyne.NewSize(q.headerWidth, counter.MinSize().Height))
	below := counter.MinSize().Height
	size.Height -= below
	q.fitPrompt(size)
	q.header.Resize(fyne.NewSize(q.headerWidth, q.header.MinSize().Height)) // wrap its line at this width first
	q.wrapQuestionAt(size.Width)
	h := q.header.MinSize().Height
	hs := q.shareHeight(h)
	share := hs <= stickyShare*size.Height
	stands := share && q.openingHeight(q.headerWidth) <= q.roomAsItOpens(hs, size)+0.5
	if tried := q.triedHeight(); share && tried > 0 {
		// After a try, what the student needs now: the map stands fixed
		// over a question whose prompt and focus did not fit under it
		// as it opened, where the focus, verdict and explanation do
		// (TestMapStaysInSightAfterCheck) — and the prompt with them,
		// where the map scrolling away lets the prompt show whole with
		// them: the question comes first (TestQuestionComesBeforeTheMap).
		room, full := q.roomUnderHeader(h, size), q.roomUnder(0, size, q.bodyHeight)
		asked := q.askedAndTriedHeight()
		stands = room >= tried-0.5 && !q.checkCutUnder(room, full) &&
			(asked <= room+0.5 || asked > full+0.5)
	}
	q.placeHeader(stands)
	top := float32(0)
	fixed.Resize(fyne.Size{})
	if q.headerIsFixed {
		fixed.Move(fyne.NewPos(ringRoom, below))
		fixed.Resize(fyne.NewSize(q.headerWidth, h))
		top = h + theme.Padding()
	}
	scroll.Move(fyne.NewPos(0, below+top))
	left := q.placeCue(below+top, fyne.NewSize(size.Width, size.Height-top))
	scroll.Resize(fyne.NewSize(size.Width, left))
	q.sayWhereMoreIs()
}

// wrapQuestionAt lays the scrolled question out at the page's width
// before anything of it is measured: the header's place, the cue and
// the scroll's offset are all decided from its height. Laid out last at
// another width, its wrapped labels kept that width's heights: a window
// made narrow and wide again (and --screenshot, whose canvas laid the
// window out at its least size first) kept a "More above" cue under
// questions that fit (TestCueAfterANarrowLayout). The scroll lays the
// question out at its height once it has it.
func (q *QuizPanel) wrapQuestionAt(width float32) { wrapAt(q.scroll, width) }

// wrapAt lays s's content out at width, s's own, keeping its height:
// its wrapped labels take that width's heights before they are
// measured (the scroll lays it out only as it is resized itself).
func wrapAt(s *container.Scroll, width float32) {
	content := s.Content
	content.Resize(fyne.NewSize(max(width, content.MinSize().Width), max(content.Size().Height, content.MinSize().Height)))
}

func (l *stickyHeader) MinSize(objects []fyne.CanvasObject) fyne.Size {
	least := objects[2].MinSize().Max(fyne.NewSize(l.q.header.MinSize().Width, 0))
	return fyne.NewSize(max(least.Width, objects[0].MinSize().Width), least.Height+objects[0].MinSize().Height)
}

// shareHeight is the header's height h less the lines the words after
// the progress line take ("Round arrow: a try left."): the header's
// share of the panel is reckoned without them, so that a wrong try
// does not send the map scrolling away with the question. At 200 % on
// a 1366×768 laptop they made the line two lines after a wrong first
// try, the header took more than its share, and the map scrolled out
// of sight (a keyboard-only walk of the real window;
// TestMapStaysAfterAWrongTry). The question still needs its room under
// the header standing fixed at its real height (roomUnderHeader).
func (q *QuizPanel) shareHeight(h float32) float32 {
	if q.answeredBase == q.Answered.Text || q.Answered.Size().Width <= 0 {
		return h
	}
	base := widget.NewLabel(q.answeredBase)
	base.Wrapping = fyne.TextWrapWord
	base.Resize(fyne.NewSize(q.Answered.Size().Width, 0))
	return h - max(q.Answered.MinSize().Height-base.MinSize().Height, 0)
}

// roomUnderHeader is the height the question has in sight under the
// header standing fixed, h high (the line under the map grown by a
// try), in a page of size (less the counter): less the cue's line
// where the question does not fit that room whole, as placeCue will
// find. After a try that left the focus in the question, the map
// stands fixed only where the answer field or ringed choice, the
// verdict and its explanation fit that room together (triedHeight):
// at 200 % on a 1024×700 laptop, once a lesson of nine questions laid
// its map out in two rows, the map stood fixed, the grown line and the
// cue left the question too little room, the focus kept the answer
// field in sight and the explanation ran below the panel's edge
// (TestFixedMapLeavesTheQuestionRoom, TestExplanationShowsAfterCheck).
func (q *QuizPanel) roomUnderHeader(h float32, size fyne.Size) float32 {
	return q.roomUnder(h, size, q.bodyHeight)
}

// roomAsItOpens is roomUnderHeader for the question as it opens, before
// any verdict: the cue's line counted where that question does not fit
// the room whole, as placeCue will find. The map stands fixed only where
// the prompt and the focus fit under it with the cue: they were
// measured against the room without the cue's line, and the cue then
// cut 3 to 40 px off the answer field or first choice, its ring's room
// counted, at the panel's bottom edge (FYNE_SCALE=1.5, text 150 % and
// 200 % on 1366×768 and 1024×700; TestQuestionOpensWithItsFocusWhole).
// A verdict does not count, so that a right answer does not send the
// map scrolling away after Check.
func (q *QuizPanel) roomAsItOpens(h float32, size fyne.Size) float32 {
	return q.roomUnder(h, size, q.openingBodyHeight)
}

// roomUnder is the height the question has in sight under the header
// standing fixed, h high, in a page of size: less the cue's line where
// the question, height() high at the page's width, does not fit whole.
func (q *QuizPanel) roomUnder(h float32, size fyne.Size, height func() float32) float32 {
	pad := theme.Padding()
	room := size.Height - h - pad
	// The question as placeCue measures it, wrapped at the page's width.
	q.body.Resize(fyne.NewSize(q.headerWidth, q.body.MinSize().Height))
	if pad+ringRoom+height() > room+0.5 {
		room -= q.cue.heightAt(size.Width - ringRoom)
	}
	return room
}

// openingBodyHeight is the height of the question under the header as
// it opens: without the verdict, its explanation and the room after
// them, wherever they stand.
func (q *QuizPanel) openingBodyHeight() float32 {
	h, n := float32(0), 0
	for _, o := range q.body.Objects {
		if !o.Visible() || o == q.verdictRow || o == q.Explanation || o == q.room {
			continue
		}
		h += o.MinSize().Height
		n++
	}
	return h + float32(max(n-1, 0))*theme.Padding()
}

// triedHeight is the height from the top of the focused answer field or
// choice, or the verdict, to the end of the explanation or that choice,
// with a padding's room around them for the ring, while the verdict
// stands next to the focus (placeVerdict; its line only, where it stands
// over the choices with the explanation under Check); 0 where it does
// not. The
// question is laid out at the page's width (roomUnderHeader).
func (q *QuizPanel) triedHeight() float32 {
	if q.Verdict.Text == "" || q.verdictAt == verdictUnderCheck {
		return 0
	}
	focused := q.focusedPart()
	if focused == nil {
		return 0
	}
	parts := []fyne.CanvasObject{focused, q.verdictRow}
	if q.Explanation.Text != "" && !q.explanationUnderCheck() {
		parts = append(parts, q.Explanation) // else under Check, as far as the panel reaches
	}
	if q.verdictAt == verdictLineOverCheck && q.CheckButton.Visible() && !q.CheckButton.Disabled() {
		parts = append(parts, q.CheckButton) // what the explanation made room for (lineVerdict)
	}
	top, bottom := float32(math.MaxFloat32), float32(0)
	for _, part := range parts {
		at, in := posIn(q.body, part)
		if !in {
			return 0 // the focus is on the map, standing in the scroll
		}
		top, bottom = min(top, at.Y), max(bottom, at.Y+part.Size().Height)
	}
	return bottom - top + 2*theme.Padding()
}

// askedAndTriedHeight is the height from the prompt's top to the end of
// what a try needs (triedHeight: the focused answer or choice, the
// verdict, its explanation or Check), with a padding's room around them;
// 0 where triedHeight is. At 200 % on a 1366×768 laptop the map stood
// fixed over a question after a wrong try, the answer field, the verdict
// and Check under it, and the prompt hidden above them — "Question 1 of
// 8: Does the…" all that said what was asked — where the map scrolling
// with the question left room for the prompt too (a keyboard-only walk
// of the real window). The map is a way to other questions, and the
// counter says how many are answered while it is out of sight; the
// prompt is what the student is answering. So the map gives way where
// that shows the prompt whole with the try; where the prompt does not
// fit even so, it hides whole anyway and the map stays.
func (q *QuizPanel) askedAndTriedHeight() float32 {
	tried := q.triedHeight()
	if tried <= 0 || !q.Prompt.Visible() || q.Prompt.Text == "" {
		return 0
	}
	prompt, in := posIn(q.body, q.Prompt)
	if !in {
		return 0
	}
	parts := []fyne.CanvasObject{q.focusedPart(), q.verdictRow}
	if q.Explanation.Text != "" && !q.explanationUnderCheck() {
		parts = append(parts, q.Explanation)
	}
	if q.verdictAt == verdictLineOverCheck && q.CheckButton.Visible() && !q.CheckButton.Disabled() {
		parts = append(parts, q.CheckButton)
	}
	bottom := float32(0)
	for _, part := range parts {
		if at, in := posIn(q.body, part); in {
			bottom = max(bottom, at.Y+part.Size().Height)
		}
	}
	return bottom - prompt.Y + 2*theme.Padding()
}

// checkCutUnder reports whether, with the verdict's line standing over
// the choices at the top of room (the question's room under the map
// standing fixed), the panel's bottom edge would run across the Check
// button under the choices, where the verdict's line, the choices and
// Check fit full, the room with the map scrolled away: the map then
// scrolls with the question. At 200 % on a 1366×768 laptop, after CNBC
// was picked wrong, "Check (try 2 of 2)" stood cut in half at the
// bottom edge under the map standing fixed (a keyboard-only walk of the
// real window; TestCheckShowsAfterAWrongPick). Where Check is out of
// sight whole, the map stays (TestMapStaysInSightAfterCheck).
func (q *QuizPanel) checkCutUnder(room, full float32) bool {
	if q.verdictAt != verdictLineOverChoices || !q.CheckButton.Visible() || q.CheckButton.Disabled() {
		return false
	}
	verdict, in := posIn(q.body, q.verdictRow)
	check, under := posIn(q.body, q.CheckButton)
	if !in || !under {
		return false
	}
	pad := theme.Padding()
	top := verdict.Y - pad
	end := check.Y + q.CheckButton.Size().Height + pad
	return check.Y-top < room-0.5 && end-top > room+0.5 && end-top <= full+0.5
}

// placeHeader puts the header above the scroll (fixed) or in it.
func (q *QuizPanel) placeHeader(fixed bool) {
	if q.headerIsFixed == fixed && (len(q.headerFixed.Objects)+len(q.headerInScroll.Objects)) == 1 {
		return
	}
	q.headerIsFixed = fixed
	from, to := q.headerInScroll, q.headerFixed
	if !fixed {
		from, to = to, from
	}
	from.Objects = nil
	to.Objects = []fyne.CanvasObject{q.header}
	from.Refresh()
	to.Refresh()
	q.scroll.Content.Refresh()
}

// fitPrompt gives the prompt a heading's text size where it and the
// control the focus lands on fit together in the room a page of size
// (less the counter) has for the question with the header scrolled
// away and the cue under it, else the body text's size, the size the
// student chose. At 200 % on a 1366×768 laptop a long prompt in the
// heading's size took the whole panel, and the first choice stood cut
// under the cue: a student had to scroll to see what to answer, and
// back to see what was asked (issue 11). The body text's size reads as
// large as the article beside it; a heading's size is emphasis the
// prompt can do without where it costs the choices their place.
func (q *QuizPanel) fitPrompt(size fyne.Size) {
	if len(q.questions) == 0 || q.headerWidth <= 0 {
		return
	}
	room := size.Height - q.cue.heightAt(size.Width-ringRoom)
	heading := promptSizeAs(q.Prompt.Text, theme.SizeNameSubHeadingText, q.headerWidth).Height
	name := theme.SizeNameSubHeadingText
	if q.openingHeightUnder(heading, q.headerWidth) > room+0.5 || q.tryHidesThePrompt(heading, room) {
		name = theme.SizeNameText
	}
	if q.Prompt.SizeName != name {
		q.Prompt.SizeName = name
		q.Prompt.Refresh()
	}
}

// tryHidesThePrompt reports whether, after a try that left the focus in
// the question (a wrong try with a try left, "No answer yet", an answer
// not marked), a prompt heading high does not fit the room the
// question has in sight together with what the next try needs under it
// — the answer field or the choices, the verdict, its explanation where
// it stands over Check, and Check — where the prompt in the body text's
// size does. At 200 % on a 1366×768 laptop and at FYNE_SCALE=1.5 on a
// 1024×700 one the prompt in the heading's size was a line or two too
// tall, hid whole above the answer field and left a third of the panel
// empty under Check: the student's second try had only "Question 2 of
// 9: The article…" to say what was asked (a keyboard-only walk of the
// real window; TestWholePromptAfterAWrongTry). room is the page's
// height less the cue's line: the room with the header scrolled away.
// Less the header's where it stood fixed, the choice swung with the
// header's place from one layout to the next.
func (q *QuizPanel) tryHidesThePrompt(heading, room float32) bool {
	if q.Verdict.Text == "" || q.verdictAt == verdictUnderCheck || !q.CheckButton.Visible() || q.CheckButton.Disabled() {
		return false
	}
	pad := theme.Padding()
	// What stands under the prompt down to Check, wrapped at the
	// question's width.
	q.body.Resize(fyne.NewSize(q.headerWidth, q.body.MinSize().Height))
	below, after := float32(0), false
	for _, o := range q.body.Objects {
		if o == q.Prompt {
			after = true
			continue
		}
		if !after || !o.Visible() {
			continue
		}
		below += pad + o.MinSize().Height
		if o == q.CheckButton {
			break
		}
	}
	fits := func(prompt float32) bool { return prompt+below+2*pad <= room+0.5 }
	return !fits(heading) && fits(promptSizeAs(q.Prompt.Text, theme.SizeNameText, q.headerWidth).Height)
}

// promptSizeAs is the least size of a prompt of text in the text size
// name, wrapped at width: measured on a label of its own, so that the
// prompt is not drawn at a size only tried.
func promptSizeAs(text string, name fyne.ThemeSizeName, width float32) fyne.Size {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = name
	l.Resize(fyne.NewSize(width, l.MinSize().Height))
	return l.MinSize()
}
