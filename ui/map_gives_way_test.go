package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
)

// TestQuestionComesBeforeTheMap: after a wrong try with a try left, the
// prompt shows whole in the quiz panel with the focused answer or
// choice, the verdict, its explanation (or Check, where the explanation
// stands under it) wherever they fit the panel together with the question
// map scrolled away: the map then scrolls with the question rather than
// stand fixed over it and hide the prompt. At 200 % on a 1366×768
// laptop the map stood fixed after a wrong try at questions 1 and 2, and
// the panel showed the answer field, "Incorrect" and Check with only
// "Question 1 of 8: Does the…" to say what was asked, where the prompt
// fitted with them under the counter (a keyboard-only walk of the real
// window). Also at 200 % in OpenDyslexic.
func TestQuestionComesBeforeTheMap(t *testing.T) {
	tried := 0
	walk := func(where string, m *Main, i int, question quiz.Question) {
		p, c := m.Quiz, m.Window.Canvas()
		p.Go(i)
		answerAndCheck(p, question, wrongAnswer(question))
		if !p.triesLeft(question.ID) {
			return
		}
		var parts []fyne.CanvasObject
		for _, part := range afterTry(p, c) {
			if part != fyne.CanvasObject(p.Explanation) || !p.explanationUnderCheck() {
				parts = append(parts, part)
			}
		}
		bottom := float32(0)
		for _, part := range parts {
			bottom = max(bottom, p.yInScroll(part)+part.Size().Height)
		}
		span := bottom - p.yInScroll(p.Prompt) + 2*theme.Padding()
		// The panel with the map scrolled away: the page under the
		// counter, less the "More below" line.
		full := p.page.Size().Height - p.Counter.MinSize().Height - theme.Padding()
		if p.cue.box.Visible() {
			full -= p.cue.box.Size().Height
		}
		if span > full+0.5 {
			return // the prompt does not fit with them even so: it hides whole
		}
		tried++
		var missing []string
		for _, part := range append(parts, p.Prompt) {
			if !inView(p, part) {
				missing = append(missing, fmt.Sprintf("%T at %v–%v", part, p.yInScroll(part), p.yInScroll(part)+part.Size().Height))
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: question %d: after a wrong try (the map fixed: %v) the panel (%v–%v) leaves out %s; with the map scrolled away they take %v of %v",
				where, i+1, p.headerIsFixed, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, strings.Join(missing, ", "), span, full)
		}
	}
	onLaptopsAndLargeDyslexic(t, walk)
	if tried == 0 {
		t.Fatal("no wrong try whose prompt fits with it: the test shows nothing")
	}
}
