package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// wrapColumn is a vertical box for wrapped text. Fyne's VBox asks each
// child for its minimum height before giving it its width, and a wrapped
// label measures its height at the width it had before: after the window
// grows, the label keeps the height of its narrower self and leaves a gap.
// wrapColumn gives every child the column's width first, then measures.
//
// Gap, when set, gives the space between children as a share of the text
// size (paragraphs of an article want more room than a form's rows).
type wrapColumn struct{ Gap float32 }

func (c wrapColumn) gap() float32 {
	if c.Gap > 0 {
		return c.Gap * theme.TextSize()
	}
	return theme.Padding()
}

func (c wrapColumn) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := c.gap()
	for _, o := range objects {
		if o.Visible() {
			o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		}
	}
	y := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

func (c wrapColumn) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		n++
	}
	if n > 1 {
		h += c.gap() * float32(n-1)
	}
	return fyne.NewSize(w, h)
}

// readableWidth keeps a column at least Em text heights wide, so that a
// split pane cannot be dragged so narrow that words break letter by
// letter: below about sixteen characters nothing is readable anyway. It
// also keeps lines at most MaxChars characters long (about 70 is what
// reading guidance asks for), centring the column when the pane is wider.
type readableWidth struct {
	Em       float32
	MaxChars int
}

func (r readableWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	width := size.Width
	if r.MaxChars > 0 {
		width = min(width, r.maxWidth())
	}
	for _, o := range objects {
		o.Move(fyne.NewPos((size.Width-width)/2, 0))
		o.Resize(fyne.NewSize(width, size.Height))
	}
}

// maxWidth is MaxChars characters of ordinary text in the current font:
// measured on a sentence, so a wider reading font gets a wider column.
func (r readableWidth) maxWidth() float32 {
	const sample = "the quick brown fox jumps over the lazy dog and "
	w := fyne.MeasureText(sample, theme.TextSize(), fyne.TextStyle{}).Width
	return w / float32(len(sample)) * float32(r.MaxChars)
}

func (r readableWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	min := fyne.NewSize(r.Em*theme.TextSize(), 0)
	for _, o := range objects {
		min = min.Max(o.MinSize())
	}
	return min
}
