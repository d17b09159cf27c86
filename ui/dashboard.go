package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// DashboardView shows a lesson's class progress: each student's score,
// and for each question a bar of the share right at the first try, with
// the commonest wrong answers — the questions that tripped the class up
// stand out as short bars.
type DashboardView struct {
	Content fyne.CanvasObject
	// Bars holds one bar per question, in quiz order, for tests.
	Bars []*QuestionBar
	// Scores holds the students' lines.
	Scores []*widget.Label
}

// QuestionBar is one question's line on the chart.
type QuestionBar struct {
	Question string
	Share    float64 // right at the first try, 0–1; -1 when nobody answered
	Label    *widget.Label
	Bar      *canvas.Rectangle
}

// NewDashboardView builds the view from a dashboard and the lesson's
// questions.
func NewDashboardView(d store.Dashboard, qs []quiz.Question) *DashboardView {
	v := &DashboardView{}
	students := container.New(wrapColumn{})
	students.Add(heading("Students"))
	if len(d.Students) == 0 {
		students.Add(widget.NewLabel("No student has answered yet."))
	}
	for _, s := range d.Students {
		l := widget.NewLabel(fmt.Sprintf("%s — %d of %d correct, %d answered", s.Name, s.Correct, len(qs), s.Answered))
		v.Scores = append(v.Scores, l)
		students.Add(l)
	}
	chart := container.New(wrapColumn{})
	chart.Add(heading("Right at the first try, question by question"))
	for i, q := range qs {
		bar := newQuestionBar(i+1, q, d.Questions[q.ID])
		v.Bars = append(v.Bars, bar)
		chart.Add(bar.Label)
		chart.Add(container.New(&barLayout{share: max(bar.Share, 0)}, bar.Bar))
	}
	v.Content = container.NewVScroll(container.NewPadded(container.New(wrapColumn{}, students, widget.NewSeparator(), chart)))
	return v
}

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func newQuestionBar(n int, q quiz.Question, st *store.QuestionStats) *QuestionBar {
	b := &QuestionBar{Question: q.ID, Share: -1}
	text := fmt.Sprintf("%d. %s — nobody has answered yet", n, shorten(q.Prompt, 90))
	if st != nil && st.Students > 0 {
		b.Share = float64(st.FirstTryCorrect) / float64(st.Students)
		text = fmt.Sprintf("%d. %s — %d of %d right at the first try", n, shorten(q.Prompt, 90), st.FirstTryCorrect, st.Students)
		if len(st.CommonWrong) > 0 {
			var wrong []string
			for _, w := range st.CommonWrong {
				wrong = append(wrong, fmt.Sprintf("“%s” (%d)", w.Answer, w.Count))
			}
			text += "\nCommon wrong answers: " + strings.Join(wrong, ", ")
		}
	}
	b.Label = widget.NewLabel(text)
	b.Label.Wrapping = fyne.TextWrapWord
	b.Bar = canvas.NewRectangle(barColor(b.Share))
	b.Bar.CornerRadius = 3
	return b
}

// barColor is green for questions most got right, amber for a struggle,
// red for a question that tripped most of the class.
func barColor(share float64) color.Color {
	switch {
	case share < 0:
		return theme.Color(theme.ColorNameDisabled)
	case share >= 0.7:
		return theme.Color(theme.ColorNameSuccess)
	case share >= 0.4:
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNameError)
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// barLayout draws its one object as a bar share of the width.
type barLayout struct{ share float64 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(max(float32(l.share)*size.Width, 4), size.Height))
	}
}

func (l *barLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(40, theme.TextSize()*1.2)
}
