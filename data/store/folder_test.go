package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
)

// resultsFor writes a results file of one answer for lesson k1.
func resultsFor(t *testing.T, dir, student, uuid string) string {
	t.Helper()
	var buf bytes.Buffer
	classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: student, Attempts: []classroom.Attempt{
		{UUID: uuid, QuestionID: "q1", Answer: "yes", Verdict: "correct"},
	}})
	path := filepath.Join(dir, student+ResultsExt)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func storeWithLesson(t *testing.T) *Store {
	t.Helper()
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
	return s
}

// TestFolderPassSkipsUnchangedFiles: a file imported before is not read
// again while its size and time stand; a touched file with the same bytes
// is not imported again; a changed file is (issue 16: a pass over a
// school year's files took 97 s against a 20 s interval).
func TestFolderPassSkipsUnchangedFiles(t *testing.T) {
	s := storeWithLesson(t)
	dir := t.TempDir()
	ada := resultsFor(t, dir, "Ada", "u1")
	resultsFor(t, dir, "Bob", "u2")
	pass, err := s.ImportResultsFolder(dir)
	if err != nil || pass.Added() != 2 || len(pass.Imports) != 2 {
		t.Fatalf("first pass: %+v, %v", pass, err)
	}
	pass, _ = s.ImportResultsFolder(dir)
	if pass.Unchanged != 2 || len(pass.Imports) != 0 {
		t.Errorf("second pass: %+v; want both files unchanged and unread", pass)
	}
	later := time.Now().Add(time.Hour)
	os.Chtimes(ada, later, later)
	if pass, _ = s.ImportResultsFolder(dir); pass.Unchanged != 2 || len(pass.Imports) != 0 {
		t.Errorf("after a touch: %+v; want the same bytes counted unchanged", pass)
	}
	resultsFor(t, dir, "Ada", "u3")
	if pass, _ = s.ImportResultsFolder(dir); pass.Added() != 1 || pass.Unchanged != 1 {
		t.Errorf("after Ada's file changed: %+v; want her new answer imported", pass)
	}
}

