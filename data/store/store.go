// Package store keeps Lede's students, lessons and answers in a SQLite
// database on this computer. Every exported method is one transaction;
// the schema is migrated on open from SQL files embedded in the binary.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/grading"
	"github.com/lede-app/lede/data/quiz"
)

// FileName is the database's name inside the data directory.
const FileName = "lede.db"

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Errors the UI turns into plain messages.
var (
	ErrCorrupt  = errors.New("the progress file is damaged and cannot be read")
	ErrReadOnly = errors.New("the progress file cannot be written (the folder or file is read-only)")
	ErrLocked   = errors.New("the progress file is in use by another copy of Lede")
	ErrNewer    = errors.New("the progress file was written by a newer version of Lede")
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid input")
	// ErrInternal is a fault in Lede itself, met while importing a file:
	// that file was skipped and nothing from it saved.
	ErrInternal = errors.New("a fault inside Lede stopped the import of this file, so nothing from it was saved; the other files were imported. Please report this file to whoever looks after Lede")
	// ErrDamagedQuestions is a lesson whose stored questions Lede cannot
	// use: the progress file was changed behind its back, or damaged.
	ErrDamagedQuestions = errors.New("the questions saved for this lesson on this computer cannot be used: they were changed outside Lede, or damaged")
)

// Store is an open Lede database.
type Store struct {
	db *sql.DB
	// reader serves multi-query reads without the write lock (read).
	reader *sql.DB
	path   string
	// Now is the clock; tests replace it.
	Now func() time.Time
	// Notices are things Open noticed that the person using Lede should
	// hear, in plain words: an emptied progress file, say.
	Notices []string
	// OnBusy, when set, is told when a write waits for another copy of
	// Lede: "another copy of Lede is busy; trying again". It may be
	// called from any goroutine.
	OnBusy func()

	// folders remembers, per watched folder, the results files imported.
	folders   map[string]map[string]fileStamp
	foldersMu sync.Mutex
	// migrated counts the migrations this Store applied on opening; the
	// others, if any, another copy of Lede applied (race_test.go).
	migrated int
	// largestImport is the most attempts one import transaction has
	// stored (importBatch): a test holds it to the bound. Imports may
	// run on several goroutines at once.
	largestImport atomic.Int64
}

// Student is someone who answers quizzes on this computer.
type Student struct {
	ID   int64
	Name string
}

// Lesson is an article stored so its progress can be found again.
type Lesson struct {
	ID    int64
	Key   string
	Title string
}

// Attempt is one checked answer.
type Attempt struct {
	UUID       string
	StudentID  int64
	LessonID   int64
	QuestionID string
	Answer     string
	Verdict    string
	// Override is the teacher's verdict, when they changed the checker's.
	Override string
	At       time.Time
}

// Effective is the verdict that counts: the teacher's, else the checker's.
func (a Attempt) Effective() string {
	if a.Override != "" {
		return a.Override
	}
	return a.Verdict
}

// Open opens or creates the database in dir and brings its schema up to
// date. The directory is created if needed.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: create %q: %w", dir, classify(err))
	}
	path := filepath.Join(dir, FileName)
	var notices []string
	if info, err := os.Stat(path); err == nil && info.Size() == 0 && time.Since(info.ModTime()) > time.Minute {
		// SQLite takes an empty file for a new database; a progress
		// file emptied by a crash or a sync conflict must not pass
		// unremarked. (One emptied just now is another copy of Lede
		// creating it at this moment.)
		notices = append(notices, "Lede's progress file was empty (0 bytes), so Lede started a new one: answers saved before are not in it. "+
			"If this computer's backups or the synced folder hold an earlier copy of "+path+", that copy has them.")
	}
	// Per-connection settings live in the DSN because *sql.DB is a pool.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		fmt.Sprintf("?_foreign_keys=on&_busy_timeout=%d&_journal_mode=WAL&_synchronous=NORMAL&_txlock=immediate", busyWait.Milliseconds())
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; SQLite serialises writes anyway
	s := &Store{db: db, path: path, Now: time.Now, Notices: notices}
	if err := s.prepare(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	// Reads that span several queries (a dashboard, the grade sheet) take
	// a snapshot without the write lock: in WAL mode they then never make
	// another copy of Lede wait to save an answer.
	reader, err := sql.Open("sqlite3", strings.Replace(dsn, "_txlock=immediate", "_txlock=deferred", 1))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	reader.SetMaxOpenConns(2)
	s.reader = reader
	return s, nil
}

