package ui

import (
	"bytes"
	"cmp"
	"fmt"
	"image/color"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// DashboardView shows a lesson's class progress: a table of students that
// sorts by any column (a student's name opens their answers), and for
// each question a bar of the share right at the first try, with the
// commonest wrong answers and who gave them — the questions that tripped
// the class up stand out as short bars. The table exports as CSV.
type DashboardView struct {
	Content fyne.CanvasObject
	// Bars holds one bar per question, in quiz order, for tests.
	Bars []*QuestionBar
	// Rows holds the table's rows, in the order shown.
	Rows []*ScoreRow
	// Headers sort the table by their column; pressed again, the other
	// way round.
	Headers []*widget.Button
	Export  *widget.Button
	// Print saves the dashboard as a page to print (OnPrint).
	Print *widget.Button
	// OnStudent opens a student's answers; OnQuestion shows who got a
	// question wrong; OnExport saves the table as CSV.
	OnStudent  func(store.StudentScore)
	OnQuestion func(quiz.Question)
	OnExport   func(csv []byte)
	OnPrint    func(html []byte)

	d         store.Dashboard
	questions int
	sortBy    int
	desc      bool
	table     *fyne.Container
}

// QuestionBar is one question's line on the chart.
type QuestionBar struct {
	Question string
	Share    float64 // right at the first try, 0–1; -1 when nobody answered
	Label    *widget.Label
	Bar      *canvas.Rectangle
	// WhoWrong lists who got it wrong; nil when nobody did.
	WhoWrong *widget.Button
}

// ScoreRow is one student's line of the table.
type ScoreRow struct {
	Score store.StudentScore
	Name  *widget.Button
	Cells []*widget.Label // answered, score, first try, last answer
}

// dashboardColumns are the table's columns, in order.
var dashboardColumns = []string{"Student", "Answered", "Score", "Right at first try", "Last answer"}

// NewDashboardView builds the view from a dashboard and the lesson's
// questions.
func NewDashboardView(d store.Dashboard, qs []quiz.Question) *DashboardView {
	v := &DashboardView{d: d, questions: len(qs), table: container.New(layout.NewGridLayoutWithColumns(len(dashboardColumns)))}
	for i, name := range dashboardColumns {
		b := widget.NewButton(name, func() { v.SortBy(i) })
		b.Importance = widget.LowImportance
		v.Headers = append(v.Headers, b)
	}
	v.Export = widget.NewButton("Export this table…", v.export)
	v.Print = widget.NewButton("Page to print…", v.printPage)
	students := container.New(wrapColumn{})
	students.Add(container.NewBorder(nil, nil, nil, container.NewHBox(v.Export, v.Print), heading("Students")))
	if len(d.Students) == 0 {
		students.Add(widget.NewLabel("No student has answered yet."))
	} else {
		students.Add(v.table)
		v.SortBy(0)
	}
	chart := container.New(wrapColumn{})
	chart.Add(heading("Right at the first try, question by question"))
	for i, q := range qs {
		bar := newQuestionBar(i+1, q, d.Questions[q.ID])
		v.Bars = append(v.Bars, bar)
		chart.Add(bar.Label)
		track := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
		track.CornerRadius = 3
		chart.Add(container.New(&barLayout{share: max(bar.Share, 0)}, track, bar.Bar))
		if st := d.Questions[q.ID]; st != nil && st.FirstTryCorrect < st.Students {
			bar.WhoWrong = widget.NewButton("Who got it wrong?", func() {
				if v.OnQuestion != nil {
					v.OnQuestion(q)
				}
			})
			chart.Add(container.NewHBox(bar.WhoWrong))
		}
	}
	v.Content = container.NewVScroll(container.NewPadded(container.New(wrapColumn{}, students, widget.NewSeparator(), chart)))
	return v
}

// SortBy sorts the table by column i (dashboardColumns); the same
// column again sorts the other way. Names sort A to Z first, figures
// highest first, the last answer most recent first.
func (v *DashboardView) SortBy(i int) {
	if i == v.sortBy && len(v.Rows) > 0 {
		v.desc = !v.desc
	} else {
		v.sortBy, v.desc = i, i != 0
	}
	scores := slices.Clone(v.d.Students)
	slices.SortStableFunc(scores, func(a, b store.StudentScore) int {
		c := compareScores(a, b, v.sortBy)
		if c == 0 {
			c = strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
		} else if v.desc {
			c = -c
		}
		return c
	})
	for k, h := range v.Headers {
		h.Icon = nil
		if k == v.sortBy {
			h.Icon = theme.MenuDropUpIcon()
			if v.desc {
				h.Icon = theme.MenuDropDownIcon()
			}
		}
		h.Refresh()
	}
	v.table.Objects = nil
	for _, h := range v.Headers {
		v.table.Add(h)
	}
	v.Rows = nil
	for _, sc := range scores {
		row := &ScoreRow{Score: sc, Name: widget.NewButton(sc.Name, func() {
			if v.OnStudent != nil {
				v.OnStudent(sc)
			}
		})}
		row.Name.Alignment = widget.ButtonAlignLeading
		v.table.Add(row.Name)
		for _, text := range v.cells(sc) {
			l := widget.NewLabel(text)
			row.Cells = append(row.Cells, l)
			v.table.Add(l)
		}
		v.Rows = append(v.Rows, row)
	}
	v.table.Refresh()
}

// compareScores orders two students by column i.
func compareScores(a, b store.StudentScore, i int) int {
	switch i {
	case 1:
		return cmp.Compare(a.Answered, b.Answered)
	case 2:
		return cmp.Compare(a.Correct, b.Correct)
	case 3:
		return cmp.Compare(a.FirstTry, b.FirstTry)
	case 4:
		return a.LastActive.Compare(b.LastActive)
	}
	return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
}

// cells are a student's figures as the table shows them.
func (v *DashboardView) cells(sc store.StudentScore) []string {
	return []string{
		fmt.Sprintf("%d of %d", sc.Answered, v.questions),
		percent(sc.Correct, v.questions),
		percent(sc.FirstTry, v.questions),
		lastAnswer(sc.LastActive, time.Now()),
	}
}

func percent(n, of int) string {
	if of == 0 {
		return "—"
	}
	return fmt.Sprintf("%d %%", (100*n+of/2)/of)
}

// lastAnswer says when, in a teacher's terms: a time today, else a date.
func lastAnswer(t, now time.Time) string {
	switch {
	case t.IsZero():
		return "—"
	case t.Local().Format("2006-01-02") == now.Local().Format("2006-01-02"):
		return "today " + t.Local().Format("15:04")
	}
	return t.Local().Format("2 Jan 15:04")
}

// printPage hands the dashboard, as shown, to OnPrint as a web page.
func (v *DashboardView) printPage() {
	if v.OnPrint == nil {
		return
	}
	var bars []classroom.PrintBar
	for _, b := range v.Bars {
		bars = append(bars, classroom.PrintBar{Label: b.Label.Text, Share: b.Share})
	}
	var buf bytes.Buffer
	if err := classroom.WritePrintable(&buf, "Class dashboard", dashboardColumns, v.tableRows(), bars); err == nil {
		v.OnPrint(buf.Bytes())
	}
}

// tableRows are the table's rows as shown.
func (v *DashboardView) tableRows() [][]string {
	var rows [][]string
	for _, r := range v.Rows {
		rows = append(rows, append([]string{r.Score.Name}, v.cells(r.Score)...))
	}
	return rows
}

// export hands the table, as shown, to OnExport as CSV.
func (v *DashboardView) export() {
	if v.OnExport == nil {
		return
	}
	var buf bytes.Buffer
	if err := classroom.WriteTable(&buf, dashboardColumns, v.tableRows()); err == nil {
		v.OnExport(buf.Bytes())
	}
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

// barLayout draws a bar over its track: the first object spans the whole
// width (100 %), the second share of it.
type barLayout struct{ share float64 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for i, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		if i == 0 && len(objs) > 1 {
			o.Resize(size)
			continue
		}
		o.Resize(fyne.NewSize(max(float32(l.share)*size.Width, 4), size.Height))
	}
}

func (l *barLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(40, theme.TextSize()*1.2)
}
