// Package winshot waits for a window's first frame and renders windows
// to PNG files, for Lede's --screenshot and --timings and for the empty
// window they are measured against: both must measure the same way.
package winshot

import (
	"errors"
	"image"
	"image/png"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
)

// poll is how often the wait looks: small against a first frame's
// hundreds of milliseconds, large against a look's cost.
const poll = 5 * time.Millisecond

// WaitFirstFrame returns once w's canvas has been laid out at its size
// and the event loop has gone round once more, so the frame is drawn.
func WaitFirstFrame(w fyne.Window) error {
	deadline := time.Now().Add(20 * time.Second)
	for {
		var size fyne.Size
		fyne.DoAndWait(func() { size = w.Canvas().Size() })
		if size.Width > 0 && size.Height > 0 {
			fyne.DoAndWait(func() {})
			return nil
		}
		if time.Now().After(deadline) {
			return errors.New("the window was never laid out")
		}
		time.Sleep(poll)
	}
}

// Capture renders w's content to a PNG at path, after its first frame
// and then settle (for work the first frame started, such as a scroll).
// Under Xvfb the GL canvas captures blank, so it renders in software.
func Capture(w fyne.Window, path string, settle time.Duration) error {
	if err := WaitFirstFrame(w); err != nil {
		return err
	}
	time.Sleep(settle)
	var err error
	fyne.DoAndWait(func() {
		img := Render(w)
		var out *os.File
		if out, err = os.Create(path); err != nil {
			return
		}
		defer out.Close()
		err = png.Encode(out, img)
	})
	return err
}

// Render draws w's content on a software canvas as the window shows it,
// at the content's own size, under the menu bar: laid out at the
// canvas's (the menu bar's height more), the quiz panel was taller than
// in the window, and an offset Lede had scrolled to for the window's
// layout cut a choice at the panel's top edge (docs/screenshot-150.png).
// The canvas has its size before it has the content, so the content is
// not laid out again: given the content first, the canvas laid it out at
// its least size (a few hundred pixels wide) and then at its own, and
// the second layout inherited the first's wrapped heights (a "More
// above" cue under a question that fit). Call it on Fyne's goroutine.
func Render(w fyne.Window) image.Image {
	c := software.NewCanvas()
	c.SetPadded(false)
	c.Resize(w.Content().Size())
	c.SetContent(w.Content())
	return c.Capture()
}
