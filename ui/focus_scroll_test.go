package ui

import (
	"fmt"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/quiz"
)

// TestTabShowsWhatItReaches: at FYNE_SCALE=1.5 on a 1366×768 laptop,
// Tab through every question's parts: each control that takes the focus
// inside the quiz's scroll shows whole (or from its top, if taller than
// the panel). Tab reached a Check button half below the panel's edge and
// left it there (issue 11, a keyboard-only walk).
func TestTabShowsWhatItReaches(t *testing.T) {
	onScreen(t, 1366, 768, "1.5")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	p := m.Quiz
	c := m.Window.Canvas()
	checked := 0
	for i := range m.Lesson.Questions {
		p.Go(i)
		for range 40 {
			c.FocusNext()
			f, ok := c.Focused().(fyne.CanvasObject)
			if !ok || f == p.Next || f == p.Previous || f == p.Finish {
				break
			}
			if _, in := posIn(p.scroll.Content, f); !in {
				continue // the article, or the map standing above the scroll
			}
			top := p.yInScroll(f)
			bottom := top + min(f.Size().Height, p.scroll.Size().Height)
			if top < p.scroll.Offset.Y-0.5 || bottom > p.scroll.Offset.Y+p.scroll.Size().Height+0.5 {
				t.Errorf("question %d: Tab reached %T at %v–%v; the panel shows %v–%v", i+1, f,
					top, bottom, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("Tab reached nothing inside the quiz's scroll")
	}
}

// quizAt200 is the sample lesson's quiz in a 1366×768 laptop's window
// at View › Text size 200 %, as a new student's walk had it.
func quizAt200(t *testing.T) (*Main, *QuizPanel) {
	t.Helper()
	onScreen(t, 1366, 768, "1")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.Window.Resize(fyne.NewSize(1200, 720)) // as Lede opens on that screen
	v := m.view()
	v.Scale = 2
	m.setView(v)
	return m, m.Quiz
}

// inView reports whether obj, a part of the question, shows whole in
// the quiz's scroll.
func inView(p *QuizPanel, obj fyne.CanvasObject) bool {
	top := p.yInScroll(obj)
	return top >= p.scroll.Offset.Y-0.5 && top+obj.Size().Height <= p.scroll.Offset.Y+p.scroll.Size().Height+0.5
}

// TestNewQuestionOpensAtItsTop: at 200 % on a 1366×768 laptop, each
// question opens with its heading ("Question N of M") in sight and the
// control with the focus whole in the panel where it fits there with
// the prompt. It opened scrolled to its
// Check button, the heading and the map cut off at the top, and a choice
// question's focused option could be below the panel's edge (issue 11,
// a new student's walk).
func TestNewQuestionOpensAtItsTop(t *testing.T) {
	m, p := quizAt200(t)
	c := m.Window.Canvas()
	// In a window this high, or with a longer line under the map (after
	// a hand-in), the map has no room to stand fixed: it scrolls.
	m.Window.Resize(fyne.NewSize(1200, 460))
	for i := range m.Lesson.Questions {
		p.Go(i)
		if _, inScroll := posIn(p.scroll.Content, p.Counter); (inScroll && !inView(p, p.Counter)) || !fullyIn(c, p.Counter) {
			t.Errorf("question %d: the heading is at %v, the panel shows from %v", i+1, p.yInScroll(p.Counter), p.scroll.Offset.Y)
		}
		f := c.Focused()
		part, ok := f.(fyne.CanvasObject)
		if f == p.Choices {
			part = p.Choices.Rows()[p.Choices.cursor]
		}
		if !ok {
			t.Fatalf("question %d: nothing has the focus", i+1)
		}
		if p.headerIsFixed {
			t.Fatalf("question %d: the map stands fixed: the test needs a lower window", i+1)
		}
		// Where the prompt and the control do not fit the panel together,
		// the prompt comes first, whole at the top
		// (TestPromptShowsWholeAfterNextAndCheck).
		both := p.yInScroll(part) + part.Size().Height - p.yInScroll(p.Prompt)
		if _, in := posIn(p.scroll.Content, part); in && !inView(p, part) && both <= p.scroll.Size().Height {
			t.Errorf("question %d: the focused %T is at %v–%v; the panel shows %v–%v", i+1, f,
				p.yInScroll(part), p.yInScroll(part)+part.Size().Height, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
		}
	}
}

// TestCheckShowsTheVerdict: at 200 %, after Check the verdict's line is
// in sight (the explanation follows it), and Page Down from Next reaches
// the end of the explanation. Scrolled to the bottom, the panel showed
// the end of the explanation without "Correct", and Page Down did nothing
// (issue 11, a new student's walk).
func TestCheckShowsTheVerdict(t *testing.T) {
	m, p := quizAt200(t)
	c := m.Window.Canvas()
	// A little lower than Lede opens on a 1366×768 screen: there a long
	// question's map scrolls with it (TestTallChoiceQuestionOpensAtItsTop),
	// which leaves room for every explanation of the sample lesson.
	m.Window.Resize(fyne.NewSize(1200, 560))
	long := 0
	for i, question := range m.Lesson.Questions {
		p.Go(i)
		if len(question.Choices) > 0 {
			p.Choices.SetSelected(question.Answer)
		} else {
			p.Entry.SetText(question.Answer)
		}
		p.Check()
		if !inView(p, p.Verdict) {
			t.Errorf("question %d: the verdict is at %v; the panel shows %v–%v", i+1,
				p.yInScroll(p.Verdict), p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
		}
		end := p.yInScroll(p.Explanation) + p.Explanation.Size().Height
		if end <= p.scroll.Offset.Y+p.scroll.Size().Height+0.5 {
			continue
		}
		long++
		f, ok := c.Focused().(*RingButton)
		if !ok {
			t.Fatalf("question %d: after Check the focus is on %T", i+1, c.Focused())
		}
		for range 10 {
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		}
		if end > p.scroll.Offset.Y+p.scroll.Size().Height+0.5 {
			t.Errorf("question %d: Page Down stops at %v; the explanation ends at %v", i+1,
				p.scroll.Offset.Y+p.scroll.Size().Height, end)
		}
		p.Previous.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	if long == 0 {
		t.Fatal("every explanation fits below its verdict: the test shows nothing of Page Down")
	}
}

// TestAnswerHintIsNeverCut: at 200 %, in a wide window and a narrow one,
// the answer field's placeholder shows whole; it was cut mid-word, "Type
// your answer, then press Er" (issue 11, a new student's walk).
func TestAnswerHintIsNeverCut(t *testing.T) {
	m, p := quizAt200(t)
	p.Go(firstOfKind(t, m.Lesson.Questions, false))
	for _, width := range []float32{1366, 1100, 900} {
		m.Window.Resize(fyne.NewSize(width, 700))
		p.Content.Refresh()
		if !placeHolderFits(p.Entry.PlaceHolder, p.Entry.Size().Width) {
			t.Errorf("window %v wide: the field is %v wide, its hint %q is %v", width, p.Entry.Size().Width,
				p.Entry.PlaceHolder, fyne.MeasureText(p.Entry.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width)
		}
	}
}

// TestTextSizeKeepsTheFocusInView: made larger with the focus in the
// answer field, the text leaves the field in sight; at 200 % it was
// half below the quiz panel's edge (issue 11, a new student's walk).
func TestTextSizeKeepsTheFocusInView(t *testing.T) {
	onScreen(t, 1366, 768, "1")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.Window.Resize(fyne.NewSize(1200, 520)) // a question taller than the panel at 200 %
	p := m.Quiz
	p.Go(firstOfKind(t, m.Lesson.Questions, false))
	if m.Window.Canvas().Focused() != p.Entry {
		t.Fatalf("the focus is on %T, not the answer field", m.Window.Canvas().Focused())
	}
	for range 10 {
		m.stepText(1)
		if !inView(p, p.Entry) {
			t.Fatalf("at %v the answer field is at %v–%v; the panel shows %v–%v", m.view().Scale, p.yInScroll(p.Entry),
				p.yInScroll(p.Entry)+p.Entry.Size().Height, p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height)
		}
	}
}

// withDyslexicFont registers OpenDyslexic, as cmd/lede does, for one
// test.
func withDyslexicFont(t *testing.T) {
	t.Helper()
	ReadingFonts["OpenDyslexic"] = FontSet{Regular: fyne.NewStaticResource("r.otf", assets.DyslexicRegular),
		Bold: fyne.NewStaticResource("b.otf", assets.DyslexicBold), Italic: fyne.NewStaticResource("i.otf", assets.DyslexicItalic),
		BoldItalic: fyne.NewStaticResource("bi.otf", assets.DyslexicBoldItalic)}
	t.Cleanup(func() { delete(ReadingFonts, "OpenDyslexic") })
}

// samAtLargeDyslexic is Sam Student signed in at 200 % text in
// OpenDyslexic on a screen of the given size, the window resized to
// window: where the quiz panel's scrolling, the menus and the dialogs
// run out of room first.
func samAtLargeDyslexic(t *testing.T, screen, window fyne.Size) *Main {
	t.Helper()
	withDyslexicFont(t)
	onScreen(t, screen.Width, screen.Height, "1")
	m := laptopMain(t)
	m.Fixed.Scale, m.Fixed.Font = 2, "OpenDyslexic"
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.Window.Resize(window)
	return m
}

// promptWhole reports whether the prompt shows whole in the quiz's
// scroll, or (taller than the panel) from its first line; cut reports
// whether the panel's top edge runs across a line of it, not between
// two.
func promptWhole(p *QuizPanel) (whole, cut bool) {
	top := p.yInScroll(p.Prompt)
	bottom := top + p.Prompt.Size().Height
	y, view := p.scroll.Offset.Y, p.scroll.Size().Height
	whole = top >= y-0.5 && (bottom <= y+view+0.5 || top <= y+0.5)
	// The label draws its lines under its inner padding: the places
	// between them are that far below its top plus whole lines.
	if first := top + theme.InnerPadding(); first < y-0.5 && bottom > y+0.5 {
		pitch := lineStep(p.Prompt)
		k := math.Round(float64((y - first) / pitch))
		cut = math.Abs(float64(y-first)-k*float64(pitch)) > 0.5
	}
	return whole, cut
}

// mapRowCut names the map button that the quiz panel's top edge runs
// across, or "".
func mapRowCut(p *QuizPanel) string {
	if p.headerIsFixed {
		return ""
	}
	y := p.scroll.Offset.Y
	for _, b := range p.Map {
		if top := p.yInScroll(b); top < y-0.5 && top+b.Size().Height > y+0.5 {
			return b.Text
		}
	}
	return ""
}

// TestPromptShowsWholeAfterNextAndCheck: at text size 200 % in
// OpenDyslexic, on a 1366×768 laptop and at 1024×700, every question
// opens with its prompt whole at the top and the focus on its answer
// field or first choice; after a wrong first try the prompt shows whole
// with the verdict and explanation where the panel has room for all, and the
// panel's top edge never runs across a line of it, nor across a row of
// the question map scrolling above it. A long choice question opened
// scrolled to its first choice with its prompt hidden above, and after
// Check the prompt's top line stood half cut off (issue 11, a new
// student's walk of the real window).
func TestPromptShowsWholeAfterNextAndCheck(t *testing.T) {
	for _, screen := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 700}} {
		m := samAtLargeDyslexic(t, screen, fyne.NewSize(screen.Width-166, screen.Height-48)) // as Lede opens on that screen
		p, c := m.Quiz, m.Window.Canvas()
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			if whole, _ := promptWhole(p); !whole {
				t.Errorf("%v: question %d opens scrolled to %v; its prompt is at %v–%v", screen, i+1,
					p.scroll.Offset.Y, p.yInScroll(p.Prompt), p.yInScroll(p.Prompt)+p.Prompt.Size().Height)
			}
			if b := mapRowCut(p); b != "" {
				t.Errorf("%v: question %d opens with the panel's top edge across map button %s", screen, i+1, b)
			}
			if f := c.Focused(); f != p.Entry && f != p.Choices {
				t.Errorf("%v: question %d opens with the focus on %T", screen, i+1, f)
			}
			if len(question.Choices) > 0 {
				for _, o := range question.Choices {
					if o != question.Answer {
						p.Choices.SetSelected(o)
						break
					}
				}
			} else {
				wrong, yesNo := map[string]string{"Yes": "No", "No": "Yes"}[question.Answer]
				if !yesNo {
					wrong = "Nobody"
				}
				p.Entry.SetText(wrong)
			}
			p.Check()
			// The explanation comes before the prompt after Check
			// (TestExplanationShowsAfterCheck): the prompt shows whole
			// where it fits with them.
			all := p.yInScroll(p.Explanation) + p.Explanation.Size().Height - p.yInScroll(p.Prompt)
			if whole, _ := promptWhole(p); !whole && all+theme.Padding() <= p.scroll.Size().Height {
				t.Errorf("%v: after Check question %d is scrolled to %v; its prompt (%v–%v), verdict and explanation fit the panel", screen, i+1,
					p.scroll.Offset.Y, p.yInScroll(p.Prompt), p.yInScroll(p.Prompt)+p.Prompt.Size().Height)
			}
			if _, cut := promptWhole(p); cut {
				t.Errorf("%v: after Check question %d is scrolled to %v, across its prompt (%v–%v)", screen, i+1,
					p.scroll.Offset.Y, p.yInScroll(p.Prompt), p.yInScroll(p.Prompt)+p.Prompt.Size().Height)
			}
			if b := mapRowCut(p); b != "" {
				t.Errorf("%v: after Check question %d the panel's top edge runs across map button %s", screen, i+1, b)
			}
			if !inView(p, p.Verdict) && verdictFitsWithFocus(p, c) {
				t.Errorf("%v: after Check question %d's verdict is out of sight", screen, i+1)
			}
		}
	}
}

// TestInstructionShowsAfterCheck: "No answer yet" and an answer not
// marked say what to do in the line under them ("Type an answer first.",
// "Answer yes or no …"); after Check that line shows whole where the
// panel can scroll to a place between two lines of the prompt that shows
// it, and the panel's top edge never runs across the prompt. At
// FYNE_SCALE=1.5 on a 1366×768 laptop (a window of 910×450 in Fyne's
// units) the line stood cut in half at the panel's bottom edge under the
// whole prompt (issue 11, a student walk: questions 1 and 2).
func TestInstructionShowsAfterCheck(t *testing.T) {
	for _, c := range []struct {
		w, h  float32
		scale float64
	}{{910, 450, 1}, {1200, 720, 2}, {1016, 652, 2}} {
		m := signedInOnALaptop(t, c.w, c.h, c.scale)
		p := m.Quiz
		for i, question := range m.Lesson.Questions {
			if len(question.Choices) > 0 {
				continue
			}
			// "ues": an answer the checker cannot read. The walk typed "yess",
			// which the checker has read as yes since (TestHurriedYesAndNo);
			// with it the walk's case below went unchecked.
			for _, typed := range []string{"", "ues"} {
				p.Go(i)
				p.Entry.SetText(typed)
				p.Check()
				if p.Verdict.Text != noAnswerYet && p.Verdict.Text != notMarked {
					continue // "ues" to a question that is not yes or no
				}
				if !inView(p, p.Verdict) {
					t.Errorf("%v×%v at %v: question %d, %q: %q is out of sight", c.w, c.h, c.scale, i+1, typed, p.Verdict.Text)
				}
				// The walk's two: at FYNE_SCALE=1.5, an unread answer to
				// question 1 and nothing typed to question 2.
				walked := c.scale == 1 && (i == 0 && typed == "ues" || i == 1 && typed == "")
				if walked && !inView(p, p.Explanation) {
					t.Errorf("%v×%v at %v: question %d, %q: %q and %q are not both whole in sight", c.w, c.h, c.scale, i+1,
						typed, p.Verdict.Text, p.Explanation.Text)
				}
				if _, cut := promptWhole(p); cut {
					t.Errorf("%v×%v at %v: question %d, %q: the panel's top edge runs across the prompt", c.w, c.h, c.scale, i+1, typed)
				}
			}
		}
	}
}

// TestExplanationShowsAfterCheck: at 150 % text size and above (and at
// FYNE_SCALE=1.5 on a 1366×768 laptop, a window of 910×450 in Fyne's
// units), after Check the verdict shows wherever it fits the panel with
// the part that keeps the focus (where not, the focus wins, as in
// TestCheckKeepsTheFocusInSight: with the cue under the question a
// long choice question at 910×450 had no room for both), and the
// verdict and its explanation show whole where they fit the panel together, and else the verdict's line is at the
// panel's top with the explanation under it, never across a line of
// the prompt. The prompt showed whole with the verdict's line under it
// and the explanation started at the panel's bottom edge, a Page Down
// away, so a student could press Next without reading what the
// question teaches (issue 11 §5; seen in the real window at
// FYNE_SCALE=1.5, question 1).
func TestExplanationShowsAfterCheck(t *testing.T) {
	for _, c := range []struct {
		w, h  float32
		scale float64
	}{{910, 450, 1}, {910, 450, 1.5}, {1200, 720, 1.5}, {1200, 720, 2}, {1016, 652, 2}} {
		m := signedInOnALaptop(t, c.w, c.h, c.scale)
		p := m.Quiz
		checked := 0
		for i, question := range m.Lesson.Questions {
			checkWrongThenRight(p, i, question, func(answer string) {
				checked++
				y, view := p.scroll.Offset.Y, p.scroll.Size().Height
				top := min(p.yInScroll(p.Verdict), p.yInScroll(p.VerdictIcon))
				end := p.yInScroll(p.Explanation) + p.Explanation.Size().Height
				if !inView(p, p.Verdict) && verdictFitsWithFocus(p, m.Window.Canvas()) {
					t.Errorf("%v×%v at %v: question %d, %q: the verdict is at %v, the panel shows %v–%v",
						c.w, c.h, c.scale, i+1, answer, top, y, y+view)
				}
				// Where the answer, the verdict, the explanation and Check
				// did not fit together, the explanation stands under Check
				// (lineVerdict): Check comes first, and the explanation
				// starts under it (TestQuestionStaysInSightAfterAWrongTry).
				if p.verdictAt == verdictLineOverCheck {
					if !inView(p, p.CheckButton) && verdictFitsWithFocus(p, m.Window.Canvas()) {
						t.Errorf("%v×%v at %v: question %d, %q: the explanation stands under Check, which is not in sight", c.w, c.h, c.scale, i+1, answer)
					}
				} else if end-top+theme.Padding() <= view && !inView(p, p.Explanation) {
					t.Errorf("%v×%v at %v: question %d, %q: the verdict and explanation (%v–%v) fit the panel, which shows %v–%v",
						c.w, c.h, c.scale, i+1, answer, top, end, y, y+view)
				}
				// Where the ring is too far down long choices to show with
				// the verdict and explanation, the explanation stands under
				// the Check button (TestCheckKeepsTheFocusInSight).
				if end-top > view && p.yInScroll(p.Explanation)+lineStep(p.Explanation) > y+view+0.5 && !p.explanationUnderCheck() {
					t.Errorf("%v×%v at %v: question %d, %q: the explanation's first line (%v) is below the panel (%v–%v)",
						c.w, c.h, c.scale, i+1, answer, p.yInScroll(p.Explanation), y, y+view)
				}
				if _, cut := promptWhole(p); cut {
					t.Errorf("%v×%v at %v: question %d, %q: the panel's top edge runs across the prompt", c.w, c.h, c.scale, i+1, answer)
				}
			})
		}
		if checked == 0 {
			t.Fatalf("%v×%v at %v: nothing checked", c.w, c.h, c.scale)
		}
	}
}

// TestCheckCutsNoChoice: after Check the quiz panel's top edge never runs
// across one of a choice question's options: at 150 % the trap question,
// checked, stood with its first option cut in half under the fixed map
// (docs/screenshot-150.png, seen again after a student walk).
func TestCheckCutsNoChoice(t *testing.T) {
	for _, c := range []struct {
		w, h  float32
		scale float64
	}{{1280, 860, 1.5}, {910, 450, 1}, {1200, 720, 2}, {1016, 652, 2}} {
		m := signedInOnALaptop(t, c.w, c.h, c.scale)
		p := m.Quiz
		for i, question := range m.Lesson.Questions {
			if len(question.Choices) == 0 {
				continue
			}
			p.Go(i)
			p.Choices.SetSelected(question.Answer)
			p.Check()
			y := p.scroll.Offset.Y
			for _, row := range p.Choices.Rows() {
				if top := p.yInScroll(row); y > top+0.5 && y < top+row.Size().Height-0.5 {
					t.Errorf("%v×%v at %v: after Check question %d is scrolled to %v, across an option (%v–%v)",
						c.w, c.h, c.scale, i+1, y, top, top+row.Size().Height)
				}
			}
			if !inView(p, p.Verdict) {
				t.Errorf("%v×%v at %v: after Check question %d's verdict is out of sight", c.w, c.h, c.scale, i+1)
			}
		}
	}
}

// TestFirstArrowShowsTheHiddenChoice: a long choice question opened at
// its prompt, its first choice below the panel's edge, shows that choice
// on the first ↓ without picking anything; the next ↓ moves the pick as
// usual. Else the first ↓ picked the second option, unseen.
func TestFirstArrowShowsTheHiddenChoice(t *testing.T) {
	m := samAtLargeDyslexic(t, fyne.NewSize(1366, 768), fyne.NewSize(1200, 720))
	p, c := m.Quiz, m.Window.Canvas()
	hidden := -1
	for i, question := range m.Lesson.Questions {
		p.Go(i)
		if len(question.Choices) > 0 && !inView(p, p.Choices.Rows()[0]) {
			hidden = i
			break
		}
	}
	if hidden < 0 {
		t.Fatal("every first choice is in sight: the test shows nothing")
	}
	if c.Focused() != p.Choices {
		t.Fatalf("the focus is on %T, not the choices", c.Focused())
	}
	press(t, c, fyne.KeyDown)
	if p.Choices.Selected != "" || !inView(p, p.Choices.Rows()[0]) {
		t.Errorf("the first ↓ picked %q; the first choice in sight: %v", p.Choices.Selected, inView(p, p.Choices.Rows()[0]))
	}
	press(t, c, fyne.KeyDown)
	if want := m.Lesson.Questions[hidden].Choices[1]; p.Choices.Selected != want {
		t.Errorf("the second ↓ picked %q; want %q", p.Choices.Selected, want)
	}
}

// signedInOnALaptop is the sample lesson on a 1366×768 screen, a student
// signed in, the window w×h at the app's own text scale.
func signedInOnALaptop(t *testing.T, w, h float32, scale float64) *Main {
	t.Helper()
	return samOnLaptop(t, "1", scale, w, h)
}

// TestAnsweredLineShowsWholeAfterCheck: after Check the line under the
// map ("2 of 10 answered. Round arrow: a try left.") shows whole, also
// where it grows to two lines. At 200 % on a 1366×768 laptop the header
// standing fixed above the question kept the height of its one line
// before, and "Round arrow: a try left." was hidden under the question
// (seen in the real window, a keyboard-only walk).
func TestAnsweredLineShowsWholeAfterCheck(t *testing.T) {
	for _, c := range []struct {
		w, h  float32
		scale float64
	}{{910, 450, 1}, {1200, 720, 1.5}, {1200, 720, 2}, {1016, 652, 2}} {
		m := signedInOnALaptop(t, c.w, c.h, c.scale)
		p := m.Quiz
		for i, question := range m.Lesson.Questions {
			p.Go(i)
			answerAndCheck(p, question, wrongAnswer(question))
			if got, want := p.Answered.Size().Height, p.Answered.MinSize().Height; got < want-0.5 {
				t.Errorf("%v×%v at %v: after Check question %d the line %q is %v high; it needs %v",
					c.w, c.h, c.scale, i+1, p.Answered.Text, got, want)
			}
			if p.headerIsFixed {
				if got, want := p.headerFixed.Size().Height, p.header.MinSize().Height; got < want-0.5 {
					t.Errorf("%v×%v at %v: after Check question %d the fixed header is %v high; it needs %v",
						c.w, c.h, c.scale, i+1, got, want)
				}
			}
		}
	}
}

// TestCheckCutsNoControl: after Check, wrong and then right, the quiz
// panel's top edge runs across none of the controls above the verdict —
// a choice, the answer field or the student's answer in its place, the
// Check button — and the verdict shows. At 200 % on a 1366×768 laptop
// the panel stood scrolled with "Check (try 2 of 2)" cut in half at its
// top edge (seen in the real window, a keyboard-only walk).
func TestCheckCutsNoControl(t *testing.T) {
	for _, c := range []struct {
		w, h  float32
		scale float64
	}{{910, 450, 1}, {910, 450, 1.5}, {1200, 720, 1.5}, {1200, 720, 2}, {1016, 652, 2}} {
		m := signedInOnALaptop(t, c.w, c.h, c.scale)
		p := m.Quiz
		for i, question := range m.Lesson.Questions {
			checkWrongThenRight(p, i, question, func(answer string) {
				y := p.scroll.Offset.Y
				parts := map[string]fyne.CanvasObject{"the Check button": p.CheckButton, "the answer": p.entryBox}
				for k, row := range p.Choices.Rows() {
					if p.Choices.Visible() {
						parts[fmt.Sprintf("choice %d", k+1)] = row
					}
				}
				for name, part := range parts {
					if !part.Visible() {
						continue
					}
					if _, in := posIn(p.scroll.Content, part); !in {
						continue
					}
					if top := p.yInScroll(part); y > top+0.5 && y < top+part.Size().Height-0.5 {
						t.Errorf("%v×%v at %v: question %d, %q: scrolled to %v, across %s (%v–%v)",
							c.w, c.h, c.scale, i+1, answer, y, name, top, top+part.Size().Height)
					}
				}
				if !inView(p, p.Verdict) && verdictFitsWithFocus(p, m.Window.Canvas()) {
					t.Errorf("%v×%v at %v: question %d, %q: the verdict is out of sight", c.w, c.h, c.scale, i+1, answer)
				}
			})
		}
	}
}

// checkWrongThenRight answers question i wrong (wrongAnswer), then right,
// while tries are left, and calls after once each answer is checked.
func checkWrongThenRight(p *QuizPanel, i int, question quiz.Question, after func(answer string)) {
	for _, answer := range []string{wrongAnswer(question), question.Answer} {
		p.Go(i)
		if !p.triesLeft(question.ID) {
			continue
		}
		answerAndCheck(p, question, answer)
		after(answer)
	}
}

// answerAndCheck gives answer to the question on show, chosen or typed,
// and checks it.
func answerAndCheck(p *QuizPanel, question quiz.Question, answer string) {
	if len(question.Choices) > 0 {
		p.Choices.SetSelected(answer)
	} else {
		p.Entry.SetText(answer)
	}
	p.Check()
}

// TestQuestionOpensWithItsFocusWhole: each question of the sample
// opens, on a 1366×768 or 1024×700 laptop at 100 %, at FYNE_SCALE=1.5
// and at text 150 % and 200 %, with the answer field or the first
// choice — the focus — whole in the quiz panel, its ring's room with it,
// wherever the map stands fixed above it; where the map scrolls with
// the question, wherever the prompt and the focus fit the panel
// together (else the prompt comes first and the cue says the rest is
// below: TestTallChoiceQuestionOpensAtItsTop). The map stood fixed
// where the prompt and the focus fitted under it without the cue's line,
// and the cue then cut 3 to 40 px (the ring's room counted) off the
// focus at the panel's bottom edge: questions 1, 2 and 4 at 200 % and 9
// at 150 % on 1024×700, 7 at FYNE_SCALE=1.5 there, 3 and 6 at
// FYNE_SCALE=1.5 on 1366×768 (6 and 8 cut in half in the real window).
func TestQuestionOpensWithItsFocusWhole(t *testing.T) {
	fixed, cut := 0, 0
	for _, l := range []struct {
		w, h  float32
		scale string
		text  float64
	}{
		{1366, 768, "1", 1}, {1366, 768, "1.5", 1}, {1366, 768, "1", 1.5}, {1366, 768, "1", 2},
		{1024, 700, "1", 1}, {1024, 700, "1.5", 1}, {1024, 700, "1", 1.5}, {1024, 700, "1", 2},
	} {
		m := onALaptop(t, l.w, l.h, l.scale, l.text)
		p, c := m.Quiz, m.Window.Canvas()
		pad := theme.Padding()
		for i := range m.Lesson.Questions {
			p.Go(i)
			f, in := focusedInScroll(p, c)
			if !in {
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d opens with the focus on %T, not on its answer", l.w, l.h, l.scale, l.text, i+1, c.Focused())
				continue
			}
			top, bottom := p.yInScroll(f)-pad, p.yInScroll(f)+f.Size().Height+pad
			y, view := p.scroll.Offset.Y, p.scroll.Size().Height
			whole := top >= y-0.5 && bottom <= y+view+0.5
			if p.headerIsFixed {
				fixed++
			} else if bottom-p.yInScroll(p.Prompt) > view+0.5 {
				continue // the prompt first, the cue saying there is more
			}
			if !whole {
				cut++
				t.Errorf("%v×%v, FYNE_SCALE=%s, text %v: question %d opens with the focused %T at %.1f–%.1f (its ring's room counted) and the panel showing %.1f–%.1f, the map fixed: %v",
					l.w, l.h, l.scale, l.text, i+1, f, top, bottom, y, y+view, p.headerIsFixed)
			}
		}
	}
	if fixed == 0 {
		t.Error("no question opens under the map standing fixed: the test shows nothing")
	}
}
