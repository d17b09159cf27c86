package ui

import (
	"fmt"
	"github.com/lede-app/lede/data/quiz"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cueWords is what the cue under the question says, or "" where it is
// hidden.
func cueSays(p *QuizPanel) string {
	if !p.cue.box.Visible() {
		return ""
	}
	return p.cue.words.Text
}

// wantCue is what the cue should say for the question as it is
// scrolled: nothing where it fits the panel, else where the rest is.
func wantCue(p *QuizPanel) string {
	content, y, view := p.questionHeight(), p.scroll.Offset.Y, p.scroll.Size().Height
	switch {
	case content <= view+0.5:
		return ""
	case y+view < content-0.5 && checkIsBelow(p):
		return cueWords[p.cue.wording][2]
	case ringedChoiceBelow(p):
		return p.cue.words.Text // its own wording: TestCueSaysWhereTheChoicesAre
	case y+view < content-0.5:
		return cueWords[p.cue.wording][0]
	}
	return cueWords[p.cue.wording][1]
}

// checkIsBelow reports whether the cue should say "Check is below": an
// option picked with the choices focused, the Check button below the
// panel's bottom edge, the verdict (if any) not below it, and the words
// fitting the cue's line (TestPickKeepsThePrompt).
func checkIsBelow(p *QuizPanel) bool {
	if p.canvas == nil || p.Choices.Selected == "" || p.canvas.Focused() != p.Choices || !p.CheckButton.Visible() || p.CheckButton.Disabled() {
		return false
	}
	end := p.scroll.Offset.Y + p.scroll.Size().Height
	if p.Verdict.Text != "" && p.yInScroll(p.verdictRow)+p.verdictRow.Size().Height > end+0.5 {
		return false
	}
	return p.yInScroll(p.CheckButton)+p.CheckButton.Size().Height > end+0.5 && fitsOneLine(cueWords[p.cue.wording][2], p.cue.room)
}

// ringedChoiceBelow reports whether the cue should say "Choices below":
// the choices focused, the one with the ring running below the panel's
// bottom edge from under its top.
func ringedChoiceBelow(p *QuizPanel) bool {
	if p.canvas == nil || p.canvas.Focused() != p.Choices {
		return false
	}
	row := p.Choices.Rows()[p.Choices.cursor]
	top, y := p.yInScroll(row), p.scroll.Offset.Y
	return top > y+theme.Padding()+0.5 && top+row.Size().Height > y+p.scroll.Size().Height+0.5
}

// TestCueSaysThereIsMore: where a question does not fit the quiz panel
// (at 200 %, at FYNE_SCALE=1.5 and 2, on a 1366×768 or a 1024×700
// laptop), a line under it says so and where the rest is — below, or
// above once scrolled to the end — in sight in the window and clear of
// the question; where it fits, there is no such line. At 200 % the quiz
// was often a Page Down away with nothing saying so (issue 11).
func TestCueSaysThereIsMore(t *testing.T) {
	shown, hidden := 0, 0
	for _, l := range append(laptops, struct {
		w, h  float32
		scale string
		text  float64
	}{1366, 768, "1", 1}) {
		m := onALaptop(t, l.w, l.h, l.scale, l.text)
		p, c := m.Quiz, m.Window.Canvas()
		check := func(i int, when string) {
			t.Helper()
			got, want := cueSays(p), wantCue(p)
			if got != want {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d %s: the cue says %q; want %q",
					l.w, l.h, l.scale, l.text, i+1, when, got, want)
			}
			if got == "" {
				hidden++
				return
			}
			shown++
			oneLine := widget.NewLabelWithStyle("Ag", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}).MinSize().Height
			if h := p.cue.words.MinSize().Height; h > oneLine+0.5 && p.cue.wording < len(cueWords)-1 {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d %s: the cue %q takes more than a line (%v, a line %v)", l.w, l.h, l.scale, l.text, i+1, when, got, h, oneLine)
			}
			if !fullyIn(c, p.cue.box) {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d %s: the cue is not whole in the window", l.w, l.h, l.scale, l.text, i+1, when)
			}
			scrollEnd := p.scroll.Position().Y + p.scroll.Size().Height
			if p.cue.box.Position().Y < scrollEnd-0.5 {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d %s: the cue (at %v) stands over the question (to %v)",
					l.w, l.h, l.scale, l.text, i+1, when, p.cue.box.Position().Y, scrollEnd)
			}
		}
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			check(i, "as it opens")
			for range 8 {
				p.ScrollKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
			}
			check(i, "after Page Down to its end")
			p.Go(i)
			answerAndCheck(p, question, wrongAnswer(question))
			check(i, "after a wrong try")
		}
	}
	if shown == 0 || hidden == 0 {
		t.Errorf("the cue showed %d times and was hidden %d times: the test shows nothing", shown, hidden)
	}
}

