package ui

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/export"
	"github.com/lede-app/lede/data/quiz"
)

// quizExport is the File › Teacher's files › Export quiz… dialog: which format to save the
// lesson's quiz in for a learning platform's question bank.
type quizExport struct {
	Format *ChoiceList
	dialog *keyDialog
}

// exportQuiz asks for a format, then where to save the quiz. The file
// holds the answer key, so the menu item is behind the teacher's PIN.
func (m *Main) exportQuiz() *quizExport {
	labels := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		labels[i] = f.Label
	}
	e := &quizExport{}
	e.Format = newDialogChoice(labels, &e.dialog)
	e.Format.SetSelected(labels[0])
	text := widget.NewLabel("Moodle XML and GIFT hold the article and every question, with each answer's " +
		"explanation, for Moodle's question bank; the QTI 1.2 package holds the same for Canvas, the QTI 2.1 " +
		"package for Schoology, Blackboard and Brightspace. The spreadsheet holds the questions answered by picking, " +
		"for quiz games such as Kahoot.")
	text.Wrapping = fyne.TextWrapWord
	e.dialog = newKeyDialog("Export quiz", "Save…", container.NewVBox(text, e.Format), func() {
		m.saveQuiz(e.format())
	}, m.Window)
	e.dialog.Resize(fyne.NewSize(520, 0))
	showFocused(e.dialog, e.Format, m.Window) // the arrow keys choose at once
	return e
}

// format is the format chosen.
func (e *quizExport) format() export.Format {
	for _, f := range export.Formats {
		if f.Label == e.Format.Selected {
			return f
		}
	}
	return export.Formats[0]
}

// saveQuiz asks where to save the quiz in f, and saves it.
func (m *Main) saveQuiz(f export.Format) {
	name, body, err := m.quizFile(f)
	if err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile("Save the quiz to import", name, body, exportDone[f.Name]+leftOutNote(f, m.Lesson.Questions))
}

// exportDone says what to do with a saved file, by format.
var exportDone = map[string]string{
	"moodle": "The quiz is saved. In Moodle, open the course's Question bank, choose Import, then Moodle XML format and this file.",
	"gift":   "The quiz is saved. In Moodle, open the course's Question bank, choose Import, then GIFT format and this file.",
	"qti": "The quiz is saved as a QTI 2.1 package. Import the .zip file as it is, without unpacking it, " +
		"with the platform's QTI or question bank import. For Canvas, choose the QTI 1.2 package instead.",
	"qti12": "The quiz is saved as a QTI 1.2 package for Canvas. Import the .zip file as it is, without unpacking it: " +
		"Settings › Import Course Content › QTI .zip file.",
	"xlsx": "The spreadsheet is saved. In Kahoot, choose Create › Kahoot, then Import spreadsheet, and this file.",
	"csv": "The spreadsheet is saved. Kahoot imports only Excel files: choose the .xlsx spreadsheet instead, or " +
		"open this one in Excel, LibreOffice or Google Sheets and save it as .xlsx.",
}

// leftOutNote says how many questions f left out, and why.
func leftOutNote(f export.Format, qs []quiz.Question) string {
	if f.LeftOut == nil {
		return ""
	}
	left := f.LeftOut(qs)
	if len(left) == 0 {
		return ""
	}
	var why []string
	for _, o := range left {
		if !slices.Contains(why, o.Why) {
			why = append(why, o.Why)
		}
	}
	return fmt.Sprintf("\n\n%d of the %d questions are not in it: %s.", len(left), len(qs), strings.Join(why, "; "))
}

// quizFile makes the lesson's quiz, as it stands, in f: the file's name
// and contents.
func (m *Main) quizFile(f export.Format) (string, []byte, error) {
	var buf bytes.Buffer
	if err := f.Write(&buf, m.Lesson.Article, m.Lesson.Questions); err != nil {
		return "", nil, err
	}
	return safeFileName(m.Lesson.Article.Name()) + f.Ext, buf.Bytes(), nil
}
