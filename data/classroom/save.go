package classroom

import (
	"fmt"
	"os"
	"path/filepath"
)

// SaveFile writes body to path through a temporary file in the same
// folder and a rename, so a crash — or a folder synced while Lede writes
// — never shows half a file under the real name.
func SaveFile(path string, body []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".lede-*")
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
