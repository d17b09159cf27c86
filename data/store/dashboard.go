package store

import (
	"context"
	"database/sql"
	"fmt"
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
		if err := d.readActivity(tx, lessonID); err != nil {
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
	scores, err := countedScores(tx, lessonID)
	if err != nil {
		return err
	}
	for _, sc := range scores {
		d.Students = append(d.Students, StudentScore{StudentID: sc.studentID, Name: sc.student,
			Answered: sc.answered, Correct: sc.correct})
	}
	return nil
}

// readActivity adds each student's first-try count and last answer.
func (d *Dashboard) readActivity(tx *sql.Tx, lessonID int64) error {
	rows, err := tx.Query(`SELECT a.student_id, SUM(a.try = 1 AND `+effective+` = 'correct'), MAX(a.created_at)
		FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
		WHERE a.lesson_id = ? GROUP BY a.student_id`, lessonID)
	if err != nil {
		return err
	}
	defer rows.Close()
	at := map[int64]int{}
	for i, s := range d.Students {
		at[s.StudentID] = i
	}
	for rows.Next() {
		var id int64
		var first int
		var last string
		if err := rows.Scan(&id, &first, &last); err != nil {
			return err
		}
		if i, ok := at[id]; ok {
			d.Students[i].FirstTry = first
			d.Students[i].LastActive, _ = time.Parse(time.RFC3339Nano, last)
		}
	}
	return rows.Err()
}

// counted is one student's score in one lesson by the grading rule.
type counted struct {
	studentID, lessonID         int64
	student, lesson             string
	answered, correct, question int
}

// countedScores scores every student in one lesson (or in all, for
// lessonID 0) by the grading rule — the first right answer within the
// lesson's allowed tries counts, the teacher's overrides first —
// computed in SQL: the grade sheet reads 135,000 tries, and handing each
// to Go costs ten times the query. TestSQLScoreIsGradingCounted checks
// this query against grading.Counted on every sequence of up to four
// tries under every allowance, so the two cannot drift apart. Sorted by
// student name, then lesson title.
func countedScores(tx *sql.Tx, lessonID int64) ([]counted, error) {
	// One pass over the index attempts_lesson_tries, in its order, with
	// each try's number kept by triggers (attempts.try): a question is
	// answered when it has a first try, and right when a right try comes
	// within the allowed number. INDEXED BY: SQLite's planner otherwise
	// takes attempts_progress, which does not cover these columns, and
	// reads the table once per try (0.6 s instead of 0.4 s for a year).
	where, args := "", []any{}
	if lessonID != 0 {
		where, args = "WHERE a.lesson_id = ?", []any{lessonID}
	}
	// The lesson's rule (lessons.counts) picks the try that counts: the
	// first right one within the allowance (''), the first try, or the
	// last try within the allowance — that one alone is looked up.
	rows, err := tx.Query(`SELECT a.student_id, st.name, a.lesson_id, l.title, l.question_count, SUM(a.try = 1),
			COUNT(DISTINCT CASE WHEN COALESCE(o.verdict, a.verdict) = 'correct' AND CASE l.counts
				WHEN '' THEN l.attempts_allowed <= 0 OR a.try <= l.attempts_allowed
				WHEN 'first' THEN a.try = 1
				ELSE a.try = (SELECT CASE WHEN l.attempts_allowed > 0 THEN MIN(MAX(b.try), l.attempts_allowed) ELSE MAX(b.try) END
					FROM attempts b WHERE b.lesson_id = a.lesson_id AND b.student_id = a.student_id
						AND b.question_id = a.question_id) END THEN a.question_id END)
		FROM attempts a INDEXED BY attempts_lesson_tries JOIN lessons l ON l.id = a.lesson_id JOIN students st ON st.id = a.student_id
			LEFT JOIN overrides o ON o.attempt_uuid = a.uuid `+where+`
		GROUP BY a.lesson_id, a.student_id
		ORDER BY st.name COLLATE NOCASE, a.student_id, l.title, a.lesson_id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []counted
	for rows.Next() {
		var c counted
		if err := rows.Scan(&c.studentID, &c.student, &c.lessonID, &c.lesson, &c.question, &c.answered, &c.correct); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
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
	rows, err := tx.Query(`SELECT a.question_id, COUNT(*), SUM(`+effective+` = 'correct')
		FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
		WHERE a.lesson_id = ? AND a.try = 1
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
	err := s.read(context.Background(), func(tx *sql.Tx) error {
		scores, err := countedScores(tx, 0)
		for _, sc := range scores {
			out = append(out, Grade{Student: sc.student, Lesson: sc.lesson, Answered: sc.answered,
				Correct: sc.correct, Questions: sc.question})
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: read grades: %w", err)
	}
	return out, nil
}
