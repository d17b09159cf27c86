package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// press sends a key to whatever has the focus on canvas c.
func press(t *testing.T, c fyne.Canvas, key fyne.KeyName) {
	t.Helper()
	f := c.Focused()
	if f == nil {
		t.Fatalf("nothing has the focus to press %s on", key)
	}
	f.TypedKey(&fyne.KeyEvent{Name: key})
}

// typeText types into whatever has the focus.
func typeText(t *testing.T, c fyne.Canvas, s string) {
	t.Helper()
	f := c.Focused()
	if f == nil {
		t.Fatalf("nothing has the focus to type %q into", s)
	}
	for _, r := range s {
		f.TypedRune(r)
	}
}

// tabTo moves the focus forward with Tab until target has it; it fails
// if target is not in the Tab order.
func tabTo(t *testing.T, c fyne.Canvas, target fyne.Focusable) {
	t.Helper()
	for range 200 {
		if c.Focused() == target {
			return
		}
		c.FocusNext()
	}
	t.Fatalf("Tab never reaches %T", target)
}

// TestKeyboardOnlyFromPickerToHandIn is a student who never touches the
// mouse: type a name and press Enter, answer every question by typing
// or with the arrow keys and Enter, move on with Tab and Space on Next
// (the focus then lands on the answer), finish, and hand in.
func TestKeyboardOnlyFromPickerToHandIn(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	l := sampleLesson(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1200, 800))
	m, err := NewMain(w, st, l)
	if err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	handedIn := 0
	typeText(t, c, "Kay P")
	press(t, c, fyne.KeyReturn)
	if m.Quiz == nil {
		t.Fatal("Enter in the name field did not open the lesson")
	}
	m.Quiz.OnHandIn = func() { handedIn++ }
	for i, q := range l.Questions {
		if m.Quiz.Current() != i {
			t.Fatalf("on question %d; want %d", m.Quiz.Current()+1, i+1)
		}
		if len(q.Choices) > 0 {
			if c.Focused() != m.Quiz.Choices {
				t.Fatalf("question %d: the focus is on %T, not the choices", i+1, c.Focused())
			}
			// The ring starts on the first option, nothing picked: Enter
			// then asks for a pick and spends no try. Space picks the
			// option with the ring, Down moves it and the pick on, Enter
			// checks.
			press(t, c, fyne.KeyReturn)
			if r, ok := m.Quiz.Result(i); ok {
				t.Fatalf("question %d: Enter with nothing picked was checked: %v", i+1, r.Verdict)
			}
			if !strings.Contains(m.Quiz.Explanation.Text, "Pick an answer") {
				t.Errorf("question %d: Enter with nothing picked says %q", i+1, m.Quiz.Explanation.Text)
			}
			press(t, c, fyne.KeySpace)
			for range slices.Index(q.Choices, q.Answer) {
				press(t, c, fyne.KeyDown)
			}
			press(t, c, fyne.KeyReturn)
		} else {
			if c.Focused() != m.Quiz.Entry {
				t.Fatalf("question %d: the focus is on %T, not the answer field", i+1, c.Focused())
			}
			typeText(t, c, q.Answer)
			press(t, c, fyne.KeyReturn)
		}
		if r, ok := m.Quiz.Result(i); !ok || r.Verdict != quiz.Correct {
			t.Fatalf("question %d %q: the key %q was not judged correct", i+1, q.Prompt, q.Answer)
		}
		if i < len(l.Questions)-1 {
			if r, _ := m.Quiz.Result(i); r.Verdict == quiz.Correct && c.Focused() != m.Quiz.Next {
				t.Fatalf("question %d: after a right answer the focus is on %T, not Next", i+1, c.Focused())
			}
			tabTo(t, c, m.Quiz.Next)
			if !m.Quiz.Next.HasRing() {
				t.Fatal("Next has the focus but shows no ring")
			}
			m.Quiz.Next.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		}
	}
	if got := m.Quiz.Answered.Text; !strings.HasPrefix(got, "All ") {
		t.Errorf("answered line = %q; want all answered", got)
	}
	tabTo(t, c, m.Quiz.Finish)
	m.Quiz.Finish.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if !m.Quiz.Ended() || c.Focused() != m.Quiz.End.HandIn {
		t.Fatalf("after Finish: end screen %v, focus on %T; want the end screen with Hand in focused", m.Quiz.Ended(), c.Focused())
	}
	if !strings.Contains(m.Quiz.End.Summary.Text, "You answered") {
		t.Errorf("end screen says %q", m.Quiz.End.Summary.Text)
	}
	press(t, c, fyne.KeySpace)
	if handedIn != 1 {
		t.Errorf("Hand in ran %d times; want once", handedIn)
	}
}

