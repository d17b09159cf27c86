package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Version is one version of an answer: who gave it, what, and when.
type Version struct {
	Student, Answer, Verdict string
	At                       time.Time
}

// Conflict is an answer a results file brought under an attempt ID that
// is stored with other content. Stored is what counts now; File's
// version waits for the teacher to choose.
type Conflict struct {
	ID          int64
	File        string
	LessonTitle string
	QuestionID  string
	Stored      Version
	Incoming    Version
}

// ConflictGroup gathers one file's conflicts with one student's stored
// answers: a copied file shows as one group, settled at once.
type ConflictGroup struct {
	File, Student, StoredStudent, LessonTitle string
	Conflicts                                 []Conflict
}

// IDs are the group's conflicts' IDs, for ResolveConflicts.
func (g ConflictGroup) IDs() []int64 {
	ids := make([]int64, len(g.Conflicts))
	for i, c := range g.Conflicts {
		ids[i] = c.ID
	}
	return ids
}

// Conflicts lists the conflicts the teacher has not settled, grouped by
// file, the file's student and the stored answers' student.
func (s *Store) Conflicts() ([]ConflictGroup, error) {
	rows, err := s.db.Query(`SELECT c.id, c.file, l.title, c.question_id,
			st.name, a.answer, a.verdict, a.created_at, c.student, c.answer, c.verdict, c.created_at
		FROM import_conflicts c
		JOIN attempts a ON a.uuid = c.uuid
		JOIN students st ON st.id = a.student_id
		JOIN lessons l ON l.id = c.lesson_id
		WHERE c.resolution = ''
		ORDER BY c.file, c.student, st.name, c.id`)
	if err != nil {
		return nil, fmt.Errorf("store: list conflicts: %w", classify(err))
	}
	defer rows.Close()
	var out []ConflictGroup
	for rows.Next() {
		var c Conflict
		var storedAt, incomingAt string
		if err := rows.Scan(&c.ID, &c.File, &c.LessonTitle, &c.QuestionID, &c.Stored.Student, &c.Stored.Answer,
			&c.Stored.Verdict, &storedAt, &c.Incoming.Student, &c.Incoming.Answer, &c.Incoming.Verdict, &incomingAt); err != nil {
			return nil, fmt.Errorf("store: list conflicts: %w", classify(err))
		}
		c.Stored.At, _ = time.Parse(time.RFC3339Nano, storedAt)
		c.Incoming.At, _ = time.Parse(time.RFC3339Nano, incomingAt)
		if n := len(out); n == 0 || out[n-1].File != c.File || out[n-1].Student != c.Incoming.Student ||
			out[n-1].StoredStudent != c.Stored.Student {
			out = append(out, ConflictGroup{File: c.File, Student: c.Incoming.Student, StoredStudent: c.Stored.Student,
				LessonTitle: c.LessonTitle})
		}
		out[len(out)-1].Conflicts = append(out[len(out)-1].Conflicts, c)
	}
	return out, classify(rows.Err())
}

// ResolveConflicts settles conflicts in one transaction. Keeping the
// stored answers marks them settled. Using the file's puts its version in
// the attempt — student, answer, verdict, time — and keeps the version
// set aside in the conflict's row: nothing is lost either way, and the
// teacher's verdict on the old version (if any) no longer applies.
func (s *Store) ResolveConflicts(ids []int64, useFile bool) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		for _, id := range ids {
			if err := resolveConflict(tx, id, useFile, s.stamp()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: settle conflicting answers: %w", err)
	}
	return nil
}

func resolveConflict(tx *sql.Tx, id int64, useFile bool, now string) error {
	if !useFile {
		_, err := tx.Exec("UPDATE import_conflicts SET resolution = 'kept' WHERE id = ? AND resolution = ''", id)
		return err
	}
	var uuid, student, question, answer, verdict, at string
	var lesson int64
	err := tx.QueryRow(`SELECT uuid, lesson_id, student, question_id, answer, verdict, created_at FROM import_conflicts
		WHERE id = ? AND resolution = ''`, id).Scan(&uuid, &lesson, &student, &question, &answer, &verdict, &at)
	if err == sql.ErrNoRows {
		return nil // settled already
	}
	if err != nil {
		return err
	}
	var old Version
	var oldAt, oldQuestion string
	var oldLesson int64
	if err := tx.QueryRow(`SELECT st.name, a.lesson_id, a.question_id, a.answer, a.verdict, a.created_at FROM attempts a
		JOIN students st ON st.id = a.student_id WHERE a.uuid = ?`, uuid).Scan(&old.Student, &oldLesson, &oldQuestion,
		&old.Answer, &old.Verdict, &oldAt); err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT OR IGNORE INTO students(name, created_at) VALUES (?, ?)", student, now); err != nil {
		return err
	}
	if _, err := tx.Exec(`UPDATE attempts SET student_id = (SELECT id FROM students WHERE name = ?), lesson_id = ?,
		question_id = ?, answer = ?, verdict = ?, created_at = ? WHERE uuid = ?`, student, lesson, question, answer, verdict, at, uuid); err != nil {
		return err
	}
	if _, err := tx.Exec("DELETE FROM overrides WHERE attempt_uuid = ?", uuid); err != nil {
		return err
	}
	// The row now keeps the version set aside; OR REPLACE drops another
	// row that held exactly that version already.
	_, err = tx.Exec(`UPDATE OR REPLACE import_conflicts SET lesson_id = ?, student = ?, question_id = ?, answer = ?,
		verdict = ?, created_at = ?, resolution = 'swapped' WHERE id = ?`, oldLesson, old.Student, oldQuestion, old.Answer,
		old.Verdict, oldAt, id)
	return err
}
