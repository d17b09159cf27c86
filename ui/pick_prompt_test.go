package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// TestPickKeepsThePrompt: on a choice question whose prompt is in sight
// from its first line, picking an option with Space or ↓ keeps the
// prompt in sight wherever the prompt and that option fit the panel
// together, at every scale on a 1366×768 and a 1024×700 laptop; where
// the Check button is then below the panel's edge, the cue under the
// panel says so ("Check is below"). At 200 % on a 1366×768 laptop Space
// on CNBC in "Which source does the article give for this claim: …?"
// scrolled the whole prompt away to show Check, blank room under it, the
// counter's "Question 3 of 8: Which…" all that said what was asked (the
// real window, a keyboard-only walk).
func TestPickKeepsThePrompt(t *testing.T) {
	kept := 0
	onTheLaptops(t, withChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		for _, before := range []string{"opened", "no answer", "a wrong pick"} {
			openAfter(p, i, question, before)
			if !p.triesLeft(question.ID) || c.Focused() != p.Choices {
				continue
			}
			pick := func(key string, do func()) {
				t.Helper()
				if !p.promptStartInSight() {
					return
				}
				do()
				row := p.Choices.Rows()[p.Choices.cursor]
				prompt := p.yInScroll(p.Prompt)
				if p.yInScroll(row)+row.Size().Height+theme.Padding()-prompt > p.scroll.Size().Height+0.5 {
					return // too tall together: the option first
				}
				kept++
				if !p.promptStartInSight() {
					t.Errorf("%v: question %d, after %s and %s picking %q: the panel (%v–%v) scrolled the prompt's start (%v) away",
						l, i+1, before, key, p.Choices.Selected, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, prompt)
				}
				if !inView(p, row) {
					t.Errorf("%v: question %d, after %s and %s picking %q: the option is out of sight", l, i+1, before, key, p.Choices.Selected)
				}
				if !inView(p, p.CheckButton) && cueSays(p) != cueWords[p.cue.wording][2] {
					t.Errorf("%v: question %d, after %s and %s picking %q: Check is out of sight, and the cue says %q",
						l, i+1, before, key, p.Choices.Selected, cueSays(p))
				}
			}
			if p.Choices.Selected == "" {
				p.movedAt = time.Time{} // no key of Next's reaches the list
				pick("Space", func() { p.Choices.TypedRune(' ') })
			}
			for range question.Choices {
				was := p.Choices.Selected
				pick("↓", func() { press(t, c, fyne.KeyDown) })
				if p.Choices.Selected == was {
					break
				}
			}
		}
	})
	t.Logf("%d picks with the prompt and the option fitting together", kept)
	if kept == 0 {
		t.Fatal("no pick whose option fits with the prompt: the test shows nothing")
	}
}
