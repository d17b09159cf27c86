package classroom

import (
	"io"
	"testing"
)

// WriteArchiveForTest lets the external tests make archives no Lede
// writes (hand-made bundles), with checksums that hold.
func WriteArchiveForTest(w io.Writer, format string, version int, entries map[string][]byte) error {
	return writeArchive(w, format, version, entries)
}

// RezipForTest lets the external tests damage a file as the package's
// own tests do (rezip, in classroom_test.go).
func RezipForTest(t *testing.T, raw []byte, edit func(name string, body []byte) (string, []byte)) []byte {
	return rezip(t, raw, edit)
}
