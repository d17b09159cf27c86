package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/lede-app/lede/data/quiz"
)

// TestNextTryReplacesTheAnswer: after a wrong try, or an answer Lede
// cannot mark, the answer stays in the field selected, and what the
// student types next replaces it. A student typed "yes", was told
// "Incorrect", typed "no" and pressed Enter: the field said "yesno",
// which Lede could not mark (a keyboard-only walk of the real window).
func TestNextTryReplacesTheAnswer(t *testing.T) {
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p, c := m.Quiz, m.Window.Canvas()
	tried := 0
	for i, question := range m.Lesson.Questions {
		if question.Kind != quiz.YesNo {
			continue
		}
		tried++
		p.Go(i)
		for _, first := range []string{"pizza", wrongAnswer(question)} {
			typeText(t, c, first)
			press(t, c, fyne.KeyReturn)
			if c.Focused() != p.Entry {
				t.Fatalf("question %d: after %q the focus is on %T, not the answer", i+1, first, c.Focused())
			}
			if got := p.Entry.SelectedText(); got != first {
				t.Errorf("question %d: after %q is checked, %q of it is selected", i+1, first, got)
			}
		}
		typeText(t, c, question.Answer)
		if p.Entry.Text != question.Answer {
			t.Errorf("question %d: typing %q after a wrong try left %q in the field", i+1, question.Answer, p.Entry.Text)
		}
		press(t, c, fyne.KeyReturn)
		if r, ok := p.Result(i); !ok || r.Verdict != quiz.Correct {
			t.Errorf("question %d: the second try %q is judged %v", i+1, question.Answer, r.Verdict)
		}
	}
	// A selection left in the field does not outlive its text: the
	// next question's empty field (or a field emptied) takes what is
	// typed whole; "no" came out "o".
	first := -1
	for i, question := range m.Lesson.Questions {
		if len(question.Choices) == 0 && p.triesLeft(question.ID) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	p.Go(first)
	typeText(t, c, "pizza")
	press(t, c, fyne.KeyReturn) // not marked: selected
	p.Entry.SetText("")
	typeText(t, c, "no")
	if p.Entry.Text != "no" {
		t.Errorf("question %d: \"no\" typed into the field emptied after a selection reads %q", first+1, p.Entry.Text)
	}
	p.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	p.Go(first) // as Next or the map does: the field set again
	p.Entry.SetText("")
	typeText(t, c, "yes")
	if p.Entry.Text != "yes" {
		t.Errorf("question %d: \"yes\" typed after the field was set again reads %q", first+1, p.Entry.Text)
	}
	if tried == 0 {
		t.Fatal("no yes-or-no question in the sample: the test shows nothing")
	}
}
