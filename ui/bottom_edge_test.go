package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
)

// shownBottom is where, in the scrolled question, what the quiz panel
// shows ends: the scroll's bottom edge, or the top of the strip that
// hides what that edge runs across (edgeMask).
func shownBottom(p *QuizPanel) float32 {
	bottom := p.scroll.Offset.Y + p.scroll.Size().Height
	if p.edgeMask.Visible() {
		bottom -= p.edgeMask.Size().Height
	}
	return bottom
}

// bottomEdgeCuts names the line of text or the control that the quiz
// panel's shown bottom runs across, or "": a line of the prompt, of the
// explanation or of the line under the map, a map button, the answer,
// a choice, the verdict's line, the Check button. The control with the
// focus may stay cut (its ring says where the focus is), and so may a
// part taller than half the panel (hiding it whole would blank it).
func bottomEdgeCuts(p *QuizPanel) string {
	y, view := p.scroll.Offset.Y, p.scroll.Size().Height
	edge := shownBottom(p)
	across := func(top, bottom float32) bool {
		return top < edge-0.5 && bottom > edge+0.5 && top >= y-0.5 && bottom-top <= view/2
	}
	parts := map[string]fyne.CanvasObject{"the answer": p.entryBox, "the Check button": p.CheckButton}
	if p.Verdict.Text != "" {
		parts["the verdict's line"] = p.verdictRow
	}
	if p.Choices.Visible() {
		for k, row := range p.Choices.Rows() {
			parts[fmt.Sprintf("choice %d", k+1)] = row
		}
	}
	if !p.headerIsFixed {
		for k, b := range p.Map {
			parts[fmt.Sprintf("map button %d", k+1)] = b
		}
	}
	focused := p.focusedPart()
	for name, part := range parts {
		if _, in := posIn(p.scroll.Content, part); !in || !part.Visible() || part == focused {
			continue
		}
		if top := p.yInScroll(part); across(top, top+part.Size().Height) {
			return fmt.Sprintf("%s at %v–%v", name, top, top+part.Size().Height)
		}
	}
	labels := map[string]*widget.Label{"the prompt": p.Prompt, "the explanation": p.Explanation}
	if !p.headerIsFixed {
		labels["the line under the map"] = p.Answered
	}
	for name, l := range labels {
		if !l.Visible() || l.Text == "" {
			continue
		}
		one := widget.NewLabel("Ag")
		one.SizeName, one.TextStyle = l.SizeName, l.TextStyle
		glyphs := one.MinSize().Height - 2*theme.InnerPadding()
		first, pitch := p.yInScroll(l)+theme.InnerPadding(), lineStep(l)
		lines := int(math.Round(float64((l.Size().Height - 2*theme.InnerPadding() + pitch - glyphs) / pitch)))
		for k := range lines {
			top := first + float32(k)*pitch
			if across(top, top+glyphs) {
				return fmt.Sprintf("line %d of %s at %v–%v", k+1, name, top, top+glyphs)
			}
		}
	}
	return ""
}

// maskIsThePagesColour reports whether the strip over the bottom of the
// quiz panel's scroll, where it shows, is drawn in the page's own
// colour in the window as rendered (the test canvas's software painter).
func maskIsThePagesColour(t *testing.T, p *QuizPanel, c fyne.Canvas) bool {
	t.Helper()
	if !p.edgeMask.Visible() {
		return true
	}
	img := c.Capture()
	scale := float32(img.Bounds().Dx()) / c.Size().Width
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.edgeMask)
	size := p.edgeMask.Size()
	bg := color.NRGBAModel.Convert(p.edgeMask.Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant())).(color.NRGBA)
	diff := func(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }
	// Inside the strip, clear of its edges by a focus ring's width and a
	// pixel: the ring of a control whole above or below the strip is
	// drawn over the page, the strip included.
	in := float32(ringRoom + 1)
	for y := int(math.Ceil(float64((at.Y + in) * scale))); y < int((at.Y+size.Height-in)*scale); y++ {
		for x := int(math.Ceil(float64((at.X + in) * scale))); x < int((at.X+size.Width-in)*scale); x++ {
			px := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if diff(px.R, bg.R) > 2 || diff(px.G, bg.G) > 2 || diff(px.B, bg.B) > 2 {
				t.Logf("pixel %d,%d is %v, not the page's %v", x, y, px, bg)
				return false
			}
		}
	}
	return true
}

// TestNoLineCutAtTheBottomEdge: the quiz panel's bottom edge never runs
// across a line of text or a control — as a question opens, after a
// wrong try and after the right answer — at 200 % (in the standard font
// and in OpenDyslexic), FYNE_SCALE=1.5 and 2, on a 1366×768 and a
// 1024×700 laptop: what it would cut hides whole under a strip of the
// page's colour, and the "More below" line under the panel says there is
// more. At 200 % on a 1366×768 laptop the last line of an explanation,
// "SEC filings", "Check (try 1 of 2)" and the first line of "Not yet.
// Look again …" stood cut in half at that edge (issue 11, a
// keyboard-only walk of the real window).
func TestNoLineCutAtTheBottomEdge(t *testing.T) {
	looked, masked := 0, 0
	check := func(where string, m *Main, i int, when string) {
		p := m.Quiz
		looked++
		if what := bottomEdgeCuts(p); what != "" {
			t.Errorf("%s: question %d %s: the panel's bottom edge (%v, the panel %v–%v) runs across %s",
				where, i+1, when, shownBottom(p), p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height, what)
		}
		if p.edgeMask.Visible() {
			masked++
			if !maskIsThePagesColour(t, p, m.Window.Canvas()) {
				t.Errorf("%s: question %d %s: the strip over the bottom edge is not drawn in the page's colour", where, i+1, when)
			}
		}
	}
	walk := func(where string, m *Main, i int, question quiz.Question) {
		p := m.Quiz
		p.Go(i)
		check(where, m, i, "as it opens")
		answerAndCheck(p, question, wrongAnswer(question))
		check(where, m, i, "after a wrong try")
		if p.triesLeft(question.ID) {
			answerAndCheck(p, question, question.Answer)
			check(where, m, i, "after the right answer")
		}
	}
	onLaptopsAndLargeDyslexic(t, walk)
	if masked == 0 {
		t.Errorf("of %d places, none had a line at the bottom edge to hide: the test shows nothing", looked)
	}
}
