package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync/atomic"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/grading"
	"github.com/lede-app/lede/data/quiz"
)

// ImportReport says what importing one results file did.
type ImportReport struct {
	Added      int // new attempts stored
	Duplicates int // attempts already stored, unchanged (the file was imported before)
	// Conflicts are attempts whose ID was stored with other content — a
	// copied file, or the real one after a copy. Neither wins silently:
	// the file's version waits for the teacher (Conflicts), who alone
	// may change a stored attempt (ResolveConflicts).
	Conflicts int
	// Refused are attempts at questions the teacher's lesson does not
	// have: a results file cannot add questions to a lesson, or answers
	// to them to a grade.
	Refused int
	// TooLong are answers longer than any Lede lets a student type.
	TooLong int
	// OverLimit are tries beyond the lesson's number of tries (or, in a
	// lesson without a limit, beyond MaxImportTries) at one question.
	OverLimit int
}

// MaxImportTries bounds the tries at one question a results file may add
// to a lesson without a limit of its own: far more than a student makes,
// far fewer than a file swelled by hand.
const MaxImportTries = 50

// ImportAttempts merges a student's attempts at the lesson with the given
// key, in transactions of at most importBatch attempts: each batch is
// stored whole or not at all. Attempts already stored (same ID) are left
// as they are, so importing the same results twice changes nothing, and
// a file whose import stopped part-way is finished by importing it
// again. A lesson this computer does not have is refused.
func (s *Store) ImportAttempts(lessonKey, student string, attempts []Attempt) (ImportReport, error) {
	return s.importAttempts("", lessonKey, student, attempts)
}

// importAttempts is ImportAttempts for attempts read from file.
func (s *Store) importAttempts(file, lessonKey, student string, attempts []Attempt) (ImportReport, error) {
	attempts = slices.Clone(attempts)
	// The earliest tries are the ones the limit keeps.
	slices.SortStableFunc(attempts, func(a, b Attempt) int { return a.At.Compare(b.At) })
	var rep ImportReport
	name := classroom.CleanName(student)
	if name == "" || len(name) > 100 {
		return rep, fmt.Errorf("store: import results: %w: the student's name is missing or too long", ErrInvalid)
	}
	// Bounded batches keep each write short, so another copy of Lede
	// importing at the same time waits for a moment, not for a file.
	for batch := range slices.Chunk(attempts, importBatch) {
		part, err := s.importBatch(file, lessonKey, name, batch)
		if err != nil {
			return rep, fmt.Errorf("store: import results: %w", err)
		}
		rep.add(part)
	}
	if len(attempts) == 0 {
		if _, err := s.importBatch(file, lessonKey, name, nil); err != nil {
			return rep, fmt.Errorf("store: import results: %w", err)
		}
	}
	return rep, nil
}

func (r *ImportReport) add(o ImportReport) {
	r.Added += o.Added
	r.Duplicates += o.Duplicates
	r.Conflicts += o.Conflicts
	r.Refused += o.Refused
	r.TooLong += o.TooLong
	r.OverLimit += o.OverLimit
}

// importBatch is how many attempts one import transaction stores.
const importBatch = 500

