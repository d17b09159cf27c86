// Package export writes a lesson's quiz in the formats learning platforms
// import: Moodle XML and GIFT, Moodle's text format. Each kind of Lede
// question becomes the platform's nearest native type, with the
// explanation and the evidence sentence as its feedback, and the article
// goes first, as a description item, so that the questions travel with
// the text they are about. A QTI 1.2 package carries the same to
// Canvas, a QTI 2.1 package to the other learning platforms. A spreadsheet for quiz games (CSV or .xlsx)
// holds only the questions answered by picking, and says which it left
// out.
//
// The package is pure: the same article and questions always give the
// same bytes.
package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// Format is one file format a quiz can be exported in.
type Format struct {
	// Name is what follows --format on the command line: "moodle".
	Name string
	// Label names the format for a teacher: "Moodle XML".
	Label string
	// Ext ends the file's name. Moodle accepts a GIFT file only with a
	// name ending in .txt: it checks the upload's type.
	Ext string
	// Write writes the article and its questions.
	Write func(w io.Writer, a *article.Article, qs []quiz.Question) error
	// LeftOut lists the questions Write leaves out, and why; nil for a
	// format that keeps them all.
	LeftOut func(qs []quiz.Question) []Omission
}

// Formats are the export formats, in the order a teacher is offered them.
var Formats = []Format{
	{Name: "moodle", Label: "Moodle XML", Ext: ".moodle.xml", Write: Moodle},
	{Name: "gift", Label: "GIFT (Moodle's text format)", Ext: ".gift.txt", Write: GIFT},
	{Name: "qti", Label: "QTI 2.1 package (Schoology, Blackboard, Brightspace)", Ext: ".qti.zip", Write: QTI},
	{Name: "qti12", Label: "QTI 1.2 package (Canvas)", Ext: ".qti12.zip", Write: QTI12},
	{Name: "xlsx", Label: "Spreadsheet for quiz games (Excel .xlsx, for Kahoot)", Ext: ".xlsx", Write: SpreadsheetXLSX, LeftOut: SpreadsheetLeftOut},
	{Name: "csv", Label: "Spreadsheet for quiz games (CSV)", Ext: ".csv", Write: Spreadsheet, LeftOut: SpreadsheetLeftOut},
}

// Lookup returns the format called name, or an error that lists the
// formats there are.
func Lookup(name string) (Format, error) {
	var names []string
	for _, f := range Formats {
		if strings.EqualFold(f.Name, strings.TrimSpace(name)) {
			return f, nil
		}
		names = append(names, f.Name)
	}
	choose := strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	if name == "" {
		return Format{}, fmt.Errorf("export: no format given: choose %s", choose)
	}
	return Format{}, fmt.Errorf("export: there is no format %q: choose %s", name, choose)
}

// ApproxTolerancePercent is how far, in per cent of the number, an answer
// to an approximate how-many question ("over 15 million") may be from the
// article's number and still be right: 10 %, as Lede's own checker
// allows. An exact number gets full marks only when exact, and
// closeCredit for an answer within the same margin, as Lede calls it
// close. Platforms take the margin as an absolute number, so it is
// worked out for each question.
const ApproxTolerancePercent = 10

// closeCredit is the share of the marks an answer close to an exact
// number gets: Lede calls it partly right.
const closeCredit = 50

// articleName is the description item's name: what the teacher sees in
// the question bank beside the questions' IDs.
func articleName(a *article.Article) string {
	return "Article: " + clip(plain(a.Name()), maxNameRunes)
}

// maxNameRunes keeps a name inside Moodle's 255-character name field
// with room for the prefix.
const maxNameRunes = 200

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// articleHTML is the article as the description item shows it: the
// headline, the byline, subheadings and paragraphs, and what the page
// held outside the article, which some questions ask about.
func articleHTML(a *article.Article) string {
	var b strings.Builder
	b.WriteString("<h2>" + htmlText(a.Name()) + "</h2>")
	if a.Byline != "" {
		b.WriteString("<p><em>" + htmlText(a.Byline) + "</em></p>")
	}
	for _, blk := range a.Blocks {
		switch blk.Kind {
		case article.Heading:
			b.WriteString("<h3>" + htmlText(blk.Text) + "</h3>")
		case article.Paragraph:
			b.WriteString("<p>" + htmlText(blk.Text) + "</p>")
		}
	}
	if len(a.Extras) > 0 {
		b.WriteString("<p><strong>" + htmlText(extrasTitle) + "</strong></p>")
		for _, blk := range a.Extras {
			b.WriteString("<p><em>" + htmlText(blk.Text) + "</em></p>")
		}
	}
	return b.String()
}

// extrasTitle heads the page's lines outside the article, as the lesson
// screen does.
const extrasTitle = "Also on the page, outside the article:"

// promptHTML is a question's wording as HTML.
func promptHTML(q quiz.Question) string { return "<p>" + htmlText(q.Prompt) + "</p>" }

// feedbackHTML is what a student reads after answering: the explanation,
// then the evidence sentence — unless the explanation already quotes it
// whole, as most do.
func feedbackHTML(a *article.Article, q quiz.Question) string {
	explanation, evidence := plain(q.Explanation), Evidence(a, q)
	out := "<p>" + htmlText(explanation) + "</p>"
	if evidence != "" && !strings.Contains(explanation, evidence) {
		out += "<p>" + htmlText(evidenceLabel+"“"+evidence+"”") + "</p>"
	}
	return out
}

// evidenceLabel opens the evidence line of a feedback.
const evidenceLabel = "In the article: "

// Evidence returns the text of q's evidence in a, its spaces folded, or
// "" when the span does not fit the article.
func Evidence(a *article.Article, q quiz.Question) string {
	e := q.Evidence
	if e.Start < 0 || e.Start > e.End || e.End > len(a.Source) {
		return ""
	}
	return plain(a.Source[e.Start:e.End])
}

// rightChoice reports whether a choice is a right answer: one the key
// accepts, as Lede's checker judges a pick.
func rightChoice(q quiz.Question, choice string) bool {
	for _, a := range q.Accepted {
		if strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(choice)) {
			return true
		}
	}
	return false
}

// isYes reports whether a yes-or-no question's answer is yes.
func isYes(q quiz.Question) bool {
	for _, a := range q.Accepted {
		if strings.EqualFold(strings.TrimSpace(a), "yes") {
			return true
		}
	}
	return false
}
