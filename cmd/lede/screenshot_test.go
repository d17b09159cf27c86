package main

import (
	"image"
	"image/color"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/cmd/internal/winshot"
	"github.com/lede-app/lede/ui"
)

// cueLines are the words of the quiz panel's "More below" / "More
// above" cue that o draws: the texts in sight, every container and
// widget above them shown.
func cueLines(o fyne.CanvasObject) []string {
	var lines []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *canvas.Text:
			if strings.HasPrefix(x.Text, "More below") || strings.HasPrefix(x.Text, "More above") {
				lines = append(lines, x.Text)
			}
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return lines
}

// screenshotOf opens the window as `lede --screenshot` does with f, in
// a test window of the size Lede asks for, made size as on a screen
// smaller than that (ui's fitToScreen resizes it), and renders it as
// the screenshot is rendered. It returns the cue's words in the window
// before the rendering and in what was rendered.
func screenshotOf(t *testing.T, size fyne.Size, f windowFlags) (window, shot []string) {
	t.Helper()
	setTheme(test.NewTempApp(t), f)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1200, 800))
	f.screenshot = "unused.png"
	if _, err := openPreloaded(w, f, <-preload(t.TempDir(), f)); err != nil {
		t.Fatal(err)
	}
	w.Resize(size)
	window = cueLines(w.Content())
	winshot.Render(w)
	return window, cueLines(w.Content())
}

// TestScreenshotDrawsTheCueAsTheWindowDoes: `lede --screenshot`
// draws the quiz panel's cue as the window shows it: none under a
// question that fits the panel, "More below" under one that does not.
// The screenshot showed "More above — scroll or press Page Up" under
// questions 3, 6, 8 and 9 of the sample, which fit, while the window did
// not: the software canvas laid the window out at its least size before
// its own, and the question kept the narrow layout's heights.
func TestScreenshotDrawsTheCueAsTheWindowDoes(t *testing.T) {
	l, err := loadLesson("", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range l.Questions {
		n := strconv.Itoa(i + 1)
		window, shot := screenshotOf(t, fyne.NewSize(1200, 800), windowFlags{question: n})
		if len(window) != 0 || len(shot) != 0 {
			t.Errorf("question %s, which fits the panel: the window shows the cue %q, the screenshot %q; want none", n, window, shot)
		}
	}
	// At 200 % in a 1024×700 window the third question, a long one with
	// three choices, runs below the panel.
	window, shot := screenshotOf(t, fyne.NewSize(1024, 700), windowFlags{question: "3", textScale: 2})
	if len(shot) != 1 || !strings.HasPrefix(shot[0], "More below") {
		t.Errorf("question 3 at 200 %% in 1024×700, taller than the panel: the screenshot shows the cue %q; want More below", shot)
	}
	if strings.Join(shot, "|") != strings.Join(window, "|") {
		t.Errorf("question 3 at 200 %% in 1024×700: the window shows the cue %q, the screenshot %q", window, shot)
	}
}

// ringPixels counts the pixels of img in colour ring.
func ringPixels(img image.Image, ring color.Color) int {
	want := color.NRGBAModel.Convert(ring)
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.NRGBAModel.Convert(img.At(x, y)) == want {
				n++
			}
		}
	}
	return n
}

// TestScreenshotShowsTheFocusRing: `lede --screenshot --question N`
// draws the focus ring where the window draws it, around the question's
// answer field or its choices, the focus landing there as after Next:
// for each question of the sample, in the high-contrast theme, whose
// ring is the one magenta on the page. The screenshot showed no ring on
// a choice question: the focus stayed on the first question's answer
// field, hidden (issue 11).
func TestScreenshotShowsTheFocusRing(t *testing.T) {
	l, err := loadLesson("", 0)
	if err != nil {
		t.Fatal(err)
	}
	ring := color.NRGBA{R: 0xd0, B: 0xd0, A: 0xff} // ui's high-contrast focus ring
	for i := range l.Questions {
		f := windowFlags{question: strconv.Itoa(i + 1), theme: ui.VariantHighContrast}
		setTheme(test.NewTempApp(t), f)
		w := test.NewTempWindow(t, nil)
		w.Resize(fyne.NewSize(1200, 800))
		f.screenshot = "unused.png"
		if _, err := openPreloaded(w, f, <-preload(t.TempDir(), f)); err != nil {
			t.Fatal(err)
		}
		focused, _ := w.Canvas().Focused().(fyne.CanvasObject)
		if focused == nil || !focused.Visible() {
			t.Errorf("question %d: the focus is on %T, visible: %v; want the question's answer", i+1, w.Canvas().Focused(), focused != nil && focused.Visible())
		}
		// A 3 px ring around a control a few hundred pixels wide.
		if n := ringPixels(winshot.Render(w), ring); n < 1000 {
			t.Errorf("question %d: the screenshot has %d pixels of the focus ring's colour; want a ring", i+1, n)
		}
	}
}
