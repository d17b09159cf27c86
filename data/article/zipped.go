package article

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
)

// zippedDocumentEntries are files that only office documents and e-books
// hold: Word, Excel and PowerPoint (Office Open XML), OpenDocument, EPUB
// and Apple Pages. A lesson pack or a results file is a zip too, but
// holds none of them.
var zippedDocumentEntries = []string{
	"[Content_Types].xml", "word/document.xml", // Office Open XML
	"META-INF/manifest.xml", "content.xml", // OpenDocument
	"META-INF/container.xml",          // EPUB
	"Index/Document.iwa", "index.xml", // Apple Pages
}

// documentMimeTypes open an OpenDocument's or an EPUB's "mimetype" entry.
var documentMimeTypes = []string{"application/vnd.oasis.opendocument", "application/epub+zip"}

// IsZippedDocument reports whether raw is a word processor's document or
// an e-book saved as a zip — a Word .docx, an OpenDocument .odt, a Pages
// file, an EPUB — rather than one of Lede's own zipped files. A teacher
// who opens one is told how to save the article as text (ErrZipped),
// where a zip Lede cannot read as a lesson was otherwise "not a Lede
// file (it may be damaged …)" (issue 11, an independent audit).
func IsZippedDocument(raw []byte) bool {
	if !bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		return false // Go's zip reader finds a directory at the end alone; a file Lede opens as a zip starts as one
	}
	r, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		// A zip cut short has no directory at its end; its first entry's
		// name still follows the local header.
		return namesDocumentEntry(localName(raw))
	}
	for _, f := range r.File {
		if namesDocumentEntry(f.Name) || f.Name == "mimetype" && documentMime(f) {
			return true
		}
	}
	return false
}

// namesDocumentEntry reports whether name is one of zippedDocumentEntries.
func namesDocumentEntry(name string) bool { return slices.Contains(zippedDocumentEntries, name) }

// documentMime reports whether a "mimetype" entry names a document type.
func documentMime(f *zip.File) bool {
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	head, _ := io.ReadAll(io.LimitReader(rc, 100))
	for _, m := range documentMimeTypes {
		if strings.HasPrefix(string(head), m) {
			return true
		}
	}
	return false
}

// localName returns the name of a zip's first entry from its local
// header (30 bytes, the name's length at offset 26), or "".
func localName(raw []byte) string {
	if len(raw) < 30 {
		return ""
	}
	n := int(raw[26]) | int(raw[27])<<8
	if 30+n > len(raw) {
		return ""
	}
	return string(raw[30 : 30+n])
}
