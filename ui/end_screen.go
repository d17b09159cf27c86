package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
)

// EndScreen closes a student's run through the quiz: how many they
// answered and got right, which questions to look at again (each a
// button back to it, its evidence shown again), and one Hand in button,
// so that no student has to find File › Save.
type EndScreen struct {
	Content fyne.CanvasObject
	Summary *widget.Label
	// Again lists the questions to look at again, after a heading: one
	// row each, a button back to the question and why it is listed.
	Again  *fyne.Container
	HandIn *RingButton
	Switch *RingButton

	panel *QuizPanel
	// column holds it all; laid out again when the summary changes, or
	// the summary keeps its old height, under Hand in.
	column *fyne.Container
	// scroll holds the column; cue, under it, says where the rest is
	// while it does not fit, as under a question (moreCue).
	scroll *container.Scroll
	cue    *moreCue
	// follow places the cue and the strip over the bottom edge again.
	follow func()
	// room is blank room under the list, shown where it ends too soon
	// for a page key to stop between two rows (keyedOffset).
	room *canvas.Rectangle
}

func newEndScreen(q *QuizPanel) *EndScreen {
	e := &EndScreen{panel: q, Summary: widget.NewLabel(""), Again: container.New(wrapColumn{Gap: 0.3})}
	e.Summary.Wrapping = fyne.TextWrapWord
	e.Summary.SizeName = theme.SizeNameSubHeadingText
	e.HandIn = NewRingButton("Hand in", func() {
		if q.OnHandIn != nil {
			q.OnHandIn()
		}
	})
	e.HandIn.Importance = widget.HighImportance
	e.Switch = NewRingButton("Switch student", func() {
		if q.OnSwitchStudent != nil {
			q.OnSwitchStudent()
		}
	})
	// Hand in comes before the list, so a long list never hides it; all
	// of it keeps clear of the scroll bar, which cut Hand in's ring.
	e.HandIn.OnScrollKey = q.ScrollKey
	e.Switch.OnScrollKey = q.ScrollKey
	e.room = canvas.NewRectangle(color.Transparent)
	e.room.Hide()
	e.column = container.New(wrapColumn{}, e.Summary, e.HandIn, e.Switch, e.Again, e.room)
	e.scroll = container.NewVScroll(container.New(clearOfScrollBar{}, e.column))
	// A long list of questions to look at again ran below the panel
	// with nothing saying so: the cue under the question says it here too.
	e.Content, e.cue, e.follow = newCuedScroll(e.scroll, e.bottomCut)
	e.HandIn.OnFocus = e.revealer(e.HandIn)
	e.Switch.OnFocus = e.revealer(e.Switch)
	return e
}

// revealer scrolls b into sight as it gains the focus, then lays the
// strip over the bottom edge again: a row the strip hid, reached with
// Tab without a scroll, would have had its ring hidden.
func (e *EndScreen) revealer(b *RingButton) func() {
	return func() {
		revealInScroll(b)
		e.follow()
	}
}

// keyedOffset is where Page Up or Page Down (or an arrow key, by a
// line) from offset y stops on the end screen: at the top of a row of
// the list, Hand in, Switch student or the summary — the farthest such
// place a page reaches, so that the top edge runs between two of them,
// never across one — or a page on where no such place lies within it (a
// row taller than the page). Where the list ends too soon to scroll to
// that place, room is added under it. A page was nine tenths of the
// panel in pixels: at 200 % Page Down left a row or Switch student cut
// at the top, and the last page cut one always (issue 11, independent
// audits; TestEndScreenPagesCutNothing).
func (e *EndScreen) keyedOffset(y, dy float32) float32 {
	view, most := e.scroll.Size().Height, e.mostWithoutRoom()
	to, best := max(y+dy, 0), float32(-1)
	if dy > 0 {
		if y >= most-0.5 {
			return y // the end is in sight
		}
		for _, top := range e.stops() {
			if top > y+0.5 && top <= to+0.5 && top > best {
				best = top // the farthest place between two parts a page reaches
			}
		}
		if best < 0 {
			// None within the page: the nearest beyond it that skips
			// nothing the panel did not show, else the page's end.
			for _, top := range e.stops() {
				if top > to && top < y+view-0.5 && (best < 0 || top < best) {
					best = top
				}
			}
		}
		if best < 0 {
			best = to
		}
		e.roomFor(best)
		return withinScroll(e.scroll, best)
	}
	for _, top := range e.stops() {
		if top < y-0.5 && top >= to-0.5 && (best < 0 || top < best) {
			best = top // the farthest place up a page reaches
		}
	}
	if best < 0 {
		for _, top := range e.stops() {
			if top < to && top > y-view+0.5 && top > best {
				best = top // the nearest beyond the page that skips nothing
			}
		}
	}
	if best < 0 {
		best = to
	}
	return withinScroll(e.scroll, best)
}

