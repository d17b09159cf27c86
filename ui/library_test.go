package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/store"
)

func TestLibrarySearchArchiveDeleteUndo(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	st.AddLesson("k1", "Council Votes To Close Three Branch Libraries", "x")
	st.AddLesson("k2", "Harbour ferry to run all night from May", "y")
	st.AddLesson("k3", "Scientists Confirm Chocolate Cures The Common Cold", "z")
	v := NewLibraryView(st)
	test.NewTempWindow(t, v.Content)
	titles := func() string {
		var out []string
		for _, r := range v.Rows {
			out = append(out, strings.Fields(r.Lesson.Title)[0])
		}
		return strings.Join(out, " ")
	}
	if titles() != "Scientists Harbour Council" {
		t.Fatalf("library: %s", titles())
	}
	test.Type(v.Search, "chocolat cold")
	if titles() != "Scientists" {
		t.Errorf("search: %s", titles())
	}
	v.Search.SetText("")
	test.Tap(v.Rows[1].Archive) // the ferry
	if titles() != "Scientists Council" || !v.Undo.Visible() {
		t.Errorf("after archiving: %s, undo shown %v", titles(), v.Undo.Visible())
	}
	test.Tap(v.Undo)
	if titles() != "Scientists Harbour Council" || v.Undo.Visible() {
		t.Errorf("after undo: %s", titles())
	}
	test.Tap(v.Rows[2].Delete)
	if titles() != "Scientists Harbour" || !strings.Contains(v.Status.Text, "answers to it are kept") {
		t.Errorf("after deleting: %s (%q)", titles(), v.Status.Text)
	}
	test.Tap(v.Undo)
	if titles() != "Scientists Harbour Council" {
		t.Errorf("after undoing the delete: %s", titles())
	}
	v.Rows[0].Tags.SetText("health, year 8")
	v.Rows[0].Tags.OnSubmitted(v.Rows[0].Tags.Text)
	test.Type(v.Search, "year")
	if titles() != "Scientists" {
		t.Errorf("search by tag: %s", titles())
	}
	v.Search.SetText("")
	st.SetSite(v.Rows[2].Lesson.ID, "Harbridge Gazette")
	v.Reload()
	test.Type(v.Search, "gazete") // the site, misspelt
	if titles() != "Council" {
		t.Errorf("search by site: %s", titles())
	}
	var opened store.LibraryLesson
	v.OnOpen = func(l store.LibraryLesson) { opened = l }
	v.Search.SetText("chocolate")
	test.Tap(v.Rows[0].Open)
	if opened.Key != "k3" {
		t.Errorf("opened %+v", opened)
	}
}

// TestTagsSavedWhenLeavingTheField: tags typed and left with Tab are
// saved without Enter.
func TestTagsSavedWhenLeavingTheField(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	st.AddLesson("k1", "Council Votes", "Council Votes\n\nThe council voted.")
	v := NewLibraryView(st)
	w := test.NewTempWindow(t, v.Content)
	w.Canvas().Focus(v.Rows[0].Tags)
	v.Rows[0].Tags.SetText("year 8")
	w.Canvas().FocusNext()
	ls, _ := st.Library(false)
	if len(ls) != 1 || ls[0].Tags != "year 8" {
		t.Errorf("library %+v; want the tags saved when the field was left", ls)
	}
	if v.Status.Text != "Tags saved." {
		t.Errorf("status %q", v.Status.Text)
	}
}
