package ui

import (
	"math"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ReadingText shows running text — one paragraph made of sentences — and
// wraps it only between words, at any width and text size.
//
// It exists because Fyne 2.7.1's RichText force-wraps a segment one
// character per line when a line's remaining space cannot hold a single
// character (fyne-io/fyne issues 3711 and 4303): a paragraph built of one
// segment per sentence then collapsed into a column of letters at common
// window widths. Here every line is laid out by this widget from measured
// words, so a line break can only fall on a space; the one exception is a
// word wider than the whole line (a long web address), which is split
// where it must be, since nothing else could show it.
//
// Highlighting a sentence draws a band behind its words on each line it
// spans instead of changing the font, so the text never reflows when the
// evidence is shown.
type ReadingText struct {
	widget.BaseWidget

	// Sentences are the runs of text, shown one after another with a
	// space between them.
	Sentences []string
	// SizeName is the theme size the text is drawn at; empty means the
	// theme's body text size.
	SizeName fyne.ThemeSizeName
	// TextStyle is applied to every word (bold for a headline, …).
	TextStyle fyne.TextStyle
	// LineSpacing multiplies the height of a line; zero means View ›
	// Line spacing's (the theme's).
	LineSpacing float32
	// MaxLineSpacing, if set, caps the theme's line spacing: a wrapped
	// headline spaced as widely as the body read as separate headings.
	MaxLineSpacing float32
	// ColorName colours the text; empty means the theme's foreground.
	ColorName fyne.ThemeColorName
	// BreakAfter lists characters a line may also break after, as after
	// a hyphen between letters: the path separators let a folder's path
	// wrap between its folders' names, never inside one.
	BreakAfter string

	highlighted int // index into Sentences, or -1
	// markOnly says the next Refresh only moves the highlight.
	markOnly bool

	// The words measured and the lines laid out last, kept until the
	// width, the text size or (on Refresh) anything else changes.
	layout  *textLayout
	words   []word
	wordsAt look
}

// NewReadingText returns running text made of sentences.
func NewReadingText(sentences ...string) *ReadingText {
	t := &ReadingText{Sentences: sentences, highlighted: -1}
	t.ExtendBaseWidget(t)
	return t
}

// SetHighlighted marks sentence i (an index into Sentences) as the
// evidence; a negative i clears the mark.
func (t *ReadingText) SetHighlighted(i int) {
	if i >= len(t.Sentences) {
		i = -1
	}
	if t.highlighted == i {
		return
	}
	t.highlighted = i
	// The band is drawn behind the words, so the words keep their
	// widths: lay out again without measuring them again.
	t.markOnly = true
	t.Refresh()
}

// Highlighted returns the highlighted sentence's index, or -1.
func (t *ReadingText) Highlighted() int { return t.highlighted }

// Lines returns the text of each line as laid out at the current width:
// what a reader sees, for tests and for reading aloud line by line.
func (t *ReadingText) Lines() []string {
	var out []string
	for _, l := range t.layoutFor(t.Size().Width).lines {
		out = append(out, l.text())
	}
	return out
}

// text is the line as a reader sees it: its pieces are whole sentences'
// parts, so a space always stands between them.
func (l line) text() string {
	parts := make([]string, len(l.pieces))
	for k, p := range l.pieces {
		parts[k] = p.text
	}
	return strings.Join(parts, " ")
}

// CreateRenderer implements fyne.Widget.
func (t *ReadingText) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	return &readingTextRenderer{text: t}
}

// word is one unbreakable piece of a sentence with its measured width.
// A hyphenated compound is several words joined without a space
// (joinNext), so that a line may break after its hyphens.
type word struct {
	text     string
	sentence int
	width    float32
	joinNext bool
}

// piece is a run of words of one sentence on one line.
type piece struct {
	text     string
	sentence int
	x, width float32
}

type line struct{ pieces []piece }

// textLayout is the paragraph laid out at one width and text size.
type textLayout struct {
	width, size, lineHeight float32
	look                    look
	lines                   []line
}

type readingTextRenderer struct {
	text    *ReadingText
	texts   []*canvas.Text
	bands   []*canvas.Rectangle
	objects []fyne.CanvasObject
}

// look is what the measurements depend on besides the width: the text
// size, the font (View › Reading font swaps it at the same size) and the
// line spacing.
type look struct {
	size    float32
	font    fyne.Resource
	spacing float32
}

