package store

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// ImportResultsFile reads a results file, named file for the teacher,
// and merges its attempts. The file is checked whole before anything is
// stored. Each answer is judged
// again against this computer's copy of the lesson's questions: a verdict
// written on a student's laptop is not taken on trust.
func (s *Store) ImportResultsFile(file string, raw []byte) (r classroom.Results, rep ImportReport, err error) {
	// A fault of Lede's own while judging one file must cost that file,
	// never the app: a results file is read on every start from a watched
	// folder, so a crash here would repeat on every start. The import's
	// transaction has rolled back by the time this runs.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w (%v)", ErrInternal, p)
		}
	}()
	return s.importResults(file, raw)
}

func (s *Store) importResults(file string, raw []byte) (classroom.Results, ImportReport, error) {
	r, err := classroom.ReadResults(raw)
	if err != nil {
		return r, ImportReport{}, err
	}
	questions := map[string]quiz.Question{}
	pub, err := s.LessonByKey(r.LessonKey)
	if err != nil && !errors.Is(err, ErrNotFound) {
		// Judging every answer against no questions would refuse them
		// all, and the file would count as imported.
		return r, ImportReport{}, err
	}
	// Stored questions that cannot be read refuse the file, which is then
	// tried again later: judged against none, every answer would be
	// refused and the file count as imported. Questions that read but are
	// damaged still judge (readQuestions), so no answer is lost.
	qs, err := readQuestions(pub.Title, pub.QuestionsJSON)
	if err != nil {
		return r, ImportReport{}, err
	}
	for _, q := range qs {
		questions[q.ID] = q
	}
	// Every answer is judged again against the teacher's own questions;
	// an answer to a question the lesson does not have is refused, so a
	// hand-made file cannot add questions, or marks, to a grade.
	attempts := make([]Attempt, 0, len(r.Attempts))
	refused := 0
	for _, a := range r.Attempts {
		q, ok := questions[a.QuestionID]
		if !ok {
			refused++
			continue
		}
		attempts = append(attempts, Attempt{UUID: a.UUID, QuestionID: a.QuestionID, Answer: a.Answer,
			Verdict: string(quiz.Check(q, a.Answer).Verdict), At: a.At})
	}
	rep, err := s.importAttempts(file, r.LessonKey, r.Student, attempts)
	rep.Refused = refused
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
