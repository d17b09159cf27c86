package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
)

// focusedInScroll is the part of the question with the keyboard focus —
// for the choices, the row with the ring — if it is in the quiz's scroll.
func focusedInScroll(p *QuizPanel, c fyne.Canvas) (fyne.CanvasObject, bool) {
	f, ok := c.Focused().(fyne.CanvasObject)
	if !ok {
		return nil, false
	}
	if f == p.Choices {
		f = p.Choices.Rows()[p.Choices.cursor]
	}
	_, in := posIn(p.scroll.Content, f)
	return f, in
}

// TestCheckKeepsTheFocusInSight: after Check with nothing picked or
// typed ("No answer yet"), and after a wrong try with a try left, the
// control with the focus (the answer field, or the choice with the ring)
// shows whole in the quiz panel, with the verdict wherever the two fit
// it together. At FYNE_SCALE=2 on a
// 1366×768 laptop the ringed choice stood above the panel's top edge
// after "No answer yet", and after a wrong try the answer field did
// (a keyboard-only walk of the real window).
func TestCheckKeepsTheFocusInSight(t *testing.T) {
	for _, c := range []struct {
		scale string
		text  float64
		w, h  float32 // 0: as Lede opens on the screen
	}{{"2", 1, 0, 0}, {"1.5", 1, 0, 0}, {"1", 2, 1200, 720}, {"1", 2, 1200, 660}, {"1", 1.5, 1200, 720}} {
		m := samOnLaptop(t, c.scale, c.text, c.w, c.h)
		p, cv := m.Quiz, m.Window.Canvas()
		for i, question := range m.Lesson.Questions {
			for _, answer := range []string{"", wrongAnswer(question)} {
				p.Go(i)
				if len(question.Choices) > 0 {
					p.Choices.SetSelected(answer)
					p.Choices.cursor = p.Choices.selectedRow() // as the arrow keys pick it
				} else {
					p.Entry.SetText(answer)
				}
				p.Check()
				f, in := focusedInScroll(p, cv)
				if !in {
					continue // on Next or Finish, fixed under the question
				}
				if !inView(p, f) {
					t.Errorf("FYNE_SCALE=%s, text %v: question %d, %q: the focused %T is at %v–%v; the panel shows %v–%v",
						c.scale, c.text, i+1, answer, f, p.yInScroll(f), p.yInScroll(f)+f.Size().Height,
						p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
				}
				// Under the explanation, the Check button shows whole
				// where it fits with the focus, and no line of the prompt
				// is cut at the panel's top edge.
				// The prompt comes first: its lines stay, but for a last
				// one alone, its start hidden.
				span := p.yInScroll(p.CheckButton) + p.CheckButton.Size().Height - p.yInScroll(f) + 2*theme.Padding()
				prompt := p.yInScroll(p.Prompt)
				shown := prompt + p.Prompt.Size().Height - max(p.scroll.Offset.Y, prompt)
				fragment := p.scroll.Offset.Y > prompt+0.5 && shown <= lineStep(p.Prompt)+theme.InnerPadding()+0.5
				if p.verdictAt == verdictOverCheck && span <= p.scroll.Size().Height && !inView(p, p.CheckButton) && (shown <= 0.5 || fragment) {
					t.Errorf("FYNE_SCALE=%s, text %v: question %d, %q: %q is cut or out of sight", c.scale, c.text, i+1, answer, p.CheckButton.Text)
				}
				if _, cut := promptWhole(p); cut {
					t.Errorf("FYNE_SCALE=%s, text %v: question %d, %q: the panel's top edge runs across the prompt", c.scale, c.text, i+1, answer)
				}
				if !inView(p, p.Verdict) && verdictFitsWithFocus(p, cv) {
					t.Errorf("FYNE_SCALE=%s, text %v: question %d, %q: %q is out of sight", c.scale, c.text, i+1, answer, p.Verdict.Text)
				}
			}
		}
	}
}

// verdictFitsWithFocus reports whether the verdict's line and the part
// of the question with the focus fit the quiz panel together: where they
// do not (long choices at 200 % in OpenDyslexic on a 1024×700 laptop),
// the focus shows and the verdict is a Page Up away.
func verdictFitsWithFocus(p *QuizPanel, c fyne.Canvas) bool {
	f, in := focusedInScroll(p, c)
	if !in {
		return true
	}
	top := min(p.yInScroll(f), p.yInScroll(p.Verdict))
	bottom := max(p.yInScroll(f)+f.Size().Height, p.yInScroll(p.Verdict)+p.Verdict.Size().Height)
	return bottom-top+2*theme.Padding() <= p.scroll.Size().Height
}

// TestMapStaysAfterAWrongTry: at 200 % text on a 1366×768 laptop (the
// window under the menu bar as tall as the real one, and a little
// taller or lower), a question whose map stood fixed above it keeps it
// there after a wrong try, with the answer field or the ringed choice
// and the verdict in sight below it — but where the prompt does not fit
// under it with them and does with the map scrolled away: the question
// comes first (TestQuestionComesBeforeTheMap). The line under the map
// grew to two lines ("Round arrow: a try left."), the header went past
// its share of the panel, and the map scrolled away with the question (a
// keyboard-only walk of the real window). The map goes into the scroll
// also where, standing fixed over the grown line and the cue, it leaves
// no room for the answer field or ringed choice, the verdict and its
// explanation together: then they show whole, not the explanation cut
// at the panel's bottom edge (TestExplanationShowsAfterCheck; at 200 %
// on a 1024×700 laptop, a lesson of nine questions).
func TestMapStaysAfterAWrongTry(t *testing.T) {
	stayed, gaveWay := 0, 0
	for _, h := range []float32{640, 666, 690, 720, 800, 900} {
		m := signedInOnALaptop(t, 1200, h, 2)
		p, cv := m.Quiz, m.Window.Canvas()
		fixed := 0
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			if !p.headerIsFixed {
				continue
			}
			fixed++
			answerAndCheck(p, question, wrongAnswer(question))
			if !p.headerIsFixed {
				f, in := focusedInScroll(p, cv)
				if !in {
					t.Errorf("1200×%v: after a wrong try at question %d the map scrolls with the question, the focus not in it", h, i+1)
					continue
				}
				pad := theme.Padding()
				top := min(p.yInScroll(f), p.yInScroll(p.Verdict)) - pad
				bottom := max(p.yInScroll(f)+f.Size().Height, p.yInScroll(p.Explanation)+p.Explanation.Size().Height) + pad
				// What the question would have in sight under the map standing fixed.
				room := p.page.Size().Height - p.Counter.MinSize().Height - p.header.MinSize().Height - pad - p.cue.box.Size().Height
				asked, full := askedAndTried(p, cv), room+p.header.MinSize().Height
				promptWins := asked > room+0.5 && asked <= full+0.5
				if promptWins {
					gaveWay++
					if !inView(p, p.Prompt) {
						t.Errorf("1200×%v: after a wrong try at question %d the map gives way to the prompt, which is out of sight", h, i+1)
					}
				} else if bottom-top <= room+0.5 {
					t.Errorf("1200×%v: after a wrong try at question %d the map scrolls with the question; the answer, verdict and explanation (%v high) fit the %v under it, and the prompt with them (%v) does not fit the panel (%v) even so",
						h, i+1, bottom-top, room, asked, full)
				}
				if !inView(p, f) || !inView(p, p.Verdict) || (!p.explanationUnderCheck() && !inView(p, p.Explanation)) {
					t.Errorf("1200×%v: after a wrong try at question %d the map scrolls with the question, and the answer, verdict and explanation are not all in sight", h, i+1)
				}
				continue
			}
			stayed++
			if f, in := focusedInScroll(p, cv); in && !inView(p, f) {
				t.Errorf("1200×%v: after a wrong try at question %d the focused %T is out of sight", h, i+1, f)
			}
			if !inView(p, p.Verdict) {
				t.Errorf("1200×%v: after a wrong try at question %d the verdict is out of sight", h, i+1)
			}
		}
		if fixed == 0 {
			t.Errorf("1200×%v: no question opens with its map fixed: the test shows nothing", h)
		}
	}
	if stayed == 0 || gaveWay == 0 {
		t.Errorf("the map stays fixed after %d wrong tries and gives way to the prompt after %d: the test shows only one side", stayed, gaveWay)
	}
}

