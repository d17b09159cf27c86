package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/store"
)

// bundleShare is the File › Teacher's files › Share lessons as a bundle… dialog: which of
// the library's lessons to put in one file for other teachers.
type bundleShare struct {
	// Lessons has a box per lesson in the library, the open one ticked.
	Lessons []*widget.Check
	ids     []int64
}

// bundleFileName is the name a bundle is first offered under.
const bundleFileName = "Lede lessons" + classroom.BundleExt

// shareBundle asks which lessons to share, then where to save the
// bundle. The lessons hold their answer keys, so the menu item is behind
// the teacher's PIN.
func (m *Main) shareBundle() *bundleShare {
	lib, err := m.Store.Library(false)
	if err != nil {
		m.ShowError(err)
		return nil
	}
	b := &bundleShare{}
	boxes := container.NewVBox()
	for i := len(lib) - 1; i >= 0; i-- { // oldest first, as they were added
		l := lib[i]
		label := l.Title
		if l.Tags != "" {
			label += " · " + l.Tags
		}
		c := widget.NewCheck(label, nil)
		c.SetChecked(l.ID == m.stored.ID)
		b.Lessons = append(b.Lessons, c)
		b.ids = append(b.ids, l.ID)
		boxes.Add(c)
	}
	all := widget.NewCheck("All the lessons", func(on bool) {
		for _, c := range b.Lessons {
			c.SetChecked(on)
		}
	})
	text := widget.NewLabel("One file with the lessons you tick, to share with other teachers on a USB stick " +
		"or a shared drive: each article with its questions and settings as they stand on this computer, " +
		"and your tags. Students' answers are not in it. Another teacher imports it with File › Teacher's files › Import a lesson bundle…")
	text.Wrapping = fyne.TextWrapWord
	list := container.NewVScroll(boxes)
	list.SetMinSize(fyne.NewSize(0, 260))
	d := dialog.NewCustomConfirm("Share lessons as a bundle", "Save…", "Cancel",
		container.NewBorder(container.NewVBox(text, all), nil, nil, nil, list), func(ok bool) {
			if ok {
				m.saveBundle(b.chosen())
			}
		}, m.Window)
	d.Resize(fyne.NewSize(620, 480))
	d.Show()
	return b
}

// chosen are the IDs of the lessons ticked, in the list's order.
func (b *bundleShare) chosen() []int64 {
	var ids []int64
	for i, c := range b.Lessons {
		if c.Checked {
			ids = append(ids, b.ids[i])
		}
	}
	return ids
}

// saveBundle asks where to save the bundle of the lessons with these
// IDs, and saves it.
func (m *Main) saveBundle(ids []int64) {
	body, err := m.bundleFile(ids)
	if err != nil {
		m.ShowError(err)
		return
	}
	m.saveFile("Save the bundle of lessons", bundleFileName, body, fmt.Sprintf("The bundle of %d lessons is saved. Another teacher imports it "+
		"with File › Teacher's files › Import a lesson bundle…; where they have their own version of a lesson, Lede asks them which to keep.", len(ids)))
}

// bundleFile makes the bundle of the lessons with these IDs as they
// stand on this computer.
func (m *Main) bundleFile(ids []int64) ([]byte, error) {
	if len(ids) == 0 {
		return nil, classroom.ErrEmptyBundle
	}
	lessons, err := m.Store.BundleLessons(ids, time.Now())
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := classroom.WriteBundle(&buf, lessons); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ImportBundleFile imports the lesson bundle at path, behind the
// teacher's PIN, as dropping it on the window does: for `lede
// LESSONS.ledebundle`, or a bundle opened from the file manager.
func (m *Main) ImportBundleFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		m.ShowError(fmt.Errorf("open %q: %w", filepath.Base(path), err))
		return
	}
	defer f.Close()
	m.openReader(filepath.Base(path), f)
}

// chooseBundle asks for a bundle file and imports it.
func (m *Main) chooseBundle() {
	m.chooseFile("Open a bundle of lessons", []string{classroom.BundleExt}, classroom.MaxBundle, func(name string, raw []byte) {
		m.importBundle(name, raw)
	})
}

// bundleImport is the question asked before a bundle is imported over
// lessons the teacher made their own: for each, keep mine or use theirs.
type bundleImport struct {
	// Choices has one pick per conflicting lesson, by key: keepMine
	// (the default) or useTheirs.
	Choices map[string]*ChoiceList
	// dialog asks it: Escape on any of its controls closes it.
	dialog *keyDialog
}

