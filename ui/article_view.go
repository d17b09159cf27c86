package ui

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/article"
)

// ArticleView shows an article to read: headline, byline, subheadings and
// paragraphs, and can highlight one sentence as evidence. All its text is
// ReadingText, which breaks lines only between words.
type ArticleView struct {
	Scroll *container.Scroll
	// Keys is Scroll in the Tab order: what the lesson screen shows.
	Keys  *KeyScroll
	body  *fyne.Container
	paras []*paragraphView
	// bySentence maps a sentence index to its paragraph's view.
	bySentence  map[int]*paragraphView
	highlighted int
	// kept is the place restored last and keptAt the offset it gave:
	// while the pane has not moved since, the next change of size starts
	// from the same letter, not from the start of its line, so that
	// steps of Larger text do not creep back a line each.
	kept    readingPlace
	keptAt  float32
	hasKept bool
}

// paragraphView is one paragraph and the article's sentence index of each
// of its runs.
type paragraphView struct {
	text      *ReadingText
	sentences []int // article sentence index of each run
}

// NewArticleView lays out the article for reading.
func NewArticleView(a *article.Article) *ArticleView {
	v := &ArticleView{bySentence: map[int]*paragraphView{}, highlighted: -1}
	headline := headingText(a.Title, theme.SizeNameHeadingText)
	if a.Title == "" {
		// Say so rather than promote the first sentence: a missing
		// headline is itself worth a reader's notice.
		headline = styledText(noHeadline, "", fyne.TextStyle{Italic: true})
	}
	v.body = container.New(wrapColumn{Gap: paragraphGap}, headline)
	if a.Byline != "" {
		v.body.Add(styledText(a.Byline, "", fyne.TextStyle{Italic: true}))
	}
	for _, b := range a.Blocks {
		switch b.Kind {
		case article.Heading:
			v.body.Add(headingText(b.Text, theme.SizeNameSubHeadingText))
		case article.Paragraph:
			p := newParagraphView(a, b)
			v.paras = append(v.paras, p)
			for _, i := range b.Sentences {
				v.bySentence[i] = p
			}
			v.body.Add(p.text)
		}
	}
	v.addExtras(a.Extras)
	// Room on the right for the scroll bar, which widens under the
	// pointer: it must not cover the ends of lines.
	inset := container.New(layout.NewCustomPaddedLayout(0, 0, 0, theme.ScrollBarSize()), container.NewPadded(v.body))
	v.Scroll = container.NewVScroll(container.New(readableWidth{Em: readableEms, MaxChars: maxLineChars}, inset))
	v.Keys = NewKeyScroll(v.Scroll)
	return v
}

// addExtras shows what was separated from the body — copyright lines,
// share buttons — in italics at the end: some questions ask about it.
func (v *ArticleView) addExtras(extras []article.Block) {
	if len(extras) == 0 {
		return
	}
	v.body.Add(widget.NewSeparator())
	v.body.Add(styledText(extrasTitle, "", fyne.TextStyle{Bold: true}))
	for _, b := range extras {
		v.body.Add(styledText(b.Text, "", fyne.TextStyle{Italic: true}))
	}
}

// styledText is one line or block of the article in a size (empty: body
// text) and a style.
func styledText(text string, size fyne.ThemeSizeName, style fyne.TextStyle) *ReadingText {
	t := NewReadingText(text)
	t.SizeName, t.TextStyle = size, style
	return t
}

// headingLineSpacing is the widest a heading's lines are spaced, whatever
// View › Line spacing says: at Widest (2) a three-line headline read as
// three headings (a student walk); the body's paragraphs keep the
// spacing chosen.
const headingLineSpacing = 1.25

// headingText is the headline or a subheading, bold, in a heading size.
func headingText(text string, size fyne.ThemeSizeName) *ReadingText {
	t := styledText(text, size, fyne.TextStyle{Bold: true})
	t.MaxLineSpacing = headingLineSpacing
	return t
}

// readableEms is the narrowest the article pane may be, in text heights
// (about 30 characters): the split between article and quiz stops
// there. Fifteen, not sixteen: with the quiz beside it the lesson then
// fits a 1024 px screen at FYNE_SCALE=2 (TestWindowFitsTheScreen).
const readableEms = 15

// maxLineChars is the longest line of the article, in characters: longer
// lines make the eye lose its place going back to the next one.
const maxLineChars = 70

// paragraphGap is the space between paragraphs, in text heights: enough
// to see where one ends without a first-line indent.
const paragraphGap = 0.6

// noHeadline stands where the headline would be when the text came
// without one.
const noHeadline = "No headline: this text came without one."

// extrasTitle heads what the page held outside the article itself.
const extrasTitle = "Also on the page, outside the article:"

func newParagraphView(a *article.Article, b article.Block) *paragraphView {
	p := &paragraphView{}
	texts := make([]string, 0, len(b.Sentences))
	for _, i := range b.Sentences {
		texts = append(texts, a.Sentences[i].Text)
		p.sentences = append(p.sentences, i)
	}
	p.text = NewReadingText(texts...)
	return p
}