// askedAndTried is the height from the top of the prompt to the end of
// what a try needs in sight — the focused answer or choice, the verdict,
// its explanation (or Check, where the explanation stands under it) —
// with a padding's room around them.
func askedAndTried(p *QuizPanel, c fyne.Canvas) float32 {
	parts := []fyne.CanvasObject{p.verdictRow}
	if f, in := focusedInScroll(p, c); in {
		parts = append(parts, f)
	}
	if p.explanationUnderCheck() {
		parts = append(parts, p.CheckButton)
	} else {
		parts = append(parts, p.Explanation)
	}
	bottom := float32(0)
	for _, part := range parts {
		bottom = max(bottom, p.yInScroll(part)+part.Size().Height)
	}
	return bottom - p.yInScroll(p.Prompt) + 2*theme.Padding()
}

// edgeCuts names what the quiz panel's top edge runs across — a line
// of the prompt, a choice, the answer field, the Check button — or "".
func edgeCuts(p *QuizPanel) string {
	if _, cut := promptWhole(p); cut {
		return "a line of the prompt"
	}
	y := p.scroll.Offset.Y
	for _, part := range p.wholeParts() {
		if top := p.yInScroll(part); y > top+0.5 && y < top+part.Size().Height-0.5 {
			return fmt.Sprintf("%T at %v–%v", part, top, top+part.Size().Height)
		}
	}
	return ""
}