// TestFolderPassRetriesRefusedFiles: a file refused because its lesson is
// not here yet is read again on the next pass, and imported once the
// lesson arrives.
func TestFolderPassRetriesRefusedFiles(t *testing.T) {
	s, _ := openTemp(t)
	dir := t.TempDir()
	resultsFor(t, dir, "Ada", "u1")
	if pass, _ := s.ImportResultsFolder(dir); len(pass.Imports) != 1 || !errors.Is(pass.Imports[0].Err, ErrNotFound) {
		t.Fatalf("results for an unknown lesson: %+v", pass)
	}
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]}]`, 1, 0)
	if pass, _ := s.ImportResultsFolder(dir); pass.Added() != 1 {
		t.Errorf("after the lesson arrived: %+v; want the answer imported", pass)
	}
}

// TestFolderPassStopsOnTime: a pass that runs out of time leaves the rest
// for the next one instead of stalling the watch.
func TestFolderPassStopsOnTime(t *testing.T) {
	s := storeWithLesson(t)
	dir := t.TempDir()
	resultsFor(t, dir, "Ada", "u1")
	resultsFor(t, dir, "Bob", "u2")
	defer func(b time.Duration) { FolderBudget = b }(FolderBudget)
	FolderBudget = -time.Second
	if pass, _ := s.ImportResultsFolder(dir); pass.Later != 2 || len(pass.Imports) != 0 {
		t.Errorf("out of time: %+v; want both files left for later", pass)
	}
	FolderBudget = time.Minute
	if pass, _ := s.ImportResultsFolder(dir); pass.Added() != 2 {
		t.Errorf("next pass: %+v; want both imported", pass)
	}
}

// TestFolderPassRefusesOversizedFilesUnread: a file larger than any
// results file is refused from its size, before a byte is read (a 3 GB
// file once cost 3 GB of memory on every pass).
func TestFolderPassRefusesOversizedFilesUnread(t *testing.T) {
	s := storeWithLesson(t)
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "huge"+ResultsExt))
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(3 << 30) // sparse: no disk used
	f.Close()
	var before, after runtimeMem
	before.read()
	pass, err := s.ImportResultsFolder(dir)
	after.read()
	if err != nil || len(pass.Imports) != 1 || !errors.Is(pass.Imports[0].Err, classroom.ErrTooLarge) {
		t.Fatalf("a 3 GB file: %+v, %v; want refused as too large", pass, err)
	}
	if grew := after.total - before.total; grew > 64<<20 {
		t.Errorf("refusing a 3 GB file allocated %d MB", grew>>20)
	}
}

// runtimeMem reads how much the program has allocated in all.
type runtimeMem struct{ total uint64 }

func (m *runtimeMem) read() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.total = ms.TotalAlloc
}

// BenchmarkFolderPass looks at a folder of a school year's results files
// (issue 16: 45,000), all imported before. "unchanged" is a watch's pass
// now; "read-all" only reads every file, the least the pass did before,
// as the baseline in the same run. LEDE_BENCH_FILES sets the count.
func BenchmarkFolderPass(b *testing.B) {
	n := 45000
	if v, err := strconv.Atoi(os.Getenv("LEDE_BENCH_FILES")); err == nil && v > 0 {
		n = v
	}
	s, _ := openTemp(b)
	dir := b.TempDir()
	folder, _ := filepath.Abs(dir)
	var buf bytes.Buffer
	for i := range n {
		buf.Reset()
		classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: fmt.Sprintf("Student %d", i),
			Attempts: []classroom.Attempt{{UUID: fmt.Sprintf("u%d", i), QuestionID: "q1", Answer: "yes", Verdict: "correct"}}})
		name := fmt.Sprintf("s%05d%s", i, ResultsExt)
		os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	// Remember every file as imported, as a year of passes would have.
	entries, _ := os.ReadDir(dir)
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		for _, e := range entries {
			_, st, err := readFolderFile(dir, e.Name())
			if err != nil {
				return err
			}
			if _, err := tx.Exec("INSERT INTO imported_files VALUES (?, ?, ?, ?, ?)", folder, e.Name(), st.size, st.mtime, st.sum); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("unchanged", func(b *testing.B) {
		for b.Loop() {
			if pass, err := s.ImportResultsFolder(dir); err != nil || pass.Unchanged != n {
				b.Fatalf("%d unchanged of %d, %v", pass.Unchanged, n, err)
			}
		}
	})
	b.Run("read-all", func(b *testing.B) {
		for b.Loop() {
			for _, e := range entries {
				if _, err := os.ReadFile(filepath.Join(dir, e.Name())); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkImportClass: a class hands in — 30 results files of 12
// questions × 3 tries — and the teacher opens the dashboard (issue 12:
// import ≤ 1 s, dashboard ≤ 50 ms). Each run imports into a fresh store.
func BenchmarkImportClass(b *testing.B) {
	const students, questions, tries = 30, 12, 3
	dir := b.TempDir()
	var qs []string
	for q := range questions {
		qs = append(qs, fmt.Sprintf(`{"id":"q%d","kind":"yes-no","prompt":"Did it?","answer":"Yes","accepted":["yes"]}`, q))
	}
	questionsJSON := "[" + strings.Join(qs, ",") + "]"
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for st := range students {
		var attempts []classroom.Attempt
		for q := range questions {
			for t := range tries {
				attempts = append(attempts, classroom.Attempt{UUID: fmt.Sprintf("%d-%d-%d", st, q, t), QuestionID: fmt.Sprintf("q%d", q),
					Answer: []string{"no", "maybe not", "yes"}[t], At: at.Add(time.Duration(q*tries+t) * time.Minute)})
			}
		}
		var buf bytes.Buffer
		classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: fmt.Sprintf("Student %02d", st), Attempts: attempts})
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%02d%s", st, ResultsExt)), buf.Bytes(), 0o644)
	}
	var importTime, dashTime time.Duration
	for b.Loop() {
		b.StopTimer()
		s, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		l, _ := s.AddLesson("k1", "Council Votes", "text")
		s.SetLessonQuestions(l.ID, questionsJSON, questions, 0)
		b.StartTimer()
		start := time.Now()
		pass, err := s.ImportResultsFolder(dir)
		importTime += time.Since(start)
		if err != nil || pass.Added() != students*questions*tries {
			b.Fatalf("imported %d, %v", pass.Added(), err)
		}
		start = time.Now()
		if d, err := s.LessonDashboard(l.ID); err != nil || len(d.Students) != students {
			b.Fatal(err)
		}
		dashTime += time.Since(start)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(importTime.Milliseconds())/float64(b.N), "import-ms")
	b.ReportMetric(float64(dashTime.Microseconds())/1000/float64(b.N), "dashboard-ms")
}
