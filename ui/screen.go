package ui

import (
	"os"
	"strconv"

	"fyne.io/fyne/v2"
)

// screenArea reports the part of the primary screen that windows may use
// (without task bars and docks), in the screen's pixels, and the scale
// the computer itself gives windows there (its DPI, before FYNE_SCALE or
// Fyne's own setting); ok is false where it cannot be known (the test
// driver). The real one is in screen_glfw.go; tests replace it.
var screenArea = primaryScreenArea

// windowFrame is the room a window's title bar and borders take beyond
// its content, in pixels: Fyne sizes only the content.
var windowFrame = fyne.NewSize(8, 48)

// fitToScreen shrinks w so that all of it, with its title bar, shows on
// the screen: Fyne sizes a window in its own units, which FYNE_SCALE and
// the screen's DPI multiply, so the 1200×800 window Lede opens with was
// 1800×1200 pixels at 150 % and ran off a 1366×768 laptop's screen,
// Previous, Next and Finish with it (issue 11, a new student's walk). A
// window that fits is left as it is; Fyne keeps it no smaller than its
// content needs.
func fitToScreen(w fyne.Window) {
	area, system, ok := screenArea()
	if !ok || area.Width <= 0 || area.Height <= 0 {
		return
	}
	scale := system * userScale()
	if scale <= 0 {
		scale = 1
	}
	have := w.Canvas().Size()
	fit := fyne.NewSize(
		min(have.Width, (area.Width-windowFrame.Width)/scale),
		min(have.Height, (area.Height-windowFrame.Height)/scale))
	if fit != have {
		w.Resize(fit)
	}
}

// userScale is the scale asked for on top of the screen's: FYNE_SCALE,
// else Fyne's setting, else 1 — as Fyne's own window works it out.
func userScale() float32 {
	if env := os.Getenv("FYNE_SCALE"); env != "" && env != "auto" {
		if s, err := strconv.ParseFloat(env, 32); err == nil && s > 0 {
			return float32(s)
		}
	}
	if a := fyne.CurrentApp(); a != nil {
		if s := a.Settings().Scale(); s > 0 {
			return s
		}
	}
	return 1
}

// canvasResizer is a canvas that lays its content out again at a size:
// the window driver's canvas is one, though fyne.Canvas does not say so.
type canvasResizer interface{ Resize(fyne.Size) }

// layOutUnderMenu gives w's content the room left under the menu bar
// now. Fyne 2.7's window sizes its content to the canvas less the menu
// bar's height only when the window is resized: after View › Larger
// text the menu bar grew taller and pushed the content down by as much,
// but the content kept its old height, so the bottom of the quiz —
// Previous, Next and Finish — ran past the window's edge, half of it at
// 200 % (issue 11). Resizing the canvas to its own size lays it out
// again with the menu bar's new height.
func layOutUnderMenu(w fyne.Window) {
	if w == nil {
		return
	}
	c := w.Canvas()
	if r, ok := c.(canvasResizer); ok && !c.Size().IsZero() {
		r.Resize(c.Size())
	}
}
