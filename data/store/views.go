package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
)

// View is a student's View settings as kept in the progress file: text
// size, colours, reading font, line spacing and the divider's places
// between the article and the quiz. The store keeps the values; what
// they mean, and their limits, are the UI's.
type View struct {
	Scale               float64
	Variant, Font       string
	LineSpacing         float64
	Split, SplitStacked float64
}

// StudentView returns a student's View settings; ok is false when they
// have chosen none in this data folder.
func (s *Store) StudentView(studentID int64) (v View, ok bool, err error) {
	err = s.read(context.Background(), func(tx *sql.Tx) error {
		return tx.QueryRow(`SELECT scale, variant, font, spacing, split, split_stacked
			FROM student_views WHERE student_id = ?`, studentID).
			Scan(&v.Scale, &v.Variant, &v.Font, &v.LineSpacing, &v.Split, &v.SplitStacked)
	})
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return View{}, false, nil
	case err != nil:
		return View{}, false, fmt.Errorf("store: student view: %w", err)
	}
	return v, true, nil
}

// SetStudentView remembers a student's View settings in this data
// folder, in place of those kept before.
func (s *Store) SetStudentView(studentID int64, v View) error {
	for _, f := range []float64{v.Scale, v.LineSpacing, v.Split, v.SplitStacked} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("store: set student view: %w: %v", ErrInvalid, f)
		}
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow("SELECT COUNT(*) FROM students WHERE id = ?", studentID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%w: student %d", ErrNotFound, studentID)
		}
		_, err := tx.Exec(`INSERT INTO student_views(student_id, scale, variant, font, spacing, split, split_stacked, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(student_id) DO UPDATE SET scale = excluded.scale, variant = excluded.variant, font = excluded.font,
				spacing = excluded.spacing, split = excluded.split, split_stacked = excluded.split_stacked,
				updated_at = excluded.updated_at`,
			studentID, v.Scale, v.Variant, v.Font, v.LineSpacing, v.Split, v.SplitStacked, s.stamp())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: set student view: %w", err)
	}
	return nil
}
