package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/lede-app/lede/data/classroom"
)

// FolderImport is what importing one file of a folder did.
type FolderImport struct {
	File    string
	Student string
	Report  ImportReport
	Err     error
}

// FolderPass is what one look at a folder did.
type FolderPass struct {
	// Imports are the files read on this pass: new, changed, or refused
	// before (a refused file is tried again: its lesson may have arrived).
	Imports []FolderImport
	// Unchanged counts files imported before and untouched since: they
	// were not read again.
	Unchanged int
	// Later counts files left for the next pass when this one ran out of
	// time, so a huge folder never stalls the window's watch.
	Later int
}

// Added is how many new answers the pass stored.
func (p FolderPass) Added() int {
	n := 0
	for _, fi := range p.Imports {
		n += fi.Report.Added
	}
	return n
}

// Conflicts is how many answers the pass set aside as conflicting with
// answers stored under the same IDs.
func (p FolderPass) Conflicts() int {
	n := 0
	for _, fi := range p.Imports {
		n += fi.Report.Conflicts
	}
	return n
}

// ResultsExt is the extension of results files.
const ResultsExt = ".lederesults"

// FolderBudget bounds the time one pass spends reading files; what is
// left waits for the next pass. A variable so tests can shorten it.
var FolderBudget = 5 * time.Second

// ErrNotAFile refuses a folder entry that is not an ordinary file inside
// the folder: a pipe, a device, or a link to somewhere else.
var ErrNotAFile = errors.New("this is not an ordinary file inside the folder (a link elsewhere, a pipe or a device), so Lede does not read it")

// ImportResultsFolder imports the results files in dir, each in its own
// transaction: a bad file is reported and skipped, the rest imported.
// Only ordinary files inside dir are read, their size checked before
// they are opened. A file imported before and unchanged since (same size
// and time, or the same bytes) is not read again, so a synced folder with
// a school year's files can be looked at every few seconds.
func (s *Store) ImportResultsFolder(dir string) (FolderPass, error) {
	var pass FolderPass
	entries, err := listFolder(dir)
	if err != nil {
		return pass, fmt.Errorf("read folder %q: %w", dir, err)
	}
	folder, err := filepath.Abs(dir)
	if err != nil {
		return pass, fmt.Errorf("read folder %q: %w", dir, err)
	}
	if err := s.loadImportedFiles(folder); err != nil {
		return pass, err
	}
	deadline := time.Now().Add(FolderBudget)
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ResultsExt) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // gone since the folder was listed
		}
		was, ok := s.importedFile(folder, e.Name())
		if ok && info.Mode().IsRegular() && was.size == info.Size() && was.mtime == info.ModTime().UnixNano() {
			pass.Unchanged++
			continue
		}
		if time.Now().After(deadline) {
			pass.Later++
			continue
		}
		fi, stamp := s.importFolderFile(dir, e.Name(), was)
		if stamp != nil {
			if err := s.rememberFile(folder, e.Name(), *stamp); err != nil {
				return pass, err
			}
			if fi == nil {
				pass.Unchanged++ // touched, same bytes
			}
		}
		if fi != nil {
			pass.Imports = append(pass.Imports, *fi)
		}
	}
	slices.SortFunc(pass.Imports, func(a, b FolderImport) int { return strings.Compare(a.File, b.File) })
	return pass, nil
}

