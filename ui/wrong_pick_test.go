package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// TestCheckShowsAfterAWrongPick: after a wrong pick with a try left, the
// choice with the ring, the verdict's line and the Check button show
// whole in the quiz panel together wherever they fit it together (the
// choices between the ring and Check counted: Check stands under all
// of them), at every scale on a 1366×768 and a 1024×700 laptop; and the
// panel's bottom edge never runs across Check (after CNBC picked wrong
// on question 3 at 200 %, it did under the map standing fixed). At 200 % on a 1366×768
// laptop, after the wrong pick "Nothing: the article checks it against
// several sources" on question 5, the verdict's line stood over the
// choices and "Check (try 2 of 2)" was cut in half at the panel's
// bottom edge under the last option (the real window, a keyboard-only
// walk).
func TestCheckShowsAfterAWrongPick(t *testing.T) {
	fits, tried := 0, 0
	onTheLaptops(t, withChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		for _, wrong := range question.Choices {
			if wrong == question.Answer {
				continue
			}
			p.Go(i)
			answerAndCheck(p, question, wrong)
			if !p.triesLeft(question.ID) || c.Focused() != p.Choices || !p.CheckButton.Visible() {
				continue
			}
			tried++
			row := p.Choices.Rows()[p.Choices.cursor]
			pad := theme.Padding()
			y, view := p.scroll.Offset.Y, p.scroll.Size().Height
			check := p.yInScroll(p.CheckButton)
			if check < y+view-0.5 && check+p.CheckButton.Size().Height > y+view+0.5 {
				t.Errorf("%v: question %d, after the wrong pick %q: the panel (%v–%v) ends across Check (%v–%v)",
					l, i+1, wrong, y, y+view, check, check+p.CheckButton.Size().Height)
			}
			// From the ring's choice down to Check, and the verdict's line.
			need := check + p.CheckButton.Size().Height - p.yInScroll(row) + p.verdictRow.Size().Height + 3*pad
			if need > view+0.5 {
				continue
			}
			fits++
			for name, part := range map[string]fyne.CanvasObject{"the ringed choice": row, "the verdict": p.verdictRow, "Check": p.CheckButton} {
				if !inView(p, part) {
					t.Errorf("%v: question %d, after the wrong pick %q: the panel (%v–%v) leaves out %s (%v–%v)",
						l, i+1, wrong, y, y+view, name, p.yInScroll(part), p.yInScroll(part)+part.Size().Height)
				}
			}
		}
	})
	t.Logf("%d wrong picks, %d of them with the ring, the verdict and Check fitting together", tried, fits)
	if fits == 0 {
		t.Fatal("no wrong pick whose choice, verdict and Check fit together: the test shows nothing")
	}
}
