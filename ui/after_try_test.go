package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// onALaptop opens Lede as Sam on a screen of w×h at a Fyne scale and a
// text size, the window as Lede opens on that screen.
func onALaptop(t *testing.T, w, h float32, scale string, text float64) *Main {
	t.Helper()
	onScreen(t, w, h, scale)
	m := laptopMain(t)
	m.Fixed.Scale = text
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	return m
}

// laptops are the screens and scales a student's quiz panel is tried at.
var laptops = []struct {
	w, h  float32
	scale string
	text  float64
}{
	{1366, 768, "1.5", 1}, {1366, 768, "2", 1}, {1366, 768, "1", 1.5}, {1366, 768, "1", 2},
	{1024, 700, "1.5", 1}, {1024, 700, "1", 1.5}, {1024, 700, "1", 2},
}

// afterTry are the parts a student needs after a try with a try left:
// the control with the focus, the verdict, its explanation and Check.
func afterTry(p *QuizPanel, c fyne.Canvas) []fyne.CanvasObject {
	parts := []fyne.CanvasObject{p.verdictRow, p.Explanation}
	if p.CheckButton.Visible() && !p.CheckButton.Disabled() {
		parts = append(parts, p.CheckButton)
	}
	if f, in := focusedInScroll(p, c); in {
		parts = append(parts, f)
	}
	return parts
}

// spanOf is the height from the top of the highest of parts to the
// bottom of the lowest, with a padding's room for the focus ring.
func spanOf(p *QuizPanel, parts []fyne.CanvasObject) float32 {
	top, bottom := p.yInScroll(parts[0]), float32(0)
	for _, part := range parts {
		top = min(top, p.yInScroll(part))
		bottom = max(bottom, p.yInScroll(part)+part.Size().Height)
	}
	return bottom - top + 2*theme.Padding()
}

// TestCheckShowsAfterAWrongTry: after a wrong first try with a try left,
// the answer (or the ringed choice), the verdict, its explanation and
// the Check button all show whole in the quiz panel wherever they fit it
// together, at every scale and on a 1366×768 or a 1024×700 laptop. At
// FYNE_SCALE=1.5 on a 1366×768 laptop the Check button stood cut off at
// the panel's bottom edge under the explanation, kept there so as not to
// hide the prompt's first line (seen in the real window).
func TestCheckShowsAfterAWrongTry(t *testing.T) {
	for _, l := range laptops {
		m := onALaptop(t, l.w, l.h, l.scale, l.text)
		p, c := m.Quiz, m.Window.Canvas()
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			answerAndCheck(p, question, wrongAnswer(question))
			if !p.triesLeft(question.ID) {
				continue // on to Next, fixed under the question
			}
			parts := afterTry(p, c)
			if spanOf(p, parts) > p.scroll.Size().Height {
				continue // too tall to show at once: the cue says there is more
			}
			for _, part := range parts {
				if !inView(p, part) {
					t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d: after a wrong try the %T at %v–%v is not whole in the panel (%v–%v)",
						l.w, l.h, l.scale, l.text, i+1, part, p.yInScroll(part), p.yInScroll(part)+part.Size().Height,
						p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
				}
			}
		}
	}
}

// TestMapStaysFixedAfterANarrowLayout: a narrow layout of a choice on
// the way (as while the window opens) does not change where the
// question map stands once the panel is laid out again after Check: the first choice was
// measured at the narrow width, three times as tall, the map went into
// the scroll after Check and the offset kept cut a choice in half at
// the panel's top (docs/screenshot-150.png at 150 %).
func TestMapStaysFixedAfterANarrowLayout(t *testing.T) {
	m := samOnLaptop(t, "1", 1.5, 1200, 800)
	p := m.Quiz
	checked := 0
	for i, question := range m.Lesson.Questions {
		if len(question.Choices) == 0 {
			continue
		}
		p.Go(i)
		answerAndCheck(p, question, question.Answer)
		fixed := p.headerIsFixed
		// The first choice laid out narrow, as the real window did while
		// it opened, then the page laid out again at its own width.
		row := p.Choices.Rows()[0]
		row.Resize(fyne.NewSize(150, row.MinSize().Height))
		p.page.Refresh()
		checked++
		if p.headerIsFixed != fixed {
			t.Errorf("question %d: after Check the map stood fixed: %v; laid out again: %v", i+1, fixed, p.headerIsFixed)
		}
		if cut := edgeCuts(p); cut != "" {
			t.Errorf("question %d: laid out again after Check, the panel's top edge runs across %s", i+1, cut)
		}
	}
	if checked == 0 {
		t.Fatal("no choice question: the test shows nothing")
	}
}

