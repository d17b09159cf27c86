package ui

import (
	"slices"
	"strings"

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
	headline := styledText(a.Title, theme.SizeNameHeadingText, fyne.TextStyle{Bold: true})
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
			v.body.Add(styledText(b.Text, theme.SizeNameSubHeadingText, fyne.TextStyle{Bold: true}))
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
	v.Scroll.ScrollToOffset(fyne.NewPos(0, max(0, p.text.Position().Y-theme.Padding()*4)))
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
