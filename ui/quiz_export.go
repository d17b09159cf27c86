package ui

import (
	"bytes"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/export"
)

// quizExport is the File › Export quiz… dialog: which format to save the
// lesson's quiz in for a learning platform's question bank.
type quizExport struct {
	Format *widget.RadioGroup
	dialog dialog.Dialog
}

// exportQuiz asks for a format, then where to save the quiz. The file
// holds the answer key, so the menu item is behind the teacher's PIN.
func (m *Main) exportQuiz() *quizExport {
	labels := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		labels[i] = f.Label
	}
	e := &quizExport{Format: widget.NewRadioGroup(labels, nil)}
	e.Format.Required = true
	e.Format.SetSelected(labels[0])
	text := widget.NewLabel("The article and its questions, with each answer's explanation, " +
		"for a learning platform's question bank. In Moodle: Question bank › Import, then the same format.")
	text.Wrapping = fyne.TextWrapWord
	e.dialog = dialog.NewCustomConfirm("Export quiz", "Save…", "Cancel", container.NewVBox(text, e.Format), func(ok bool) {
		if ok {
			m.saveQuiz(e.format())
		}
	}, m.Window)
	e.dialog.Resize(fyne.NewSize(520, 0))
	e.dialog.Show()
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
	m.saveFile(name, body, "The quiz is saved. In Moodle, open the course's Question bank, choose Import, "+
		"choose "+f.Label+" and this file.")
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
