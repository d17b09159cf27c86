package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/worksheet"
)

// TestPrintWorksheet: File › Print worksheet… asks for the teacher's PIN
// (the key holds the answers), then for the paper, large print and the
// parts; Save PDF… offers a file named after the article, and the PDF
// holds the lesson's questions as they stand. The paper chosen is
// remembered, and large print is offered ticked to a class reading at
// 150 %.
func TestPrintWorksheet(t *testing.T) {
	a := test.NewTempApp(t)
	st := tempStore(t)
	st.SetTeacherPIN("4821")
	m, w := sampleMain(t, st)
	openBehindPIN(t, m, w, "File", "Print worksheet…", "4821")

	var radios []*ChoiceList
	var large *dialogCheck
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *ChoiceList:
			radios = append(radios, o)
		case *dialogCheck:
			large = o
		}
	})
	if len(radios) != 2 || large == nil {
		t.Fatalf("the dialog has %d choices and large print %v; want paper, parts and a large-print box", len(radios), large)
	}
	paper, parts := radios[0], radios[1]
	if paper.Selected != "A4" || len(paper.Options) != 2 || large.Checked || parts.Selected != printParts[0].Label {
		t.Errorf("first offered: %q of %q, large %v, %q; want A4, normal size, worksheet and key", paper.Selected, paper.Options, large.Checked, parts.Selected)
	}
	paper.SetSelected("US Letter")
	test.Tap(large)
	parts.SetSelected("Worksheet only")
	tapButton(t, w, "Save PDF…")
	want := safeFileName(m.Lesson.Article.Name()) + ".worksheet.pdf"
	offered := false
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Text == want {
			offered = true
		}
	})
	if !offered {
		t.Errorf("the save dialog does not offer the name %q", want)
	}
	if got := a.Preferences().String(preferenceKeyPrintPaper); got != string(worksheet.Letter) {
		t.Errorf("the paper remembered is %q", got)
	}

	m.Lesson.Questions = m.Lesson.Questions[:2] // as if the teacher had cut the quiz
	o := worksheet.Options{Paper: worksheet.Letter, Size: worksheet.LargeSize, Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	name, body, n, err := m.worksheetFile(o)
	if err != nil || name != safeFileName(m.Lesson.Article.Name())+".worksheet.pdf" || !bytes.HasPrefix(body, []byte("%PDF-")) {
		t.Fatalf("worksheetFile: %q, %v", name, err)
	}
	var whole bytes.Buffer
	if full, _ := worksheet.Render(&whole, m.Lesson.Article, m.Lesson.Questions, o); full != n || !bytes.Equal(whole.Bytes(), body) {
		t.Errorf("the file is not the lesson's 2 questions as they stand: %+v, %+v", n, full)
	}
	if name, _, _, _ := m.worksheetFile(worksheet.Options{Parts: worksheet.KeyOnly}); !strings.HasSuffix(name, ".key.pdf") {
		t.Errorf("the answer key alone is named %q", name)
	}

	// a reader at 150 % gets large print offered
	v := m.view()
	v.Scale = 1.5
	m.setView(v)
	if p := m.printWorksheet(); !p.Large.Checked || p.Paper.Selected != "US Letter" {
		t.Errorf("at 150 %%: large %v, paper %q", p.Large.Checked, p.Paper.Selected)
	}
}

func TestPrintedNote(t *testing.T) {
	for n, want := range map[worksheet.Pages]string{
		{Worksheet: 4, Key: 3}:           "Print pages 1 to 4 for each student; the answer key, for you, starts on page 5.",
		{Worksheet: 3, Blank: 1, Key: 2}: "Print pages 1 to 3 for each student; the answer key, for you, starts on page 5.",
		{Worksheet: 1, Blank: 1, Key: 1}: "Print page 1 for each student; the answer key, for you, starts on page 3.",
		{Worksheet: 1}:                   "The worksheet is saved: 1 page to print for each student.",
		{Key: 2}:                         "The answer key is saved: 2 pages.",
	} {
		if got := printedNote(n); !strings.Contains(got, want) {
			t.Errorf("%+v: %q; want %q", n, got, want)
		}
	}
}
