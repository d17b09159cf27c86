package ui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestEvidenceScrollCutsNoLine: scrolled to show a question's evidence,
// the article pane's top edge runs between two lines, never across one
// — four paddings above the paragraph fell inside the last line of the
// one before, cut through each time the evidence was shown (issue 11,
// an independent audit of the real window) — and the evidence's
// paragraph is in sight from its top. At the article's end, where the
// pane can scroll no further, the edge stays where the end puts it.
func TestEvidenceScrollCutsNoLine(t *testing.T) {
	for _, c := range []struct {
		scale string
		text  float64
	}{{"1", 0}, {"1", 2}, {"1.5", 0}} {
		m := samOnLaptop(t, c.scale, c.text, 0, 0)
		v := m.Article
		for i := range m.Lesson.Article.Sentences {
			p, ok := v.bySentence[i]
			if !ok {
				continue
			}
			v.Highlight(i)
			y := v.Scroll.Offset.Y
			most := v.Scroll.Content.MinSize().Height - v.Scroll.Size().Height
			if y >= most-0.5 {
				continue // the article's end: the pane can scroll no further to reach a place between two lines
			}
			if top, _ := posIn(v.Scroll.Content, p.text); top.Y < y-0.5 {
				t.Errorf("FYNE_SCALE=%s, text %v: sentence %d's paragraph starts above the pane (%v < %v)", c.scale, c.text, i, top.Y, y)
			}
			for _, o := range v.body.Objects {
				rt, isText := o.(*ReadingText)
				pos, in := posIn(v.Scroll.Content, o)
				if !isText || !in || y <= pos.Y+0.5 || y >= pos.Y+o.Size().Height-0.5 {
					continue
				}
				step := float64(rt.layoutFor(rt.Size().Width).lineHeight)
				if k := math.Round(float64(y-pos.Y) / step); math.Abs(float64(y-pos.Y)-k*step) > 0.5 {
					t.Errorf("FYNE_SCALE=%s, text %v: shown for sentence %d, the pane's top edge (%v) runs across a line of %q", c.scale, c.text, i, y, shorten(strings.Join(rt.Sentences, " "), 40))
				}
			}
		}
		m.Window.Resize(fyne.NewSize(1366, 768))
	}
}
