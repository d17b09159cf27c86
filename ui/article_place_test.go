package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// topLine is the article's line at the top of its pane: its text, or ""
// when the top falls on no running text.
func topLine(t *testing.T, v *ArticleView) string {
	t.Helper()
	y := v.Scroll.Offset.Y
	for _, o := range v.body.Objects {
		pos, ok := posIn(v.Scroll.Content, o)
		if !ok || pos.Y+o.Size().Height <= y {
			continue
		}
		rt, ok := o.(*ReadingText)
		if !ok {
			return ""
		}
		l := rt.layoutFor(rt.Size().Width)
		i := max(0, int((y-pos.Y)/l.lineHeight))
		if i >= len(l.lines) {
			return ""
		}
		return l.lines[i].text()
	}
	return ""
}

// TestTextSizeKeepsTheArticlesPlace: a student who makes the text larger
// (or changes the font or the spacing) halfway down the article goes on
// reading where they were. The pane kept its offset in pixels, so every
// step showed text from further up: at 200 % the line read last was
// paragraphs below the pane, the evidence highlight with it (issue 11, a
// new student's keyboard walk at 1366×768).
func TestTextSizeKeepsTheArticlesPlace(t *testing.T) {
	onScreen(t, 1366, 768, "1")
	m := laptopMain(t)
	if err := m.StartAs("Sam Student"); err != nil {
		t.Fatal(err)
	}
	m.Window.Resize(fyne.NewSize(1366, 740))
	v := m.Article
	// Half-way down, on a line inside a paragraph.
	para := v.paras[len(v.paras)/2].text
	pos, _ := posIn(v.Scroll.Content, para)
	lh := para.layoutFor(para.Size().Width).lineHeight
	v.Scroll.ScrollToOffset(fyne.NewPos(0, pos.Y+2*lh))
	want := strings.Fields(topLine(t, v))
	if len(want) == 0 {
		t.Fatal("no line at the pane's top to start from")
	}
	first := want[0]
	check := func(what string) {
		t.Helper()
		if got := topLine(t, v); !strings.Contains(got, first) {
			t.Errorf("after %s the pane's top line is %q; it was the line starting %q", what, got, first)
		}
	}
	for range 10 {
		m.stepText(1)
		check("Larger text")
	}
	view := m.view()
	view.Font = "OpenDyslexic"
	m.setView(view)
	check("the OpenDyslexic font")
	view.LineSpacing = 2
	m.setView(view)
	check("line spacing 2")
	for range 12 {
		m.stepText(-1)
		check("Smaller text")
	}
}
