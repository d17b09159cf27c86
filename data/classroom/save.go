package classroom

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// SaveFile writes body to path through a temporary file in the same
// folder and a rename, so a crash — or a folder synced while Lede writes
// — never shows half a file under the real name. The file gets the
// permissions the user's umask gives a new file, like any program's
// (os.CreateTemp's 0600 would hide a grade sheet from a shared folder's
// other users).
func SaveFile(path string, body []byte) error {
	tmp, err := createBeside(path)
	if err != nil {
		return fmt.Errorf("save %q: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(body); err != nil {
		tmp.Close()
		return fmt.Errorf("save %q: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save %q: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %q: %w", path, err)
	}
	return nil
}

// createBeside creates a new, uniquely named hidden file in path's folder
// with mode 0666 less the umask.
func createBeside(path string) (*os.File, error) {
	for range 10 {
		var b [8]byte
		rand.Read(b[:])
		name := filepath.Join(filepath.Dir(path), ".lede-"+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("no free name for a temporary file")
}