// currentLook reads the look from the current theme.
func (t *ReadingText) currentLook() look {
	return look{size: t.textSize(), font: theme.Current().Font(t.TextStyle), spacing: t.LineSpacing}
}

func (t *ReadingText) textSize() float32 {
	if t.SizeName != "" {
		return theme.Size(t.SizeName)
	}
	return theme.TextSize()
}

// measureWords splits the sentences at breakable spaces and measures each
// word once per text size. A no-break space (U+00A0) joins words, as on
// the web.
func (t *ReadingText) measureWords(lk look) {
	size := lk.size
	if t.words != nil && t.wordsAt.size == size && t.wordsAt.font == lk.font {
		return
	}
	t.words = t.words[:0]
	for i, s := range t.Sentences {
		for _, field := range strings.FieldsFunc(s, isBreakableSpace) {
			parts := splitAfterHyphens(field)
			if t.BreakAfter != "" {
				parts = splitAfterAny(parts, t.BreakAfter)
			}
			for k, w := range parts {
				t.words = append(t.words, word{text: w, sentence: i, joinNext: k < len(parts)-1,
					width: fyne.MeasureText(w, size, t.TextStyle).Width})
			}
		}
	}
	if t.words == nil {
		t.words = []word{}
	}
	t.wordsAt = lk
}

func isBreakableSpace(c rune) bool { return c != '\u00a0' && unicode.IsSpace(c) }

// splitAfterHyphens cuts "consumer-to-consumer" into "consumer-", "to-",
// "consumer": a hyphen between letters is where a line may also break.
func splitAfterHyphens(s string) []string {
	var parts []string
	start := 0
	runes := []rune(s)
	pos := 0
	for i, r := range runes {
		n := len(string(r))
		if r == '-' && i > 0 && i < len(runes)-1 && unicode.IsLetter(runes[i-1]) && unicode.IsLetter(runes[i+1]) {
			parts = append(parts, s[start:pos+n])
			start = pos + n
		}
		pos += n
	}
	return append(parts, s[start:])
}

// splitAfterAny cuts each part after every one of chars it holds,
// keeping the character at the end of its piece ("/home/", "sam/").
func splitAfterAny(parts []string, chars string) []string {
	var out []string
	for _, p := range parts {
		for p != "" {
			i := strings.IndexAny(p, chars)
			if i < 0 || i == len(p)-1 {
				out = append(out, p)
				break
			}
			out = append(out, p[:i+1])
			p = p[i+1:]
		}
	}
	return out
}

// layoutFor lays the words out at width, reusing the last layout when
// nothing it depends on changed.
func (t *ReadingText) layoutFor(width float32) *textLayout {
	lk := t.currentLook()
	spacing := t.LineSpacing
	if spacing <= 0 {
		// View › Line spacing, through the theme so a change reaches
		// every paragraph.
		spacing = 1
		if th, ok := theme.Current().(*Theme); ok {
			spacing = max(th.Size(SizeNameLineSpacing), 1)
		}
		if t.MaxLineSpacing > 0 {
			spacing = min(spacing, max(t.MaxLineSpacing, 1))
		}
	}
	lk.spacing = spacing
	size := lk.size
	if l := t.layout; l != nil && l.width == width && l.look == lk && t.words != nil {
		return l
	}
	t.measureWords(lk)
	style := t.TextStyle
	space := fyne.MeasureText("a a", size, style).Width - fyne.MeasureText("aa", size, style).Width
	height := fyne.MeasureText("Mg", size, style).Height
	// Whole units per line, so that lines do not drift a pixel apart.
	lineHeight := float32(math.Ceil(float64(height*spacing + theme.LineSpacing())))
	l := &textLayout{width: width, size: size, look: lk, lineHeight: lineHeight}
	l.lines = wrapWords(t.words, width, space, func(s string) float32 {
		return fyne.MeasureText(s, size, style).Width
	})
	t.layout = l
	return l
}

