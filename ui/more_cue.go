package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The cue's words, below and above, longest first: the cue says the
// longest that fits its line, so that at 200 % it does not take two
// lines from the question. They say where the rest of the question is
// and how to get there without a mouse: at 200 % the quiz was often a
// Page Down away with nothing saying so (issue 11). The third says it
// of the Check button, below the panel's edge after a pick that kept
// the prompt in sight (checkBelowAfterPick); the fourth of the choice
// with the ring, below the panel's edge under a prompt that takes the
// panel (choiceBelow).
var cueWords = [][4]string{
	{"More below — scroll or press Page Down", "More above — scroll or press Page Up", "Check is below — scroll or press Page Down", "The choices are below — press the down arrow"},
	{"More below — press Page Down", "More above — press Page Up", "Check is below — press Page Down", "Choices below — press the down arrow"},
	{"More below", "More above", "Check is below", "Choices below"},
}

// moreCue is the line under the quiz panel's question that says there
// is more of it out of sight, and where. It shows only while the
// question does not fit the panel, in the text's own colour (WCAG AA in
// every theme), with an arrow beside the words.
type moreCue struct {
	words *widget.Label
	arrow *widget.Icon
	box   *fyne.Container
	// wording is the line of cueWords that fits the panel's width.
	wording int
	below   bool
	// room is the width the words have on their line.
	room float32
}

