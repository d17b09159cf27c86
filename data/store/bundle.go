package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// BundleLessons returns the stored lessons with these IDs, in the order
// given, as a lesson bundle holds them: the article, the questions and
// settings as they stand on this computer (the teacher's, once edited or
// handed out), and the tags.
func (s *Store) BundleLessons(ids []int64, now time.Time) ([]classroom.BundleLesson, error) {
	out := make([]classroom.BundleLesson, 0, len(ids))
	err := s.read(context.Background(), func(tx *sql.Tx) error {
		for _, id := range ids {
			var l classroom.BundleLesson
			var questions string
			err := tx.QueryRow(`SELECT key, title, source, questions, attempts_allowed, reveal, hide_score, counts, tags, site
				FROM lessons WHERE id = ? AND deleted = 0`, id).Scan(&l.Key, &l.Title, &l.Article, &questions,
				&l.Settings.Attempts, &l.Settings.Reveal, &l.Settings.HideScore, &l.Settings.Counts, &l.Tags, &l.Site)
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("%w: lesson %d is not in the library", ErrNotFound, id)
			}
			if err != nil {
				return err
			}
			if questions == "" {
				return fmt.Errorf("%w: %q has no questions on this computer yet: open it once, then share it", ErrNotFound, l.Title)
			}
			// A damaged lesson is not passed on to another computer.
			if l.Questions, err = decodeQuestions(l.Title, questions, len(l.Article), AnySentences); err != nil {
				return err
			}
			l.Published = now.UTC()
			out = append(out, l)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: lessons to share: %w", err)
	}
	return out, nil
}

// BundleStatus is how a lesson in a bundle stands against this
// computer's library. "The same lesson" is the same key: the key is made
// from the article's text, so the same article is the same lesson on
// every computer, and students' results name it.
type BundleStatus string

// How a lesson in a bundle stands.
const (
	// BundleNew is not on this computer: importing adds it.
	BundleNew BundleStatus = "new"
	// BundleSame is here already with the bundle's questions and
	// settings: importing changes nothing (a bundle imported twice adds
	// nothing).
	BundleSame BundleStatus = "same"
	// BundleGenerated is here with only the questions Lede made, which
	// no teacher edited or handed out: importing gives it the bundle's.
	BundleGenerated BundleStatus = "generated"
	// BundleConflict is here as this teacher's own version — edited, or
	// handed out in a pack — and the bundle's differs: importing keeps
	// this teacher's unless they choose the bundle's for this lesson.
	BundleConflict BundleStatus = "conflict"
)

// BundleResult is what importing did with one lesson.
type BundleResult string

// What importing did with a lesson.
const (
	BundleAdded     BundleResult = "added"
	BundleUnchanged BundleResult = "unchanged"
	BundleUpdated   BundleResult = "updated"  // the generated questions gave way to the bundle's
	BundleKept      BundleResult = "kept"     // a conflict: this teacher's version stays
	BundleReplaced  BundleResult = "replaced" // a conflict: the teacher chose the bundle's
)

// BundleItem is one lesson of a bundle as it stands here, and once
// imported, what became of it.
type BundleItem struct {
	Key    string       `json:"key"`
	Title  string       `json:"title"`
	Status BundleStatus `json:"status"`
	Result BundleResult `json:"result,omitempty"`
	// Restored is set for a lesson the teacher had deleted here: the
	// import brings it back to the library.
	Restored bool `json:"restored,omitempty"`
}

// BundleReport says what importing a bundle did, lesson by lesson.
type BundleReport struct {
	Lessons []BundleItem `json:"lessons"`
}

// Count returns how many lessons had result r.
func (r BundleReport) Count(res BundleResult) int {
	n := 0
	for _, l := range r.Lessons {
		if l.Result == res {
			n++
		}
	}
	return n
}

// PlanBundle says how each lesson of a bundle stands against this
// computer's library, changing nothing: the conflicts are what to ask
// the teacher before ImportBundle.
func (s *Store) PlanBundle(lessons []classroom.BundleLesson) ([]BundleItem, error) {
	out := make([]BundleItem, 0, len(lessons))
	err := s.read(context.Background(), func(tx *sql.Tx) error {
		for _, l := range lessons {
			here, err := lessonHere(tx, l)
			if err != nil {
				return err
			}
			out = append(out, BundleItem{Key: l.Key, Title: l.Title, Status: here.status})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read the library: %w", err)
	}
	return out, nil
}

// ImportBundle adds a bundle's lessons to the library in one
// transaction: all of them or, on any error, none. A new lesson is added
// with the bundle's questions, settings and tags; a lesson with only
// Lede's generated questions gets the bundle's; a lesson the teacher has
// made their own (BundleConflict) keeps the teacher's version unless
// theirs[key] is true. Students' answers are never touched, and
// importing the same bundle again changes nothing. A lesson the teacher
// deleted comes back to the library; empty tags take the bundle's.
func (s *Store) ImportBundle(lessons []classroom.BundleLesson, theirs map[string]bool) (BundleReport, error) {
	var rep BundleReport
	err := s.txPatient(context.Background(), func(tx *sql.Tx) error {
		rep = BundleReport{} // a retried transaction reports afresh
		for _, l := range lessons {
			item, err := s.importBundleLesson(tx, l, theirs[l.Key])
			if err != nil {
				return fmt.Errorf("%q: %w", l.Title, err)
			}
			rep.Lessons = append(rep.Lessons, item)
		}
		return nil
	})
	if err != nil {
		return BundleReport{}, fmt.Errorf("store: import lesson bundle: %w", err)
	}
	return rep, nil
}

func (s *Store) importBundleLesson(tx *sql.Tx, l classroom.BundleLesson, useTheirs bool) (BundleItem, error) {
	if l.Key == "" || len(l.Questions) == 0 {
		return BundleItem{}, fmt.Errorf("%w: a lesson with no key or no questions", ErrInvalid)
	}
	questions, err := json.Marshal(l.Questions)
	if err != nil {
		return BundleItem{}, err
	}
	here, err := lessonHere(tx, l)
	if err != nil {
		return BundleItem{}, err
	}
	item := BundleItem{Key: l.Key, Title: l.Title, Status: here.status}
	tags := strings.Join(strings.Fields(l.Tags), " ")
	set := l.Settings
	switch {
	case here.status == BundleNew:
		_, err := tx.Exec(`INSERT INTO lessons(key, title, source, created_at, questions, question_count, attempts_allowed,
				published, reveal, hide_score, counts, tags, site) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
			l.Key, l.Title, l.Article, s.stamp(), string(questions), len(l.Questions), set.Attempts,
			set.Reveal, set.HideScore, set.Counts, tags, strings.TrimSpace(l.Site))
		item.Result = BundleAdded
		return item, err
	case here.status == BundleSame:
		item.Result = BundleUnchanged
	case here.status == BundleConflict && !useTheirs:
		item.Result = BundleKept
	default: // generated questions, or a conflict settled for the bundle's
		_, err := tx.Exec(`UPDATE lessons SET questions = ?, question_count = ?, attempts_allowed = ?, published = 1,
				reveal = ?, hide_score = ?, counts = ? WHERE id = ?`,
			string(questions), len(l.Questions), set.Attempts, set.Reveal, set.HideScore, set.Counts, here.id)
		if err != nil {
			return item, err
		}
		item.Result = BundleUpdated
		if here.status == BundleConflict {
			item.Result = BundleReplaced
		}
	}
	if here.deleted {
		if _, err := tx.Exec("UPDATE lessons SET deleted = 0 WHERE id = ?", here.id); err != nil {
			return item, err
		}
		item.Restored = true
	}
	if tags != "" {
		if _, err := tx.Exec("UPDATE lessons SET tags = ? WHERE id = ? AND tags = ''", tags, here.id); err != nil {
			return item, err
		}
	}
	return item, nil
}

// here is a bundle's lesson as this computer stores it.
type here struct {
	id      int64
	deleted bool
	status  BundleStatus
}

// lessonHere finds the stored lesson with l's key and says how l stands
// against it: the same questions and settings, only generated ones, or
// the teacher's own that differ.
func lessonHere(tx *sql.Tx, l classroom.BundleLesson) (here, error) {
	var h here
	var stored string
	var published bool
	var set classroom.Settings
	err := tx.QueryRow(`SELECT id, deleted, questions, published, attempts_allowed, reveal, hide_score, counts
		FROM lessons WHERE key = ?`, l.Key).Scan(&h.id, &h.deleted, &stored, &published,
		&set.Attempts, &set.Reveal, &set.HideScore, &set.Counts)
	if errors.Is(err, sql.ErrNoRows) {
		h.status = BundleNew
		return h, nil
	}
	if err != nil {
		return h, err
	}
	switch {
	case set == l.Settings && sameQuestions(stored, l.Questions):
		h.status = BundleSame
	case !published:
		h.status = BundleGenerated
	default:
		h.status = BundleConflict
	}
	return h, nil
}

// sameQuestions reports whether the stored questions (JSON) are qs, as
// a file holds them.
func sameQuestions(stored string, qs []quiz.Question) bool {
	var mine []quiz.Question
	if json.Unmarshal([]byte(stored), &mine) != nil {
		return false
	}
	a, errA := json.Marshal(mine)
	b, errB := json.Marshal(qs)
	return errA == nil && errB == nil && string(a) == string(b)
}
