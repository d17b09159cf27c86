package ui

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// flakyRecorder fails its first save, as a locked database would.
type flakyRecorder struct {
	failures int
	saved    []store.Attempt
}

func (r *flakyRecorder) SaveAttempt(a store.Attempt) error {
	if r.failures > 0 {
		r.failures--
		return store.ErrLocked
	}
	r.saved = append(r.saved, a)
	return nil
}

func (r *flakyRecorder) SaveDraft(int64, int64, string, string) error { return nil }

// TestFailedSaveLosesNothing: when an answer cannot be saved the student
// is told, the answer stays in the field, and checking again stores it
// once, under the same attempt ID.
func TestFailedSaveLosesNothing(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	rec := &flakyRecorder{failures: 1}
	p := NewQuizPanel(l.Questions, rec, 1, 1, store.Progress{Drafts: map[string]string{}})
	var shown []error
	p.OnError = func(err error) { shown = append(shown, err) }
	test.NewTempWindow(t, p.Content)

	right := strings.ToLower(l.Questions[0].Answer) // the sample's first key, whatever it is now
	test.Type(p.Entry, right)
	test.Tap(p.CheckButton)
	if len(shown) != 1 || !errors.Is(shown[0], store.ErrLocked) {
		t.Fatalf("errors shown = %v; want the locked-database error", shown)
	}
	if p.Entry.Text != right || p.Verdict.Text != "" {
		t.Fatalf("after a failed save: entry %q, verdict %q; want the answer kept and no verdict", p.Entry.Text, p.Verdict.Text)
	}
	test.Tap(p.CheckButton)
	if len(rec.saved) != 1 || rec.saved[0].Answer != right {
		t.Fatalf("saved %+v; want the one attempt", rec.saved)
	}
	if p.Verdict.Text == "" {
		t.Error("no verdict after the successful retry")
	}
	if !p.CheckButton.Disabled() {
		t.Error("Check is still offered after a right answer")
	}
	// Another question: a new attempt, with an ID of its own.
	p.Show(1)
	p.Entry.SetText("")
	test.Type(p.Entry, "no")
	test.Tap(p.CheckButton)
	if len(rec.saved) != 2 || rec.saved[0].UUID == rec.saved[1].UUID {
		t.Errorf("a new attempt reused the previous attempt's ID: %+v", rec.saved)
	}
}

func TestFriendlyMessages(t *testing.T) {
	for _, err := range []error{store.ErrCorrupt, store.ErrReadOnly, store.ErrLocked, store.ErrNewer} {
		if msg := Friendly(err); msg == "" || msg == "Something went wrong: "+err.Error() {
			t.Errorf("no plain message for %v", err)
		}
	}
}

