package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/article"
)

// ArticleView shows an article to read: headline, byline, subheadings and
// paragraphs, and can highlight one sentence as evidence.
type ArticleView struct {
	Scroll *container.Scroll
	body   *fyne.Container
	paras  []*paragraphView
	// bySentence maps a sentence index to its paragraph's view.
	bySentence  map[int]*paragraphView
	highlighted int
}

// paragraphView is one paragraph: its sentences as rich-text segments over
// a background that lights up when one of them is the evidence.
type paragraphView struct {
	block    article.Block
	text     *widget.RichText
	segments map[int]*widget.TextSegment
	backdrop *canvas.Rectangle
	box      *fyne.Container
}

// NewArticleView lays out the article for reading.
func NewArticleView(a *article.Article) *ArticleView {
	v := &ArticleView{bySentence: map[int]*paragraphView{}, highlighted: -1}
	headline := widget.NewRichText(&widget.TextSegment{Text: a.Title, Style: widget.RichTextStyleHeading})
	headline.Wrapping = fyne.TextWrapWord
	v.body = container.NewVBox(headline)
	if a.Byline != "" {
		by := widget.NewLabelWithStyle(a.Byline, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		by.Wrapping = fyne.TextWrapWord
		v.body.Add(by)
	}
	for _, b := range a.Blocks {
		switch b.Kind {
		case article.Heading:
			h := widget.NewRichText(&widget.TextSegment{Text: b.Text, Style: widget.RichTextStyleSubHeading})
			h.Wrapping = fyne.TextWrapWord
			v.body.Add(h)
		case article.Paragraph:
			p := newParagraphView(a, b)
			v.paras = append(v.paras, p)
			for _, i := range b.Sentences {
				v.bySentence[i] = p
			}
			v.body.Add(p.box)
		}
	}
	v.addExtras(a.Extras)
	v.Scroll = container.NewVScroll(container.NewPadded(v.body))
	return v
}

// addExtras shows what was separated from the body — copyright lines,
// share buttons — small and grey at the end: some questions ask about it.
func (v *ArticleView) addExtras(extras []article.Block) {
	if len(extras) == 0 {
		return
	}
	v.body.Add(widget.NewSeparator())
	v.body.Add(widget.NewLabelWithStyle("Also on the page, outside the article:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, b := range extras {
		l := widget.NewLabelWithStyle(b.Text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		l.Wrapping = fyne.TextWrapWord
		v.body.Add(l)
	}
}

func newParagraphView(a *article.Article, b article.Block) *paragraphView {
	p := &paragraphView{block: b, segments: map[int]*widget.TextSegment{}}
	var segs []widget.RichTextSegment
	for k, i := range b.Sentences {
		text := a.Sentences[i].Text
		style := widget.RichTextStyleInline
		if k == len(b.Sentences)-1 {
			style = widget.RichTextStyleParagraph
		} else {
			text += " "
		}
		seg := &widget.TextSegment{Text: text, Style: style}
		p.segments[i] = seg
		segs = append(segs, seg)
	}
	p.text = widget.NewRichText(segs...)
	p.text.Wrapping = fyne.TextWrapWord
	p.backdrop = canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	p.backdrop.CornerRadius = theme.InputRadiusSize()
	p.backdrop.Hide()
	p.box = container.NewStack(p.backdrop, p.text)
	return p
}

// Highlight marks sentence i as the evidence, clears any earlier mark and
// scrolls the sentence into view. A negative i only clears.
func (v *ArticleView) Highlight(i int) {
	if old, ok := v.bySentence[v.highlighted]; ok {
		old.mark(v.highlighted, false)
	}
	v.highlighted = -1
	p, ok := v.bySentence[i]
	if !ok {
		return
	}
	v.highlighted = i
	p.mark(i, true)
	v.Scroll.ScrollToOffset(fyne.NewPos(0, max(0, p.box.Position().Y-theme.Padding()*4)))
}

// Highlighted returns the highlighted sentence's index, or -1.
func (v *ArticleView) Highlighted() int { return v.highlighted }

// HighlightedText returns the text of the highlighted sentence, or "".
func (v *ArticleView) HighlightedText() string {
	if p, ok := v.bySentence[v.highlighted]; ok {
		return p.segments[v.highlighted].Text
	}
	return ""
}

func (p *paragraphView) mark(sentence int, on bool) {
	seg := p.segments[sentence]
	seg.Style.TextStyle.Bold = on
	seg.Style.ColorName = ""
	if on {
		seg.Style.ColorName = theme.ColorNamePrimary
		p.backdrop.FillColor = theme.Color(theme.ColorNameSelection)
		p.backdrop.Show()
	} else {
		p.backdrop.Hide()
	}
	p.backdrop.Refresh()
	p.text.Refresh()
}
