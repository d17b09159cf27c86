package ui

import (
	"strings"
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

// TestSameWrongAnswerCostsNoTry: the wrong answer checked again — Enter
// pressed twice in a hurry, or the same choice — is not marked and
// leaves the try for another answer; an independent audit of the real
// window saw a double Enter spend the last try on the same wrong answer.
// A different answer is checked as ever.
func TestSameWrongAnswerCostsNoTry(t *testing.T) {
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p, c := m.Quiz, m.Window.Canvas()
	asked := map[bool]bool{}
	for i, question := range m.Lesson.Questions {
		choice := len(question.Choices) > 0
		if asked[choice] {
			continue
		}
		asked[choice] = true
		p.Go(i)
		wrong := wrongAnswer(question)
		answer := func(text string) {
			if choice {
				p.Choices.SetSelected(text)
				p.Check()
				return
			}
			typeText(t, c, text)
			press(t, c, fyne.KeyReturn)
		}
		answer(wrong)
		if len(p.tries[question.ID]) != 1 || !p.triesLeft(question.ID) {
			t.Fatalf("question %d: after one wrong try, %d tries and a try left %v", i+1, len(p.tries[question.ID]), p.triesLeft(question.ID))
		}
		if choice {
			p.Check() // the same choice, still picked
		} else {
			typeText(t, c, "  "+strings.ToUpper(wrong)) // replaces the selected try: the same words in other case and spacing
			press(t, c, fyne.KeyReturn)
		}
		if n := len(p.tries[question.ID]); n != 1 || !p.triesLeft(question.ID) {
			t.Errorf("question %d: the same wrong answer again made %d tries (try left: %v)", i+1, n, p.triesLeft(question.ID))
		}
		if p.Verdict.Text != sameAnswer {
			t.Errorf("question %d: checking the same wrong answer again says %q, want the same-answer note", i+1, p.Verdict.Text)
		}
		answer(question.Answer)
		if r, ok := p.Result(i); !ok || r.Verdict != quiz.Correct || len(p.tries[question.ID]) != 2 {
			t.Errorf("question %d: a new answer after the repeat is judged %v in %d tries", i+1, r.Verdict, len(p.tries[question.ID]))
		}
	}
	if !asked[true] || !asked[false] {
		t.Fatalf("the lesson has no typed or no choice question: %v", asked)
	}
}