// prepare checks the file and brings its schema up to date. Copies of
// Lede opening one fresh folder together can find it locked at once —
// SQLite does not wait while another connection switches a new file to
// WAL — so a lock is waited out with growing pauses, up to Patience.
func (s *Store) prepare() error {
	_, err := patiently(20*time.Millisecond, time.Second, nil, func() error {
		if err := s.check(); err != nil {
			return err
		}
		return s.migrate()
	})
	return err
}

// check runs SQLite's quick integrity check: a damaged page in the
// middle of the file would otherwise go unseen until a grade read from it
// came out wrong. It says what is damaged, in SQLite's words, after
// ErrCorrupt's plain ones.
func (s *Store) check() error {
	rows, err := s.db.Query("PRAGMA quick_check(5)")
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return classify(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrCorrupt, strings.Join(problems, "; "))
	}
	return nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	if s.reader != nil {
		s.reader.Close()
	}
	return s.db.Close()
}

// read runs fn in a read-only snapshot: a deferred transaction on the
// reading pool, which takes no write lock.
func (s *Store) read(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.reader.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return classify(err)
	}
	defer tx.Rollback()
	return classify(fn(tx))
}

// migrate applies the embedded migrations the database has not seen,
// counting them in PRAGMA user_version. Each step reads the version and
// applies the next migration inside one write transaction (BEGIN
// IMMEDIATE, from the DSN), so several copies of Lede opening a fresh
// folder at once apply each migration exactly once: a copy that waited
// for the lock reads the version the others left.
func (s *Store) migrate() error {
	names, err := migrationNames()
	if err != nil {
		return err
	}
	ctx := context.Background()
	for {
		done := false
		err := s.tx(ctx, func(tx *sql.Tx) error {
			var version int
			if err := tx.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
				return err
			}
			if version > len(names) {
				return ErrNewer
			}
			if version == len(names) {
				done = true
				return nil
			}
			body, err := migrationFiles.ReadFile(names[version])
			if err != nil {
				return err
			}
			if _, err := tx.Exec(string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", names[version], err)
			}
			_, err = tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", version+1))
			return err
		})
		if err != nil || done {
			return err
		}
		s.migrated++
	}
}

// migrationNames lists the embedded migrations in the order they apply.
func migrationNames() ([]string, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	sort.Strings(names) // Order is important: add new migrations at the end.
	return names, err
}

// tx runs fn in a transaction and commits it if fn succeeds.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return classify(err)
	}
	return classify(tx.Commit())
}

// busyWait is how long SQLite itself waits for another copy's write
// lock before a statement fails as busy; a variable so tests can wait less.
var busyWait = 5 * time.Second

// Patience is how long a write waits, in all, for another copy of Lede
// to finish writing before giving up with ErrBusy. SQLite's own busy
// wait (five seconds) comes first; this waits on with growing pauses.
var Patience = 30 * time.Second

// ErrBusy is a write that gave up after waiting Patience for another copy
// of Lede, which kept the progress file busy all that time.
var ErrBusy = errors.New("another copy of Lede is busy with the progress file; try again in a moment")

// txPatient runs fn in a transaction like tx, but when another copy of
// Lede holds the write lock it tries again with growing pauses, telling
// OnBusy once, until Patience runs out. fn must be safe to run again.
func (s *Store) txPatient(ctx context.Context, fn func(*sql.Tx) error) error {
	gaveUp, err := patiently(50*time.Millisecond, 2*time.Second, s.OnBusy, func() error { return s.tx(ctx, fn) })
	if gaveUp {
		return fmt.Errorf("%w (%v)", ErrBusy, err)
	}
	return err
}