// TestCueMeetsContrast: the cue's words are drawn at 4.5:1 or more on
// the page in the light, dark and high-contrast themes (WCAG AA).
func TestCueMeetsContrast(t *testing.T) {
	for _, variant := range []string{VariantLight, VariantDark, VariantHighContrast} {
		a, th, _, p, w := samplePanelInTheme(t, variant)
		w.Resize(fyne.NewSize(420, 260)) // too low for a question: the cue shows
		p.Go(0)
		if !p.cue.box.Visible() {
			t.Fatalf("%s: the cue is hidden in a panel too low for the question", variant)
		}
		bg := th.Color(theme.ColorNameBackground, a.Settings().ThemeVariant())
		found := false
		walk(p.cue.box, func(o fyne.CanvasObject) {
			if txt, ok := o.(*canvas.Text); ok && strings.Contains(txt.Text, "More") && txt.Visible() {
				found = true
				if r := contrast(txt.Color, bg); r < 4.5 {
					t.Errorf("%s: the cue %q is drawn at %.2f:1 on the page; want 4.5:1", variant, txt.Text, r)
				}
			}
		})
		if !found {
			t.Errorf("%s: the cue's words are not drawn", variant)
		}
	}
}

// TestCueAfterANarrowLayout: a window made narrow and then wide again
// shows each question's cue as it showed before, none under a question
// that fits. The page decided the cue from the heights its question
// had wrapped at the narrow width, and questions 3, 6, 8 and 9 of the
// sample, which fit the panel, kept a "More above" under them (seen in
// --screenshot, whose canvas laid the window out at its least size
// first).
func TestCueAfterANarrowLayout(t *testing.T) {
	for _, l := range []struct {
		w, h  float32
		scale string
		text  float64
	}{{1366, 768, "1", 1}, {1366, 768, "1", 2}, {1024, 700, "1", 1.5}} {
		m := onALaptop(t, l.w, l.h, l.scale, l.text)
		p, size := m.Quiz, m.Window.Canvas().Size()
		for i := range m.Lesson.Questions {
			p.Go(i)
			want := cueSays(p)
			m.Window.Resize(fyne.NewSize(300, 200))
			m.Window.Resize(size)
			if got := cueSays(p); got != want {
				t.Errorf("%v×%v, text %v: question %d: after a narrow window the cue says %q; before, %q", l.w, l.h, l.text, i+1, got, want)
			}
		}
	}
}

// TestEndScreenSaysThereIsMore: where the end screen does not fit the
// quiz panel — its list of questions to look at again at 150 % and
// 200 % — the cue under the question says so under it too, in sight and
// clear of the list, "More below" until Page Down reaches the end, then
// "More above", and as Tab reaches the list's last button; where it
// fits there is no cue. The list ran below the panel with nothing
// saying so.
func TestEndScreenSaysThereIsMore(t *testing.T) {
	shown, hidden := 0, 0
	for _, l := range []struct {
		w, h  float32
		scale string
		text  float64
	}{{1366, 768, "1", 1}, {1366, 768, "1", 2}, {1024, 700, "1", 1.5}, {1024, 700, "1.5", 1}} {
		m := onALaptop(t, l.w, l.h, l.scale, l.text)
		p, c, e := m.Quiz, m.Window.Canvas(), m.Quiz.End
		// check reports what the cue says, and whether it says what it should.
		check := func(when string) string {
			t.Helper()
			content, y, view := e.scroll.Content.MinSize().Height, e.scroll.Offset.Y, e.scroll.Size().Height
			want := ""
			switch {
			case content <= view+0.5:
			case y+view < content-0.5:
				want = cueWords[e.cue.wording][0]
			default:
				want = cueWords[e.cue.wording][1]
			}
			got := ""
			if e.cue.box.Visible() {
				got = e.cue.words.Text
			}
			if got != want {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: %s, the end screen scrolled to %v of %v (%v in sight): the cue says %q; want %q",
					l.w, l.h, l.scale, l.text, when, y, content, view, got, want)
			}
			if got == "" {
				hidden++
				return got
			}
			shown++
			if !fullyIn(c, e.cue.box) {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: %s, the end screen's cue is not whole in the window", l.w, l.h, l.scale, l.text, when)
			}
			if e.cue.box.Position().Y < e.scroll.Position().Y+view-0.5 {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: %s, the end screen's cue (at %v) stands over its list (to %v)",
					l.w, l.h, l.scale, l.text, when, e.cue.box.Position().Y, e.scroll.Position().Y+view)
			}
			return got
		}
		p.ShowEnd()
		for step := 0; check("after Page Down") == cueWords[e.cue.wording][0] && step < 12; step++ {
			// Page Down on the focused button, as a student would.
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		}
		p.Go(0)
		p.ShowEnd()
		if check("as it opens") != "" {
			rows := e.Again.Objects
			c.Focus(rows[len(rows)-1].(*fyne.Container).Objects[0].(fyne.Focusable))
			check("with the focus on the last question's button")
		}
	}
	if shown == 0 || hidden == 0 {
		t.Errorf("the end screen's cue showed %d times and was hidden %d times: the test shows nothing", shown, hidden)
	}
}

