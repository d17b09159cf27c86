package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"
)

// StudentScore is one student's progress in a lesson.
type StudentScore struct {
	StudentID int64
	Name      string
	Answered  int // questions with at least one attempt
	Correct   int // questions right by the grading rule (grading.Counted)
	// FirstTry counts questions right at the first try; LastActive is
	// when the student last answered in this lesson.
	FirstTry   int
	LastActive time.Time
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
	err := s.read(context.Background(), func(tx *sql.Tx) error {
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

// readScores reads each student's score in the lesson by the lesson's
// grading rule (grading.CountedBy), the teacher's overrides first, with
// their first-try count and last answer, sorted by name. It reads the
// table lesson_scores, which triggers keep in step with every attempt,
// override and lesson setting (migration 0016_question_scores.sql):
// summing a school year's million tries at each reading took 0.4 s for
// the grade sheet. TestSQLScoreIsGradingCounted checks those sums against
// grading.CountedBy on every sequence of up to four tries under every
// rule and allowance, and TestScoresFollowTheAttempts after every kind of
// change.
func (d *Dashboard) readScores(tx *sql.Tx, lessonID int64) error {
	rows, err := tx.Query(`SELECT g.student_id, st.name, g.answered, g.correct, g.first_try, g.last_at
		FROM lesson_scores g JOIN students st ON st.id = g.student_id
		WHERE g.lesson_id = ? ORDER BY st.name COLLATE NOCASE, g.student_id`, lessonID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sc StudentScore
		var last string
		if err := rows.Scan(&sc.StudentID, &sc.Name, &sc.Answered, &sc.Correct, &sc.FirstTry, &last); err != nil {
			return err
		}
		sc.LastActive, _ = time.Parse(time.RFC3339Nano, last)
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
	rows, err := tx.Query(`SELECT question_id, COUNT(*), SUM(first_right = 1)
		FROM question_scores WHERE lesson_id = ? GROUP BY question_id`, lessonID)
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
//
// A school year's sheet has 45,000 rows, and handing a row from SQLite to
// Go costs more than finding it: the rows are read as four numbers each
// from lesson_scores (see readScores), names and titles once each, and
// sorted here by the students' and lessons' places in SQL's own order.
func (s *Store) Grades() ([]Grade, error) {
	var out []Grade
	err := s.read(context.Background(), func(tx *sql.Tx) error {
		students, err := inOrder(tx, "SELECT id, name, 0 FROM students ORDER BY name COLLATE NOCASE, id")
		if err != nil {
			return err
		}
		lessons, err := inOrder(tx, "SELECT id, title, question_count FROM lessons ORDER BY title, id")
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow("SELECT COUNT(*) FROM lesson_scores").Scan(&n); err != nil {
			return err
		}
		rows, err := tx.Query("SELECT student_id, lesson_id, answered, correct FROM lesson_scores")
		if err != nil {
			return err
		}
		defer rows.Close()
		type placedGrade struct {
			place int
			Grade
		}
		grades := make([]placedGrade, 0, n)
		for rows.Next() {
			var studentID, lessonID int64
			var g placedGrade
			if err := rows.Scan(&studentID, &lessonID, &g.Answered, &g.Correct); err != nil {
				return err
			}
			st, ok := students[studentID]
			l, ok2 := lessons[lessonID]
			if !ok || !ok2 {
				continue
			}
			g.Student, g.Lesson, g.Questions = st.name, l.name, l.n
			g.place = st.place*len(lessons) + l.place
			grades = append(grades, g)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		slices.SortFunc(grades, func(a, b placedGrade) int { return cmp.Compare(a.place, b.place) })
		out = slices.Grow(out, len(grades))
		for _, g := range grades {
			out = append(out, g.Grade)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read grades: %w", err)
	}
	return out, nil
}

// placed is a student or lesson with its place in an ordered list.
type placed struct {
	name     string
	n, place int
}

// inOrder reads (id, name, n) rows by ID, each with its place in the
// query's order.
func inOrder(tx *sql.Tx, query string) (map[int64]placed, error) {
	rows, err := tx.Query(query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]placed{}
	for rows.Next() {
		var id int64
		p := placed{place: len(out)}
		if err := rows.Scan(&id, &p.name, &p.n); err != nil {
			return nil, err
		}
		out[id] = p
	}
	return out, rows.Err()
}