// listFolder lists dir unsorted: sorting a year's names on every look
// costs more than the look. What is reported is sorted by the caller.
func listFolder(dir string) ([]os.DirEntry, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// fileStamp is how a file was when it was imported.
type fileStamp struct {
	size, mtime int64
	sum         string
}

// importFolderFile imports one file of the folder. It returns what the
// import did (nil when the file's bytes are those imported before) and
// the stamp to remember (nil when the file must be tried again later).
func (s *Store) importFolderFile(dir, name string, was fileStamp) (*FolderImport, *fileStamp) {
	fi := &FolderImport{File: name}
	raw, stamp, err := readFolderFile(dir, name)
	if err != nil {
		fi.Err = err
		return fi, nil
	}
	if stamp.sum == was.sum {
		return nil, &stamp
	}
	var r classroom.Results
	r, fi.Report, fi.Err = s.ImportResultsFile(name, raw)
	fi.Student = r.Student
	if fi.Err != nil {
		return fi, nil
	}
	return fi, &stamp
}

// readFolderFile reads one results file of dir, refusing anything but an
// ordinary file inside dir and never reading more than a results file
// may hold, whatever the file claims: a link to /dev/zero or a pipe must
// not stall or swell Lede.
func readFolderFile(dir, name string) ([]byte, fileStamp, error) {
	path := filepath.Join(dir, name)
	if !insideFolder(dir, path) {
		return nil, fileStamp{}, ErrNotAFile
	}
	return readResultsFile(path)
}

// ReadResultsFile reads a results file named on the command line the same
// way: only an ordinary file, its size checked before it is opened.
func ReadResultsFile(path string) ([]byte, error) {
	raw, _, err := readResultsFile(path)
	return raw, err
}

func readResultsFile(path string) ([]byte, fileStamp, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fileStamp{}, err
	}
	if !info.Mode().IsRegular() {
		return nil, fileStamp{}, ErrNotAFile
	}
	if info.Size() > classroom.MaxFile {
		return nil, fileStamp{}, classroom.ErrTooLarge
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNoBlock, 0)
	if err != nil {
		return nil, fileStamp{}, err
	}
	defer f.Close()
	// Checked again on the open file: it may have been swapped since.
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, fileStamp{}, ErrNotAFile
	}
	raw, err := io.ReadAll(io.LimitReader(f, classroom.MaxFile+1))
	if err != nil {
		return nil, fileStamp{}, err
	}
	if len(raw) > classroom.MaxFile {
		return nil, fileStamp{}, classroom.ErrTooLarge
	}
	sum := sha256.Sum256(raw)
	return raw, fileStamp{info.Size(), info.ModTime().UnixNano(), hex.EncodeToString(sum[:])}, nil
}

// insideFolder reports whether path, with every link followed, is still
// inside dir: a synced folder may hold links, but none that lead out.
func insideFolder(dir, path string) bool {
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return false
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return errors.Is(err, fs.ErrNotExist) // reported when opened
	}
	rel, err := filepath.Rel(realDir, real)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// loadImportedFiles reads what was remembered of folder's files from the
// database, once: a watch looks every few seconds. Another copy of Lede
// remembering a file here only makes this copy read that file once more,
// which imports nothing new.
func (s *Store) loadImportedFiles(folder string) error {
	s.foldersMu.Lock()
	defer s.foldersMu.Unlock()
	if _, ok := s.folders[folder]; ok {
		return nil
	}
	seen, err := s.readImportedFiles(folder)
	if err != nil {
		return err
	}
	if s.folders == nil {
		s.folders = map[string]map[string]fileStamp{}
	}
	s.folders[folder] = seen
	return nil
}

// importedFile is how a file of folder was when it was last imported.
func (s *Store) importedFile(folder, name string) (fileStamp, bool) {
	s.foldersMu.Lock()
	defer s.foldersMu.Unlock()
	st, ok := s.folders[folder][name]
	return st, ok
}

func (s *Store) readImportedFiles(folder string) (map[string]fileStamp, error) {
	rows, err := s.db.Query("SELECT name, size, mtime, sha256 FROM imported_files WHERE folder = ?", folder)
	if err != nil {
		return nil, fmt.Errorf("store: read imported files: %w", classify(err))
	}
	defer rows.Close()
	out := map[string]fileStamp{}
	for rows.Next() {
		var name string
		var st fileStamp
		if err := rows.Scan(&name, &st.size, &st.mtime, &st.sum); err != nil {
			return nil, fmt.Errorf("store: read imported files: %w", classify(err))
		}
		out[name] = st
	}
	return out, classify(rows.Err())
}

// rememberFile records what was imported from a watched folder's file. It
// waits out another copy's write as the import itself does (txPatient):
// right after an import, the other copies are importing too, and an
// impatient write here ended a pass with "database is locked" with the
// file's answers imported but the file not remembered
// (TestManyCopiesImportAtOnce, under load). The upsert is safe to run
// again.
func (s *Store) rememberFile(folder, name string, st fileStamp) error {
	err := s.txPatient(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO imported_files(folder, name, size, mtime, sha256) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(folder, name) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256`,
			folder, name, st.size, st.mtime, st.sum)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: remember imported file: %w", err)
	}
	s.foldersMu.Lock()
	defer s.foldersMu.Unlock()
	if seen, ok := s.folders[folder]; ok {
		seen[name] = st
	}
	return nil
}
