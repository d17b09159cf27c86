//go:build unix

package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
)

// What FuzzReadResultsFile puts where a results file is expected.
const (
	fuzzRegular = iota
	fuzzLinkInside
	fuzzLinkToZero
	fuzzPipe
	fuzzFolder
	fuzzOversized // sparse: larger than a results file may be, whatever it holds
	fuzzMissing
	fuzzKinds
)

// clearReadErrors are the errors reading a results file may end in:
// each says in plain words what is wrong with the file.
var clearReadErrors = []error{ErrNotAFile, classroom.ErrTooLarge, fs.ErrNotExist,
	classroom.ErrNotLede, classroom.ErrNewer, classroom.ErrTampered, classroom.ErrUnsafe}

func isClearReadError(err error) bool {
	for _, e := range clearReadErrors {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// FuzzReadResultsFile: whatever bytes a results file holds, and whatever
// stands at its name — a file, a link to one, a link to /dev/zero, a pipe,
// a folder, a file larger than any results file, nothing — reading it
// (ReadResultsFile, then classroom.ReadResults, as `lede import` does) and
// a watched folder's pass over it return within seconds, never panic, and
// end in one of the plain errors or in results that name a lesson and a
// student, every attempt with an ID and a question; only an ordinary file
// within the limit is read, and then exactly (issue 16: every reader of
// external bytes fuzzed; reading bounded). Seeds: testdata/fuzz.
func FuzzReadResultsFile(f *testing.F) {
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: "Ada", Attempts: []classroom.Attempt{
		{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "correct"}}})
	for kind := range uint8(fuzzKinds) {
		f.Add(buf.Bytes(), kind)
	}
	f.Add([]byte("PK\x03\x04"), uint8(fuzzRegular))
	f.Add([]byte{}, uint8(fuzzRegular))
	s := fuzzStore(f)
	f.Fuzz(func(t *testing.T, raw []byte, kind uint8) {
		dir := t.TempDir()
		path := filepath.Join(dir, "ada"+ResultsExt)
		kind %= fuzzKinds
		switch kind {
		case fuzzRegular:
			os.WriteFile(path, raw, 0o644)
		case fuzzLinkInside:
			os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
			os.WriteFile(filepath.Join(dir, "sub", "real"), raw, 0o644)
			os.Symlink(filepath.Join(dir, "sub", "real"), path)
		case fuzzLinkToZero:
			os.Symlink("/dev/zero", path)
		case fuzzPipe:
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skip("no FIFOs here:", err)
			}
		case fuzzFolder:
			os.Mkdir(path, 0o755)
		case fuzzOversized:
			os.WriteFile(path, raw, 0o644)
			os.Truncate(path, classroom.MaxFile+1+int64(len(raw)))
		}
		var got []byte
		var err error
		within(t, "ReadResultsFile", func() { got, err = ReadResultsFile(path) })
		readable := kind == fuzzRegular || kind == fuzzLinkInside
		switch {
		case readable && (err != nil || !bytes.Equal(got, raw)):
			t.Fatalf("an ordinary file of %d bytes read as %d bytes, %v", len(raw), len(got), err)
		case !readable && err == nil:
			t.Fatalf("kind %d was read (%d bytes); want it refused", kind, len(got))
		case !readable && !isClearReadError(err):
			t.Fatalf("kind %d: %v; want a plain error", kind, err)
		}
		if err == nil {
			r, err := classroom.ReadResults(got)
			if err != nil && !isClearReadError(err) {
				t.Fatalf("ReadResults: %v; want a plain error", err)
			}
			if err == nil {
				if r.LessonKey == "" || r.Student == "" {
					t.Fatalf("results without lesson or student read: %+v", r)
				}
				for _, a := range r.Attempts {
					if a.UUID == "" || a.QuestionID == "" {
						t.Fatalf("an attempt without ID or question read: %+v", a)
					}
				}
			}
		}
		var pass FolderPass
		within(t, "a folder pass", func() { pass, err = s.ImportResultsFolder(dir) })
		if err != nil {
			t.Fatalf("folder pass: %v", err)
		}
		for _, fi := range pass.Imports {
			if errors.Is(fi.Err, ErrInternal) {
				t.Fatalf("the folder's import failed inside Lede: %v", fi.Err)
			}
			if !readable && fi.Report.Added != 0 {
				t.Fatalf("kind %d imported %d answers", kind, fi.Report.Added)
			}
		}
	})
}

// within runs fn, failing the test if it takes more than five seconds: a
// reader that blocks on a pipe or reads a device without end never
// returns.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s did not return within 5 s", what)
	}
}