// TestArrowsAndCheckCutNoLine: at FYNE_SCALE=2 on a 1366×768 laptop,
// moving through a question's choices with ↓ and checking a wrong pick
// never leave the quiz panel's top edge across a line of the prompt or
// a choice: the least scroll that showed the choice with the ring left
// the prompt's line "million new American" cut through, or a sliver of
// a letter or of a choice's circle at the top (seen in the real window).
func TestArrowsAndCheckCutNoLine(t *testing.T) {
	onScreen(t, 1366, 768, "2")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p, c := m.Quiz, m.Window.Canvas()
	for i, question := range m.Lesson.Questions {
		if len(question.Choices) == 0 {
			continue
		}
		p.Go(i)
		for k := range question.Choices {
			press(t, c, fyne.KeyDown)
			if cut := edgeCuts(p); cut != "" {
				t.Errorf("question %d, ↓ %d: the panel's top edge (%v) runs across %s", i+1, k+1, p.scroll.Offset.Y, cut)
			}
		}
		p.Go(i)
		answerAndCheck(p, question, wrongAnswer(question))
		if cut := edgeCuts(p); cut != "" {
			t.Errorf("question %d, a wrong pick checked: the panel's top edge (%v) runs across %s", i+1, p.scroll.Offset.Y, cut)
		}
	}
}