// TestWhatIsWrongByKeyboardAndTap: a "what is wrong" question shows its
// options as wrapped rows; a tap picks one, and with the keys Space
// picks the one with the ring, Enter checks.
func TestWhatIsWrongByKeyboardAndTap(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	idx := -1
	for i, q := range l.Questions {
		if q.Kind == quiz.WhatIsWrong {
			idx = i
			break
		}
	}
	if idx < 0 {
		t.Fatal("the sample quiz has no what-is-wrong question")
	}
	rec := &flakyRecorder{}
	p := NewQuizPanel(l.Questions, rec, 1, 1, store.Progress{Drafts: map[string]string{}})
	w := test.NewTempWindow(t, p.Content)
	p.Show(idx)
	q := l.Questions[idx]
	rows := p.Choices.Rows()
	if p.Entry.Visible() || len(rows) != len(q.Choices) {
		t.Fatalf("entry visible %v, %d rows; want the %d choices instead of the entry", p.Entry.Visible(), len(rows), len(q.Choices))
	}
	var right, wrong *choiceRow
	for _, o := range rows {
		r := o.(*choiceRow)
		if r.Text() == q.Answer {
			right = r
		} else if wrong == nil {
			wrong = r
		}
	}
	test.Tap(wrong)
	if p.Choices.Selected != wrong.Text() {
		t.Fatalf("tap selected %q", p.Choices.Selected)
	}
	w.Canvas().Focus(p.Choices) // the ring on the option picked
	for range rows {
		p.Choices.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	for _, o := range rows {
		if o == fyne.CanvasObject(right) {
			break
		}
		p.Choices.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	p.Choices.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	p.Choices.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p.Choices.Selected != q.Answer || p.Verdict.Text != "Correct" {
		t.Errorf("selected %q, verdict %q; want the answer picked and judged correct", p.Choices.Selected, p.Verdict.Text)
	}
	if len(rec.saved) != 1 || rec.saved[0].Answer != q.Answer {
		t.Errorf("saved %+v", rec.saved)
	}
}

// TestPromptHasNoGap: after moving from a long question to a short one,
// the answer field sits right under the prompt (a wrapped label kept its
// old height until its container was laid out again).
func TestPromptHasNoGap(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	p := NewQuizPanel(l.Questions, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(480, 800))
	long, short := 0, 0
	for i, q := range l.Questions {
		if len(q.Prompt) > len(l.Questions[long].Prompt) {
			long = i
		}
		if len(q.Prompt) < len(l.Questions[short].Prompt) {
			short = i
		}
	}
	p.Show(long)
	p.Show(short)
	below := p.Prompt.Position().Y + p.Prompt.MinSize().Height
	var next float32
	if p.Entry.Visible() {
		next = p.Entry.Position().Y
	} else {
		next = p.Choices.Position().Y
	}
	if gap := next - below; gap > 2*theme.Padding() {
		t.Errorf("a %.0f px gap between the prompt and the answer", gap)
	}
}

// TestPromptFitsAfterResize: a wrapped prompt measured in a narrow window
// shrinks to fit when the window grows.
func TestPromptFitsAfterResize(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	p := NewQuizPanel(l.Questions, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(200, 800))
	p.Show(0)
	w.Resize(fyne.NewSize(700, 800))
	below := p.Prompt.Position().Y + p.Prompt.MinSize().Height
	if gap := p.Entry.Position().Y - below; gap > 2*theme.Padding() {
		t.Errorf("a %.0f px gap between the prompt and the answer after the window grew", gap)
	}
}

func TestFriendlyKeepsPlainWords(t *testing.T) {
	err := fmt.Errorf("store: import results: %w: the lesson of these results is not on this computer: open its lesson pack first", store.ErrNotFound)
	if got := Friendly(err); got != "The lesson of these results is not on this computer: open its lesson pack first." {
		t.Errorf("Friendly = %q", got)
	}
}

// TestVerdictColoursAreReadable: on the light theme, verdict text reaches
// WCAG's 4.5:1 contrast against the background.
func TestVerdictColoursAreReadable(t *testing.T) {
	th := &Theme{Variant: VariantLight}
	bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
	for _, n := range []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError} {
		if r := contrast(th.Color(n, theme.VariantLight), bg); r < 4.5 {
			t.Errorf("%s on the background: %.2f:1; want at least 4.5:1", n, r)
		}
	}
}

func contrast(a, b color.Color) float64 {
	l := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 65535
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(bl)
	}
	la, lb := l(a), l(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestEmptyQuizSaysWhy: an article that gave no questions tells the
// student why and what to do, with nothing to check.
func TestEmptyQuizSaysWhy(t *testing.T) {
	test.NewTempApp(t)
	p := NewQuizPanel(nil, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	test.NewTempWindow(t, p.Content)
	if p.Prompt.Text != noQuestions || !p.CheckButton.Disabled() {
		t.Errorf("prompt %q, check enabled %v", p.Prompt.Text, !p.CheckButton.Disabled())
	}
	for _, b := range []*RingButton{p.CheckButton, p.Previous, p.Next, p.Finish} {
		if b.Visible() {
			t.Errorf("%q shows with nothing to do", b.Text)
		}
	}
}

// TestTooLongAnswerIsSentBack: a pasted essay is not checked or saved;
// the student is told, at once and on Check, to shorten it, and keeps
// every word typed (issue 16: answers were not capped).
func TestTooLongAnswerIsSentBack(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	rec := &flakyRecorder{}
	p := NewQuizPanel(l.Questions, rec, 1, 1, store.Progress{Drafts: map[string]string{}})
	test.NewTempWindow(t, p.Content)
	essay := strings.Repeat("word ", 250)
	p.Entry.SetText(essay)
	if p.Explanation.Text != quiz.TooLongMessage {
		t.Errorf("while typing: %q; want the too-long message", p.Explanation.Text)
	}
	test.Tap(p.CheckButton)
	if len(rec.saved) != 0 || p.Verdict.Text != notMarked || p.Explanation.Text != quiz.TooLongMessage || p.Entry.Text != essay {
		t.Errorf("after Check: saved %d, verdict %q, %q; want nothing saved, the answer kept, the message shown",
			len(rec.saved), p.Verdict.Text, p.Explanation.Text)
	}
}

// TestLessonSettingsDecideWhatShows: the teacher's settings decide when a
// missed question's answer shows — after the last try, after handing in,
// or never — and whether the end screen counts right answers (issue 12,
// item 1).
func TestLessonSettingsDecideWhatShows(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	i := questionIndex(t, l, "Does Alibaba commit")
	answerWrong := func(s classroom.Settings) *QuizPanel {
		p := NewQuizPanel(l.Questions, nil, 0, 0, store.Progress{Drafts: map[string]string{}})
		test.NewTempWindow(t, p.Content)
		p.SetSettings(s)
		p.Show(i)
		test.Type(p.Entry, "yes")
		test.Tap(p.CheckButton)
		return p
	}
	if p := answerWrong(classroom.Settings{Attempts: 1}); !strings.HasPrefix(p.Explanation.Text, "The answer: ") {
		t.Errorf("after the last try: %q; want the answer", p.Explanation.Text)
	}
	if p := answerWrong(classroom.Settings{Attempts: 1, Reveal: classroom.RevealNever}); strings.Contains(p.Explanation.Text, "The answer: ") {
		t.Errorf("never: %q shows the answer", p.Explanation.Text)
	}
	p := answerWrong(classroom.Settings{Attempts: 1, Reveal: classroom.RevealAfterHandIn})
	if strings.Contains(p.Explanation.Text, "The answer: ") || !strings.Contains(p.Explanation.Text, "once you hand in") {
		t.Errorf("after hand-in, before it: %q", p.Explanation.Text)
	}
	p.HandedIn()
	if !strings.HasPrefix(p.Explanation.Text, "The answer: ") {
		t.Errorf("after hand-in: %q; want the answer", p.Explanation.Text)
	}
	hidden := answerWrong(classroom.Settings{Attempts: 1, HideScore: true})
	hidden.ShowEnd()
	if strings.Contains(hidden.End.Summary.Text, "right") {
		t.Errorf("score hidden, yet the end screen says %q", hidden.End.Summary.Text)
	}
}

// TestWhichTryCounts: under "the last try" a right answer followed by a
// wrong one scores nothing; under the default it scores (issue 12, item 1).
func TestWhichTryCounts(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	i := questionIndex(t, l, "Does Alibaba commit")
	for _, c := range []struct {
		rule string
		want quiz.Verdict
	}{{"", quiz.Correct}, {"last", quiz.Incorrect}, {"first", quiz.Correct}} {
		p := NewQuizPanel(l.Questions, nil, 0, 0, store.Progress{Drafts: map[string]string{}})
		test.NewTempWindow(t, p.Content)
		p.SetSettings(classroom.Settings{Counts: c.rule})
		p.Show(i)
		test.Type(p.Entry, "no")
		test.Tap(p.CheckButton)
		p.Entry.SetText("")
		test.Type(p.Entry, "yes")
		test.Tap(p.CheckButton)
		if v, _ := p.Counted(i); v != c.want {
			t.Errorf("rule %q: right, then wrong counts %s; want %s", c.rule, v, c.want)
		}
	}
}