// The two answers to a conflict, in a teacher's words. "Keep both" is
// not offered: a lesson is known by its article's text on every computer
// and in every results file, so two versions of one article would be
// two lessons no student's answers could tell apart.
const (
	keepMine  = "Keep mine"
	useTheirs = "Use theirs"
)

// importBundle checks a bundle whole, then adds its lessons to the
// library. When some lessons are here already as the teacher's own
// version, and the bundle's differs, it asks first, lesson by lesson,
// keeping the teacher's unless they choose otherwise. A bundle Lede
// cannot use changes nothing. It returns the question asked, or nil.
func (m *Main) importBundle(name string, raw []byte) *bundleImport {
	lessons, err := classroom.ReadBundle(raw)
	if err != nil {
		m.ShowError(fmt.Errorf("import %q: %w. Nothing from the bundle was imported", name, err))
		return nil
	}
	plan, err := m.Store.PlanBundle(lessons)
	if err != nil {
		m.ShowError(err)
		return nil
	}
	q := &bundleImport{Choices: map[string]*ChoiceList{}}
	rows := container.NewVBox()
	for _, p := range plan {
		if p.Status != store.BundleConflict {
			continue
		}
		r := newDialogChoice([]string{keepMine, useTheirs}, &q.dialog)
		r.SetSelected(keepMine)
		q.Choices[p.Key] = r
		title := widget.NewLabelWithStyle(p.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		rows.Add(container.NewVBox(title, r))
	}
	if len(q.Choices) == 0 {
		m.finishBundle(lessons, nil)
		return nil
	}
	text := widget.NewLabel(fmt.Sprintf("The bundle holds %d lessons. You have your own version of the %s below: "+
		"you edited the questions or settings, or handed the lesson out. The bundle's version is different. "+
		"For each, keep yours or use theirs. Students' answers are kept either way.",
		len(lessons), plural(len(q.Choices), "lesson", "lessons")))
	text.Wrapping = fyne.TextWrapWord
	list := container.NewVScroll(rows)
	list.SetMinSize(fyne.NewSize(0, 220))
	q.dialog = newKeyDialog("Import a lesson bundle", "Import",
		container.NewBorder(text, nil, nil, nil, list), func() { m.finishBundle(lessons, q.theirs()) }, m.Window)
	q.dialog.Resize(fyne.NewSize(620, 460))
	q.dialog.Show()
	return q
}

// theirs says, by key, where the teacher chose the bundle's version.
func (q *bundleImport) theirs() map[string]bool {
	out := map[string]bool{}
	for key, r := range q.Choices {
		out[key] = r.Selected == useTheirs
	}
	return out
}

// finishBundle imports the lessons, in one transaction, and says what
// it did; the open lesson shows the bundle's questions if it took them.
func (m *Main) finishBundle(lessons []classroom.BundleLesson, theirs map[string]bool) {
	rep, err := m.Store.ImportBundle(lessons, theirs)
	if err != nil {
		m.ShowError(fmt.Errorf("%w. Nothing from the bundle was imported", err))
		return
	}
	for _, l := range rep.Lessons {
		if l.Key == m.Lesson.Key && (l.Result == store.BundleUpdated || l.Result == store.BundleReplaced) {
			m.reloadQuestions()
		}
	}
	m.info("Lesson bundle imported", bundleSummary(rep))
}

// bundleSummary says what an import did, in a sentence per kind of
// result; the lessons are in the library (Teacher › Lessons and classes).
func bundleSummary(rep store.BundleReport) string {
	parts := []struct {
		res  store.BundleResult
		text string
	}{
		{store.BundleAdded, "added to your library"},
		{store.BundleUpdated, "given the bundle's questions (you had not edited them)"},
		{store.BundleReplaced, "replaced with the bundle's version, as you chose"},
		{store.BundleKept, "kept as your own version"},
		{store.BundleUnchanged, "already in your library as they are in the bundle"},
	}
	var lines []string
	for _, p := range parts {
		if n := rep.Count(p.res); n > 0 {
			lines = append(lines, fmt.Sprintf("%s %s.", upperFirst(plural(n, "lesson", "lessons")), p.text))
		}
	}
	restored := 0
	for _, l := range rep.Lessons {
		if l.Restored {
			restored++
		}
	}
	if restored > 0 {
		lines = append(lines, fmt.Sprintf("%s you had deleted %s back in the library.",
			upperFirst(plural(restored, "lesson", "lessons")), map[bool]string{true: "is", false: "are"}[restored == 1]))
	}
	return strings.Join(lines, "\n") + "\n\nThe lessons are in the lesson library (Teacher › Lessons and classes › Lesson library…)."
}

// plural says n things: "1 lesson", "3 lessons".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
