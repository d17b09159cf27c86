package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
)

// TestConflictsViewLetsTheTeacherChoose: a copied file's answers show as
// one group naming both students, with both versions; giving them to the
// real student moves the grade and empties the list (issue 16, item 4).
func TestConflictsViewLetsTheTeacherChoose(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	l, _ := st.AddLesson("k1", "Council Votes", "text")
	st.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
	for _, student := range []string{"Eve", "Ada"} {
		var buf bytes.Buffer
		classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: student, Attempts: []classroom.Attempt{
			{UUID: "u1", QuestionID: "q1", Answer: "yes", At: time.Now()}}})
		st.ImportResultsFile(strings.ToLower(student)+".lederesults", buf.Bytes())
	}
	v := NewConflictsView(st)
	changed := false
	v.OnChanged = func() { changed = true }
	test.NewTempWindow(t, v.Content)
	if len(v.Groups) != 1 || v.Groups[0].Student != "Ada" || v.Groups[0].StoredStudent != "Eve" {
		t.Fatalf("groups: %+v", v.Groups)
	}
	var give *widget.Button
	walk(v.Content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Give them to Ada" {
			give = b
		}
	})
	if give == nil {
		t.Fatal("no “Give them to Ada” button")
	}
	test.Tap(give)
	if !changed || len(v.Groups) != 0 {
		t.Errorf("after giving the answers to Ada: changed %v, %d groups left", changed, len(v.Groups))
	}
	if grades, _ := st.Grades(); len(grades) != 1 || grades[0].Student != "Ada" {
		t.Errorf("grades: %+v; want Ada's", grades)
	}
}
