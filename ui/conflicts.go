package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/store"
)

// ConflictKeeper lists and settles conflicting answers; *store.Store
// implements it.
type ConflictKeeper interface {
	Conflicts() ([]store.ConflictGroup, error)
	ResolveConflicts(ids []int64, useFile bool) error
}

// ConflictsView shows answers that two results files gave under the
// same IDs — one file was copied or changed — one group per pair of
// students, with both versions, and lets the teacher choose which
// counts. Nothing is decided for the teacher.
type ConflictsView struct {
	Content *fyne.Container
	// Groups are the groups shown, for tests.
	Groups []store.ConflictGroup
	// Choose settles group i, for the buttons and tests.
	Choose func(i int, useFile bool)
	// OnChanged is told when answers moved from one student to another.
	OnChanged func()
	// OnError is told when the conflicts cannot be read or settled.
	OnError func(error)

	keeper ConflictKeeper
	list   *fyne.Container
}

// NewConflictsView shows the conflicts the teacher has not settled.
func NewConflictsView(k ConflictKeeper) *ConflictsView {
	v := &ConflictsView{keeper: k, list: container.NewVBox()}
	v.Choose = v.choose
	intro := widget.NewLabel("Each group below is a results file whose answers carry the same IDs as answers " +
		"already imported for another student: one of the two files was copied or changed. " +
		"Ask the students if you can, then choose whose answers count. The other version is kept on record.")
	intro.Wrapping = fyne.TextWrapWord
	v.Content = container.NewBorder(intro, nil, nil, nil, container.NewVScroll(v.list))
	v.Reload()
	return v
}

// Reload reads the conflicts again.
func (v *ConflictsView) Reload() {
	groups, err := v.keeper.Conflicts()
	if err != nil {
		v.fail(err)
		return
	}
	v.Groups = groups
	v.list.RemoveAll()
	if len(groups) == 0 {
		v.list.Add(widget.NewLabel("No conflicting answers: every results file imported cleanly."))
	}
	for i, g := range groups {
		v.list.Add(v.groupCard(i, g))
	}
	v.list.Refresh()
}

func (v *ConflictsView) groupCard(i int, g store.ConflictGroup) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(fmt.Sprintf("%s — “%s”", g.File, g.LessonTitle), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	what := widget.NewLabel(fmt.Sprintf("This file says these %d answers are %s's; they were already imported as %s's.",
		len(g.Conflicts), g.Student, g.StoredStudent))
	what.Wrapping = fyne.TextWrapWord
	details := widget.NewLabel(conflictLines(g))
	details.Wrapping = fyne.TextWrapWord
	keep := widget.NewButton(fmt.Sprintf("Keep them as %s's", g.StoredStudent), func() { v.Choose(i, false) })
	use := widget.NewButton(fmt.Sprintf("Give them to %s", g.Student), func() { v.Choose(i, true) })
	return container.NewVBox(widget.NewSeparator(), head, what, details, container.NewHBox(keep, use))
}

// conflictLines shows each answer's two versions, the first few only.
func conflictLines(g store.ConflictGroup) string {
	var b strings.Builder
	for j, c := range g.Conflicts {
		if j == 5 {
			fmt.Fprintf(&b, "… and %d more", len(g.Conflicts)-5)
			break
		}
		fmt.Fprintf(&b, "Question %s: %s answered “%s” (%s); this file: %s answered “%s” (%s)\n", c.QuestionID,
			c.Stored.Student, c.Stored.Answer, c.Stored.At.Local().Format("2 Jan 15:04"),
			c.Incoming.Student, c.Incoming.Answer, c.Incoming.At.Local().Format("2 Jan 15:04"))
	}
	return strings.TrimSpace(b.String())
}

func (v *ConflictsView) choose(i int, useFile bool) {
	if i < 0 || i >= len(v.Groups) {
		return
	}
	if err := v.keeper.ResolveConflicts(v.Groups[i].IDs(), useFile); err != nil {
		v.fail(err)
		return
	}
	if useFile && v.OnChanged != nil {
		v.OnChanged()
	}
	v.Reload()
}

func (v *ConflictsView) fail(err error) {
	if v.OnError != nil {
		v.OnError(err)
	}
}
