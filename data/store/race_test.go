package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
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
	atTheLine()
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "OPEN FAILED:", err)
		os.Exit(3)
	}
	fmt.Printf("MIGRATED %d\n", s.migrated)
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

// startLineEnv names the folder where the copies runCopies starts wait
// for each other (atTheLine).
const startLineEnv = "LEDE_TEST_START_LINE"

// atTheLine, in a copy runCopies started, says it is ready and waits until
// every copy is: processes take tens of milliseconds to start, and a copy
// that finished before the last began would race no one.
func atTheLine() {
	line := os.Getenv(startLineEnv)
	if line == "" {
		return
	}
	os.WriteFile(filepath.Join(line, "ready-"+os.Getenv("LEDE_TEST_COPY")), nil, 0o644)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if _, err := os.Stat(filepath.Join(line, "go")); err == nil {
			return
		}
	}
}

// runCopies runs the test binary's helper test as copies processes at
// once, each with env and its index in LEDE_TEST_COPY, lets them go
// together once all are ready (atTheLine), and returns what each printed;
// a copy that failed fails the test.
func runCopies(t *testing.T, copies int, helper string, env ...string) []string {
	t.Helper()
	line := t.TempDir()
	var wg sync.WaitGroup
	outs := make([]string, copies)
	errs := make([]error, copies)
	for i := range copies {
		var out bytes.Buffer
		cmd := exec.Command(os.Args[0], "-test.run=^"+helper+"$", "-test.v")
		cmd.Env = append(append(os.Environ(), env...), fmt.Sprint("LEDE_TEST_COPY=", i), startLineEnv+"="+line)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := cmd.Wait()
			outs[i] = out.String()
			if err != nil {
				errs[i] = fmt.Errorf("%v: %s", err, outs[i])
			}
		}()
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if ready, _ := filepath.Glob(filepath.Join(line, "ready-*")); len(ready) == copies {
			break
		}
	}
	os.WriteFile(filepath.Join(line, "go"), nil, 0o644)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("copy %d: %v", i, err)
		}
	}
	return outs
}

// schemaRaces are what the migration races of issue 16 printed.
var schemaRaces = []string{"already exists", "duplicate column"}

// TestManyCopiesUpgradeAnOldStore: several copies of Lede opening one
// progress file written by an older Lede at once — a school's laptops
// after an update, a class on one shared account — all open it; each
// missing migration is applied exactly once among them (the copies'
// counts add up to the migrations missing), none meets "already exists"
// or "duplicate column", and every answer of the old file is there with
// its scores summed (issue 16: the race test only ever opened fresh
// folders). From the first schema, from before tries were numbered and
// from before scores were kept.
func TestManyCopiesUpgradeAnOldStore(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	const copies = 6
	names, _ := migrationNames()
	for _, before := range []string{"0002_", "0012_", "0016_"} {
		for round := range 2 {
			dir := t.TempDir()
			db := olderStore(t, dir, before)
			var was int
			db.QueryRow("PRAGMA user_version").Scan(&was)
			seedOldStore(t, db)
			db.Close()

			outs := runCopies(t, copies, "TestHelperOpen", openHelperEnv+"="+dir)
			applied := 0
			for i, out := range outs {
				for _, race := range schemaRaces {
					if strings.Contains(out, race) {
						t.Errorf("%s, round %d, copy %d met %q: %s", before, round, i, race, out)
					}
				}
				var n int
				if _, err := fmt.Sscanf(out[strings.Index(out, "MIGRATED"):], "MIGRATED %d", &n); err != nil {
					t.Errorf("%s, round %d, copy %d said no count: %s", before, round, i, out)
				}
				applied += n
			}
			if want := len(names) - was; applied != want {
				t.Errorf("from %s (version %d), round %d: the copies applied %d migrations; want %d, each once", before, was, round, applied, want)
			}
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			var version, attempts int
			s.db.QueryRow("PRAGMA user_version").Scan(&version)
			s.db.QueryRow("SELECT COUNT(*) FROM attempts").Scan(&attempts)
			if version != len(names) || attempts != oldAttempts || s.migrated != 0 {
				t.Errorf("from %s, round %d: version %d, %d attempts, %d migrated after; want %d, %d, 0",
					before, round, version, attempts, s.migrated, len(names), oldAttempts)
			}
			checkScores(t, s, fmt.Sprint("upgraded from ", before))
			s.Close()
		}
	}
}