// TestFixedMapLeavesTheQuestionRoom: after a wrong try that leaves the
// focus on the answer field or a choice, the map stands fixed above the
// question only where the question has room under it, the line under
// the map grown by the try and the cue's line counted, for the focused
// control, the verdict and its explanation together: where it stands
// fixed, all three are whole in sight. At 200 % on a 1024×700 laptop,
// and on a 1366×768 one a little lower than Lede opens, a lesson of
// nine questions laid its map out in two rows, the map stood fixed,
// and the explanation ran below the panel's bottom edge under the
// answer field.
func TestFixedMapLeavesTheQuestionRoom(t *testing.T) {
	for _, c := range []struct {
		w, h  float32
		scale float64
	}{{1016, 652, 2}, {1200, 640, 2}, {1200, 660, 2}, {1200, 690, 2}, {910, 450, 1}, {1200, 720, 1.5}} {
		m := signedInOnALaptop(t, c.w, c.h, c.scale)
		p, cv := m.Quiz, m.Window.Canvas()
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			answerAndCheck(p, question, wrongAnswer(question))
			f, in := focusedInScroll(p, cv)
			if !p.headerIsFixed || !in || p.verdictAt == verdictLineOverChoices {
				continue
			}
			// Where the explanation stands under Check (lineVerdict), Check
			// is what the next try needs in sight.
			needed := fyne.CanvasObject(p.Explanation)
			if p.verdictAt == verdictLineOverCheck {
				needed = p.CheckButton
			}
			if !inView(p, f) || !inView(p, p.Verdict) || !inView(p, needed) {
				t.Errorf("%v×%v at %v: after a wrong try at question %d under the fixed map, the panel shows %v–%v: the focused %T at %v–%v, the verdict at %v, the explanation at %v–%v",
					c.w, c.h, c.scale, i+1, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, f, p.yInScroll(f), p.yInScroll(f)+f.Size().Height,
					p.yInScroll(p.Verdict), p.yInScroll(p.Explanation), p.yInScroll(p.Explanation)+p.Explanation.Size().Height)
			}
		}
	}
}

// TestQuestionStaysInSightAfterAWrongTry: after a wrong try with a try
// left, the student still sees what the question asks — the prompt's
// first line in the panel, or the prompt's start beside "Question N of
// M" at the panel's top — with the verdict, and the Check button
// ("Check (try 2 of 2)") whole in the panel, not under the "More below"
// cue, wherever the focused control, the verdict and Check fit it
// together; at every scale on a 1366×768 or a 1024×700 laptop. At
// 200 % text and at FYNE_SCALE=1.5 the panel scrolled the prompt out of
// sight above the verdict, Check stood cut at the panel's bottom edge,
// and the cue said only "More below" (issue 11, a keyboard-only walk of
// the real window).
func TestQuestionStaysInSightAfterAWrongTry(t *testing.T) {
	for _, l := range laptops {
		m := onALaptop(t, l.w, l.h, l.scale, l.text)
		p, c := m.Quiz, m.Window.Canvas()
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			answerAndCheck(p, question, wrongAnswer(question))
			if !p.triesLeft(question.ID) {
				continue
			}
			top, bottom := p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height
			prompt := p.yInScroll(p.Prompt) + theme.InnerPadding()
			firstLine := prompt + lineStep(p.Prompt)
			var missing []string
			words := strings.Fields(question.Prompt)
			start := fmt.Sprintf("Question %d of %d: %s", i+1, len(m.Lesson.Questions), words[0]) // as many whole words as fit (wordsThatFit)
			if (prompt < top-0.5 || firstLine > bottom+0.5) && !strings.HasPrefix(p.Counter.Text, start) {
				missing = append(missing, fmt.Sprintf("the prompt's first line (%v–%v; the counter says %q)", prompt, firstLine, p.Counter.Text))
			}
			if !inView(p, p.verdictRow) {
				missing = append(missing, fmt.Sprintf("the verdict (%v)", p.yInScroll(p.verdictRow)))
			}
			// What the next try needs, one under the other, wherever the
			// explanation stands: the answer field, or the ringed choice
			// and the choices under it, the verdict's line and Check.
			needed := p.verdictRow.Size().Height + p.CheckButton.Size().Height + 4*theme.Padding()
			if f, in := focusedInScroll(p, c); in {
				needed += f.Size().Height + theme.Padding()
				if f != fyne.CanvasObject(p.Entry) {
					needed += p.yInScroll(p.Choices) + p.Choices.Size().Height - (p.yInScroll(f) + f.Size().Height)
				}
			}
			// Checked for the answer field: a choice question's Check
			// stands under all its choices (left for later).
			if len(question.Choices) == 0 && p.CheckButton.Visible() && !p.CheckButton.Disabled() && !inView(p, p.CheckButton) && needed <= p.scroll.Size().Height {
				missing = append(missing, fmt.Sprintf("the Check button (%v–%v)", p.yInScroll(p.CheckButton), p.yInScroll(p.CheckButton)+p.CheckButton.Size().Height))
			}
			if len(missing) > 0 {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d (%s): after a wrong try the panel (%v–%v) leaves out %s",
					l.w, l.h, l.scale, l.text, i+1, question.Kind, top, bottom, strings.Join(missing, ", "))
			}
		}
	}
}

