package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Verdicts a teacher may give in place of the checker's.
var overrideVerdicts = map[string]bool{"correct": true, "partial": true, "incorrect": true}

// Override records a teacher's verdict on an attempt; an empty verdict
// takes the override back. The attempt itself is never changed.
func (s *Store) Override(attemptUUID, verdict string) error {
	if verdict != "" && !overrideVerdicts[verdict] {
		return fmt.Errorf("store: override: %w: verdict %q", ErrInvalid, verdict)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow("SELECT COUNT(*) FROM attempts WHERE uuid = ?", attemptUUID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%w: attempt %s", ErrNotFound, attemptUUID)
		}
		if verdict == "" {
			_, err := tx.Exec("DELETE FROM overrides WHERE attempt_uuid = ?", attemptUUID)
			return err
		}
		_, err := tx.Exec(`INSERT INTO overrides(attempt_uuid, verdict, created_at) VALUES (?, ?, ?)
			ON CONFLICT(attempt_uuid) DO UPDATE SET verdict = excluded.verdict, created_at = excluded.created_at`,
			attemptUUID, verdict, s.stamp())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: override: %w", err)
	}
	return nil
}

// AnswerRow is one attempt as a teacher reviews it.
type AnswerRow struct {
	Attempt
	Student string
}

// LessonAnswers lists every attempt at a lesson, by student and in the
// order they were made, with any override.
func (s *Store) LessonAnswers(lessonID int64) ([]AnswerRow, error) {
	var out []AnswerRow
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query(`SELECT a.uuid, a.student_id, st.name, a.question_id, a.answer, a.verdict,
				COALESCE(o.verdict, ''), a.created_at
			FROM attempts a JOIN students st ON st.id = a.student_id
			LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
			WHERE a.lesson_id = ? ORDER BY st.name COLLATE NOCASE, a.id`, lessonID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r := AnswerRow{Attempt: Attempt{LessonID: lessonID}}
			var at string
			if err := rows.Scan(&r.UUID, &r.StudentID, &r.Student, &r.QuestionID, &r.Answer, &r.Verdict, &r.Override, &at); err != nil {
				return err
			}
			r.At, _ = time.Parse(time.RFC3339Nano, at)
			out = append(out, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: list answers: %w", err)
	}
	return out, nil
}