// Highlight marks sentence i as the evidence, clears any earlier mark and
// scrolls the sentence into view. A negative i only clears.
func (v *ArticleView) Highlight(i int) {
	if old, ok := v.bySentence[v.highlighted]; ok {
		old.text.SetHighlighted(-1)
	}
	v.highlighted = -1
	p, ok := v.bySentence[i]
	if !ok {
		return
	}
	v.highlighted = i
	p.text.SetHighlighted(slices.Index(p.sentences, i))
	v.Scroll.ScrollToOffset(fyne.NewPos(0, v.evidenceOffset(p.text)))
}

// evidenceOffset is where the pane scrolls to show paragraph t: a
// little above its top, so that what comes before it shows too, but
// never across a line of the block above — there it starts under that
// line. Four paddings above the paragraph fell inside the last line of
// the one before, cut through at the pane's top each time the evidence
// was shown (issue 11, an independent audit of the real window;
// TestEvidenceScrollCutsNoLine).
func (v *ArticleView) evidenceOffset(t *ReadingText) float32 {
	pos, ok := posIn(v.Scroll.Content, t)
	if !ok {
		return max(0, t.Position().Y-theme.Padding()*4)
	}
	return v.lineStartFrom(max(0, pos.Y-theme.Padding()*4))
}

// lineStartFrom is y, or where y falls across a line of a block of the
// article, the place under that line.
func (v *ArticleView) lineStartFrom(y float32) float32 {
	for _, o := range v.body.Objects {
		pos, ok := posIn(v.Scroll.Content, o)
		h := o.Size().Height
		if !ok || y <= pos.Y+0.5 || y >= pos.Y+h-0.5 {
			continue
		}
		rt, ok := o.(*ReadingText)
		if !ok {
			return pos.Y + h // a separator, or another block drawn whole
		}
		step := rt.layoutFor(rt.Size().Width).lineHeight
		if step <= 0 {
			return pos.Y + h
		}
		return min(pos.Y+step*float32(math.Ceil(float64((y-pos.Y)/step))), pos.Y+h)
	}
	return y
}

// readingPlace is where a student is reading: the block of the article
// at the top of the pane and how far into it. In running text it is
// counted in letters (spaces left out) on the lines above the top one,
// which a new text size, font or line spacing does not change, however
// the lines wrap.
type readingPlace struct {
	block   int // index into the article's blocks; -1: at the very top
	letters int // in running text: letters on the lines above the top line
	frac    float32
}

// place returns where the pane's top is in the article.
func (v *ArticleView) place() readingPlace {
	y := v.Scroll.Offset.Y
	if v.hasKept && y == v.keptAt {
		return v.kept
	}
	if y <= 0 {
		return readingPlace{block: -1}
	}
	for i, o := range v.body.Objects {
		pos, ok := posIn(v.Scroll.Content, o)
		h := o.Size().Height
		if !ok || pos.Y+h <= y {
			continue
		}
		into := max(0, y-pos.Y)
		rt, ok := o.(*ReadingText)
		if !ok || h <= 0 {
			if h > 0 {
				return readingPlace{block: i, frac: into / h}
			}
			return readingPlace{block: i}
		}
		l := rt.layoutFor(rt.Size().Width)
		line := min(int(into/l.lineHeight), len(l.lines))
		p := readingPlace{block: i, frac: (into - float32(line)*l.lineHeight) / l.lineHeight}
		for _, ln := range l.lines[:line] {
			p.letters += letters(ln)
		}
		return p
	}
	return readingPlace{block: -1}
}

// restore scrolls the pane back to p once the article is laid out anew.
func (v *ArticleView) restore(p readingPlace) {
	if p.block < 0 || p.block >= len(v.body.Objects) {
		v.Scroll.ScrollToTop()
		return
	}
	v.Scroll.Refresh() // the content laid out at the new size first
	o := v.body.Objects[p.block]
	pos, ok := posIn(v.Scroll.Content, o)
	if !ok {
		return
	}
	y := pos.Y + p.frac*o.Size().Height
	if rt, ok := o.(*ReadingText); ok {
		l := rt.layoutFor(rt.Size().Width)
		line, seen := 0, 0
		for line < len(l.lines) && seen+letters(l.lines[line]) <= p.letters {
			seen += letters(l.lines[line])
			line++
		}
		y = pos.Y + (float32(line)+p.frac)*l.lineHeight
	}
	v.Scroll.ScrollToOffset(fyne.NewPos(0, withinScroll(v.Scroll, y)))
	v.kept, v.keptAt, v.hasKept = p, v.Scroll.Offset.Y, true
}

// letters counts a line's characters other than spaces.
func letters(l line) int {
	n := 0
	for _, p := range l.pieces {
		for _, r := range p.text {
			if !unicode.IsSpace(r) {
				n++
			}
		}
	}
	return n
}

// Highlighted returns the highlighted sentence's index, or -1.
func (v *ArticleView) Highlighted() int { return v.highlighted }

// HighlightedText returns the text of the highlighted sentence, or "".
func (v *ArticleView) HighlightedText() string {
	if p, ok := v.bySentence[v.highlighted]; ok {
		return p.text.Sentences[p.text.Highlighted()]
	}
	return ""
}

// HighlightedParagraph returns the whole paragraph of the highlighted
// sentence, or "", for reading aloud.
func (v *ArticleView) HighlightedParagraph() string {
	if p, ok := v.bySentence[v.highlighted]; ok {
		return strings.Join(p.text.Sentences, " ")
	}
	return ""
}
