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

// mapLayout lays the question map's buttons out in rows, as many to a
// row as fit the width (at most mapColumns), all as wide as the widest
// button with a verdict mark: at 200 % text or in a narrow panel the map
// wraps onto more rows instead of running past the panel's edge, and a
// mark that appears after Check widens nothing. Its least width is one
// button, so the map never holds the divider beside the article.
//
// A wrapping layout's height depends on its width, which its parent
// gives it only after asking for its least size; width tells it in
// advance (the scroll's width, set before the scroll lays out its
// content), so it is right the first time.
type mapLayout struct{ width func() float32 }

// cell is the size of one button: the widest, counting the room for a
// mark on those that have none yet.
func (l *mapLayout) cell(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		if b, ok := o.(*RingButton); ok && b.Icon == nil {
			m.Width += theme.Padding() + theme.IconInlineSize()
		}
		s = s.Max(m)
	}
	// Half the button's inner padding on each side: at 150 % the map took
	// three rows, too tall to stand fixed above the question (issue 11).
	// Done here, not with a theme override on the map: Fyne 2.7 parses its
	// fonts again for every override's refresh, and the map's refreshed
	// on every question change (memory grew ~12 MiB a round trip).
	// The height keeps room under the number for the bar that marks the
	// question shown (RingButton.SetCurrent).
	inner := theme.InnerPadding()
	return fyne.NewSize(s.Width-inner, s.Height-inner+currentMarkHeight+1)
}

// columns is how many cells of width cell to put in a row of width:
// as many as fit, then evened out over the rows that takes (11 buttons
// that fit five to a row go 4, 4, 3, not 5, 5, 1).
func (l *mapLayout) columns(n int, width, cell float32) int {
	gap := theme.Padding()
	return evenColumns(n, max(1, min(int((width+gap)/(cell+gap)), mapColumns, n)))
}

// evenColumns is the fewest columns that lay n cells out in as many rows
// as cols columns do.
func evenColumns(n, cols int) int {
	rows := (n + cols - 1) / cols
	return (n + rows - 1) / rows
}

func (l *mapLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if len(objects) == 0 {
		return
	}
	gap, cell := theme.Padding(), l.cell(objects)
	cols := l.columns(len(objects), size.Width, cell.Width)
	w := (size.Width - gap*float32(cols-1)) / float32(cols)
	for i, o := range objects {
		row, col := i/cols, i%cols
		o.Move(fyne.NewPos(float32(col)*(w+gap), float32(row)*(cell.Height+gap)))
		o.Resize(fyne.NewSize(w, cell.Height))
	}
}

func (l *mapLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if len(objects) == 0 {
		return fyne.Size{}
	}
	cell := l.cell(objects)
	cols := evenColumns(len(objects), min(mapColumns, len(objects))) // before the first layout
	if l.width != nil {
		if w := l.width(); w > 0 {
			cols = l.columns(len(objects), w, cell.Width)
		}
	}
	rows := (len(objects) + cols - 1) / cols
	return fyne.NewSize(cell.Width, float32(rows)*cell.Height+float32(rows-1)*theme.Padding())
}

// scrollBarGutter is the room kept free at the right of a scrolled
// column: Fyne draws the scroll bar over the content, and there it hid
// the edge of the question map's last button.
func scrollBarGutter() float32 { return theme.Size(theme.SizeNameScrollBar) }

// clearOfScrollBar keeps its content clear of a vertical scroll bar,
// and a ring's width clear of the scroll's left and top edges: the
// scroll clips what it holds there, and a focused answer field's ring,
// drawn just outside the field, lost its left side (issue 11).
type clearOfScrollBar struct{}

// ringRoom is the room kept for a focus ring inside a scroll's edges.
const ringRoom = focusRingWidth

func (clearOfScrollBar) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(ringRoom, ringRoom))
		o.Resize(fyne.NewSize(size.Width-scrollBarGutter()-ringRoom, size.Height-ringRoom))
	}
}

func (clearOfScrollBar) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(scrollBarGutter()+ringRoom, ringRoom)
}