// menuLaptop is a laptop's screen, its FYNE_SCALE and text size, and
// the window's content as high as it is in the real window, under the
// menu bar that the test window does not draw.
type menuLaptop struct {
	w, h   float32
	scale  string
	text   float64
	cw, ch float32
}

// open starts the sample lesson on the laptop, its window's content
// sized as under the real menu bar.
func (l menuLaptop) open(t *testing.T) *Main {
	t.Helper()
	m := onALaptop(t, l.w, l.h, l.scale, l.text)
	m.Window.Resize(fyne.NewSize(l.cw, l.ch))
	return m
}

// String names the laptop in a failure's message.
func (l menuLaptop) String() string {
	return fmt.Sprintf("%v×%v (window %v×%v), FYNE_SCALE=%s, text %v", l.w, l.h, l.cw, l.ch, l.scale, l.text)
}

// onLaptopsAndLargeDyslexic walks every question as onTheLaptops does,
// then in OpenDyslexic at 200 % on a 1366×768 and a 1024×700 laptop:
// where says which.
func onLaptopsAndLargeDyslexic(t *testing.T, walk func(where string, m *Main, i int, q quiz.Question)) {
	t.Helper()
	onTheLaptops(t, anyQuestion, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		walk(l.String(), m, i, question)
	})
	for _, screen := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 700}} {
		m := samAtLargeDyslexic(t, screen, fyne.NewSize(screen.Width-166, screen.Height-98))
		for i, question := range m.Lesson.Questions {
			walk(fmt.Sprintf("%v in OpenDyslexic at 200 %%", screen), m, i, question)
		}
	}
}

// onTheLaptops walks the sample's questions that keep accepts on every
// laptop under the menu bar, the lesson opened once a laptop: the loop
// every keyboard walk of the quiz panel starts from.
func onTheLaptops(t *testing.T, keep func(quiz.Question) bool, walk func(l menuLaptop, m *Main, i int, q quiz.Question)) {
	t.Helper()
	for _, l := range underTheMenuBar {
		m := l.open(t)
		for i, q := range m.Lesson.Questions {
			if keep(q) {
				walk(l, m, i, q)
			}
		}
	}
}

// Which questions a walk takes: all, the choice questions, the typed ones.
func anyQuestion(quiz.Question) bool      { return true }
func withChoices(q quiz.Question) bool    { return len(q.Choices) > 0 }
func withoutChoices(q quiz.Question) bool { return len(q.Choices) == 0 }

