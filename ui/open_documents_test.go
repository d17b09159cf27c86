package ui

import (
	"archive/zip"
	"bytes"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestOpenListsDocumentsItExplains: File › Open lesson… lists the
// documents Lede cannot read but explains — PDF, Word, OpenDocument,
// RTF — and one opened through the window is told, in a dialog, how to
// save the article as text; the lesson stays. A .docx was not listed,
// so its message could not be reached from the menu (issue 11, an
// independent audit of the real window).
func TestOpenListsDocumentsItExplains(t *testing.T) {
	for _, ext := range []string{".pdf", ".docx", ".doc", ".odt", ".rtf"} {
		if !slices.Contains(lessonExtensions, ext) {
			t.Errorf("File › Open lesson… does not list %s files", ext)
		}
	}
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	m, err := NewMain(w, tempStore(t), sampleLesson(t))
	if err != nil {
		t.Fatal(err)
	}
	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	for _, name := range []string{"[Content_Types].xml", "word/", "word/document.xml"} {
		if _, err := zw.Create(name); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	var changed bool
	m.OnLessonChanged = func(*Main) { changed = true }
	m.openReader("article.docx", &docx)
	m.opening.Wait()
	if changed {
		t.Error("a Word file replaced the lesson")
	}
	if !overlayShows(w, "Plain text (.txt)") {
		t.Error("opening a Word file does not say how to save the article as text")
	}
}
