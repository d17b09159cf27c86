package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/export"
)

// menuItem finds a menu item of the window's main menu by its menu's and
// its own label.
func menuItem(t *testing.T, w fyne.Window, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range menuItems(w, menu) {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no %s › %s menu item", menu, label)
	return nil
}

// menuItems are the items of the window's menu, and of its submenus
// after the item that opens each: the teacher's items are in submenus
// so that each menu fits the window at 200 % (TestEveryMenuFitsAtLargeText).
func menuItems(w fyne.Window, menu string) []*fyne.MenuItem {
	var all []*fyne.MenuItem
	var add func(items []*fyne.MenuItem)
	add = func(items []*fyne.MenuItem) {
		for _, it := range items {
			all = append(all, it)
			if it.ChildMenu != nil {
				add(it.ChildMenu.Items)
			}
		}
	}
	for _, mn := range w.MainMenu().Items {
		if mn.Label == menu {
			add(mn.Items)
		}
	}
	return all
}

// subMenuItem is menu › sub › label in the window's main menu.
func subMenuItem(t *testing.T, w fyne.Window, menu, sub, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range menuItem(t, w, menu, sub).ChildMenu.Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no %s › %s › %s menu item", menu, sub, label)
	return nil
}

// openBehindPIN chooses menu › label, which shows only in teacher mode:
// it opens teacher mode first with Teacher › Open teacher mode…, typing
// pin, then chooses the item.
func openBehindPIN(t *testing.T, m *Main, w fyne.Window, menu, label, pin string) {
	t.Helper()
	if hasMenuItem(w, menu, label) {
		t.Fatalf("%s › %s shows with teacher mode locked", menu, label)
	}
	menuItem(t, w, "Teacher", "Open teacher mode…").Action()
	entries := overlayEntries(w)
	if len(entries) == 0 || m.Teacher.Unlocked {
		t.Fatalf("Open teacher mode… did not ask for the teacher's PIN")
	}
	test.Type(entries[0], pin)
	tapButton(t, w, "Open")
	if top := w.Canvas().Overlays().Top(); top != nil {
		top.Hide() // "Teacher mode is open."
	}
	menuItem(t, w, menu, label).Action()
}

// hasMenuItem reports whether the window's menu › label shows.
func hasMenuItem(w fyne.Window, menu, label string) bool {
	for _, it := range menuItems(w, menu) {
		if it.Label == label {
			return true
		}
	}
	return false
}

// openExportQuiz opens File › Export quiz… on the sample lesson, behind
// the teacher's PIN, and returns its list of formats.
func openExportQuiz(t *testing.T) (*Main, fyne.Window, *ChoiceList) {
	t.Helper()
	test.NewTempApp(t)
	st := tempStore(t)
	st.SetTeacherPIN("4821")
	m, w := sampleMain(t, st)
	openBehindPIN(t, m, w, "File", "Export quiz…", "4821")
	var formats *ChoiceList
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if r, ok := o.(*ChoiceList); ok {
			formats = r
		}
	})
	return m, w, formats
}

// TestExportQuiz: File › Export quiz… asks for the teacher's PIN (the
// file holds the answer key), then for a format; Save… offers a file
// named after the article, ending as that format must for Moodle to take
// it, and the file holds the lesson's questions as they stand.
func TestExportQuiz(t *testing.T) {
	m, w, formats := openExportQuiz(t)
	if formats == nil || len(formats.Options) != len(export.Formats) || formats.Selected != export.Formats[0].Label {
		t.Fatalf("the format choice is %+v; want every format, the first chosen", formats)
	}
	gift := export.Formats[1]
	formats.SetSelected(gift.Label)
	tapButton(t, w, "Save…")
	want := safeFileName(m.Lesson.Article.Name()) + gift.Ext
	offered := false
	walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Text == want {
			offered = true
		}
	})
	if !offered {
		t.Errorf("the save dialog does not offer the name %q", want)
	}

	m.Lesson.Questions = m.Lesson.Questions[:2] // as if the teacher had cut the quiz
	name, body, err := m.quizFile(gift)
	if err != nil || name != want {
		t.Fatalf("quizFile: %q, %v", name, err)
	}
	if got := strings.Count(string(body), "\n::"); got != 3 {
		t.Errorf("the file holds %d items; want the article and the 2 questions left:\n%s", got, body)
	}
	for _, q := range m.Lesson.Questions {
		if !strings.Contains(string(body), "::"+q.ID+"::") {
			t.Errorf("question %s is missing from the file", q.ID)
		}
	}
}

// TestExportQuizForCanvas: the format list offers Canvas its QTI 1.2
// package, and the file saved is that package, named to end in .zip.
func TestExportQuizForCanvas(t *testing.T) {
	m, _, formats := openExportQuiz(t)
	canvas, err := export.Lookup("qti12")
	if err != nil || formats == nil || !slices.Contains(formats.Options, canvas.Label) || !strings.Contains(canvas.Label, "Canvas") {
		t.Fatalf("the format choice %+v does not offer Canvas's QTI 1.2 package (%v)", formats, err)
	}
	formats.SetSelected(canvas.Label)
	name, body, err := m.quizFile(canvas)
	if err != nil || !strings.HasSuffix(name, ".qti12.zip") || !strings.HasPrefix(string(body), "PK") {
		t.Fatalf("quizFile: %q, %v", name, err)
	}
	if !strings.Contains(string(body), "imsmanifest.xml") || !strings.Contains(exportDone[canvas.Name], "QTI .zip file") {
		t.Errorf("the package has no manifest, or the message after saving does not say how Canvas imports it")
	}
}

// TestExportDoneMessages: every format says what to do with the file,
// and the spreadsheet says how many questions it left out, and why.
func TestExportDoneMessages(t *testing.T) {
	l := sampleLesson(t)
	for _, f := range export.Formats {
		if exportDone[f.Name] == "" {
			t.Errorf("format %s has no message for after saving", f.Name)
		}
		note := leftOutNote(f, l.Questions)
		if f.LeftOut == nil && note != "" {
			t.Errorf("%s keeps every question but says %q", f.Name, note)
		}
	}
	csv, _ := export.Lookup("csv")
	note := leftOutNote(csv, l.Questions)
	if !strings.Contains(note, "questions are not in it") || !strings.Contains(note, "students type its answer") {
		t.Errorf("the spreadsheet's note is %q", note)
	}
}
