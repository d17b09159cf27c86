package ui

import (
	"fmt"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// endEdgeCuts names the line of the summary or the control (Hand in,
// Switch student, a row of the list) that the end screen's shown bottom
// runs across, or "". The row or button with the focus may stay cut.
func endEdgeCuts(e *EndScreen, focused fyne.CanvasObject) string {
	s := e.scroll
	y, view := s.Offset.Y, s.Size().Height
	edge := y + view
	if m := endMask(e); m.Visible() {
		edge -= m.Size().Height
	}
	across := func(top, bottom float32) bool {
		return top < edge-0.5 && bottom > edge+0.5 && top >= y-0.5 && bottom-top <= view/2
	}
	parts := map[string]fyne.CanvasObject{"Hand in": e.HandIn, "Switch student": e.Switch}
	for k, row := range e.Again.Objects {
		parts[fmt.Sprintf("row %d of the list", k)] = row
	}
	for name, part := range parts {
		at, in := posIn(s.Content, part)
		if !in || !part.Visible() || part == focused {
			continue
		}
		if r, ok := part.(*fyne.Container); ok && len(r.Objects) > 0 && r.Objects[0] == focused {
			continue
		}
		if across(at.Y, at.Y+part.Size().Height) {
			return fmt.Sprintf("%s at %v–%v", name, at.Y, at.Y+part.Size().Height)
		}
	}
	l := e.Summary
	at, _ := posIn(s.Content, l)
	one := widget.NewLabel("Ag")
	one.SizeName, one.TextStyle = l.SizeName, l.TextStyle
	glyphs := one.MinSize().Height - 2*theme.InnerPadding()
	first, pitch := at.Y+theme.InnerPadding(), lineStep(l)
	lines := int(math.Round(float64((l.Size().Height - 2*theme.InnerPadding() + pitch - glyphs) / pitch)))
	for k := range lines {
		top := first + float32(k)*pitch
		if across(top, top+glyphs) {
			return fmt.Sprintf("line %d of the summary at %v–%v", k+1, top, top+glyphs)
		}
	}
	return ""
}

// endMask is the strip over the end screen's bottom edge.
func endMask(e *EndScreen) *edgeMask {
	for _, o := range e.Content.(*fyne.Container).Objects {
		if m, ok := o.(*edgeMask); ok {
			return m
		}
	}
	return nil
}

// TestNoLineCutAtTheEndScreensEdge: the end screen's bottom edge never
// runs across a line of its summary or a row of "Look at these again",
// scrolled anywhere, at 200 % in OpenDyslexic on a 1366×768 and a
// 1024×700 laptop: what it would cut hides whole under a strip of the
// page's colour. The last line of "— not answered yet" stood cut in half
// over "More below" (issue 11, the real window at 200 %). A row reached
// with Tab keeps its ring in sight.
func TestNoLineCutAtTheEndScreensEdge(t *testing.T) {
	looked, masked := 0, 0
	for _, screen := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 700}} {
		m := samAtLargeDyslexic(t, screen, fyne.NewSize(screen.Width-166, screen.Height-98))
		p := m.Quiz
		p.ShowEnd()
		e := p.End
		most := e.scroll.Content.MinSize().Height - e.scroll.Size().Height
		if most <= 0 {
			t.Fatalf("%v: the end screen fits whole: the test shows nothing", screen)
		}
		for y := float32(0); y <= most+1; y += 7 {
			scrollToOffset(e.scroll, min(y, most))
			looked++
			if endMask(e).Visible() {
				masked++
			}
			focused, _ := m.Window.Canvas().Focused().(fyne.CanvasObject)
			if what := endEdgeCuts(e, focused); what != "" {
				t.Errorf("%v scrolled to %v: the end screen's bottom edge runs across %s", screen, e.scroll.Offset.Y, what)
			}
		}
		// Tab to each row in turn: the row with the focus is never
		// under the strip.
		for _, row := range e.Again.Objects {
			r, ok := row.(*fyne.Container)
			if !ok {
				continue
			}
			b := r.Objects[0].(*RingButton)
			m.Window.Canvas().Focus(b)
			mask := endMask(e)
			at, _ := posIn(e.scroll.Content, row)
			bottom := e.scroll.Offset.Y + e.scroll.Size().Height
			if mask.Visible() {
				bottom -= mask.Size().Height
			}
			if at.Y >= bottom-0.5 || at.Y < e.scroll.Offset.Y-0.5 {
				t.Errorf("%v: %s has the focus but stands at %v, out of sight (shown %v–%v)", screen, b.Text, at.Y, e.scroll.Offset.Y, bottom)
			}
		}
	}
	if masked == 0 {
		t.Errorf("of %d offsets, none had a line at the bottom edge to hide: the test shows nothing", looked)
	}
}
