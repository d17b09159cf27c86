package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// HandIn is a student's last hand-in of a lesson.
type HandIn struct {
	// Tries is how many tries the student had checked when they handed
	// in: tries checked since have not reached the teacher.
	Tries int
	// At is when, in RFC 3339.
	At string
}

// RecordHandIn remembers that a student's answers to a lesson, tries
// checked in all, reached the teacher now, and returns the hand-in as
// kept (LastHandIn would read it back).
func (s *Store) RecordHandIn(studentID, lessonID int64, tries int) (HandIn, error) {
	if tries < 0 {
		return HandIn{}, fmt.Errorf("store: record hand-in: %w: %d tries", ErrInvalid, tries)
	}
	h := HandIn{Tries: tries, At: s.stamp()}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO hand_ins(student_id, lesson_id, tries, handed_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(student_id, lesson_id) DO UPDATE SET tries = excluded.tries, handed_at = excluded.handed_at`,
			studentID, lessonID, h.Tries, h.At)
		return err
	})
	if err != nil {
		return HandIn{}, fmt.Errorf("store: record hand-in: %w", err)
	}
	return h, nil
}

// LastHandIn returns a student's last hand-in of a lesson; ok is false
// when they have not handed it in.
func (s *Store) LastHandIn(studentID, lessonID int64) (h HandIn, ok bool, err error) {
	err = s.read(context.Background(), func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT tries, handed_at FROM hand_ins WHERE student_id = ? AND lesson_id = ?",
			studentID, lessonID).Scan(&h.Tries, &h.At)
	})
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return HandIn{}, false, nil
	case err != nil:
		return HandIn{}, false, fmt.Errorf("store: last hand-in: %w", err)
	}
	return h, true, nil
}