// importBatch stores one batch of a student's attempts in one
// transaction, waiting with back-off while another copy of Lede writes.
func (s *Store) importBatch(file, lessonKey, name string, attempts []Attempt) (ImportReport, error) {
	var rep ImportReport
	err := s.txPatient(context.Background(), func(tx *sql.Tx) error {
		rep = ImportReport{} // a retried batch counts afresh
		var lessonID int64
		var allowed int
		if err := tx.QueryRow("SELECT id, attempts_allowed FROM lessons WHERE key = ?", lessonKey).Scan(&lessonID, &allowed); errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: the lesson of these results is not on this computer: open its lesson pack first", ErrNotFound)
		} else if err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT OR IGNORE INTO students(name, created_at) VALUES (?, ?)", name, s.stamp()); err != nil {
			return err
		}
		var studentID int64
		if err := tx.QueryRow("SELECT id FROM students WHERE name = ?", name).Scan(&studentID); err != nil {
			return err
		}
		// Prepared once: preparing an insert into attempts compiles the
		// triggers that keep the scores (0016_question_scores.sql), which
		// costs more than running them.
		insert, err := tx.Prepare(`INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING`)
		if err != nil {
			return err
		}
		defer insert.Close()
		noteLargest(&s.largestImport, len(attempts))
		for _, a := range attempts {
			if a.UUID == "" {
				return fmt.Errorf("%w: an attempt has no ID", ErrInvalid)
			}
			if quiz.TooLong(a.Answer) {
				rep.TooLong++
				continue
			}
			if full, err := triesUsed(tx, a, studentID, lessonID, allowed); err != nil {
				return err
			} else if full {
				rep.OverLimit++
				continue
			}
			res, err := insert.Exec(a.UUID, studentID, lessonID, a.QuestionID, a.Answer, a.Verdict, a.At.UTC().Format(time.RFC3339Nano))
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 1 {
				rep.Added++
				continue
			}
			var same int
			err = tx.QueryRow(`SELECT COUNT(*) FROM attempts WHERE uuid = ? AND student_id = ? AND lesson_id = ?
				AND question_id = ? AND answer = ?`, a.UUID, studentID, lessonID, a.QuestionID, a.Answer).Scan(&same)
			if err != nil {
				return err
			}
			if same == 1 {
				rep.Duplicates++
				continue
			}
			rep.Conflicts++
			if _, err := tx.Exec(`INSERT INTO import_conflicts(uuid, lesson_id, student, question_id, answer, verdict, created_at, file, found_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
				a.UUID, lessonID, name, a.QuestionID, a.Answer, a.Verdict, a.At.UTC().Format(time.RFC3339Nano), file, s.stamp()); err != nil {
				return err
			}
		}
		return nil
	})
	return rep, err
}

// triesUsed reports whether the student has used every try the lesson
// allows at a's question, not counting a itself if it is stored already
// (importing a file again is never over the limit).
func triesUsed(tx *sql.Tx, a Attempt, studentID, lessonID int64, allowed int) (bool, error) {
	if allowed <= 0 {
		allowed = MaxImportTries
	}
	var tries int
	err := tx.QueryRow(`SELECT COUNT(*) FROM attempts WHERE student_id = ? AND lesson_id = ? AND question_id = ? AND uuid <> ?`,
		studentID, lessonID, a.QuestionID, a.UUID).Scan(&tries)
	return tries >= allowed, err
}

// Settings are the teacher's settings of a stored lesson.
func (p PublishedLesson) Settings() classroom.Settings {
	return classroom.Settings{Attempts: p.AttemptsAllowed, Reveal: p.Reveal, HideScore: p.HideScore, Counts: p.Counts}
}

// SetLessonRules stores when the answer is shown, whether the score is,
// and which try counts (the settings besides the tries, which go with
// the questions).
func (s *Store) SetLessonRules(lessonID int64, rules classroom.Settings) error {
	switch rules.Reveal {
	case classroom.RevealAfterLastTry, classroom.RevealAfterHandIn, classroom.RevealNever:
	default:
		return fmt.Errorf("store: lesson settings: %w: reveal %q", ErrInvalid, rules.Reveal)
	}
	if !slices.Contains(grading.Rules, rules.Counts) {
		return fmt.Errorf("store: lesson settings: %w: counts %q", ErrInvalid, rules.Counts)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("UPDATE lessons SET reveal = ?, hide_score = ?, counts = ? WHERE id = ?",
			rules.Reveal, rules.HideScore, rules.Counts, lessonID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: lesson settings: %w", err)
	}
	return nil
}

// SetLessonQuestions stores a lesson's generated questions (as JSON) and
// settings, leaving whether they were published as it was.
func (s *Store) SetLessonQuestions(lessonID int64, questionsJSON string, count, attemptsAllowed int) error {
	return s.saveQuestions(lessonID, questionsJSON, count, attemptsAllowed, false)
}

// PublishLesson stores the questions the teacher published — edited, or
// handed out in a pack — which are then kept as they are.
func (s *Store) PublishLesson(lessonID int64, questionsJSON string, count, attemptsAllowed int) error {
	return s.saveQuestions(lessonID, questionsJSON, count, attemptsAllowed, true)
}

func (s *Store) saveQuestions(lessonID int64, questionsJSON string, count, attemptsAllowed int, publish bool) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE lessons SET questions = ?, question_count = ?, attempts_allowed = ?,
			published = (published OR ?) WHERE id = ?`,
			questionsJSON, count, attemptsAllowed, publish, lessonID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%w: lesson %d", ErrNotFound, lessonID)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: save questions: %w", err)
	}
	return nil
}