// wrapWords fills lines greedily: a word goes on the current line when the
// line, measured as it will be drawn, still fits the width. A word that
// fits no line on its own is split at the last character that fits.
func wrapWords(words []word, width, space float32, measure func(string) float32) []line {
	var lines []line
	var cur []word
	used := float32(0)
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, makeLine(cur, space, measure))
			cur, used = nil, 0
		}
	}
	for _, w := range words {
		extra := w.width
		if len(cur) > 0 && !cur[len(cur)-1].joinNext {
			extra += space
		}
		if len(cur) > 0 && used+extra > width {
			flush()
			extra = w.width
		}
		if len(cur) == 0 && w.width > width {
			for _, part := range splitWord(w, width, measure) {
				lines = append(lines, makeLine([]word{part}, space, measure))
			}
			continue
		}
		cur = append(cur, w)
		used += extra
	}
	flush()
	return lines
}

// splitWord cuts a word wider than the line into pieces that fit, at
// least one character each.
func splitWord(w word, width float32, measure func(string) float32) []word {
	var parts []word
	rest := []rune(w.text)
	for len(rest) > 0 {
		n := 1
		for n < len(rest) && measure(string(rest[:n+1])) <= width {
			n++
		}
		part := string(rest[:n])
		parts = append(parts, word{text: part, sentence: w.sentence, width: measure(part)})
		rest = rest[n:]
	}
	return parts
}

// makeLine groups a line's words into one piece per sentence, measured as
// a whole so that the drawn text and the layout agree.
func makeLine(words []word, space float32, measure func(string) float32) line {
	var l line
	x := float32(0)
	start := 0
	for i := 1; i <= len(words); i++ {
		if i < len(words) && words[i].sentence == words[start].sentence {
			continue
		}
		var b strings.Builder
		for k, w := range words[start:i] {
			if k > 0 && !words[start+k-1].joinNext {
				b.WriteByte(' ')
			}
			b.WriteString(w.text)
		}
		text := b.String()
		p := piece{text: text, sentence: words[start].sentence, x: x, width: measure(text)}
		l.pieces = append(l.pieces, p)
		x += p.width
		if !words[i-1].joinNext {
			x += space
		}
		start = i
	}
	return l
}

func (r *readingTextRenderer) Layout(size fyne.Size) {
	l := r.text.layoutFor(size.Width)
	nPieces := 0
	for _, ln := range l.lines {
		nPieces += len(ln.pieces)
	}
	for len(r.texts) < nPieces {
		r.texts = append(r.texts, canvas.NewText("", nil))
		r.bands = append(r.bands, canvas.NewRectangle(nil))
	}
	r.texts, r.bands = r.texts[:nPieces], r.bands[:nPieces]
	fg := theme.Color(theme.ColorNameForeground)
	if r.text.ColorName != "" {
		fg = theme.Color(r.text.ColorName)
	}
	band := theme.Color(theme.ColorNameSelection)
	k := 0
	for row, ln := range l.lines {
		y := float32(row) * l.lineHeight
		for _, p := range ln.pieces {
			t, b := r.texts[k], r.bands[k]
			t.Text, t.TextSize, t.TextStyle, t.Color = p.text, l.size, r.text.TextStyle, fg
			t.Move(fyne.NewPos(p.x, y+(l.lineHeight-t.MinSize().Height)/2))
			t.Resize(fyne.NewSize(p.width, t.MinSize().Height))
			b.FillColor = band
			b.Move(fyne.NewPos(p.x-2, y))
			b.Resize(fyne.NewSize(p.width+4, l.lineHeight))
			b.Hidden = p.sentence != r.text.highlighted
			k++
		}
	}
	r.objects = r.objects[:0]
	for _, b := range r.bands {
		r.objects = append(r.objects, b)
	}
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
}

// MinSize is as narrow as one character, so that a long word never forces
// the reading pane wider, and as tall as the text at its current width.
func (r *readingTextRenderer) MinSize() fyne.Size {
	size := r.text.textSize()
	w := r.text.Size().Width
	if w <= 0 {
		return fyne.NewSize(size, size)
	}
	l := r.text.layoutFor(w)
	return fyne.NewSize(size, float32(len(l.lines))*l.lineHeight)
}

func (r *readingTextRenderer) Refresh() {
	if !r.text.markOnly {
		r.text.words = nil // the text, its style or the theme may have changed
		r.text.layout = nil
	}
	r.text.markOnly = false
	r.Layout(r.text.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *readingTextRenderer) Objects() []fyne.CanvasObject {
	if r.text.layout == nil {
		r.Layout(r.text.Size())
	}
	return r.objects
}

func (r *readingTextRenderer) Destroy() {}