func newMoreCue() *moreCue {
	c := &moreCue{words: widget.NewLabelWithStyle(cueWords[0][0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		arrow: widget.NewIcon(theme.MoveDownIcon()), below: true}
	c.words.Wrapping = fyne.TextWrapWord // the shortest still shows whole in a narrow panel
	c.box = container.NewBorder(nil, nil, c.arrow, nil, c.words)
	c.box.Hide()
	return c
}

// heightAt picks the longest wording whose first three lines each fit
// one line at width, and returns the cue's height with it.
func (c *moreCue) heightAt(width float32) float32 {
	room := width - c.arrow.MinSize().Width - theme.Padding() - 2*theme.InnerPadding()
	c.room = room
	c.wording = len(cueWords) - 1
	for i, pair := range cueWords {
		if fitsOneLine(pair[0], room) && fitsOneLine(pair[1], room) && fitsOneLine(pair[2], room) {
			c.wording = i
			break
		}
	}
	c.words.Text = cueWords[c.wording][0]
	if !c.below {
		c.words.Text = cueWords[c.wording][1]
	}
	c.box.Resize(fyne.NewSize(width, c.box.MinSize().Height))
	c.words.Refresh()
	return c.box.MinSize().Height
}

// fitsOneLine reports whether text in bold fits width on one line.
func fitsOneLine(text string, width float32) bool {
	return fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width <= width
}

// say puts where the rest is in the cue's words: below while any of
// the question is, else above. It changes the words only, never the
// cue's height.
func (c *moreCue) say(below bool) {
	words, arrow := cueWords[c.wording][1], theme.MoveUpIcon()
	if below {
		words, arrow = cueWords[c.wording][0], theme.MoveDownIcon()
	}
	c.below = below
	if c.words.Text != words {
		c.words.SetText(words)
		c.arrow.SetResource(arrow)
	}
}

// sayCheckIsBelow says that the Check button is below the panel's
// edge, in words that fit the cue's one line; where none do, the cue
// says "More below" as before.
func (c *moreCue) sayCheckIsBelow() {
	words := cueWords[c.wording][2]
	if !fitsOneLine(words, c.room) {
		return
	}
	c.below = true
	if c.words.Text != words {
		c.words.SetText(words)
		c.arrow.SetResource(theme.MoveDownIcon())
	}
}

// sayChoicesBelow says that the choice with the ring is below the
// panel's edge, and which key shows it.
func (c *moreCue) sayChoicesBelow() {
	// The longest that fits the cue's one line, from the wording the
	// others have: the longest of these set no wording of their own, so
	// the cue said "More above" where it had room for "More above —
	// press Page Up" (docs/screenshot-150.png).
	words := cueWords[len(cueWords)-1][3]
	for _, wording := range cueWords[c.wording:] {
		if fitsOneLine(wording[3], c.room) {
			words = wording[3]
			break
		}
	}
	c.below = true
	if c.words.Text != words {
		c.words.SetText(words)
		c.arrow.SetResource(theme.MoveDownIcon())
	}
}

// questionHeight is the height of the scrolled question without what
// shows nothing at its end: the empty verdict and explanation under
// Check before a try, and the empty room showVerdict may add. The cue
// says "More below" of the question, not of blank space (it did at
// FYNE_SCALE=2, under a Check button in sight).
func (q *QuizPanel) questionHeight() float32 {
	return q.scroll.Content.MinSize().Height - q.body.MinSize().Height + q.bodyHeight()
}

// bodyHeight is the height of the question under the header without
// what shows nothing at its end (questionHeight).
func (q *QuizPanel) bodyHeight() float32 {
	h := q.body.MinSize().Height
	objects := q.body.Objects
	for i := len(objects) - 1; i >= 0 && q.blankAtEnd(objects[i]); i-- {
		if objects[i].Visible() {
			h -= objects[i].MinSize().Height + theme.Padding()
		}
	}
	return h
}

// blankAtEnd reports whether o, in the question, shows nothing.
func (q *QuizPanel) blankAtEnd(o fyne.CanvasObject) bool {
	switch o {
	case q.room:
		return true
	case q.verdictRow:
		return q.Verdict.Text == ""
	case q.Explanation:
		return q.Explanation.Text == ""
	}
	return !o.Visible()
}

// sayWhereMoreIs tells the cue whether the question goes on below the
// panel's bottom edge.
func (q *QuizPanel) sayWhereMoreIs() {
	q.cue.follow(q.scroll, q.questionHeight())
	if q.checkBelowAfterPick() {
		q.cue.sayCheckIsBelow()
	} else if q.choiceBelow() {
		q.cue.sayChoicesBelow()
	}
	q.sayWhatIsAsked()
	q.maskBottomCut()
}

// checkBelowAfterPick reports whether an option is picked, the choices
// have the focus, and the Check button is below the panel's bottom
// edge: a pick keeps the prompt in sight where the prompt, the option
// and Check do not fit the panel together (scrollIntoView), and the cue
// then says where Check is.
func (q *QuizPanel) checkBelowAfterPick() bool {
	if q.canvas == nil || q.Ended() || !q.Choices.Visible() || q.Choices.Selected == "" ||
		!q.CheckButton.Visible() || q.CheckButton.Disabled() || q.canvas.Focused() != q.Choices {
		return false
	}
	if _, in := posIn(q.scroll.Content, q.CheckButton); !in {
		return false
	}
	end := q.scroll.Offset.Y + q.scroll.Size().Height
	if q.Verdict.Text != "" && q.verdictRow.Visible() && q.yInScroll(q.verdictRow)+q.verdictRow.Size().Height > end+0.5 {
		return false // the verdict is below too: "More below"
	}
	return q.yInScroll(q.CheckButton)+q.CheckButton.Size().Height > end+0.5
}

// choiceBelow reports whether the choices have the focus and the one
// with the ring is not whole in the panel, running below its bottom
// edge from under its top (a choice taller than the panel, from its
// top, is as whole as it can be): a
// choice question whose prompt takes the panel opens with the prompt
// whole and the first choice cut at the bottom edge or below it (the
// prompt comes first). At 200 % in OpenDyslexic on a 1366×768 laptop
// "Which source does the article give for this claim: …?" opened with
// the top of CNBC's ring and letters under the prompt and "More below",
// and nothing said that the choices were there, nor that ↓ shows them
// and picks nothing (a keyboard-only walk of the real window;
// TestCueSaysWhereTheChoicesAre). The cut choice is not hidden: its
// ring's top shows where the focus is.
func (q *QuizPanel) choiceBelow() bool {
	if q.canvas == nil || q.Ended() || !q.Choices.Visible() || q.canvas.Focused() != q.Choices {
		return false
	}
	rows := q.Choices.Rows()
	if len(rows) == 0 {
		return false
	}
	row := rows[min(q.Choices.cursor, len(rows)-1)]
	if _, in := posIn(q.scroll.Content, row); !in {
		return false
	}
	top, y := q.yInScroll(row), q.scroll.Offset.Y
	return top > y+theme.Padding()+0.5 && top+row.Size().Height > y+q.scroll.Size().Height+0.5
}

// sayWhatIsAsked puts the prompt's start beside "Question N of M" in
// the counter, which stands fixed at the panel's top, while the
// prompt's first line is out of sight: "Question 1 of 9: Does the
// article say …". After a wrong try at 200 % or at FYNE_SCALE=1.5 on a
// 1024×700 or 1366×768 laptop the panel scrolled to the answer, the
// verdict and Check, the prompt above out of sight, and only "More
// below" said anything (issue 11, a keyboard-only walk of the real
// window; TestQuestionStaysInSightAfterAWrongTry). One line, cut with
// an ellipsis: the counter's height, and so the question's room, stays
// the same.
func (q *QuizPanel) sayWhatIsAsked() {
	if q.counterBase == "" || q.Ended() {
		return
	}
	text := q.counterBase
	if !q.promptStartInSight() {
		lead := text + ": "
		text = lead + wordsThatFit(lead, strings.Fields(q.Prompt.Text), q.Counter)
	} else if q.answeredOutOfSight() {
		// How far the student has got, where the line under the map that
		// says it is scrolled away; where the words do not fit the
		// counter's one line, "Question N of M" alone.
		if more := fmt.Sprintf("%s (%d answered)", text, q.answeredCount()); fitsLabel(more, q.Counter) {
			text = more
		}
	}
	if q.Counter.Text != text {
		q.Counter.SetText(text)
	}
}

// answeredOutOfSight reports whether the line under the question map
// ("1 of 9 answered.") scrolls with the question and is not whole in the
// panel: at FYNE_SCALE=1.5 on a 1024×700 laptop every question opened
// with the map and that line a Page Up away, and nothing in sight said
// how far the student had got; the counter then says it, "Question 2 of
// 9 (1 answered)" (a keyboard-only walk of the real window;
// TestCounterSaysHowManyAreAnswered).
func (q *QuizPanel) answeredOutOfSight() bool {
	if q.headerIsFixed || !q.Answered.Visible() || q.scroll.Size().Height <= 0 {
		return false
	}
	if _, in := posIn(q.scroll.Content, q.Answered); !in {
		return false
	}
	top, y := q.yInScroll(q.Answered), q.scroll.Offset.Y
	return top < y-0.5 || top+q.Answered.Size().Height > y+q.scroll.Size().Height+0.5
}

// answeredCount is how many questions are answered, as the line under
// the map counts them: right, or with no try left.
func (q *QuizPanel) answeredCount() int {
	n := 0
	for i, question := range q.questions {
		if _, ok := q.results[question.ID]; ok && !q.stillOpen(i) {
			n++
		}
	}
	return n
}

// fitsLabel reports whether text fits label's one line, in its own text
// size and style.
func fitsLabel(text string, label *widget.Label) bool {
	room := label.Size().Width - 2*theme.InnerPadding()
	size := label.Theme().Size(theme.SizeNameText)
	return room > 0 && fyne.MeasureText(text, size, label.TextStyle).Width <= room
}

// wordsThatFit returns as many whole words of a prompt as fit in label
// after lead, with an ellipsis where some are left out: "Does the…",
// not Fyne's "Does the pla…", which a reader cannot finish in their head
// (seen in the real window at FYNE_SCALE=1.5 on 1024×700). Before the
// label has a width, or where not even one word fits, the words go in
// whole and the label's own ellipsis cuts them.
func wordsThatFit(lead string, words []string, label *widget.Label) string {
	all := strings.Join(words, " ")
	room := label.Size().Width - 2*theme.InnerPadding()
	if room <= 0 || len(words) == 0 {
		return all
	}
	size := label.Theme().Size(theme.SizeNameText)
	fits := func(s string) bool { return fyne.MeasureText(lead+s, size, label.TextStyle).Width <= room }
	if fits(all) {
		return all
	}
	for n := len(words) - 1; n >= 1; n-- {
		part := strings.TrimRight(strings.Join(words[:n], " "), ",;:.—–-") + "…"
		if fits(part) {
			return part
		}
	}
	return all
}

// promptStartInSight reports whether the prompt's first line is whole
// in the panel.
func (q *QuizPanel) promptStartInSight() bool {
	if !q.Prompt.Visible() || q.scroll.Size().Height <= 0 {
		return true
	}
	top := q.yInScroll(q.Prompt) + theme.InnerPadding()
	bottom := top + lineStep(q.Prompt)
	y := q.scroll.Offset.Y
	return top >= y-0.5 && bottom <= y+q.scroll.Size().Height+0.5
}

// placeCue shows the cue at the bottom of the question's area of size
// at y, where the question is taller than that area, and hides it where
// it fits; it returns the height left for the scrolled question. It is
// decided as the page is laid out, before anything scrolls: shown after,
// it would take its line from under a Check button just scrolled into
// sight.
func (q *QuizPanel) placeCue(y float32, size fyne.Size) float32 {
	return q.cue.place(y, size, q.questionHeight())
}

// place shows the cue at the bottom of an area of size at y, over the
// end of a scroll there whose content is height high, where that is
// taller than the area, and hides it where it fits; it returns the
// height left for the scroll.
func (c *moreCue) place(y float32, size fyne.Size, height float32) float32 {
	if height <= size.Height+0.5 {
		c.box.Hide()
		return size.Height
	}
	h := c.heightAt(size.Width - ringRoom)
	left := max(size.Height-h, 0)
	c.box.Move(fyne.NewPos(ringRoom, y+left))
	c.box.Resize(fyne.NewSize(size.Width-ringRoom, h))
	c.box.Show()
	return left
}

// follow says where the rest of s's content, height high, is: below
// while any of it is below s's bottom edge, else above.
func (c *moreCue) follow(s *container.Scroll, height float32) {
	c.say(s.Offset.Y+s.Size().Height < height-0.5)
}

// cuedScroll lays out a scroll with the cue under it, where its content
// does not fit (moreCue): the end screen's, whose list of questions to
// look at again ran below the panel with nothing saying so.
type cuedScroll struct {
	scroll *container.Scroll
	cue    *moreCue
	// mask hides what the scroll's bottom edge runs across, as on the
	// quiz page (edgeMask); cut says how much, 0 for nothing.
	mask *edgeMask
	cut  func() float32
}

// newCuedScroll returns s with a cue under it where its content does
// not fit; the cue follows s as it scrolls, and a strip of the page's
// colour hides the line or control that s's bottom edge runs across,
// cut (bottomCutIn) high.
//
// follow, returned, places the cue and the strip again: call it when
// the focus moves without a scroll, since the control with the focus is
// never hidden.
func newCuedScroll(s *container.Scroll, cut func() float32) (box *fyne.Container, cue *moreCue, follow func()) {
	cue = newMoreCue()
	l := &cuedScroll{scroll: s, cue: cue, mask: newEdgeMask(), cut: cut}
	s.OnScrolled = func(fyne.Position) { l.follow() }
	return container.New(l, s, cue.box, l.mask), cue, l.follow
}

func (l *cuedScroll) follow() {
	l.cue.follow(l.scroll, l.scroll.Content.MinSize().Height)
	placeMask(l.mask, l.scroll, l.cut())
}

// Layout wraps the content at the scroll's width first (as the quiz
// page does: wrapQuestionAt), then gives the cue its line where the
// content does not fit.
func (l *cuedScroll) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	wrapAt(l.scroll, size.Width)
	left := l.cue.place(0, size, l.scroll.Content.MinSize().Height)
	l.scroll.Move(fyne.Position{})
	l.scroll.Resize(fyne.NewSize(size.Width, left))
	l.follow()
}

func (l *cuedScroll) MinSize([]fyne.CanvasObject) fyne.Size { return l.scroll.MinSize() }

// refreshScroll redraws the question at its offset and the cue's words
// with it.
func (q *QuizPanel) refreshScroll() {
	q.scroll.Refresh()
	q.sayWhereMoreIs()
}
