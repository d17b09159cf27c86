package article

import (
	"archive/zip"
	"bytes"
	"testing"
)

// zipOf writes entries, in order, as a zip file; a name ending in "/" is
// a folder, as Word writes some.
func zipOf(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(e[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestZippedDocumentsAreKnown: a Word, OpenDocument, EPUB or Pages file
// is a zipped document, however its entries are ordered or cut short; a
// zip of Lede's own kind, or any other zip, is not.
func TestZippedDocumentsAreKnown(t *testing.T) {
	docx := zipOf(t, [2]string{"[Content_Types].xml", "<Types/>"}, [2]string{"_rels/", ""},
		[2]string{"word/", ""}, [2]string{"word/document.xml", "<w:document/>"})
	for _, c := range []struct {
		name string
		raw  []byte
		want bool
	}{
		{"docx with folder entries", docx, true},
		{"docx cut short", docx[:60], true},
		{"odt", zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.text"}, [2]string{"content.xml", "<office/>"}), true},
		{"odt by its mimetype alone", zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.text"}), true},
		{"epub", zipOf(t, [2]string{"mimetype", "application/epub+zip"}, [2]string{"META-INF/container.xml", "<container/>"}), true},
		{"pages", zipOf(t, [2]string{"Index/Document.iwa", "x"}), true},
		{"xlsx", zipOf(t, [2]string{"[Content_Types].xml", "<Types/>"}, [2]string{"xl/workbook.xml", "<workbook/>"}), true},
		// Near misses: Lede's own packs, and other zips.
		{"a lesson pack's kind of entries", zipOf(t, [2]string{"manifest.json", "{}"}, [2]string{"article.txt", "A story."}), false},
		{"a zip of pictures", zipOf(t, [2]string{"photo.jpg", "\xff\xd8"}), false},
		{"a mimetype that is no document", zipOf(t, [2]string{"mimetype", "text/plain"}), false},
		{"not a zip", []byte("Plain text."), false},
		{"a zip header and nothing else", []byte("PK\x03\x04"), false},
	} {
		if got := IsZippedDocument(c.raw); got != c.want {
			t.Errorf("%s: IsZippedDocument = %v, want %v", c.name, got, c.want)
		}
	}
}

// FuzzIsZippedDocument: any bytes, zip or not, are answered without a
// panic, and a file Read takes for text is never called a document.
func FuzzIsZippedDocument(f *testing.F) {
	f.Add(zipOf(f, [2]string{"word/document.xml", "<w:document/>"}))
	f.Add(zipOf(f, [2]string{"mimetype", "application/epub+zip"}))
	f.Add([]byte("PK\x03\x04\x14\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff"))
	f.Add([]byte("An article."))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if IsZippedDocument(raw) && !bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
			t.Fatalf("%q is no zip, but was called a zipped document", raw)
		}
	})
}
