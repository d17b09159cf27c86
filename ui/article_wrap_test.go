package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/article"
)

// testArticles returns every article the project ships or tests with: the
// sample lesson and testdata/articles.
func testArticles(t *testing.T) map[string]*article.Article {
	t.Helper()
	out := map[string]*article.Article{}
	a, err := article.Read(assets.SampleLesson)
	if err != nil {
		t.Fatal(err)
	}
	out["sample"] = a
	files, _ := filepath.Glob("../testdata/articles/*")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Read(raw)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = a
	}
	if len(out) < 5 {
		t.Fatalf("only %d articles found", len(out))
	}
	return out
}

// TestArticleNeverBreaksAWord sweeps every test article across reading
// pane widths and text scales and reads back what is drawn: every piece
// of text on screen must begin and end at a word boundary of the article
// (a line may only break between words), unless the word alone is wider
// than the pane, and no line may run past the pane's edge.
func TestArticleNeverBreaksAWord(t *testing.T) {
	app := test.NewTempApp(t)
	articles := testArticles(t)
	widths := []float32{250, 300, 333, 367, 400, 456, 500, 555, 600, 666, 700, 777, 800, 900, 1000, 1100, 1250, 1400}
	if testing.Short() {
		widths = []float32{300, 600, 1100}
	}
	for name, a := range articles {
		allText := articleText(a)
		for _, scale := range []float32{1, 1.25, 1.5, 2} {
			app.Settings().SetTheme(&Theme{Variant: VariantLight, TextScale: scale})
			v := NewArticleView(a)
			w := test.NewTempWindow(t, v.Scroll)
			w.SetPadded(false)
			for _, width := range widths {
				w.Resize(fyne.NewSize(width, 700))
				v.Scroll.Resize(fyne.NewSize(width, 700))
				checkDrawnText(t, name, scale, width, v, allText)
			}
		}
	}
}

func articleText(a *article.Article) string {
	parts := []string{a.Title, a.Byline, extrasTitle, noHeadline}
	for _, b := range a.Blocks {
		parts = append(parts, b.Text)
	}
	for _, s := range a.Sentences {
		parts = append(parts, s.Text)
	}
	for _, b := range a.Extras {
		parts = append(parts, b.Text)
	}
	return " " + strings.Join(parts, " \n ") + " "
}

func checkDrawnText(t *testing.T, name string, scale, width float32, v *ArticleView, allText string) {
	t.Helper()
	paneRight := v.Scroll.Content.Size().Width
	lineWidth := v.body.Size().Width
	bad := 0
	for _, o := range test.LaidOutObjects(v.Scroll.Content) {
		txt, ok := o.(*canvas.Text)
		if !ok || !txt.Visible() || strings.TrimSpace(txt.Text) == "" {
			continue
		}
		frag := strings.TrimSpace(txt.Text)
		whole := isWholeWords(allText, frag)
		tooWide := !whole && inWordWiderThan(allText, frag, lineWidth, txt)
		if !whole && !tooWide && bad < 3 {
			t.Errorf("%s at %.0f px, scale %.2f: %q is part of a word", name, width, scale, frag)
			bad++
		}
		right := absolutePos(v.Scroll.Content, o).X + fyne.MeasureText(frag, txt.TextSize, txt.TextStyle).Width
		if right > paneRight+1 && !tooWide && bad < 3 {
			t.Errorf("%s at %.0f px, scale %.2f: %q ends at %.0f, past the pane's %.0f", name, width, scale, frag, right, paneRight)
			bad++
		}
	}
}

// isWholeWords says whether frag occurs in text with a space (or the end)
// on both sides.
func isWholeWords(text, frag string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], frag)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(frag):])
		// A line may also break after a hyphen inside a compound.
		if (isBreak(before) || before == '-') && (isBreak(after) || strings.HasSuffix(frag, "-")) {
			return true
		}
		from = i + 1
	}
}

// inWordWiderThan says whether frag lies inside a word of text that is
// wider than a whole line: only such a word may be split.
func inWordWiderThan(text, frag string, width float32, txt *canvas.Text) bool {
	for _, w := range strings.FieldsFunc(text, isBreak) {
		if strings.Contains(w, frag) && fyne.MeasureText(w, txt.TextSize, txt.TextStyle).Width > width {
			return true
		}
	}
	return false
}

func isBreak(r rune) bool { return r == utf8.RuneError || (unicode.IsSpace(r) && r != '\u00a0') }

// absolutePos is o's position inside root, found by walking the tree.
func absolutePos(root, o fyne.CanvasObject) fyne.Position {
	var found fyne.Position
	var walk func(n fyne.CanvasObject, at fyne.Position) bool
	walk = func(n fyne.CanvasObject, at fyne.Position) bool {
		p := at.Add(n.Position())
		if n == o {
			found = p
			return true
		}
		var kids []fyne.CanvasObject
		switch c := n.(type) {
		case *fyne.Container:
			kids = c.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(c).Objects()
		}
		for _, k := range kids {
			if walk(k, p) {
				return true
			}
		}
		return false
	}
	walk(root, fyne.NewPos(-root.Position().X, -root.Position().Y))
	return found
}

// TestArticleWithoutHeadlineSaysSo: a body pasted without its headline
// is shown whole, under a plain note, not with its first sentence
// promoted to a headline.
func TestArticleWithoutHeadlineSaysSo(t *testing.T) {
	test.NewTempApp(t)
	a, err := article.Read([]byte("Kim Jong-un could open a restaurant in Scotland, experts claim.\n\nThe chain began in Holland.\n"))
	if err != nil {
		t.Fatal(err)
	}
	v := NewArticleView(a)
	test.NewTempWindow(t, v.Scroll)
	first := v.body.Objects[0].(*ReadingText)
	if first.Sentences[0] != noHeadline {
		t.Errorf("first line shown: %q", first.Sentences[0])
	}
	if len(v.paras) != 2 || v.paras[0].text.Sentences[0] != a.Sentences[0].Text {
		t.Errorf("the opening sentence should be a paragraph: %d paragraphs", len(v.paras))
	}
	if !strings.HasPrefix(a.Name(), "Kim Jong-un could open a restaurant") || !strings.HasSuffix(a.Name(), "…") {
		t.Errorf("Name() = %q", a.Name())
	}
}

// TestArticlePaneStaysReadable: the article pane cannot be squeezed
// below about sixteen characters, where words would break letter by
// letter, at any text scale.
func TestArticlePaneStaysReadable(t *testing.T) {
	app := test.NewTempApp(t)
	for _, scale := range []float32{1, 2} {
		app.Settings().SetTheme(&Theme{Variant: VariantLight, TextScale: scale})
		v := NewArticleView(sampleLesson(t).Article)
		if got, want := v.Scroll.MinSize().Width, readableEms*15*scale; got < want {
			t.Errorf("scale %.0f: the pane can shrink to %.0f px; want at least %.0f", scale, got, want)
		}
	}
}
