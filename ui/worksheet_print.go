package ui

import (
	"bytes"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/worksheet"
)

// worksheetPrint is the File › Teacher's files › Print worksheet… dialog: the paper, the
// text size and which parts to put in the PDF.
type worksheetPrint struct {
	Paper *ChoiceList
	Large *dialogCheck
	Parts *ChoiceList
	// dialog is the dialog they are in (a keyDialog: Escape on any of
	// them closes it).
	dialog *keyDialog
	prefs  fyne.Preferences
}

// preferenceKeyPrintPaper remembers the paper size last printed on.
const preferenceKeyPrintPaper = "print.paper"

// largePrintScale is the View menu's text size from which a worksheet
// is offered in large print: a student who reads at 125 % or more on
// screen is likely to want it on paper too.
const largePrintScale = 1.25

// printParts are the choices of what the PDF holds, in order.
var printParts = []struct {
	Label string
	Parts worksheet.Parts
	Ext   string
}{
	{"Worksheet, then the answer key on a sheet of its own", worksheet.Both, ".worksheet.pdf"},
	{"Worksheet only", worksheet.WorksheetOnly, ".worksheet.pdf"},
	{"Answer key only", worksheet.KeyOnly, ".key.pdf"},
}

// printWorksheet asks how to print, then where to save the PDF. The key
// holds the answers, so the menu item is behind the teacher's PIN.
func (m *Main) printWorksheet() *worksheetPrint {
	prefs := fyne.CurrentApp().Preferences()
	papers := make([]string, len(worksheet.Papers))
	for i, p := range worksheet.Papers {
		papers[i] = p.Label()
	}
	parts := make([]string, len(printParts))
	for i, p := range printParts {
		parts[i] = p.Label
	}
	p := &worksheetPrint{prefs: prefs}
	p.Paper = newDialogChoice(papers, &p.dialog)
	p.Large = newDialogCheck(fmt.Sprintf("Large print (%g pt text instead of %g pt)", worksheet.LargeSize, worksheet.NormalSize),
		func() { p.dialog.close() })
	p.Parts = newDialogChoice(parts, &p.dialog)
	paper, err := worksheet.LookupPaper(prefs.StringWithFallback(preferenceKeyPrintPaper, string(worksheet.A4)))
	if err != nil {
		paper = worksheet.A4
	}
	p.Paper.SetSelected(paper.Label())
	p.Large.SetChecked(m.view().Over(m.Fixed).Scale >= largePrintScale)
	p.Parts.SetSelected(parts[0])
	text := widget.NewLabel("A PDF to print: the article with its paragraphs numbered, then the questions " +
		"with lines to write on and boxes to tick. The answer key gives every accepted answer, " +
		"why it is right and the paragraph that shows it.")
	text.Wrapping = fyne.TextWrapWord
	form := container.NewVBox(text, widget.NewLabel("Paper"), p.Paper, p.Large, widget.NewLabel("Print"), p.Parts)
	p.dialog = newKeyDialog("Print worksheet", "Save PDF…", form, func() {
		m.saveWorksheet(p.options(time.Now()))
	}, m.Window)
	p.dialog.Resize(fyne.NewSize(560, 0))
	p.dialog.Show()
	m.Window.Canvas().Focus(p.Paper)
	return p
}

// options are the choices made, dated now; the paper is remembered.
func (p *worksheetPrint) options(now time.Time) worksheet.Options {
	o := worksheet.Options{Paper: worksheet.A4, Size: worksheet.NormalSize, Date: now}
	for _, paper := range worksheet.Papers {
		if paper.Label() == p.Paper.Selected {
			o.Paper = paper
		}
	}
	p.prefs.SetString(preferenceKeyPrintPaper, string(o.Paper))
	if p.Large.Checked {
		o.Size = worksheet.LargeSize
	}
	for _, part := range printParts {
		if part.Label == p.Parts.Selected {
			o.Parts = part.Parts
		}
	}
	return o
}

// saveWorksheet asks where to save the PDF, and saves it.
func (m *Main) saveWorksheet(o worksheet.Options) {
	name, body, n, err := m.worksheetFile(o)
	if err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile("Save the worksheet", name, body, printedNote(n))
}

// worksheetFile makes the lesson's worksheet, its quiz as it stands: the
// file's name, its contents and its pages.
func (m *Main) worksheetFile(o worksheet.Options) (string, []byte, worksheet.Pages, error) {
	var buf bytes.Buffer
	n, err := worksheet.Render(&buf, m.Lesson.Article, m.Lesson.Questions, o)
	if err != nil {
		return "", nil, n, err
	}
	ext := printParts[0].Ext
	for _, part := range printParts {
		if part.Parts == o.Parts {
			ext = part.Ext
		}
	}
	return safeFileName(m.Lesson.Article.Name()) + ext, buf.Bytes(), n, nil
}

// printedNote says which pages to print for whom.
func printedNote(n worksheet.Pages) string {
	switch {
	case n.Worksheet > 0 && n.Key > 0:
		key := n.Worksheet + n.Blank + 1
		return fmt.Sprintf("The worksheet is saved. Print %s for each student; the answer key, for you, starts on page %d.",
			pageRange(1, n.Worksheet), key)
	case n.Worksheet > 0:
		return fmt.Sprintf("The worksheet is saved: %s to print for each student.", pageCount(n.Worksheet))
	}
	return fmt.Sprintf("The answer key is saved: %s.", pageCount(n.Key))
}

func pageRange(from, to int) string {
	if from == to {
		return fmt.Sprintf("page %d", from)
	}
	return fmt.Sprintf("pages %d to %d", from, to)
}

func pageCount(n int) string {
	if n == 1 {
		return "1 page"
	}
	return fmt.Sprintf("%d pages", n)
}
