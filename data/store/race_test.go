package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
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

// TestImportWaitsForAnotherCopy: an import while another copy of Lede
// holds the write lock longer than SQLite waits says "another copy of
// Lede is busy" and tries again until it gets through; after Patience it
// gives up with ErrBusy, storing nothing (issue 16: imports in parallel
// failed with "database is locked" after 5 s).
func TestImportWaitsForAnotherCopy(t *testing.T) {
	defer func(w, p time.Duration) { busyWait, Patience = w, p }(busyWait, Patience)
	busyWait, Patience = 100*time.Millisecond, 5*time.Second
	s := storeWithLesson(t)
	other, err := Open(filepath.Dir(s.Path()))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	raw := resultsFile(t, "Ada", "u1")

	hold := func(d time.Duration) chan struct{} {
		held := make(chan struct{})
		go other.tx(context.Background(), func(*sql.Tx) error {
			close(held)
			time.Sleep(d)
			return nil
		})
		<-held
		return held
	}
	var told atomic.Int32
	s.OnBusy = func() { told.Add(1) }
	hold(800 * time.Millisecond)
	if _, rep, err := s.ImportResultsFile("results.lederesults", raw); err != nil || rep.Added != 1 {
		t.Fatalf("import while another copy wrote: %+v, %v; want it to wait and succeed", rep, err)
	}
	if told.Load() != 1 {
		t.Errorf("OnBusy was told %d times; want once", told.Load())
	}

	Patience = 300 * time.Millisecond
	hold(1500 * time.Millisecond)
	raw = resultsFile(t, "Bob", "u2")
	if _, _, err := s.ImportResultsFile("results.lederesults", raw); !errors.Is(err, ErrBusy) {
		t.Errorf("import that waited past Patience: %v; want ErrBusy", err)
	}
}

// resultsFile is a results file of one answer for lesson k1.
func resultsFile(t *testing.T, student, uuid string) []byte {
	t.Helper()
	path := resultsFor(t, t.TempDir(), student, uuid)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestReadsDoNotWaitForAWriter: the dashboard and the grade sheet read a
// snapshot while another copy of Lede holds the write lock — they neither
// wait for it nor fail (issue 16: a grade export held imports back, and
// was held back by them).
func TestReadsDoNotWaitForAWriter(t *testing.T) {
	defer func(w time.Duration) { busyWait = w }(busyWait)
	busyWait = 100 * time.Millisecond
	s := storeWithLesson(t)
	s.ImportResultsFile("ada.lederesults", resultsFile(t, "Ada", "u1"))
	other, err := Open(filepath.Dir(s.Path()))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	release := make(chan struct{})
	held := make(chan struct{})
	go other.tx(context.Background(), func(*sql.Tx) error {
		close(held)
		<-release
		return nil
	})
	<-held
	defer close(release)
	if g, err := s.Grades(); err != nil || len(g) != 1 {
		t.Errorf("grades while another copy writes: %+v, %v", g, err)
	}
	pub, _ := s.LessonByKey("k1")
	if d, err := s.LessonDashboard(pub.ID); err != nil || len(d.Students) != 1 {
		t.Errorf("dashboard while another copy writes: %+v, %v", d, err)
	}
}
