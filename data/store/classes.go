package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// DeletedClass is what DeleteClass took away, for RestoreClass: the
// class and who was in it. Students and their answers are never deleted
// with a class.
type DeletedClass struct {
	Class    Class
	Students []int64
}

// DeleteClass deletes a class; its students and their answers stay.
func (s *Store) DeleteClass(id int64) (DeletedClass, error) {
	var d DeletedClass
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if err := tx.QueryRow("SELECT id, name FROM classes WHERE id = ?", id).Scan(&d.Class.ID, &d.Class.Name); errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: class %d", ErrNotFound, id)
		} else if err != nil {
			return err
		}
		rows, err := tx.Query("SELECT student_id FROM class_students WHERE class_id = ? ORDER BY student_id", id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var st int64
			if err := rows.Scan(&st); err != nil {
				rows.Close()
				return err
			}
			d.Students = append(d.Students, st)
		}
		rows.Close()
		if _, err := tx.Exec("DELETE FROM class_students WHERE class_id = ?", id); err != nil {
			return err
		}
		_, err = tx.Exec("DELETE FROM classes WHERE id = ?", id)
		return err
	})
	if err != nil {
		return DeletedClass{}, fmt.Errorf("store: delete class: %w", err)
	}
	return d, nil
}

// RestoreClass undoes DeleteClass: the class comes back, under its own
// ID, with the students who are still on this computer.
func (s *Store) RestoreClass(d DeletedClass) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT INTO classes(id, name, created_at) VALUES (?, ?, ?)", d.Class.ID, d.Class.Name, s.stamp()); err != nil {
			return err
		}
		for _, st := range d.Students {
			if _, err := tx.Exec(`INSERT OR IGNORE INTO class_students(class_id, student_id)
				SELECT ?, id FROM students WHERE id = ?`, d.Class.ID, st); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: restore class: %w", err)
	}
	return nil
}

// MergeStudents makes two students one: every answer, draft, class and
// View setting of from becomes into's, and from is removed — for a
// student who signed in twice under two spellings. Tries at the same
// question join in the order they were made.
func (s *Store) MergeStudents(from, into int64) error {
	if from == into {
		return fmt.Errorf("store: merge students: %w: a student cannot be merged into themselves", ErrInvalid)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow("SELECT COUNT(*) FROM students WHERE id IN (?, ?)", from, into).Scan(&n); err != nil {
			return err
		}
		if n != 2 {
			return fmt.Errorf("%w: student", ErrNotFound)
		}
		for _, q := range []string{
			// The try-numbering trigger renumbers each question's tries.
			"UPDATE attempts SET student_id = ? WHERE student_id = ?",
			// Where both have a draft at a question, into's is kept.
			`INSERT OR IGNORE INTO drafts(student_id, lesson_id, question_id, answer, updated_at)
				SELECT ?, lesson_id, question_id, answer, updated_at FROM drafts WHERE student_id = ?`,
			`INSERT OR IGNORE INTO class_students(student_id, class_id)
				SELECT ?, class_id FROM class_students WHERE student_id = ?`,
			// Where both handed a lesson in, into's record is kept: the
			// tries from's record counted are now into's too, so answers
			// may show as not handed in — the safer mistake.
			`INSERT OR IGNORE INTO hand_ins(student_id, lesson_id, tries, handed_at)
				SELECT ?, lesson_id, tries, handed_at FROM hand_ins WHERE student_id = ?`,
			// Where both chose View settings, into's are kept.
			`INSERT OR IGNORE INTO student_views(student_id, scale, variant, font, spacing, split, split_stacked, updated_at)
				SELECT ?, scale, variant, font, spacing, split, split_stacked, updated_at FROM student_views WHERE student_id = ?`,
		} {
			if _, err := tx.Exec(q, into, from); err != nil {
				return err
			}
		}
		for _, q := range []string{"DELETE FROM drafts WHERE student_id = ?", "DELETE FROM class_students WHERE student_id = ?",
			"DELETE FROM hand_ins WHERE student_id = ?", "DELETE FROM student_views WHERE student_id = ?",
			"DELETE FROM students WHERE id = ?"} {
			if _, err := tx.Exec(q, from); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: merge students: %w", err)
	}
	return nil
}