// TestHeadingCutsThePromptAtAWord: the prompt's start in the fixed
// heading ends on a whole word and an ellipsis, and fits: Fyne's own
// ellipsis left "Question 1 of 2: Does the pla…" in the real window at
// FYNE_SCALE=1.5 on 1024×700. Where the whole prompt fits, it is whole.
func TestHeadingCutsThePromptAtAWord(t *testing.T) {
	test.NewTempApp(t)
	const lead = "Question 1 of 2: "
	prompt := "Does the plan include a commitment to keeping the buildings in public use?"
	words := strings.Fields(prompt)
	l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	size := l.Theme().Size(theme.SizeNameText)
	for _, width := range []float32{230, 260, 300, 400, 520} {
		l.Resize(fyne.NewSize(width, 40))
		got := wordsThatFit(lead, words, l)
		cut, ok := strings.CutSuffix(got, "…")
		if !ok || !strings.HasPrefix(prompt, cut) || !strings.HasPrefix(prompt[len(cut):], " ") {
			t.Errorf("width %v: %q is not whole words and an ellipsis", width, got)
		}
		if w := fyne.MeasureText(lead+got, size, l.TextStyle).Width; w > width-2*theme.InnerPadding() {
			t.Errorf("width %v: %q is %v wide", width, got, w)
		}
	}
	l.Resize(fyne.NewSize(3000, 40))
	if got := wordsThatFit(lead, words, l); got != prompt {
		t.Errorf("room for all of it: %q", got)
	}
}

// TestCounterSaysHowManyAreAnswered: where a question opens with the
// question map and the line under it ("1 of 9 answered.") scrolled above
// the quiz panel's top edge, the counter standing fixed at the top says
// how many are answered beside "Question N of M": at FYNE_SCALE=1.5 on
// a 1024×700 laptop every question opened with the map and the line a
// Page Up away, and nothing in sight said how far the student had got
// (a keyboard-only walk of the real window).
func TestCounterSaysHowManyAreAnswered(t *testing.T) {
	hidden := 0
	onTheLaptops(t, anyQuestion, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p := m.Quiz
		p.Go(i)
		if p.headerIsFixed || inView(p, p.Answered) || !p.promptStartInSight() {
			answerAndCheck(p, question, question.Answer)
			return
		}
		want := fmt.Sprintf("Question %d of %d (%d answered)", i+1, len(m.Lesson.Questions), i)
		room := p.Counter.Size().Width - 2*theme.InnerPadding()
		if fyne.MeasureText(want, p.Counter.Theme().Size(theme.SizeNameText), p.Counter.TextStyle).Width > room {
			want = fmt.Sprintf("Question %d of %d", i+1, len(m.Lesson.Questions)) // no room on its line
		} else {
			hidden++
		}
		if p.Counter.Text != want {
			t.Errorf("%v: question %d opens with the line under the map out of sight (%v–%v; the panel %v–%v) and the counter says %q; want %q",
				l, i+1, p.yInScroll(p.Answered), p.yInScroll(p.Answered)+p.Answered.Size().Height,
				p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, p.Counter.Text, want)
		}
		answerAndCheck(p, question, question.Answer)
	})
	if hidden == 0 {
		t.Fatal("no question opened with the line under the map out of sight and room for the words: the test shows nothing")
	}
}