// patiently runs try until it succeeds or fails other than by a lock
// (ErrLocked), pausing between tries — first, then twice as long each
// time, up to most — until Patience runs out. waiting, when set, is told
// once, before the first pause. It returns whether it gave up on a lock
// and the last error.
func patiently(first, most time.Duration, waiting func(), try func() error) (gaveUp bool, err error) {
	deadline := time.Now().Add(Patience)
	pause := first
	for {
		err = try()
		if !errors.Is(err, ErrLocked) {
			return false, err
		}
		if time.Now().Add(pause).After(deadline) {
			return true, err
		}
		if waiting != nil {
			waiting()
			waiting = nil
		}
		time.Sleep(pause)
		pause = min(2*pause, most)
	}
}

// classify maps driver errors to the errors the UI explains.
func classify(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		case sqlite3.ErrReadonly, sqlite3.ErrCantOpen, sqlite3.ErrPerm:
			return fmt.Errorf("%w: %v", ErrReadOnly, err)
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return fmt.Errorf("%w: %v", ErrLocked, err)
		}
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%w: %v", ErrReadOnly, err)
	}
	return err
}

func (s *Store) stamp() string { return s.Now().UTC().Format(time.RFC3339Nano) }

// Students lists the students on this computer by name.
func (s *Store) Students() ([]Student, error) {
	rows, err := s.db.Query("SELECT id, name FROM students ORDER BY name COLLATE NOCASE")
	if err != nil {
		return nil, fmt.Errorf("store: list students: %w", classify(err))
	}
	defer rows.Close()
	var out []Student
	for rows.Next() {
		var st Student
		if err := rows.Scan(&st.ID, &st.Name); err != nil {
			return nil, fmt.Errorf("store: list students: %w", classify(err))
		}
		out = append(out, st)
	}
	return out, classify(rows.Err())
}

// AddStudent returns the student with this name, adding them if new.
// Names match without regard to case or surrounding spaces.
func (s *Store) AddStudent(name string) (Student, error) {
	name = classroom.CleanName(name)
	if name == "" {
		return Student{}, fmt.Errorf("store: add student: %w: the name is empty", ErrInvalid)
	}
	if len(name) > 100 {
		return Student{}, fmt.Errorf("store: add student: %w: the name is longer than 100 characters", ErrInvalid)
	}
	st := Student{Name: name}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT OR IGNORE INTO students(name, created_at) VALUES (?, ?)", name, s.stamp()); err != nil {
			return err
		}
		return tx.QueryRow("SELECT id, name FROM students WHERE name = ?", name).Scan(&st.ID, &st.Name)
	})
	if err != nil {
		return Student{}, fmt.Errorf("store: add student %q: %w", name, err)
	}
	return st, nil
}

// AddLesson records a lesson by its key, keeping the first stored copy.
func (s *Store) AddLesson(key, title, source string) (Lesson, error) {
	l := Lesson{Key: key, Title: title}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT OR IGNORE INTO lessons(key, title, source, created_at) VALUES (?, ?, ?, ?)",
			key, title, source, s.stamp()); err != nil {
			return err
		}
		return tx.QueryRow("SELECT id, title FROM lessons WHERE key = ?", key).Scan(&l.ID, &l.Title)
	})
	if err != nil {
		return Lesson{}, fmt.Errorf("store: add lesson %q: %w", title, err)
	}
	return l, nil
}

// NewAttemptID returns a fresh attempt ID. The caller keeps it until the
// save succeeds, so a retried save can never store the attempt twice.
func NewAttemptID() string { return uuid.NewString() }

