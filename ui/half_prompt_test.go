package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// halfPrompt reports whether the quiz panel's top edge stands below the
// prompt's first line and above its end: the prompt's last lines alone
// at the panel's top, its start hidden. Its end is the label's, under
// its inner padding: at the place under the last line, the bottoms of
// its letters ("g") stood as a row of marks at the panel's top in the
// real window (200 % on a 1366×768 laptop).
func halfPrompt(p *QuizPanel) bool {
	if !p.Prompt.Visible() || p.Prompt.Text == "" {
		return false
	}
	top := p.yInScroll(p.Prompt)
	first := top + theme.InnerPadding()
	end := top + p.Prompt.Size().Height
	y := p.scroll.Offset.Y
	return y > first+0.5 && y < end-0.5
}

// TestNoHalfPromptAfterCheck: after any Check — a right answer, a wrong
// pick, "No answer yet", a wrong try — the prompt shows from its first
// line or not at all, on a 1366×768 and a 1024×700 laptop at every
// scale: the panel kept its last lines alone at its top under "Question
// 6 of 9: What…" after a right answer ("Monday?", FYNE_SCALE=1.5 on
// 1024×700), after a wrong pick ("“After the meeting, Trump said …”?")
// and after "No answer yet" ("jobs”?", FYNE_SCALE=1.5 on 1366×768) (a
// keyboard-only walk of the real window). Half a question reads worse
// than none; the counter says how it starts.
func TestNoHalfPromptAfterCheck(t *testing.T) {
	checked := 0
	onTheLaptops(t, anyQuestion, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p := m.Quiz
		for _, try := range []struct{ what, answer string }{
			{"no answer", ""}, {"a wrong try", wrongAnswer(question)}, {"a right answer", question.Answer},
		} {
			p.Go(i)
			if !p.triesLeft(question.ID) {
				return // answered right before: no try left to check
			}
			answerAndCheck(p, question, try.answer)
			checked++
			if halfPrompt(p) {
				top := p.yInScroll(p.Prompt)
				t.Errorf("%v: question %d (%s): after %s (%q) the panel shows from %v, the prompt's lines %v–%v: its last lines alone",
					l, i+1, question.Kind, try.what, p.Verdict.Text, p.scroll.Offset.Y,
					top+theme.InnerPadding(), top+p.Prompt.Size().Height)
			}
		}
	})
	if checked == 0 {
		t.Fatal("nothing was checked: the test shows nothing")
	}
}

// TestNoHalfPromptAfterAnArrow: as the arrow keys move the ring down a
// question's choices — as it opens, after "No answer yet" and after a
// wrong pick — the prompt shows from its first line or not at all, on
// a 1366×768 and a 1024×700 laptop at every scale: the least scroll
// that showed the choice with the ring hid the prompt's lines one by
// one, and left its last lines alone at the panel's top.
func TestNoHalfPromptAfterAnArrow(t *testing.T) {
	moved := 0
	onTheLaptops(t, withChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		for _, before := range []string{"opened", "no answer", "a wrong pick"} {
			openAfter(p, i, question, before)
			if c.Focused() != p.Choices {
				continue
			}
			for k := range question.Choices {
				was := p.scroll.Offset.Y
				press(t, c, fyne.KeyDown)
				if p.scroll.Offset.Y != was {
					moved++
				}
				if halfPrompt(p) {
					top := p.yInScroll(p.Prompt)
					t.Errorf("%v: question %d, after %s and ↓ %d: the panel shows from %v, the prompt's lines %v–%v: its last lines alone",
						l, i+1, before, k+1, p.scroll.Offset.Y,
						top+theme.InnerPadding(), top+p.Prompt.Size().Height)
				}
			}
		}
	})
	if moved == 0 {
		t.Fatal("no arrow key scrolled the panel: the test shows nothing")
	}
}

// openAfter opens question i after before: "opened" as it opens, "no
// answer" after Check with nothing chosen, "a wrong pick" after a wrong
// answer checked.
func openAfter(p *QuizPanel, i int, question quiz.Question, before string) {
	p.Go(i)
	switch before {
	case "no answer":
		p.Check()
	case "a wrong pick":
		answerAndCheck(p, question, wrongAnswer(question))
	}
}