// oldAttempts is how many answers seedOldStore writes.
const oldAttempts = 60

// seedOldStore writes students, lessons and answers into a progress file
// of any schema version, through the columns the first one had.
func seedOldStore(t *testing.T, db *sql.DB) {
	t.Helper()
	for _, q := range []string{
		"INSERT INTO students(id, name, created_at) VALUES (1, 'Ada', 'x'), (2, 'Bob', 'x')",
		"INSERT INTO lessons(id, key, title, source, created_at) VALUES (1, 'k1', 'L1', '', 'x'), (2, 'k2', 'L2', '', 'x'), (3, 'k3', 'L3', '', 'x')",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	verdicts := []string{"incorrect", "partial", "correct"}
	for i := range oldAttempts {
		_, err := db.Exec(`INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at)
			VALUES (?, ?, ?, ?, 'a', ?, ?)`, fmt.Sprint("u", i), 1+i%2, 1+i%3, fmt.Sprint("q", i%4), verdicts[i*7%3],
			fmt.Sprintf("2026-01-01T00:00:%02dZ", i))
		if err != nil {
			t.Fatal(err)
		}
	}
}

// importHelperEnv names the data folder TestHelperImport imports into;
// importFilesEnv its results folder.
const importHelperEnv, importFilesEnv = "LEDE_TEST_IMPORT_DIR", "LEDE_TEST_IMPORT_FILES"

// importCopyReport is what one copy of TestHelperImport did.
type importCopyReport struct {
	Added, Duplicates, Conflicts, Refused, Busy int
	Errors                                      []string
}

// TestHelperImport is not a test on its own: run by
// TestManyCopiesImportAtOnce in a child process, it imports every results
// file of a folder into one data folder — even copies by watching the
// folder, odd ones file by file in their own order, as `lede import`
// does — with SQLite's own wait for the lock cut to a millisecond, so
// "database is locked" is met and must be waited out. It prints what it
// did as JSON.
func TestHelperImport(t *testing.T) {
	dir, files := os.Getenv(importHelperEnv), os.Getenv(importFilesEnv)
	if dir == "" {
		t.Skip("run by TestManyCopiesImportAtOnce")
	}
	busyWait = time.Millisecond
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "OPEN FAILED:", err)
		os.Exit(3)
	}
	defer s.Close()
	var rep importCopyReport
	var busy atomic.Int32
	s.OnBusy = func() { busy.Add(1) }
	atTheLine()
	note := func(r ImportReport, err error) {
		rep.Added += r.Added
		rep.Duplicates += r.Duplicates
		rep.Conflicts += r.Conflicts
		rep.Refused += r.Refused
		if err != nil {
			rep.Errors = append(rep.Errors, err.Error())
		}
	}
	var copy int
	fmt.Sscan(os.Getenv("LEDE_TEST_COPY"), &copy)
	if copy%2 == 0 {
		for {
			pass, err := s.ImportResultsFolder(files)
			if err != nil {
				note(ImportReport{}, err)
				break
			}
			for _, fi := range pass.Imports {
				note(fi.Report, fi.Err)
			}
			if pass.Later == 0 {
				break
			}
		}
	} else {
		entries, _ := os.ReadDir(files)
		for i := range entries {
			e := entries[(i*(copy+2))%len(entries)] // each odd copy its own order
			raw, err := ReadResultsFile(filepath.Join(files, e.Name()))
			if err != nil {
				note(ImportReport{}, err)
				continue
			}
			_, r, err := s.ImportResultsFile(e.Name(), raw)
			note(r, err)
		}
	}
	rep.Busy = int(busy.Load())
	out, _ := json.Marshal(rep)
	fmt.Printf("IMPORTED %s\n", out)
}

