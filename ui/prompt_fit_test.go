package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/lesson"
)

// testLessons are the sample lesson and a lesson of each article in
// testdata/articles, by name.
func testLessons(t *testing.T) map[string]*lesson.Lesson {
	t.Helper()
	out := map[string]*lesson.Lesson{"sample": sampleLesson(t)}
	files, _ := filepath.Glob("../testdata/articles/*")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		l, err := lesson.Build(raw, 0)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = l
	}
	return out
}

// lessonOnALaptop opens l as Sam on a screen of w×h at a Fyne scale and
// a text size, the window as Lede opens on that screen (onALaptop).
func lessonOnALaptop(t *testing.T, l *lesson.Lesson, w, h float32, scale string, text float64) *Main {
	t.Helper()
	onScreen(t, w, h, scale)
	test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1200, 800)) // as cmd/lede opens it
	m, err := NewMain(win, tempStore(t), l)
	if err != nil {
		t.Fatal(err)
	}
	m.Fixed.Scale = text
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	return m
}

// firstControl is what a question opens to answer: its first choice, or
// the answer field.
func firstControl(p *QuizPanel) fyne.CanvasObject {
	if p.Choices.Visible() {
		return p.Choices.Rows()[0]
	}
	return p.Entry
}

// promptHeightIn is the height of the question's prompt in the text size
// name, wrapped at the prompt's width in the panel.
func promptHeightIn(p *QuizPanel, name fyne.ThemeSizeName) float32 {
	l := widget.NewLabel(p.Prompt.Text)
	l.Wrapping, l.SizeName = fyne.TextWrapWord, name
	l.Resize(fyne.NewSize(p.Prompt.Size().Width, 0))
	return l.MinSize().Height
}

// TestPromptAndFirstChoiceShowTogether: every question of the sample
// and of the test articles opens — at text 200 % and FYNE_SCALE=2 on a
// 1366×768 laptop, at text 150 % and 200 % and FYNE_SCALE=1.5 on a
// 1024×700 one — with its
// prompt and its first choice (or its answer field) whole in the quiz
// panel, the ring's room under it, wherever the two fit there with the
// prompt in the body text's size; in a heading's size wherever they fit
// so. At 200 % on a 1366×768 laptop a long prompt in the heading's size
// took the panel, and the first choice stood cut under the "More below"
// cue (issue 11). A prompt too long to fit with its first choice even in
// the body text's size (a whole sentence quoted, at 200 % in a narrow
// panel) opens at its top, the cue saying there is more
// (TestTallChoiceQuestionOpensAtItsTop).
func TestPromptAndFirstChoiceShowTogether(t *testing.T) {
	lessons := testLessons(t)
	smaller, tooLong := 0, 0
	for _, l := range []struct {
		w, h  float32
		scale string
		text  float64
	}{
		{1366, 768, "1", 2}, {1366, 768, "2", 1}, {1024, 700, "1", 1.5}, {1024, 700, "1", 2}, {1024, 700, "1.5", 1},
	} {
		for name, les := range lessons {
			m := lessonOnALaptop(t, les, l.w, l.h, l.scale, l.text)
			p := m.Quiz
			where := fmt.Sprintf("%v×%v, FYNE_SCALE=%s, text %v: %s", l.w, l.h, l.scale, l.text, name)
			for i := range m.Lesson.Questions {
				p.Go(i)
				first, pad := firstControl(p), theme.Padding()
				prompt := p.yInScroll(p.Prompt)
				// The prompt, the gap under it and the control, its ring's room.
				under := p.yInScroll(first) - prompt - p.Prompt.Size().Height + first.Size().Height + pad
				view := p.scroll.Size().Height
				if promptHeightIn(p, theme.SizeNameText)+under > view+0.5 {
					tooLong++
					continue
				}
				headingFits := promptHeightIn(p, theme.SizeNameSubHeadingText)+under <= view+0.5
				if p.Prompt.SizeName != theme.SizeNameSubHeadingText {
					smaller++
					if headingFits {
						t.Errorf("%s: question %d: the prompt is in the body text's size, where it fits with its first choice in a heading's", where, i+1)
					}
				}
				y := p.scroll.Offset.Y
				if bottom := p.yInScroll(first) + first.Size().Height + pad; prompt < y-0.5 || bottom > y+view+0.5 {
					t.Errorf("%s: question %d opens showing %.0f–%.0f; its prompt starts at %.0f and its first %T ends at %.0f, its ring's room counted",
						where, i+1, y, y+view, prompt, first, bottom)
				}
			}
		}
	}
	if smaller == 0 {
		t.Error("no prompt needed the body text's size: the test shows nothing")
	}
	t.Logf("%d prompts in the body text's size; %d too long to fit with their first choice even so", smaller, tooLong)
}
