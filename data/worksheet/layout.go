package worksheet

import (
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// Page geometry, in millimetres.
const (
	margin = 18.0
	// footerRoom is kept free above the bottom margin for the footer.
	footerRoom = 6.0
	mmPerPt    = 25.4 / 72
)

// style is a font and its size, relative to the text size.
type style struct {
	bold  bool
	scale float64
	grey  bool
}

var (
	body      = style{scale: 1}
	bold      = style{bold: true, scale: 1}
	small     = style{scale: 0.85, grey: true}
	title     = style{bold: true, scale: 1.5}
	heading   = style{bold: true, scale: 1.25}
	subhead   = style{bold: true, scale: 1.1}
	paraNum   = style{bold: true, scale: 0.8, grey: true}
	footStyle = style{scale: 0.7, grey: true}
)

// page lays text out line by line and starts a new page whenever the
// next line would cross the bottom margin, so no text leaves the page.
// In a dry run it only measures: block uses one to keep a question or a
// key entry on one page when it fits on one.
type page struct {
	pdf  *fpdf.Fpdf
	size float64 // text size, points
	has  func(rune) bool
	y    float64
	dry  bool
	// part names the pages being printed, for the footer; partPage
	// counts them.
	part     string
	partPage int
}

// newPage starts a page of part. The footer of the page before is drawn
// by fpdf inside AddPage, with that page's part, so part changes after.
func (p *page) newPage(part string) {
	p.pdf.AddPage()
	if part != p.part {
		p.partPage = 0
	}
	p.part = part
	p.partPage++
	p.y = margin
}

func (p *page) footer() {
	if p.part == "" {
		return
	}
	_, h := p.pdf.GetPageSize()
	p.setStyle(footStyle)
	s := p.part + " · page " + strconv.Itoa(p.partPage)
	w, _ := p.pdf.GetPageSize()
	p.pdf.Text((w-p.pdf.GetStringWidth(s))/2, h-margin+footerRoom/2, s)
}

func (p *page) width() float64 { w, _ := p.pdf.GetPageSize(); return w - 2*margin }

func (p *page) bottom() float64 { _, h := p.pdf.GetPageSize(); return h - margin - footerRoom }

func (p *page) usable() float64 { return p.bottom() - margin }

// pt is the size of s in points.
func (p *page) pt(s style) float64 { return p.size * s.scale }

// lineSpacing is the height of a line for the size of its text: 1.5, as
// the British Dyslexia Association's style guide advises (with a plain
// sans-serif face, 12 pt or more, and text aligned left, not justified).
const lineSpacing = 1.5

// lineHeight is the height of one line of s, in millimetres.
func (p *page) lineHeight(s style) float64 { return p.pt(s) * mmPerPt * lineSpacing }

func (p *page) setStyle(s style) {
	weight := ""
	if s.bold {
		weight = "B"
	}
	p.pdf.SetFont(family, weight, p.pt(s))
	if s.grey {
		p.pdf.SetTextColor(70, 70, 70)
	} else {
		p.pdf.SetTextColor(0, 0, 0)
	}
}

// row reserves a line of height h, on a new page if it would cross the
// bottom margin, and draws it with its top at y.
func (p *page) row(h float64, draw func(y float64)) {
	if !p.dry {
		if p.y+h > p.bottom() && p.y > margin {
			p.newPage(p.part)
		}
		draw(p.y)
	}
	p.y += h
}

// gap leaves space; never at the top of a page.
func (p *page) gap(h float64) {
	if p.y > margin {
		p.y += h
	}
}

// block keeps what draw draws on one page when it fits on one.
func (p *page) block(draw func()) {
	y0, dry := p.y, p.dry
	p.dry = true
	draw()
	h := p.y - y0
	p.y, p.dry = y0, dry
	if !dry && p.y+h > p.bottom() && h <= p.usable() {
		p.newPage(p.part)
	}
	draw()
}

// baseline is where text of s sits in a line whose top is y.
func (p *page) baseline(s style, y float64) float64 {
	em := p.pt(s) * mmPerPt
	return y + (p.lineHeight(s)-em)/2 + em*0.8
}

// wrapped is s, printable, in lines that fit width in style st.
func (p *page) wrapped(s string, st style, width float64) []string {
	p.setStyle(st)
	return wrap(printable(s, p.has), width, p.pdf.GetStringWidth)
}

// para draws s in st from x to the right margin. first, if not nil,
// draws beside the first line (a paragraph's number, a tick box).
func (p *page) para(x float64, s string, st style, first func(y float64)) {
	lh := p.lineHeight(st)
	for i, line := range p.wrapped(s, st, margin+p.width()-x) {
		p.row(lh, func(y float64) {
			if i == 0 && first != nil {
				first(y)
			}
			p.setStyle(st)
			p.pdf.Text(x, p.baseline(st, y), line)
		})
	}
}

// labelled draws a label in bold at the margin and text after it, every
// line of the text starting at x.
func (p *page) labelled(x float64, label, text string, st style) {
	bst := st
	bst.bold = true
	p.para(x, text, st, func(y float64) {
		p.setStyle(bst)
		p.pdf.Text(margin+p.indent(), p.baseline(bst, y), label)
	})
}

// indent is where text beside a number starts, after the margin.
func (p *page) indent() float64 { return p.pt(body) * mmPerPt * 2.4 }

// box draws a tick box for a line of st whose top is y.
func (p *page) box(x, y float64, st style) {
	side := p.pt(st) * mmPerPt * 0.85
	p.pdf.SetDrawColor(0, 0, 0)
	p.pdf.SetLineWidth(0.3)
	p.pdf.Rect(x, y+(p.lineHeight(st)-side)/2, side, side, "D")
}

// boxWidth is the room a tick box and its gap take before an option.
func (p *page) boxWidth(st style) float64 { return p.pt(st) * mmPerPt * 1.6 }

// writingLine draws a ruled line to write an answer on.
func (p *page) writingLine(x float64) {
	h := max(p.lineHeight(body)*1.7, 9)
	p.row(h, func(y float64) {
		p.pdf.SetDrawColor(110, 110, 110)
		p.pdf.SetLineWidth(0.3)
		p.pdf.Line(x, y+h-1.5, margin+p.width(), y+h-1.5)
	})
}

// blankPage is a page left blank, so that what follows starts a sheet.
func (p *page) blankPage() {
	p.newPage("")
	p.y = margin + p.usable()/2
	s := "This page is left blank, so that the answer key starts on a sheet of its own."
	p.para(margin, s, small, nil)
}

// worksheet prints the pages a student gets: name, class and date
// fields, the article with numbered paragraphs, then the questions.
func (p *page) worksheet(a *article.Article, qs []quiz.Question) {
	p.newPage("Worksheet")
	p.fields()
	p.gap(p.lineHeight(body) * 0.6)
	p.para(margin, a.Name(), title, nil)
	if meta := byline(a); meta != "" {
		p.para(margin, meta, small, nil)
	}
	p.gap(p.lineHeight(body) * 0.4)
	p.para(margin, "Read the article, then answer the questions after it. The numbers beside the article count its paragraphs.", small, nil)
	p.gap(p.lineHeight(body) * 0.6)

	x := margin + p.indent()
	n := 0
	for _, b := range a.Blocks {
		switch b.Kind {
		case article.Heading:
			p.block(func() { p.para(x, b.Text, subhead, nil) })
		case article.Paragraph:
			n++
			num := strconv.Itoa(n)
			// the number never ends a page alone: two lines go together
			if !p.dry && p.y+2*p.lineHeight(body) > p.bottom() {
				p.newPage(p.part)
			}
			p.para(x, b.Text, body, func(y float64) {
				p.setStyle(paraNum)
				p.pdf.Text(margin, p.baseline(body, y), num)
			})
		default:
			continue
		}
		p.gap(p.lineHeight(body) * 0.5)
	}
	if len(a.Extras) > 0 {
		p.block(func() { p.para(x, extrasTitle, subhead, nil) })
		for _, b := range a.Extras {
			p.para(x, b.Text, small, nil)
			p.gap(p.lineHeight(small) * 0.4)
		}
	}

	p.gap(p.lineHeight(body))
	p.block(func() {
		p.para(margin, "Questions", heading, nil)
		p.para(margin, "Write your answer on the line, or tick one box.", small, nil)
		p.gap(p.lineHeight(body) * 0.5)
		if len(qs) > 0 {
			p.question(1, qs[0]) // a heading never ends a page alone
		}
	})
	for i, q := range qs[1:] {
		p.block(func() { p.question(i+2, q) })
	}
}

// extrasTitle heads the page's lines outside the article, as the lesson
// screen does.
const extrasTitle = "Also on the page, outside the article:"

// byline is the line under the headline: who wrote it, where and when
// (unless the byline already dates it).
func byline(a *article.Article) string {
	var parts []string
	for _, s := range []string{a.Byline, a.Site} {
		if s = strings.TrimSpace(s); s != "" && !strings.Contains(strings.Join(parts, " "), s) {
			parts = append(parts, s)
		}
	}
	if !a.Published.IsZero() && !strings.Contains(a.Byline, a.Published.Format("2006")) {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	return strings.Join(parts, " · ")
}

// fields prints Name, Class and Date with lines to write on.
func (p *page) fields() {
	h := max(p.lineHeight(body)*1.6, 9)
	p.row(h, func(y float64) {
		x := margin
		for _, f := range []struct {
			label string
			share float64
		}{{"Name", 0.5}, {"Class", 0.22}, {"Date", 0.28}} {
			p.setStyle(bold)
			base := y + h - 2
			p.pdf.Text(x, base, f.label)
			start := x + p.pdf.GetStringWidth(f.label) + 2
			end := x + p.width()*f.share - 4
			if f.label == "Date" {
				end = margin + p.width()
			}
			p.pdf.SetDrawColor(110, 110, 110)
			p.pdf.SetLineWidth(0.3)
			p.pdf.Line(start, base+0.8, end, base+0.8)
			x += p.width() * f.share
		}
	})
}

// typedLines is how many lines a typed answer gets.
var typedLines = map[quiz.Kind]int{quiz.HowMany: 1, quiz.When: 1}

// question prints one question with its tick boxes or answer lines.
func (p *page) question(n int, q quiz.Question) {
	x := margin + p.indent()
	num := strconv.Itoa(n) + "."
	p.para(x, q.Prompt, bold, func(y float64) {
		p.setStyle(bold)
		p.pdf.Text(margin, p.baseline(bold, y), num)
	})
	p.gap(p.lineHeight(body) * 0.2)
	switch {
	case q.Kind == quiz.YesNo:
		p.row(p.lineHeight(body), func(y float64) {
			bx := x
			for _, s := range []string{"Yes", "No"} {
				p.box(bx, y, body)
				p.setStyle(body)
				p.pdf.Text(bx+p.boxWidth(body), p.baseline(body, y), s)
				bx += p.boxWidth(body) + p.pdf.GetStringWidth(s) + p.boxWidth(body)*2
			}
		})
	case len(q.Choices) > 0:
		for _, c := range q.Choices {
			p.para(x+p.boxWidth(body), c, body, func(y float64) { p.box(x, y, body) })
			p.gap(p.lineHeight(body) * 0.25)
		}
	default:
		lines := typedLines[q.Kind]
		if lines == 0 {
			lines = 2
		}
		for range lines {
			p.writingLine(x)
		}
	}
	p.gap(p.lineHeight(body) * 0.9)
}

// key prints the answer key: each question with its answers, how it is
// marked, the explanation and where the evidence is.
func (p *page) key(a *article.Article, qs []quiz.Question) {
	p.newPage("Answer key")
	p.para(margin, "Answer key", heading, nil)
	p.para(margin, a.Name(), subhead, nil)
	p.para(margin, "For the teacher. Paragraph numbers are the ones printed beside the article on the worksheet.", small, nil)
	p.gap(p.lineHeight(body) * 0.8)

	labels := []string{"Answer", "Also accepted", "Marking", "Why", "Evidence"}
	p.setStyle(bold)
	lw := 0.0
	for _, l := range labels {
		lw = max(lw, p.pdf.GetStringWidth(l))
	}
	x := margin + p.indent() + min(lw+3, p.width()/3)
	for _, e := range Key(a, qs) {
		p.block(func() {
			num := strconv.Itoa(e.Number) + "."
			p.para(margin+p.indent(), e.Prompt, bold, func(y float64) {
				p.setStyle(bold)
				p.pdf.Text(margin, p.baseline(bold, y), num)
			})
			p.gap(p.lineHeight(body) * 0.2)
			p.labelled(x, "Answer", e.Answer, body)
			if len(e.AlsoAccepted) > 0 {
				p.labelled(x, "Also accepted", strings.Join(e.AlsoAccepted, " · "), body)
			}
			if e.Note != "" {
				p.labelled(x, "Marking", e.Note, body)
			}
			if e.Explanation != "" {
				p.labelled(x, "Why", e.Explanation, body)
			}
			if ev := evidenceLine(e); ev != "" {
				p.labelled(x, "Evidence", ev, body)
			}
			p.gap(p.lineHeight(body) * 0.9)
		})
	}
}

// evidenceLine says where the evidence is, and quotes it when the
// explanation does not.
func evidenceLine(e KeyEntry) string {
	where := e.Where
	if where != "" {
		where = strings.ToUpper(where[:1]) + where[1:]
	}
	switch {
	case where != "" && e.Evidence != "":
		return where + ": “" + e.Evidence + "”"
	case e.Evidence != "":
		return "“" + e.Evidence + "”"
	}
	return where
}
