package store

import (
	"context"
	"database/sql"
	"fmt"
)

// StudentScore is one student's progress in a lesson.
type StudentScore struct {
	StudentID int64
	Name      string
	Answered  int // questions with at least one attempt
	Correct   int // questions whose latest attempt counts as correct
}

// WrongAnswer is an answer given, and judged wrong, more than once.
type WrongAnswer struct {
	Answer string
	Count  int
}

// QuestionStats is how a class did on one question.
type QuestionStats struct {
	QuestionID string
	Students   int // students who answered it
	// FirstTryCorrect counts students whose first attempt counts as correct.
	FirstTryCorrect int
	// CommonWrong are the most frequent wrong answers, most frequent first.
	CommonWrong []WrongAnswer
}

// Dashboard is a lesson's progress across the class.
type Dashboard struct {
	Students  []StudentScore
	Questions map[string]*QuestionStats
}

// effective is the SQL for an attempt's verdict, the teacher's first.
const effective = "COALESCE(o.verdict, a.verdict)"

// LessonDashboard reads a lesson's dashboard: each student's progress and
// score, and for each question the share right at the first try and the
// commonest wrong answers. Every figure counts the teacher's overrides.
func (s *Store) LessonDashboard(lessonID int64) (Dashboard, error) {
	d := Dashboard{Questions: map[string]*QuestionStats{}}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if err := d.readScores(tx, lessonID); err != nil {
			return err
		}
		if err := d.readFirstTries(tx, lessonID); err != nil {
			return err
		}
		return d.readWrongAnswers(tx, lessonID)
	})
	if err != nil {
		return Dashboard{}, fmt.Errorf("store: read dashboard: %w", err)
	}
	return d, nil
}

func (d *Dashboard) readScores(tx *sql.Tx, lessonID int64) error {
	rows, err := tx.Query(`SELECT st.id, st.name, COUNT(*), SUM(`+effective+` = 'correct')
		FROM latest JOIN attempts a ON a.id = latest.attempt_id JOIN students st ON st.id = latest.student_id
		LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
		WHERE latest.lesson_id = ?
		GROUP BY st.id ORDER BY st.name COLLATE NOCASE`, lessonID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sc StudentScore
		if err := rows.Scan(&sc.StudentID, &sc.Name, &sc.Answered, &sc.Correct); err != nil {
			return err
		}
		d.Students = append(d.Students, sc)
	}
	return rows.Err()
}

func (d *Dashboard) question(id string) *QuestionStats {
	q, ok := d.Questions[id]
	if !ok {
		q = &QuestionStats{QuestionID: id}
		d.Questions[id] = q
	}
	return q
}

func (d *Dashboard) readFirstTries(tx *sql.Tx, lessonID int64) error {
	rows, err := tx.Query(`WITH first AS (
			SELECT MIN(id) AS id FROM attempts WHERE lesson_id = ? GROUP BY student_id, question_id)
		SELECT a.question_id, COUNT(*), SUM(`+effective+` = 'correct')
		FROM first JOIN attempts a ON a.id = first.id LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
		GROUP BY a.question_id`, lessonID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n, right int
		if err := rows.Scan(&id, &n, &right); err != nil {
			return err
		}
		q := d.question(id)
		q.Students, q.FirstTryCorrect = n, right
	}
	return rows.Err()
}

// commonWrongPerQuestion is how many wrong answers a question lists.
const commonWrongPerQuestion = 3

func (d *Dashboard) readWrongAnswers(tx *sql.Tx, lessonID int64) error {
	rows, err := tx.Query(`SELECT a.question_id, lower(trim(a.answer)) AS folded, COUNT(*) AS n
		FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
		WHERE a.lesson_id = ? AND `+effective+` != 'correct' AND trim(a.answer) != ''
		GROUP BY a.question_id, folded HAVING n > 1
		ORDER BY a.question_id, n DESC, folded`, lessonID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var w WrongAnswer
		if err := rows.Scan(&id, &w.Answer, &w.Count); err != nil {
			return err
		}
		if q := d.question(id); len(q.CommonWrong) < commonWrongPerQuestion {
			q.CommonWrong = append(q.CommonWrong, w)
		}
	}
	return rows.Err()
}

// Grade is a student's result in a lesson, for the grade sheet.
type Grade struct {
	Student   string
	Lesson    string
	Answered  int
	Correct   int
	Questions int
}

// Grades lists every student's result in every lesson they started, by
// student then lesson: one row each, as the exported sheet has them.
func (s *Store) Grades() ([]Grade, error) {
	var out []Grade
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query(`WITH per AS (
				SELECT latest.student_id, latest.lesson_id, COUNT(*) AS answered,
					SUM(` + effective + ` = 'correct') AS correct
				FROM latest JOIN attempts a ON a.id = latest.attempt_id
				LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
				GROUP BY latest.lesson_id, latest.student_id)
			SELECT st.name, l.title, per.answered, per.correct, l.question_count
			FROM per JOIN students st ON st.id = per.student_id JOIN lessons l ON l.id = per.lesson_id
			ORDER BY st.name COLLATE NOCASE, l.title`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var g Grade
			if err := rows.Scan(&g.Student, &g.Lesson, &g.Answered, &g.Correct, &g.Questions); err != nil {
				return err
			}
			out = append(out, g)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: read grades: %w", err)
	}
	return out, nil
}
