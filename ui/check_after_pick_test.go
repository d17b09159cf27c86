package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// TestCheckShowsAfterAPick: on a multiple-choice question, once the
// student picks an option with the arrow keys or Space — as it opens, or
// after a wrong pick or "No answer yet" — the picked option and the
// Check button under all the choices show whole in the quiz panel
// together, wherever they fit it together, at every scale on a 1366×768
// and a 1024×700 laptop (the window under the menu bar as high as the
// real one). At 200 % on a 1366×768 laptop Check stood a Page Down
// away under the choices after choosing, the cue saying so: a student
// saw nothing to press (a keyboard-only walk of the real window).
// Where the prompt is in sight from its first line and the option fits
// with it but not with Check too, the pick keeps the prompt and the cue
// under the panel says "Check is below" (TestPickKeepsThePrompt).
func TestCheckShowsAfterAPick(t *testing.T) {
	picked, hidden := 0, 0
	onTheLaptops(t, withChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		for _, before := range []string{"opened", "no answer", "a wrong pick"} {
			openAfter(p, i, question, before)
			if !p.triesLeft(question.ID) || c.Focused() != p.Choices {
				continue
			}
			check := func(key string) {
				t.Helper()
				row := p.Choices.Rows()[p.Choices.cursor]
				pad := theme.Padding()
				top := p.yInScroll(row) - pad
				bottom := p.yInScroll(p.CheckButton) + p.CheckButton.Size().Height + pad
				if bottom-top > p.scroll.Size().Height+0.5 {
					return // too tall together: the choice first, the cue says more
				}
				picked++
				// Or the prompt kept in sight instead, the cue saying
				// where Check is (TestPickKeepsThePrompt).
				kept := p.promptStartInSight() && cueSays(p) == cueWords[p.cue.wording][2]
				if !inView(p, row) || (!inView(p, p.CheckButton) && !kept) {
					hidden++
					t.Errorf("%v: question %d, after %s and %s picking %q: the panel shows %v–%v; the choice %v–%v, Check %v–%v",
						l, i+1, before, key, p.Choices.Selected,
						p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height,
						p.yInScroll(row), p.yInScroll(row)+row.Size().Height,
						p.yInScroll(p.CheckButton), p.yInScroll(p.CheckButton)+p.CheckButton.Size().Height)
				}
			}
			// Space on the option with the ring, then ↓ to each below it.
			if p.Choices.Selected == "" {
				p.movedAt = time.Time{} // no key of Next's reaches the list
				p.Choices.TypedRune(' ')
				check("Space")
			}
			for range question.Choices {
				was := p.Choices.Selected
				press(t, c, fyne.KeyDown)
				if p.Choices.Selected != was {
					check("↓")
				}
			}
		}
	})
	t.Logf("%d picks fit with Check, %d of them out of sight", picked, hidden)
	if picked == 0 {
		t.Fatal("no pick whose option fits with Check: the test shows nothing")
	}
}
