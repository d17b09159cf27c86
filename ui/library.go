package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/library"
	"github.com/lede-app/lede/data/store"
)

// Shelf is what the library needs from storage; *store.Store implements it.
type Shelf interface {
	Library(withArchived bool) ([]store.LibraryLesson, error)
	SetArchived(id int64, archived bool) error
	SetDeleted(id int64, deleted bool) error
	SetTags(id int64, tags string) error
}

// LibraryView lists the lessons on this computer with a search box that
// forgives typos, and lets the teacher open, tag, archive or delete a
// lesson — with Undo for the last archive or delete.
type LibraryView struct {
	Content      fyne.CanvasObject
	Search       *widget.Entry
	ShowArchived *widget.Check
	Undo         *widget.Button
	Status       *widget.Label
	// Rows are the lessons shown, in order.
	Rows []*LibraryRow
	// OnOpen is called with a lesson the teacher opens.
	OnOpen func(store.LibraryLesson)
	// OnError is called when the library cannot be read or changed.
	OnError func(error)

	shelf   Shelf
	list    *fyne.Container
	undo    func() error
	lessons []store.LibraryLesson
}

// LibraryRow is one lesson in the list.
type LibraryRow struct {
	Lesson                store.LibraryLesson
	Title                 *widget.Label
	Tags                  *leavingEntry
	Open, Archive, Delete *widget.Button
}

// NewLibraryView builds the library.
func NewLibraryView(shelf Shelf) *LibraryView {
	v := &LibraryView{shelf: shelf, list: container.New(wrapColumn{})}
	v.Search = widget.NewEntry()
	v.Search.SetPlaceHolder("Search titles, sites and tags — typos are fine")
	v.Search.OnChanged = func(string) { v.filter() }
	v.ShowArchived = widget.NewCheck("Show archived lessons", func(bool) { v.Reload() })
	v.Undo = widget.NewButton("Undo", v.doUndo)
	v.Undo.Hide()
	v.Status = widget.NewLabel("")
	top := container.NewVBox(v.Search, v.ShowArchived)
	bottom := container.NewBorder(nil, nil, nil, v.Undo, v.Status)
	v.Content = container.NewBorder(top, bottom, nil, nil, container.NewVScroll(v.list))
	v.Reload()
	return v
}

// Reload reads the library again and shows it, filtered by the search.
func (v *LibraryView) Reload() {
	lessons, err := v.shelf.Library(v.ShowArchived.Checked)
	if err != nil {
		v.fail(err)
		return
	}
	v.lessons = lessons
	v.filter()
}

// filter shows the lessons that match the search box.
func (v *LibraryView) filter() {
	items := make([]library.Item, len(v.lessons))
	byID := map[int64]store.LibraryLesson{}
	for i, l := range v.lessons {
		items[i] = library.Item{ID: l.ID, Text: l.Title + " · " + l.Site + " · " + l.Tags}
		byID[l.ID] = l
	}
	v.list.Objects, v.Rows = nil, nil
	for _, it := range library.Search(v.Search.Text, items) {
		row := v.newRow(byID[it.ID])
		v.Rows = append(v.Rows, row)
		v.list.Add(container.NewBorder(nil, nil, nil,
			container.NewHBox(row.Open, row.Archive, row.Delete),
			container.NewVBox(row.Title, row.Tags)))
	}
	if len(v.Rows) == 0 {
		v.list.Add(widget.NewLabel("No lesson matches. Open an article with File › Open lesson to add one."))
	}
	v.list.Refresh()
}

func (v *LibraryView) newRow(l store.LibraryLesson) *LibraryRow {
	r := &LibraryRow{Lesson: l}
	title := l.Title
	if l.Archived {
		title += " (archived)"
	}
	if l.Site != "" {
		title += " · " + l.Site
	}
	r.Title = widget.NewLabelWithStyle(fmt.Sprintf("%s — %d students", title, l.Students), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.Title.Wrapping = fyne.TextWrapWord
	r.Tags = newLeavingEntry()
	r.Tags.SetPlaceHolder("Tags, e.g. year 8, elections")
	r.Tags.SetText(l.Tags)
	saved := l.Tags
	save := func(text string) {
		if text == saved {
			return
		}
		if err := v.shelf.SetTags(l.ID, text); err != nil {
			v.fail(err)
			return
		}
		saved = text
		v.Status.SetText("Tags saved.")
		v.Reload()
	}
	// Saved on Enter and when the field is left (Tab or a click
	// elsewhere): a teacher should not lose tags for not pressing Enter.
	r.Tags.OnSubmitted = save
	r.Tags.OnLeave = save
	r.Open = widget.NewButton("Open", func() {
		if v.OnOpen != nil {
			v.OnOpen(l)
		}
	})
	archive, verb := true, "Archive"
	if l.Archived {
		archive, verb = false, "Unarchive"
	}
	r.Archive = widget.NewButton(verb, func() {
		v.change(func() error { return v.shelf.SetArchived(l.ID, archive) },
			func() error { return v.shelf.SetArchived(l.ID, !archive) },
			fmt.Sprintf("%q %sd.", l.Title, lowerFirstWord(verb)))
	})
	r.Delete = widget.NewButton("Delete", func() {
		v.change(func() error { return v.shelf.SetDeleted(l.ID, true) },
			func() error { return v.shelf.SetDeleted(l.ID, false) },
			fmt.Sprintf("%q deleted. Students' answers to it are kept.", l.Title))
	})
	r.Delete.Importance = widget.DangerImportance
	return r
}

// change applies do, offers Undo (which runs undo), and reloads.
func (v *LibraryView) change(do, undo func() error, done string) {
	if err := do(); err != nil {
		v.fail(err)
		return
	}
	v.undo = undo
	v.Status.SetText(done)
	v.Undo.Show()
	v.Reload()
}

func (v *LibraryView) doUndo() {
	if v.undo == nil {
		return
	}
	if err := v.undo(); err != nil {
		v.fail(err)
		return
	}
	v.undo = nil
	v.Undo.Hide()
	v.Status.SetText("Undone.")
	v.Reload()
}

func (v *LibraryView) fail(err error) {
	v.Status.SetText(Friendly(err))
	if v.OnError != nil {
		v.OnError(err)
	}
}

func lowerFirstWord(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// leavingEntry is an entry that says when the focus leaves it.
type leavingEntry struct {
	widget.Entry
	// OnLeave is called with the text when the focus leaves the entry.
	OnLeave func(string)
}

func newLeavingEntry() *leavingEntry {
	e := &leavingEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// FocusLost tells OnLeave.
func (e *leavingEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.OnLeave != nil {
		e.OnLeave(e.Text)
	}
}
