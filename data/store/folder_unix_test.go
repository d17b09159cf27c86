//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestFolderPassRefusesWhatIsNotAFile: a pipe, a link to /dev/zero and a
// link out of the folder are refused at once, unread, and a link to a
// file inside the folder is read (issue 16: a FIFO blocked the watcher
// forever; a link to /dev/zero grew until the system killed Lede).
func TestFolderPassRefusesWhatIsNotAFile(t *testing.T) {
	s := storeWithLesson(t)
	dir, outside := t.TempDir(), t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"+ResultsExt), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	os.Symlink("/dev/zero", filepath.Join(dir, "zero"+ResultsExt))
	os.Symlink(resultsFor(t, outside, "Eve", "u9"), filepath.Join(dir, "eve"+ResultsExt))
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.Symlink(resultsFor(t, filepath.Join(dir, "sub"), "Ada", "u1"), filepath.Join(dir, "ada"+ResultsExt))
	done := make(chan FolderPass)
	go func() {
		pass, _ := s.ImportResultsFolder(dir)
		done <- pass
	}()
	select {
	case pass := <-done:
		refused := map[string]bool{}
		for _, fi := range pass.Imports {
			if errors.Is(fi.Err, ErrNotAFile) {
				refused[fi.File] = true
			}
		}
		for _, name := range []string{"pipe", "zero", "eve"} {
			if !refused[name+ResultsExt] {
				t.Errorf("%s was not refused as not a file: %+v", name, pass.Imports)
			}
		}
		if pass.Added() != 1 {
			t.Errorf("the link to a file inside the folder was not imported: %+v", pass)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pass blocked on a pipe or a device")
	}
}