// TestCheckHidesNoMoreOfThePrompt: after "No answer yet" or a wrong try
// at a question with an answer field, the prompt's first line stays in
// sight wherever the prompt, the answer, the verdict, its explanation
// and the Check button fit the panel together (at FYNE_SCALE=1.5 and 2,
// and at 150 % and 200 % text): scrolled on to show the Check button
// whole, the panel showed "subheading “Alibaba To Create 1M US Jobs”?"
// alone at FYNE_SCALE=1.5 (seen in the real window). Where they do not
// fit, the Check button comes first (TestCheckShowsAfterAWrongTry).
func TestCheckHidesNoMoreOfThePrompt(t *testing.T) {
	for _, c := range []struct {
		scale string
		text  float64
		w, h  float32 // 0: as Lede opens on the screen
	}{{"1.5", 1, 0, 0}, {"2", 1, 0, 0}, {"1", 2, 1200, 666}, {"1", 1.5, 1200, 666}} {
		m := samOnLaptop(t, c.scale, c.text, c.w, c.h)
		p := m.Quiz
		for i, question := range m.Lesson.Questions {
			if len(question.Choices) > 0 {
				continue
			}
			for _, answer := range []string{"", wrongAnswer(question)} {
				p.Go(i)
				answerAndCheck(p, question, answer)
				top := p.yInScroll(p.Prompt)
				end := p.yInScroll(p.Explanation) + p.Explanation.Size().Height
				if p.CheckButton.Visible() && !p.CheckButton.Disabled() {
					end = max(end, p.yInScroll(p.CheckButton)+p.CheckButton.Size().Height)
				}
				end += theme.Padding()
				if p.scroll.Offset.Y > top+0.5 && end-top <= p.scroll.Size().Height {
					t.Errorf("FYNE_SCALE=%s, text %v: question %d, %q: after %q the panel shows from %v; the prompt starts at %v, and it fits with the explanation and Check (to %v)",
						c.scale, c.text, i+1, answer, p.Verdict.Text, p.scroll.Offset.Y, top, end)
				}
			}
		}
	}
}

// samOnLaptop opens Lede as Sam on a 1366×768 screen at a Fyne scale and
// a text size, in a window of w×h (0: as Lede opens on the screen).
func samOnLaptop(t *testing.T, scale string, text float64, w, h float32) *Main {
	t.Helper()
	onScreen(t, 1366, 768, scale)
	m := laptopMain(t)
	m.Fixed.Scale = text
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	if w > 0 {
		m.Window.Resize(fyne.NewSize(w, h))
	}
	return m
}

// labelCut reports whether the quiz panel's top edge runs across a line
// of l, a wrapped label in the question: not at its top, its end, or a
// place between two of its lines (under its inner padding, whole lines
// apart).
func labelCut(p *QuizPanel, l *widget.Label) bool {
	if !l.Visible() || l.Text == "" {
		return false
	}
	top, y := p.yInScroll(l), p.scroll.Offset.Y
	first, bottom := top+theme.InnerPadding(), top+l.Size().Height
	if y <= first+0.5 || y >= bottom-0.5 {
		return false
	}
	pitch := lineStep(l)
	k := math.Round(float64((y - first) / pitch))
	return math.Abs(float64(y-first)-k*float64(pitch)) > 0.5
}

// TestArrowsAfterNoAnswerCutNoLine: after "No answer yet" on a choice
// question, the arrow keys that move the ring down the choices never
// leave the quiz panel's top edge across the verdict's line or a line
// of what it says to do ("Pick an answer first: …"), nor across a line
// of the prompt or a choice; they hide whole. At FYNE_SCALE=2 on a
// 1024×700 laptop the first ↓ left "No answer yet" cut through at the
// panel's top edge, its letters' lower half under "Question 3 of 9:
// Which…" (a keyboard-only walk of the real window).
func TestArrowsAfterNoAnswerCutNoLine(t *testing.T) {
	moved := 0
	onTheLaptops(t, withChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		p.Go(i)
		p.Check() // nothing picked: "No answer yet"
		for k := range question.Choices {
			was := p.scroll.Offset.Y
			press(t, c, fyne.KeyDown)
			if p.scroll.Offset.Y != was {
				moved++
			}
			var cuts []string
			if cut := edgeCuts(p); cut != "" {
				cuts = append(cuts, cut)
			}
			if labelCut(p, p.Verdict) {
				cuts = append(cuts, "the verdict "+strconv.Quote(p.Verdict.Text))
			}
			if labelCut(p, p.Explanation) {
				cuts = append(cuts, "a line of "+strconv.Quote(p.Explanation.Text))
			}
			if len(cuts) > 0 {
				t.Errorf("%v: question %d, ↓ %d after %q: the panel's top edge (%v) runs across %s",
					l, i+1, k+1, p.Verdict.Text, p.scroll.Offset.Y, strings.Join(cuts, ", "))
			}
		}
	})
	if moved == 0 {
		t.Fatal("no arrow key scrolled the panel: the test shows nothing")
	}
}