// TestManyCopiesImportAtOnce: several copies of Lede importing one
// folder's results files into one progress file at once — two teachers'
// laptops on a shared account, a watched folder and `lede import` — all
// get through: "database is locked" is waited out, never reported; every
// answer is imported exactly once among them (the copies' new answers add
// up to the files' distinct answers, the rest counted as already
// imported, none as conflicts); the progress file holds each answer once
// under its student, and its scores add up (issue 16: the race test never
// imported across processes).
func TestManyCopiesImportAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	const copies, students, perFile = 6, 40, 5
	s := storeWithLesson(t)
	pub, _ := s.LessonByKey("k1")
	s.SetLessonQuestions(pub.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]},
		{"id":"q2","kind":"yes-no","prompt":"Did it sign?","answer":"No","accepted":["no"]}]`, 2, 0)
	files := t.TempDir()
	want := map[string]string{} // answer ID → student
	write := func(name, student string, attempts []classroom.Attempt) {
		var buf bytes.Buffer
		if err := classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: student, Attempts: attempts}); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(files, name+ResultsExt), buf.Bytes(), 0o644)
		for _, a := range attempts {
			want[a.UUID] = student
		}
	}
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for i := range students {
		student := fmt.Sprintf("Student %02d", i)
		var as []classroom.Attempt
		for j := range perFile {
			as = append(as, classroom.Attempt{UUID: fmt.Sprintf("s%d-a%d", i, j), QuestionID: fmt.Sprint("q", 1+j%2),
				Answer: []string{"yes", "no", "maybe"}[(i+j)%3], At: at.Add(time.Duration(j) * time.Minute)})
		}
		write(fmt.Sprintf("s%02d", i), student, as)
		if i < 6 { // handed in again later with two more answers: a superset
			write(fmt.Sprintf("s%02d-later", i), student, append(as,
				classroom.Attempt{UUID: fmt.Sprintf("s%d-b0", i), QuestionID: "q1", Answer: "yes", At: at.Add(time.Hour)},
				classroom.Attempt{UUID: fmt.Sprintf("s%d-b1", i), QuestionID: "q2", Answer: "no", At: at.Add(time.Hour + time.Minute)}))
		}
	}
	outs := runCopies(t, copies, "TestHelperImport", importHelperEnv+"="+filepath.Dir(s.Path()), importFilesEnv+"="+files)
	var total importCopyReport
	for i, out := range outs {
		at := strings.Index(out, "IMPORTED ")
		var rep importCopyReport
		if at < 0 || json.Unmarshal([]byte(strings.SplitN(out[at+len("IMPORTED "):], "\n", 2)[0]), &rep) != nil {
			t.Errorf("copy %d said nothing of what it did: %s", i, out)
			continue
		}
		for _, e := range rep.Errors {
			t.Errorf("copy %d: %s", i, e)
		}
		total.Added += rep.Added
		total.Duplicates += rep.Duplicates
		total.Conflicts += rep.Conflicts
		total.Refused += rep.Refused
		total.Busy += rep.Busy
	}
	t.Logf("all copies: %+v", total)
	if total.Added != len(want) || total.Conflicts != 0 || total.Refused != 0 {
		t.Errorf("the copies added %d answers (conflicts %d, refused %d); want each of the %d once, no conflicts",
			total.Added, total.Conflicts, total.Refused, len(want))
	}
	if total.Busy == 0 {
		t.Error("no copy waited for another: the test did not make them meet \"database is locked\"")
	}
	rows, err := s.LessonAnswers(pub.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		if _, twice := got[r.UUID]; twice {
			t.Errorf("answer %s stored twice", r.UUID)
		}
		got[r.UUID] = r.Student
	}
	if !maps.Equal(got, want) {
		t.Errorf("stored %d answers; want the files' %d, each under its student", len(got), len(want))
	}
	checkScores(t, s, "after importing from several copies")
}