// stops are the places the end screen's top edge may stand at: its top,
// and the top of each part.
func (e *EndScreen) stops() []float32 {
	tops := []float32{0}
	for _, part := range e.parts() {
		if at, ok := posIn(e.scroll.Content, part); ok && part.Visible() {
			tops = append(tops, at.Y)
		}
	}
	return tops
}

// mostWithoutRoom is the farthest the end screen scrolls without the
// room roomFor adds.
func (e *EndScreen) mostWithoutRoom() float32 {
	room := float32(0)
	if e.room.Visible() {
		room = e.room.MinSize().Height
	}
	return max(0, e.scroll.Content.MinSize().Height-room-e.scroll.Size().Height)
}

// roomFor adds blank room under the list where it ends too soon for the
// end screen to scroll to y, and takes it away where it is not needed.
func (e *EndScreen) roomFor(y float32) {
	short := y - e.mostWithoutRoom()
	if short <= 0.5 {
		if e.room.Visible() {
			e.room.Hide()
			e.scroll.Content.Refresh()
		}
		return
	}
	e.room.SetMinSize(fyne.NewSize(0, short))
	e.room.Show()
	e.scroll.Content.Refresh()
	e.scroll.Refresh()
}

// parts are what the end screen shows whole or not at all at its edges.
func (e *EndScreen) parts() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{e.Summary, e.HandIn, e.Switch}, e.Again.Objects...)
}

// bottomCut is how far above the end screen's bottom edge the line or
// control it runs across starts: at 200 % on a 1366×768 laptop the last
// line of "— not answered yet" stood cut in half over "More below"
// (issue 11). The rows of the list hide whole, the summary by its lines;
// the control with the focus stays cut, its ring saying where it is.
func (e *EndScreen) bottomCut() float32 {
	parts := []fyne.CanvasObject{e.HandIn, e.Switch}
	parts = append(parts, e.Again.Objects...)
	var focused fyne.CanvasObject
	if c := e.panel.canvas; c != nil {
		if f, ok := c.Focused().(fyne.CanvasObject); ok && f != nil {
			focused = f
			for _, row := range e.Again.Objects {
				if r, ok := row.(*fyne.Container); ok && len(r.Objects) > 0 && r.Objects[0] == f {
					focused = row // a row's button has the focus: its row stays
				}
			}
		}
	}
	return bottomCutIn(e.scroll, parts, []*widget.Label{e.Summary}, focused)
}

