//go:build unix

package classroom

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestSaveFileFollowsTheUmask: a saved pack or grade sheet gets the
// permissions any program's new file gets, not 0600 (issue 16: packs
// written 0600 could not be read by a shared folder's other users).
func TestSaveFileFollowsTheUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "lesson.ledelesson")
	if err := SaveFile(path, []byte("x")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o644 {
		t.Errorf("mode %o; want 644 under umask 022", got)
	}
}
