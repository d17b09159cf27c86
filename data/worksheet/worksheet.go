// Package worksheet prints a lesson on paper: a PDF worksheet with the
// article, its paragraphs numbered, and the questions with answer lines
// or tick boxes, then an answer key with each accepted answer, the
// explanation and the paragraph that holds the evidence.
//
// The PDF is made with github.com/go-pdf/fpdf, the maintained fork of
// jung-kurt/gofpdf (archived in 2021): pure Go, no cgo, and it embeds a
// subset of a TrueType font, so every character of an article — curly
// quotes, £ and €, accented names — prints as it reads on screen. The
// font is Noto Sans (assets.PrintRegular), the face of Lede's default
// theme; the OpenDyslexic files Lede reads with are OpenType with CFF
// outlines, which fpdf cannot embed.
//
// The package is pure: the same lesson and options always give the same
// bytes (the document's date is an option, not the clock).
package worksheet

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// Paper is a page size.
type Paper string

// The page sizes a worksheet prints on.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// Papers are the page sizes, in the order a teacher is offered them.
var Papers = []Paper{A4, Letter}

// fpdfSizes are fpdf's names for the page sizes.
var fpdfSizes = map[Paper]string{A4: "A4", Letter: "Letter"}

// Label names the paper size for a teacher.
func (p Paper) Label() string {
	return map[Paper]string{A4: "A4", Letter: "US Letter"}[p]
}

// LookupPaper returns the page size called name ("a4", "letter", in any
// case), or an error that lists the sizes there are.
func LookupPaper(name string) (Paper, error) {
	for _, p := range Papers {
		if strings.EqualFold(string(p), strings.TrimSpace(name)) {
			return p, nil
		}
	}
	return "", fmt.Errorf("worksheet: there is no paper size %q: choose a4 or letter", name)
}

// Parts says which parts a PDF holds.
type Parts int

// The parts a PDF can hold.
const (
	// Both is the worksheet, then the answer key on a new sheet: on an
	// odd page, after a blank one when needed, so that printing on both
	// sides never puts answers on the back of a student's page.
	Both Parts = iota
	// WorksheetOnly is the pages to hand out, without the key.
	WorksheetOnly
	// KeyOnly is the answer key alone.
	KeyOnly
)

// Text sizes, in points. Normal follows clear-print guidance (12 pt at
// least); large print is 18 pt, in the range (16–22 pt) large-print
// guidance gives for readers with low vision.
const (
	NormalSize = 12.0
	LargeSize  = 18.0
)

// Options are how to print.
type Options struct {
	// Paper is the page size; A4 when empty.
	Paper Paper
	// Size is the text size in points; NormalSize when 0. Headings scale
	// with it.
	Size float64
	// Parts says whether to print the worksheet, the key or both.
	Parts Parts
	// Date is the document's creation date, in its properties; a fixed
	// date when zero, so the same lesson gives the same bytes.
	Date time.Time
}

// fixedDate dates a PDF made without a date.
var fixedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Sizes within which Options.Size is kept: smaller is hard to read,
// larger leaves too few words on a line.
const (
	minSize = 9.0
	maxSize = 28.0
)

// Pages counts the pages of each part of a PDF, so that a teacher can
// be told which to print for the class.
type Pages struct {
	Worksheet int
	// Blank is 1 when a blank page puts the key on a sheet of its own.
	Blank int
	Key   int
}

// Render writes a PDF of the lesson's worksheet and answer key, as o
// asks, to w, and says how many pages each part has.
func Render(w io.Writer, a *article.Article, qs []quiz.Question, o Options) (Pages, error) {
	if a == nil {
		return Pages{}, errors.New("worksheet: no article")
	}
	if len(qs) == 0 {
		return Pages{}, errors.New("worksheet: the lesson has no questions to print")
	}
	if err := quiz.ValidateAll(qs, len(a.Source), len(a.Sentences)); err != nil {
		return Pages{}, fmt.Errorf("worksheet: %w", err)
	}
	if o.Paper == "" {
		o.Paper = A4
	}
	size, ok := fpdfSizes[o.Paper]
	if !ok {
		return Pages{}, fmt.Errorf("worksheet: there is no paper size %q: choose a4 or letter", o.Paper)
	}
	if o.Size == 0 {
		o.Size = NormalSize
	}
	o.Size = min(max(o.Size, minSize), maxSize)
	if o.Date.IsZero() {
		o.Date = fixedDate
	}
	has, err := glyphs(assets.PrintRegular)
	if err != nil {
		return Pages{}, fmt.Errorf("worksheet: read the font: %w", err)
	}

	pdf := fpdf.New("P", "mm", size, "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(o.Date)
	pdf.SetModificationDate(o.Date)
	pdf.SetCompression(true)
	pdf.AddUTF8FontFromBytes(family, "", assets.PrintRegular)
	pdf.AddUTF8FontFromBytes(family, "B", assets.PrintBold)
	pdf.SetTitle(printable(a.Name(), has), true)
	pdf.SetCreator("Lede", true)
	pdf.SetProducer("Lede (go-pdf/fpdf)", true)
	pdf.SetLang("en")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, 0) // the page type breaks pages itself, line by line

	p := &page{pdf: pdf, size: o.Size, has: has}
	pdf.SetFooterFunc(p.footer)
	var n Pages
	if o.Parts != KeyOnly {
		p.worksheet(a, qs)
		n.Worksheet = pdf.PageNo()
	}
	if o.Parts != WorksheetOnly {
		if o.Parts == Both && pdf.PageNo()%2 == 1 {
			p.blankPage()
			n.Blank = 1
		}
		p.key(a, qs)
		n.Key = pdf.PageNo() - n.Worksheet - n.Blank
	}
	if err := pdf.Error(); err != nil {
		return Pages{}, fmt.Errorf("worksheet: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return Pages{}, fmt.Errorf("worksheet: write the PDF: %w", err)
	}
	return n, nil
}

// family is the font's name inside the PDF.
const family = "NotoSans"

// glyphs returns a function that reports whether the font has a glyph
// for a character.
func glyphs(ttf []byte) (func(rune) bool, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	return func(r rune) bool {
		i, err := f.GlyphIndex(&buf, r)
		return err == nil && i != 0
	}, nil
}
