package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/lede-app/lede/data/quiz"
)

// Acceptance is what accepting an answer for everyone did, so that it
// can be undone exactly.
type Acceptance struct {
	LessonID   int64
	QuestionID string
	Answer     string
	// Overridden are the attempts it marked correct.
	Overridden []string
	// Added is true when the answer was added to the question's key (it
	// may already have been there).
	Added bool
}

// AcceptForEveryone makes answer right for question questionID of the
// lesson, in one transaction: it joins the question's accepted answers
// (so later students are judged by it too, and the lesson keeps it as
// published), and every attempt already given with that answer, written
// any way that normalises the same, is marked correct by the teacher.
// Attempts themselves are never rewritten: the mark is an override, and
// Undo takes it back.
func (s *Store) AcceptForEveryone(lessonID int64, questionID, answer string) (Acceptance, error) {
	acc := Acceptance{LessonID: lessonID, QuestionID: questionID, Answer: answer}
	want := quiz.Normalize(answer)
	if want == "" {
		return acc, fmt.Errorf("store: accept: %w: an empty answer", ErrInvalid)
	}
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		added, err := editKey(tx, lessonID, questionID, func(q *quiz.Question) bool {
			for _, a := range q.Accepted {
				if quiz.Normalize(a) == want {
					return false
				}
			}
			q.Accepted = append(q.Accepted, answer)
			return true
		})
		if err != nil {
			return err
		}
		acc.Added = added
		rows, err := tx.Query(`SELECT a.uuid, a.answer FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
			WHERE a.lesson_id = ? AND a.question_id = ? AND a.verdict != 'correct' AND o.attempt_uuid IS NULL`, lessonID, questionID)
		if err != nil {
			return err
		}
		var uuids []string
		for rows.Next() {
			var uuid, given string
			if err := rows.Scan(&uuid, &given); err != nil {
				rows.Close()
				return err
			}
			if quiz.Normalize(given) == want {
				uuids = append(uuids, uuid)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, uuid := range uuids {
			if _, err := tx.Exec(`INSERT INTO overrides(attempt_uuid, verdict, created_at) VALUES (?, 'correct', ?)`, uuid, s.stamp()); err != nil {
				return err
			}
		}
		acc.Overridden = uuids
		return nil
	})
	if err != nil {
		return Acceptance{}, fmt.Errorf("store: accept for everyone: %w", err)
	}
	return acc, nil
}

// Undo takes an acceptance back: its overrides go, and the answer leaves
// the key if the acceptance added it.
func (s *Store) Undo(acc Acceptance) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		for _, uuid := range acc.Overridden {
			if _, err := tx.Exec("DELETE FROM overrides WHERE attempt_uuid = ? AND verdict = 'correct'", uuid); err != nil {
				return err
			}
		}
		if !acc.Added {
			return nil
		}
		_, err := editKey(tx, acc.LessonID, acc.QuestionID, func(q *quiz.Question) bool {
			i := slices.Index(q.Accepted, acc.Answer)
			if i < 0 {
				return false
			}
			q.Accepted = slices.Delete(q.Accepted, i, i+1)
			return true
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("store: undo accept: %w", err)
	}
	return nil
}

// editKey changes one question of a lesson's stored questions with
// change, saving them (as published: the teacher has decided) when it
// reports a change.
func editKey(tx *sql.Tx, lessonID int64, questionID string, change func(*quiz.Question) bool) (bool, error) {
	var title, body string
	if err := tx.QueryRow("SELECT title, questions FROM lessons WHERE id = ?", lessonID).Scan(&title, &body); err != nil {
		return false, fmt.Errorf("%w: lesson %d", ErrNotFound, lessonID)
	}
	// Not validated: giving a keyless question an answer mends it.
	qs, err := readQuestions(title, body)
	if err != nil {
		return false, err
	}
	i := slices.IndexFunc(qs, func(q quiz.Question) bool { return q.ID == questionID })
	if i < 0 {
		return false, fmt.Errorf("%w: question %s", ErrNotFound, questionID)
	}
	if !change(&qs[i]) {
		return false, nil
	}
	out, err := json.Marshal(qs)
	if err != nil {
		return false, err
	}
	_, err = tx.Exec("UPDATE lessons SET questions = ?, published = 1 WHERE id = ?", string(out), lessonID)
	return err == nil, err
}