// Class is a group of students.
type Class struct {
	ID   int64
	Name string
}

// AddClass returns the class with this name, adding it if new, and adds
// the named students to it (creating those who are new), in one
// transaction: a roster is imported whole or not at all.
func (s *Store) AddClass(name string, students []string) (Class, error) {
	name = classroom.CleanName(name)
	if name == "" {
		return Class{}, fmt.Errorf("store: add class: %w: the name is empty", ErrInvalid)
	}
	c := Class{Name: name}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT OR IGNORE INTO classes(name, created_at) VALUES (?, ?)", name, s.stamp()); err != nil {
			return err
		}
		if err := tx.QueryRow("SELECT id, name FROM classes WHERE name = ?", name).Scan(&c.ID, &c.Name); err != nil {
			return err
		}
		for _, st := range students {
			st = classroom.CleanName(st)
			if st == "" || len(st) > 100 {
				return fmt.Errorf("%w: student name %q", ErrInvalid, st)
			}
			if _, err := tx.Exec("INSERT OR IGNORE INTO students(name, created_at) VALUES (?, ?)", st, s.stamp()); err != nil {
				return err
			}
			if _, err := tx.Exec(`INSERT OR IGNORE INTO class_students(class_id, student_id)
				SELECT ?, id FROM students WHERE name = ?`, c.ID, st); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Class{}, fmt.Errorf("store: add class %q: %w", name, err)
	}
	return c, nil
}

// ClassStudents lists a class's students by name.
func (s *Store) ClassStudents(classID int64) ([]Student, error) {
	var out []Student
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query(`SELECT s.id, s.name FROM students s JOIN class_students cs ON cs.student_id = s.id
			WHERE cs.class_id = ? ORDER BY s.name COLLATE NOCASE`, classID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var st Student
			if err := rows.Scan(&st.ID, &st.Name); err != nil {
				return err
			}
			out = append(out, st)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: list class: %w", err)
	}
	return out, nil
}

// PublishedLesson is a lesson's questions as the teacher last published
// them, with its settings.
type PublishedLesson struct {
	Lesson
	QuestionsJSON   string
	AttemptsAllowed int
	// Reveal, HideScore and Counts are the rest of the teacher's
	// settings (classroom.Settings).
	Reveal    string
	HideScore bool
	Counts    string
	// Published is true once the teacher published the questions; until
	// then they are only the generator's.
	Published bool
	sourceLen int // bytes of the stored article, which evidence points into
}

// Questions reads the lesson's stored questions (none when none were
// stored) and checks each as a question read from a file is checked
// (quiz.Validate): the progress file is only a file, which another program
// or a damaged disk may have changed behind Lede's back, and a question
// the checker cannot judge must reach neither a student nor an import. A
// damaged question is refused with ErrDamagedQuestions, saying which and
// why. Its evidence is held to the stored article, and the sentence it
// points at to the article's sentences: a caller that has the article
// read passes their number, one that has not passes AnySentences.
func (p PublishedLesson) Questions(sentences int) ([]quiz.Question, error) {
	return decodeQuestions(p.Title, p.QuestionsJSON, p.sourceLen, sentences)
}

// AnySentences is Questions' bound for a caller that has not read the
// article: only a negative sentence is refused.
const AnySentences = math.MaxInt