// SaveAttempt stores a checked answer and clears its draft, in one
// transaction. Saving the same attempt (same UUID) again changes nothing.
func (s *Store) SaveAttempt(a Attempt) error {
	if a.UUID == "" {
		return fmt.Errorf("store: save attempt: %w: no attempt ID", ErrInvalid)
	}
	if quiz.TooLong(a.Answer) {
		return fmt.Errorf("store: save attempt: %w: %s", ErrInvalid, quiz.TooLongMessage)
	}
	if a.At.IsZero() {
		a.At = s.Now()
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING`,
			a.UUID, a.StudentID, a.LessonID, a.QuestionID, a.Answer, a.Verdict, a.At.UTC().Format(time.RFC3339Nano))
		if err != nil {
			return err
		}
		_, err = tx.Exec("DELETE FROM drafts WHERE student_id = ? AND lesson_id = ? AND question_id = ?",
			a.StudentID, a.LessonID, a.QuestionID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save attempt: %w", err)
	}
	return nil
}

// SaveDraft keeps what a student has typed for a question but not checked.
func (s *Store) SaveDraft(studentID, lessonID int64, questionID, answer string) error {
	if quiz.TooLong(answer) {
		return fmt.Errorf("store: save draft: %w: %s", ErrInvalid, quiz.TooLongMessage)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if answer == "" {
			_, err := tx.Exec("DELETE FROM drafts WHERE student_id = ? AND lesson_id = ? AND question_id = ?",
				studentID, lessonID, questionID)
			return err
		}
		_, err := tx.Exec(`INSERT INTO drafts(student_id, lesson_id, question_id, answer, updated_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(student_id, lesson_id, question_id) DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at`,
			studentID, lessonID, questionID, answer, s.stamp())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save draft: %w", err)
	}
	return nil
}

// Progress is what a student has done in a lesson.
type Progress struct {
	// Last holds each answered question's latest attempt.
	Last map[string]Attempt
	// Attempts counts the attempts at each question.
	Attempts map[string]int
	// Tries holds every attempt's verdicts at each question, in order,
	// for the grading rule.
	Tries map[string][]grading.Try
	// Drafts holds unchecked answers by question.
	Drafts map[string]string
}

// Answered returns the set of questions with at least one attempt.
func (p Progress) Answered() map[string]bool {
	m := make(map[string]bool, len(p.Last))
	for id := range p.Last {
		m[id] = true
	}
	return m
}

// Progress returns a student's attempts and drafts in a lesson.
func (s *Store) Progress(studentID, lessonID int64) (Progress, error) {
	p := Progress{Last: map[string]Attempt{}, Attempts: map[string]int{}, Drafts: map[string]string{},
		Tries: map[string][]grading.Try{}}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query(`SELECT a.uuid, a.question_id, a.answer, a.verdict, COALESCE(o.verdict, ''), a.created_at
			FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
			WHERE a.student_id = ? AND a.lesson_id = ? ORDER BY a.id`, studentID, lessonID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a := Attempt{StudentID: studentID, LessonID: lessonID}
			var at string
			if err := rows.Scan(&a.UUID, &a.QuestionID, &a.Answer, &a.Verdict, &a.Override, &at); err != nil {
				return err
			}
			a.At, _ = time.Parse(time.RFC3339Nano, at)
			p.Last[a.QuestionID] = a
			p.Attempts[a.QuestionID]++
			p.Tries[a.QuestionID] = append(p.Tries[a.QuestionID], grading.Try{Verdict: a.Verdict, Override: a.Override})
		}
		if err := rows.Err(); err != nil {
			return err
		}
		drafts, err := tx.Query("SELECT question_id, answer FROM drafts WHERE student_id = ? AND lesson_id = ?", studentID, lessonID)
		if err != nil {
			return err
		}
		defer drafts.Close()
		for drafts.Next() {
			var q, a string
			if err := drafts.Scan(&q, &a); err != nil {
				return err
			}
			p.Drafts[q] = a
		}
		return drafts.Err()
	})
	if err != nil {
		return Progress{}, fmt.Errorf("store: read progress: %w", err)
	}
	return p, nil
}
