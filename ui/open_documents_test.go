package ui

import (
	"archive/zip"
	"bytes"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/article"
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

// TestPlainErrorsEndAsSentences: a message in plain words ends on a full
// stop — the one for a Word file ended on "… Paste an article" (an
// independent audit of issue 11) — and one that ends on its own mark
// keeps it.
func TestPlainErrorsEndAsSentences(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"this is a Word document. Use File › Paste an article", "This is a Word document. Use File › Paste an article."},
		{"the file is empty.", "The file is empty."},
		{"is it open (in another program)", "Is it open (in another program)"},
		{"", ""},
	} {
		if got := asSentence(c.in); got != c.want {
			t.Errorf("asSentence(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if got := Friendly(article.ErrZipped); !strings.HasSuffix(got, ".") {
		t.Errorf("the Word file's message ends %q", got[max(0, len(got)-20):])
	}
}