// update fills the screen from the panel's answers.
func (e *EndScreen) update() {
	q := e.panel
	total := len(q.questions)
	counts := map[quiz.Verdict]int{}
	e.room.Hide() // the room a page key added is the last list's
	e.Again.Objects = nil
	rows := &againRows{}
	for i, question := range q.questions {
		r := q.results[question.ID]
		// The score is the teacher's: the first right try within the
		// allowed ones counts, as on the dashboard and the grade sheet.
		v, ok := q.Counted(i)
		open := q.stillOpen(i) // not answered yet, as the map's round arrow says
		if ok && !open {
			counts[v]++
		}
		if ok && v == quiz.Correct {
			continue
		}
		why := "not answered yet"
		switch {
		case open:
			why = "a try left"
		case ok:
			why = verdictWords[v].plain + q.evidenceLine(question)
		}
		back := NewRingButton(fmt.Sprintf("Question %d", i+1), func() {
			q.Go(i)
			if ok && q.OnEvidence != nil {
				q.OnEvidence(q.evidenceShown(question, r))
			}
		})
		back.OnScrollKey = q.ScrollKey
		back.OnFocus = e.revealer(back)
		// Why it is listed wraps beside the button: as the button's own
		// text ("Question 10 — not answered yet") it made the panel
		// wider than the question did, and Finish moved the divider.
		label := widget.NewLabel("— " + why)
		label.Wrapping = fyne.TextWrapWord
		rows.buttons = append(rows.buttons, back)
		e.Again.Add(container.New(rows, back, label))
	}
	answered := counts[quiz.Correct] + counts[quiz.Partial] + counts[quiz.Incorrect]
	right := counts[quiz.Correct]
	if q.hideScore {
		right = -1 // the teacher keeps the score: no count of right answers
	}
	e.Summary.SetText(summaryLine(answered, total, right, counts[quiz.Partial], q.handInLine()))
	e.HandIn.SetText("Hand in")
	if q.handedIn {
		e.HandIn.SetText("Hand in again")
	}

	if len(e.Again.Objects) > 0 {
		e.Again.Objects = append([]fyne.CanvasObject{widget.NewLabel("Look at these again:")}, e.Again.Objects...)
	}
	e.Again.Refresh()
	// A wrapped label keeps the height of its old text until its
	// container is laid out again: the hand-in line's last words were
	// under Hand in again.
	e.column.Refresh()
}

// summaryLine says, in plain words, how the run went; right < 0 leaves
// the score out. sent, if not empty, says when the answers were handed
// in, in place of "before you hand in": after Hand in the screen read as
// if nothing had happened (issue 11, a new student's walk).
func summaryLine(answered, total, right, partly int, sent string) string {
	s := fmt.Sprintf("You answered %d of %d questions.", answered, total)
	if total == 1 {
		s = fmt.Sprintf("You answered %d of 1 question.", answered) // "0 of 1 questions" (a new student's walk)
	}
	if answered > 0 && right >= 0 { // right < 0: the score is not shown
		s += fmt.Sprintf(" %d right", right)
		if partly > 0 {
			s += fmt.Sprintf(", %d partly right", partly)
		}
		s += "."
	}
	switch {
	case sent != "":
		s += " " + sent
	case answered < total && total == 1:
		s += " You can still answer it before you hand in."
	case answered < total:
		s += " You can still answer the others before you hand in."
	}
	return s
}

// againRows lays out a row of the end screen's list: the button back to
// a question, then why it is listed, wrapped; the buttons of all rows as
// wide as the widest, so that the reasons line up.
type againRows struct{ buttons []*RingButton }

func (a *againRows) lead() float32 {
	var w float32
	for _, b := range a.buttons {
		w = max(w, b.MinSize().Width)
	}
	return w
}

// Layout places objects, the button and its label, in a row.
func (a *againRows) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w, pad := a.lead(), theme.Padding()
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(w, objects[0].MinSize().Height))
	objects[1].Move(fyne.NewPos(w+pad, 0))
	objects[1].Resize(fyne.NewSize(max(size.Width-w-pad, 0), size.Height))
}

// MinSize is the button and the label's least width beside it.
func (a *againRows) MinSize(objects []fyne.CanvasObject) fyne.Size {
	b, l := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(a.lead()+theme.Padding()+l.Width, max(b.Height, l.Height))
}

// evidenceLine quotes a finished question's evidence for the end
// screen's "Look at these again" — the issue asks for the questions to
// look at again with their evidence; the list named them only, the
// sentence a click away (an independent audit) — or "" where the
// teacher's settings keep the answers back, or there is none.
func (q *QuizPanel) evidenceLine(question quiz.Question) string {
	if hidden, _ := q.keyHidden(); hidden || q.EvidenceText == nil {
		return ""
	}
	if text := strings.TrimSpace(q.EvidenceText(question)); text != "" {
		return ". The article says: " + quiz.Quote(text)
	}
	return ""
}
