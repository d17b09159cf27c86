package ui

import (
	"testing"
)

// TestViewChangeLeavesNoHalfPrompt: changing the reading font or the
// text size while the focus is on Next (after a right answer) never
// leaves the quiz panel's top edge across a line of the prompt. At 200 %
// on a 1366×768 laptop, View › Reading font › OpenDyslexic left
// "“Alibaba To Create 1M US Jobs”?", the prompt's last line, alone at
// the panel's top: the panel kept its offset in pixels, and the prompt
// was laid out taller (a keyboard-only walk of the real window).
func TestViewChangeLeavesNoHalfPrompt(t *testing.T) {
	withDyslexicFont(t)
	onScreen(t, 1366, 768, "1")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p, c := m.Quiz, m.Window.Canvas()
	tried := 0
	for i, question := range m.Lesson.Questions {
		v := m.view()
		v.Scale, v.Font = 2, ""
		m.setView(v)
		p.Go(i)
		answerAndCheck(p, question, question.Answer)
		if c.Focused() == p.Entry || c.Focused() == p.Choices {
			t.Fatalf("question %d: after the right answer the focus stays on the answer", i+1)
		}
		for _, change := range []struct {
			name  string
			scale float64
			font  string
		}{{"OpenDyslexic at 200 %", 2, "OpenDyslexic"}, {"the standard font at 200 %", 2, ""},
			{"OpenDyslexic at 150 %", 1.5, "OpenDyslexic"}, {"the standard font at 180 %", 1.8, ""}, {"OpenDyslexic at 200 %", 2, "OpenDyslexic"}} {
			v.Scale, v.Font = change.scale, change.font
			m.setView(v)
			tried++
			if _, cut := promptWhole(p); cut {
				t.Errorf("question %d: after a change to %s the panel's top edge (%v) runs across the prompt (%v–%v)",
					i+1, change.name, p.scroll.Offset.Y, p.yInScroll(p.Prompt), p.yInScroll(p.Prompt)+p.Prompt.Size().Height)
			}
		}
	}
	if tried == 0 {
		t.Fatal("no question tried")
	}
}