// underTheMenuBar are the laptops of laptops with the window's content
// as high as it is in the real window: at 200 % on a 1366×768 laptop 670
// px of the window's 720, at FYNE_SCALE=1.5 on a 1024×700 one 405 of 435.
var underTheMenuBar = []menuLaptop{
	{1366, 768, "1", 2, 1200, 670}, {1366, 768, "1", 1.5, 1200, 685}, {1366, 768, "1.5", 1, 905, 450},
	{1366, 768, "2", 1, 679, 330}, {1024, 700, "1.5", 1, 677, 405}, {1024, 700, "2", 1, 508, 316},
	{1024, 700, "1", 2, 1016, 602}, {1024, 700, "1", 1.5, 1016, 617},
}

// TestWholePromptAfterAWrongTry: after a wrong try with a try left, the
// prompt shows whole in the quiz panel with the focused answer or
// choice, the verdict and Check, wherever they fit the panel together
// with the prompt in the body text's size — the size the student chose,
// as large as the article's. At 200 % on a 1366×768 laptop and at
// FYNE_SCALE=1.5 on a 1024×700 one the prompt stayed in the heading's
// size, a line or two too tall, and hid whole above the answer field,
// a third of the panel empty under Check: the student answered their
// second try with only "Question 2 of 9: The article…" to say what was
// asked (a keyboard-only walk of the real window).
func TestWholePromptAfterAWrongTry(t *testing.T) {
	tried := 0
	onTheLaptops(t, anyQuestion, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		p.Go(i)
		answerAndCheck(p, question, wrongAnswer(question))
		if !p.triesLeft(question.ID) || !p.CheckButton.Visible() {
			return
		}
		// The question from the prompt's end down to Check, and the
		// prompt in the body text's size above it.
		below := p.yInScroll(p.CheckButton) + p.CheckButton.Size().Height - (p.yInScroll(p.Prompt) + p.Prompt.Size().Height)
		prompt := promptSizeAs(question.Prompt, theme.SizeNameText, p.Prompt.Size().Width).Height
		if prompt+below+2*theme.Padding() > p.scroll.Size().Height-0.5 {
			return // too tall even so: the prompt hides whole (TestQuestionStaysInSightAfterAWrongTry)
		}
		tried++
		var missing []string
		for _, part := range append(afterTry(p, c), p.Prompt) {
			if part == fyne.CanvasObject(p.Explanation) && p.explanationUnderCheck() {
				continue // under Check, as far as the panel reaches
			}
			if !inView(p, part) {
				missing = append(missing, fmt.Sprintf("%T at %v–%v", part, p.yInScroll(part), p.yInScroll(part)+part.Size().Height))
			}
		}
		if len(missing) > 0 {
			t.Errorf("%v: question %d: after a wrong try the panel (%v–%v) leaves out %s",
				l, i+1, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, strings.Join(missing, ", "))
		}
	})
	if tried == 0 {
		t.Fatal("no question whose prompt fits with its try in the body text's size: the test shows nothing")
	}
}

// TestNoHalfPromptAfterAWrongTry: after a wrong try in an answer field
// whose explanation moved under Check (the verdict's line between the
// field and Check), the prompt shows from its first line or not at
// all: never its last lines alone at the panel's top, "according to
// SEC filings?" under "Question 7 of 9: How many full-time…" at
// FYNE_SCALE=1.5 on a 1366×768 laptop, "“Alibaba To Create 1M US
// Jobs”?" at FYNE_SCALE=2 (a keyboard-only walk of the real window).
// Half a question reads worse than none; the counter says how it starts.
func TestNoHalfPromptAfterAWrongTry(t *testing.T) {
	lined := 0
	onTheLaptops(t, withoutChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p := m.Quiz
		p.Go(i)
		answerAndCheck(p, question, wrongAnswer(question))
		if !p.triesLeft(question.ID) || p.verdictAt != verdictLineOverCheck {
			return
		}
		lined++
		top := p.yInScroll(p.Prompt)
		first := top + theme.InnerPadding()
		end := top + p.Prompt.Size().Height - theme.InnerPadding()
		y := p.scroll.Offset.Y
		if y > first+0.5 && y < end-0.5 {
			t.Errorf("%v: question %d: after a wrong try the panel shows from %v, the prompt's lines %v–%v: its last lines alone",
				l, i+1, y, first, end)
		}
	})
	if lined == 0 {
		t.Fatal("no wrong try moved the explanation under Check: the test shows nothing")
	}
}