// TestFocusRingShows: the focused Check button draws its ring, in the
// ring's colour; an unfocused one does not.
func TestFocusRingShows(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&Theme{Variant: VariantLight})
	l := sampleLesson(t)
	p := NewQuizPanel(l.Questions, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	w := test.NewTempWindow(t, p.Content)
	if p.CheckButton.HasRing() {
		t.Fatal("ring before focus")
	}
	w.Canvas().Focus(p.CheckButton)
	if !p.CheckButton.HasRing() {
		t.Fatal("no ring on the focused Check button")
	}
	r := test.WidgetRenderer(p.CheckButton).(*ringRenderer)
	if r.ring.StrokeColor != lightColors[ColorNameFocusRing] || r.ring.StrokeWidth < 3 {
		t.Errorf("ring drawn in %v, %.0f px wide; want the focus-ring colour, 3 px", r.ring.StrokeColor, r.ring.StrokeWidth)
	}
	w.Canvas().Unfocus()
	if p.CheckButton.HasRing() {
		t.Error("ring stays after the focus leaves")
	}
}

// TestMapAndEndScreen: checking marks the question's map button; the
// answered line names the questions left; the end screen counts the
// answers and lists the ones to look at again, each a way back.
func TestMapAndEndScreen(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	p := NewQuizPanel(l.Questions, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	test.NewTempWindow(t, p.Content)
	left := 0
	p.OnLeave = func() { left++ }
	if len(p.Map) != len(l.Questions) {
		t.Fatalf("%d map buttons for %d questions", len(p.Map), len(l.Questions))
	}
	answer := func(i int, text string) {
		p.Go(i)
		if p.Choices.Visible() {
			p.Choices.SetSelected(text)
		} else {
			p.Entry.SetText(text)
		}
		p.Check()
	}
	for i, q := range l.Questions[:len(l.Questions)-1] {
		if i == 1 {
			answer(i, wrongAnswer(q))
			continue
		}
		answer(i, q.Answer)
	}
	if got := p.Map[0]; got.Text != "1" || got.Icon == nil || got.Icon.Name() != theme.ConfirmIcon().Name() {
		t.Errorf("map button 1 = %q with icon %v; want 1 with the check-mark icon", got.Text, got.Icon)
	}
	n := len(l.Questions)
	if got := p.Answered.Text; !strings.Contains(got, " left") || !strings.Contains(got, fmt.Sprint(n)) {
		t.Errorf("answered line = %q; want it to name question %d", got, n)
	}
	if left == 0 {
		t.Error("moving to another question did not clear the evidence")
	}
	p.ShowEnd()
	if !p.Ended() {
		t.Fatal("no end screen")
	}
	if s := p.End.Summary.Text; !strings.Contains(s, "You answered") || !strings.Contains(s, "others") {
		t.Errorf("summary = %q", s)
	}
	// A heading, then question 2 (wrong) and the last (unanswered).
	if got := len(p.End.Again.Objects); got < 3 {
		t.Fatalf("%d items to look at again; want the heading, the wrong one and the unanswered one", got)
	}
	back := p.End.Again.Objects[1].(*fyne.Container).Objects[0].(*RingButton)
	test.Tap(back)
	if p.Ended() || p.Current() != 1 {
		t.Errorf("the way back lands on question %d, end screen %v", p.Current()+1, p.Ended())
	}
}

// wrongAnswer is an answer to q that is plainly wrong and not unclear.
func wrongAnswer(q quiz.Question) string {
	switch {
	case len(q.Choices) > 0:
		for _, c := range q.Choices {
			if c != q.Answer {
				return c
			}
		}
	case q.Kind == quiz.YesNo && q.Answer == "Yes":
		return "no"
	case q.Kind == quiz.YesNo:
		return "yes"
	case q.Kind == quiz.HowMany:
		return "7"
	}
	return "Zanzibar"
}

// TestArticleScrollsByKeyboard: the article is in the Tab order, and
// Page Down, Down and End scroll it.
func TestArticleScrollsByKeyboard(t *testing.T) {
	test.NewTempApp(t)
	v := NewArticleView(sampleLesson(t).Article)
	w := test.NewTempWindow(t, v.Keys)
	w.Resize(fyne.NewSize(500, 300))
	c := w.Canvas()
	tabTo(t, c, v.Keys)
	press(t, c, fyne.KeyPageDown)
	first := v.Scroll.Offset.Y
	if first <= 0 {
		t.Fatal("Page Down did not scroll the article")
	}
	press(t, c, fyne.KeyDown)
	if v.Scroll.Offset.Y <= first {
		t.Error("Down did not scroll on")
	}
	press(t, c, fyne.KeyEnd)
	press(t, c, fyne.KeyPageDown)
	if most := v.Scroll.Content.MinSize().Height - v.Scroll.Size().Height; v.Scroll.Offset.Y > most+1 {
		t.Errorf("scrolled past the end: %v of %v", v.Scroll.Offset.Y, most)
	}
	press(t, c, fyne.KeyHome)
	if v.Scroll.Offset.Y != 0 {
		t.Error("Home did not go back to the top")
	}
}

// TestKeyWaitsForTheLastTry: a wrong answer with a try left gets a hint,
// not the key (which could be typed into the next try); the key comes
// with the last try, and the check button then says no tries are left.
func TestKeyWaitsForTheLastTry(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	p := NewQuizPanel(l.Questions, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	test.NewTempWindow(t, p.Content)
	p.SetAttemptsAllowed(2)
	i := questionIndex(t, l, "Does Alibaba commit to hiring")
	p.Go(i)
	p.Entry.SetText("yes")
	p.Check()
	if got := p.Explanation.Text; strings.Contains(got, "The answer") || !strings.Contains(got, "1 try left") {
		t.Errorf("after the first wrong try: %q; want a hint and no key", got)
	}
	p.Entry.SetText("yes they do")
	p.Check()
	if got := p.Explanation.Text; !strings.HasPrefix(got, "The answer: No.") {
		t.Errorf("after the last try: %q; want the key", got)
	}
	if !p.CheckButton.Disabled() {
		t.Error("Check is still enabled with no tries left")
	}
}

// TestEnterInTheArticleGoesBackToTheAnswer: from the article, Enter puts
// the focus back on the answer field, or on the choices; Help says so.
// Tab took eleven presses, through the question map (issue 11, a new
// student's walk).
func TestEnterInTheArticleGoesBackToTheAnswer(t *testing.T) {
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	w.Resize(fyne.NewSize(1200, 800))
	if err := m.StartAs("Lin M"); err != nil {
		t.Fatal(err)
	}
	c := w.Canvas()
	for _, choices := range []bool{false, true} {
		m.Quiz.Go(firstOfKind(t, m.Lesson.Questions, choices))
		tabTo(t, c, m.Article.Keys)
		press(t, c, fyne.KeyPageDown)
		press(t, c, fyne.KeyReturn)
		want := fyne.Focusable(m.Quiz.Entry)
		if choices {
			want = m.Quiz.Choices
		}
		if c.Focused() != want {
			t.Errorf("choices %v: Enter in the article moved the focus to %T; want the answer", choices, c.Focused())
		}
	}
	if !strings.Contains(keyboardHelp, "Enter goes back to your answer") {
		t.Error("Help › Keyboard shortcuts does not say how to go back to the answer")
	}
}