// maxQuestionsJSON bounds the stored questions read back: a lesson's are a
// few kilobytes, and no more than a lesson pack may hold.
const maxQuestionsJSON = classroom.MaxFile

func decodeQuestions(title, body string, sourceLen, sentences int) ([]quiz.Question, error) {
	qs, err := readQuestions(title, body)
	if err != nil {
		return nil, err
	}
	if err := quiz.ValidateAll(qs, sourceLen, sentences); err != nil {
		return nil, damagedQuestions(title, err.Error())
	}
	return qs, nil
}

// readQuestions reads stored questions without validating them: what an
// import judges answers by, and what Accept for everyone mends. The
// checker judges any Question without panicking (quiz.FuzzCheckAnyQuestion),
// a keyless one "unclear", so a student's answer to a question damaged
// since is kept for the teacher rather than lost. Questions that cannot be
// read at all are ErrDamagedQuestions: judged against none, every answer
// would be refused.
func readQuestions(title, body string) ([]quiz.Question, error) {
	if body == "" {
		return nil, nil
	}
	if len(body) > maxQuestionsJSON {
		return nil, damagedQuestions(title, "they are far larger than any lesson's")
	}
	var qs []quiz.Question
	if err := json.Unmarshal([]byte(body), &qs); err != nil {
		return nil, damagedQuestions(title, "they cannot be read")
	}
	return qs, nil
}

func damagedQuestions(title, why string) error {
	return fmt.Errorf("%w (“%s”: %s). The lesson's answers and the other lessons are kept; importing the lesson's bundle again and taking its version replaces them",
		ErrDamagedQuestions, title, why)
}

// LessonByKey returns the stored lesson with this key and its published
// questions (QuestionsJSON is empty when none were stored).
func (s *Store) LessonByKey(key string) (PublishedLesson, error) {
	var p PublishedLesson
	// A plain read: a transaction here would take the write lock
	// (BEGIN IMMEDIATE) and wait behind another copy's import.
	err := s.db.QueryRow(`SELECT id, key, title, questions, attempts_allowed, published, reveal, hide_score, counts,
		length(CAST(source AS BLOB)) FROM lessons WHERE key = ?`, key).
		Scan(&p.ID, &p.Key, &p.Title, &p.QuestionsJSON, &p.AttemptsAllowed, &p.Published, &p.Reveal, &p.HideScore, &p.Counts, &p.sourceLen)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("store: lesson %s: %w", key, ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("store: read lesson: %w", classify(err))
	}
	return p, nil
}

// Classes lists the classes by name.
func (s *Store) Classes() ([]Class, error) {
	var out []Class
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query("SELECT id, name FROM classes ORDER BY name COLLATE NOCASE")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Class
			if err := rows.Scan(&c.ID, &c.Name); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: list classes: %w", err)
	}
	return out, nil
}

// RenameClass gives a class a new name.
func (s *Store) RenameClass(id int64, name string) error {
	name = classroom.CleanName(name)
	if name == "" {
		return fmt.Errorf("store: rename class: %w: the name is empty", ErrInvalid)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("UPDATE classes SET name = ? WHERE id = ?", name, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: rename class: %w", err)
	}
	return nil
}

// RemoveFromClass takes a student out of a class; the student and their
// answers stay on this computer.
func (s *Store) RemoveFromClass(classID, studentID int64) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("DELETE FROM class_students WHERE class_id = ? AND student_id = ?", classID, studentID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: remove from class: %w", err)
	}
	return nil
}

// RenameStudent corrects a student's name everywhere; answers follow.
func (s *Store) RenameStudent(id int64, name string) error {
	name = classroom.CleanName(name)
	if name == "" || len(name) > 100 {
		return fmt.Errorf("store: rename student: %w: the name is empty or too long", ErrInvalid)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("UPDATE students SET name = ? WHERE id = ?", name, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: rename student: %w", err)
	}
	return nil
}

// noteLargest raises most to n where n is larger.
func noteLargest(most *atomic.Int64, n int) {
	for {
		was := most.Load()
		if int64(n) <= was || most.CompareAndSwap(was, int64(n)) {
			return
		}
	}
}
