package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// TestNoHalfHintAfterAnArrow: after "No answer yet" or a wrong pick on
// a choice question, where the verdict and what it says to do stand
// over the choices, the arrow keys and Space that pick an option leave
// that text in sight from its first line or not at all, on a 1366×768
// and a 1024×700 laptop at every scale: at FYNE_SCALE=2 on 1366×768,
// Space on CNBC then ↓ left "keys or Space choose one." alone at the
// panel's top, the last line of "Pick an answer first: the arrow keys
// or Space choose one." (the real window).
func TestNoHalfHintAfterAnArrow(t *testing.T) {
	above := 0
	onTheLaptops(t, withChoices, func(l menuLaptop, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		for _, before := range []string{"no answer", "a wrong pick"} {
			openAfter(p, i, question, before)
			if c.Focused() != p.Choices || p.verdictAt != verdictOverChoices {
				continue
			}
			above++
			keys := []string{"Space"}
			for range question.Choices {
				keys = append(keys, "↓")
			}
			for k, key := range keys {
				if key == "Space" {
					p.movedAt = time.Time{} // no key of Next's reaches the list
					p.Choices.TypedRune(' ')
				} else {
					press(t, c, fyne.KeyDown)
				}
				top := p.yInScroll(p.Explanation)
				first, end := top+theme.InnerPadding(), top+p.Explanation.Size().Height
				if y := p.scroll.Offset.Y; p.verdictAt == verdictOverChoices && y > first+0.5 && y < end-0.5 {
					t.Errorf("%v: question %d, after %s and key %d (%s): the panel shows from %v, %q at %v–%v: its last lines alone",
						l, i+1, before, k+1, key, y, p.Explanation.Text, first, end)
				}
			}
		}
	})
	if above == 0 {
		t.Fatal("no verdict stood over the choices: the test shows nothing")
	}
}
