package store

import (
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
)

// openHelperEnv names the data folder a helper process opens: the test
// binary runs itself as several copies of Lede starting at once.
const openHelperEnv = "LEDE_TEST_OPEN_DIR"

// TestHelperOpen is not a test on its own: run by TestManyCopiesOpenOneFolder
// in a child process, it opens the store and exits 0, or prints why not.
func TestHelperOpen(t *testing.T) {
	dir := os.Getenv(openHelperEnv)
	if dir == "" {
		t.Skip("run by TestManyCopiesOpenOneFolder")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "OPEN FAILED:", err)
		os.Exit(3)
	}
	s.Close()
}

// TestManyCopiesOpenOneFolder: several copies of Lede opening a fresh data
// folder at once — a class logging in on one shared account, or a teacher
// double-clicking twice — all open it, and the schema is made once
// (issue 16: 29 of 80 failed with "table students already exists").
func TestManyCopiesOpenOneFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	const rounds, copies = 5, 6
	for round := range rounds {
		dir := t.TempDir()
		var wg sync.WaitGroup
		errs := make([]error, copies)
		for i := range copies {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cmd := exec.Command(os.Args[0], "-test.run=^TestHelperOpen$")
				cmd.Env = append(os.Environ(), openHelperEnv+"="+dir)
				if out, err := cmd.CombinedOutput(); err != nil {
					errs[i] = fmt.Errorf("%v: %s", err, out)
				}
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("round %d, copy %d: %v", round, i, err)
			}
		}
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		var version int
		s.db.QueryRow("PRAGMA user_version").Scan(&version)
		if names, _ := migrationNames(); version != len(names) {
			t.Errorf("round %d: schema version %d; want %d", round, version, len(names))
		}
		s.Close()
	}
}
