package store

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/lede-app/lede/data/classroom"
)

// ImportResultsFile reads a results file and merges its attempts. The
// file is checked whole before anything is stored.
func (s *Store) ImportResultsFile(raw []byte) (classroom.Results, ImportReport, error) {
	r, err := classroom.ReadResults(raw)
	if err != nil {
		return r, ImportReport{}, err
	}
	attempts := make([]Attempt, len(r.Attempts))
	for i, a := range r.Attempts {
		attempts[i] = Attempt{UUID: a.UUID, QuestionID: a.QuestionID, Answer: a.Answer, Verdict: a.Verdict, At: a.At}
	}
	rep, err := s.ImportAttempts(r.LessonKey, r.Student, attempts)
	return r, rep, err
}

// StudentResults gathers a student's attempts at a lesson as a results
// file's content.
func (s *Store) StudentResults(lesson Lesson, student string, now time.Time) (classroom.Results, error) {
	rows, err := s.LessonAnswers(lesson.ID)
	if err != nil {
		return classroom.Results{}, err
	}
	r := classroom.Results{LessonKey: lesson.Key, Lesson: lesson.Title, Student: student, Exported: now.UTC()}
	for _, a := range rows {
		if strings.EqualFold(a.Student, student) {
			r.Attempts = append(r.Attempts, classroom.Attempt{UUID: a.UUID, QuestionID: a.QuestionID,
				Answer: a.Answer, Verdict: a.Verdict, At: a.At})
		}
	}
	if len(r.Attempts) == 0 {
		return r, fmt.Errorf("%w: %s has no answers to %q on this computer", ErrNotFound, student, lesson.Title)
	}
	return r, nil
}

// WriteGradeSheet writes every student's result in every lesson as CSV.
func (s *Store) WriteGradeSheet(w io.Writer) error {
	grades, err := s.Grades()
	if err != nil {
		return err
	}
	rows := make([]classroom.GradeRow, len(grades))
	for i, g := range grades {
		rows[i] = classroom.GradeRow(g)
	}
	return classroom.WriteGrades(w, rows)
}
