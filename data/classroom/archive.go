// Package classroom holds the files that carry Lede between a teacher's
// computer and the class's laptops without a server: lesson packs the
// teacher hands out, results files the students hand back, CSV rosters
// and grade sheets. It reads every file as untrusted: a malformed,
// oversized, altered or newer-version file gets an error a teacher can
// act on, and nothing is stored until a file has been read whole.
package classroom

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strings"
)

// Errors for files Lede will not read. Each message is written for a
// teacher; wrap them with the file's name.
var (
	ErrNotLede  = errors.New("this is not a Lede file (it may be damaged, or another kind of file)")
	ErrNewer    = errors.New("this file was made by a newer version of Lede: update Lede on this computer to open it")
	ErrTampered = errors.New("this file has been changed since Lede wrote it, so it cannot be trusted: ask for the original")
	ErrUnsafe   = errors.New("this file holds paths outside its own folder, which Lede never writes: it was not made by Lede")
	ErrTooLarge = fmt.Errorf("this file is larger than Lede's limit of %d MB for a lesson or results file", MaxFile>>20)
)

// Limits on what an archive may hold: a lesson is a few hundred KB.
const (
	MaxFile    = 16 << 20 // the file itself; readers check it before reading
	maxEntry   = 8 << 20  // any one entry, uncompressed
	maxEntries = 8
)

// limits bound what readArchive reads from one kind of file, so that a
// hostile file cannot make Lede read more than the kind ever holds.
type limits struct {
	file     int   // the file itself
	entry    int   // any one entry, uncompressed
	entries  int   // entries besides the manifest
	total    int   // all entries together, uncompressed
	tooLarge error // what to say when a limit is passed
}

// fileLimits are those of a lesson pack and a results file.
var fileLimits = limits{file: MaxFile, entry: maxEntry, entries: maxEntries, total: MaxFile, tooLarge: ErrTooLarge}

// manifest is the first entry of every archive: what it is, which
// version of the format, and the checksum of each other entry.
type manifest struct {
	Format  string            `json:"format"`
	Version int               `json:"version"`
	SHA256  map[string]string `json:"sha256"`
}

// IsArchive reports whether raw starts like a zip file: a lesson pack or a
// results file rather than an article.
func IsArchive(raw []byte) bool { return bytes.HasPrefix(raw, []byte("PK\x03\x04")) }

// writeArchive writes entries as a zip file whose manifest records the
// format, version and checksums.
func writeArchive(w io.Writer, format string, version int, entries map[string][]byte) error {
	m := manifest{Format: format, Version: version, SHA256: map[string]string{}}
	for name, body := range entries {
		sum := sha256.Sum256(body)
		m.SHA256[name] = hex.EncodeToString(sum[:])
	}
	zw := zip.NewWriter(w)
	mf, _ := json.MarshalIndent(m, "", "  ")
	if err := addEntry(zw, "manifest.json", mf); err != nil {
		return err
	}
	for _, name := range sortedKeys(entries) {
		if err := addEntry(zw, name, entries[name]); err != nil {
			return err
		}
	}
	return zw.Close()
}

func addEntry(zw *zip.Writer, name string, body []byte) error {
	f, err := zw.Create(name)
	if err != nil {
		return err
	}
	_, err = f.Write(body)
	return err
}

// readArchive reads a lesson pack or results file written by
// writeArchive (readArchiveWithin, with their limits).
func readArchive(raw []byte, format string, version int) (map[string][]byte, error) {
	return readArchiveWithin(raw, format, version, fileLimits)
}

// readArchiveWithin reads a zip written by writeArchive: it checks the
// format and version, refuses unsafe entries and anything beyond lim, and
// verifies every checksum before returning the entries.
func readArchiveWithin(raw []byte, format string, version int, lim limits) (map[string][]byte, error) {
	if len(raw) > lim.file {
		return nil, lim.tooLarge
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, ErrNotLede
	}
	if len(zr.File) > lim.entries+1 {
		return nil, fmt.Errorf("%w: %d entries", ErrNotLede, len(zr.File))
	}
	entries := map[string][]byte{}
	total := 0
	for _, f := range zr.File {
		if !safeName(f.Name) {
			return nil, ErrUnsafe
		}
		if _, twice := entries[f.Name]; twice {
			// Readers disagree on which copy counts (Go's keeps the
			// last, unzip shows the first): Lede never writes one.
			return nil, fmt.Errorf("%w: %q appears twice", ErrNotLede, f.Name)
		}
		if f.UncompressedSize64 > uint64(lim.entry) {
			return nil, lim.tooLarge
		}
		body, err := readEntry(f, lim)
		if err != nil {
			return nil, err
		}
		if total += len(body); total > lim.total {
			return nil, lim.tooLarge
		}
		entries[f.Name] = body
	}
	var m manifest
	if err := json.Unmarshal(entries["manifest.json"], &m); err != nil || m.Format != format {
		return nil, ErrNotLede
	}
	if m.Version > version {
		return nil, ErrNewer
	}
	delete(entries, "manifest.json")
	if len(m.SHA256) != len(entries) {
		return nil, ErrTampered
	}
	for name, body := range entries {
		sum := sha256.Sum256(body)
		if m.SHA256[name] != hex.EncodeToString(sum[:]) {
			return nil, ErrTampered
		}
	}
	return entries, nil
}

// readEntry reads one entry, never more than lim.entry bytes whatever
// its header claims (a zip bomb lies about its size).
func readEntry(f *zip.File, lim limits) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, ErrNotLede
	}
	defer rc.Close()
	body, err := io.ReadAll(io.LimitReader(rc, int64(lim.entry)+1))
	if err != nil {
		return nil, ErrNotLede
	}
	if len(body) > lim.entry {
		return nil, lim.tooLarge
	}
	return body, nil
}

// safeName accepts plain names inside the archive: no absolute paths, no
// "..", no backslashes, no drive letters.
func safeName(name string) bool {
	if name == "" || strings.ContainsAny(name, "\\:") || strings.HasPrefix(name, "/") {
		return false
	}
	clean := path.Clean(name)
	return clean == name && !strings.HasPrefix(clean, "..") && !strings.Contains(clean, "/../")
}

func sortedKeys(m map[string][]byte) []string { return slices.Sorted(maps.Keys(m)) }
