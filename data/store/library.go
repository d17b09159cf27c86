package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// LibraryLesson is a lesson as the library lists it.
type LibraryLesson struct {
	Lesson
	Tags     string
	Site     string
	Archived bool
	Students int // students who answered at least once
}

// Library lists the lessons on this computer, newest first; archived ones
// only when asked, deleted ones never.
func (s *Store) Library(withArchived bool) ([]LibraryLesson, error) {
	var out []LibraryLesson
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query(`SELECT l.id, l.key, l.title, l.tags, l.site, l.archived,
				(SELECT COUNT(DISTINCT student_id) FROM attempts a WHERE a.lesson_id = l.id)
			FROM lessons l WHERE l.deleted = 0 AND (? OR l.archived = 0)
			ORDER BY l.id DESC`, withArchived)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var l LibraryLesson
			if err := rows.Scan(&l.ID, &l.Key, &l.Title, &l.Tags, &l.Site, &l.Archived, &l.Students); err != nil {
				return err
			}
			out = append(out, l)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: list lessons: %w", err)
	}
	return out, nil
}

// LessonSource returns the article text of a stored lesson, to open it.
func (s *Store) LessonSource(id int64) (string, error) {
	var src string
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT source FROM lessons WHERE id = ?", id).Scan(&src)
	})
	if err == sql.ErrNoRows {
		return "", fmt.Errorf("store: lesson %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("store: read lesson: %w", err)
	}
	return src, nil
}

// SetArchived archives a lesson or brings it back.
func (s *Store) SetArchived(id int64, archived bool) error {
	return s.setLessonFlag(id, "archived", archived)
}

// SetDeleted hides a lesson from the library, or brings it back (undo).
// Its students' answers are kept either way.
func (s *Store) SetDeleted(id int64, deleted bool) error {
	return s.setLessonFlag(id, "deleted", deleted)
}

func (s *Store) setLessonFlag(id int64, column string, on bool) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		// column is one of two constants above, never user input.
		res, err := tx.Exec("UPDATE lessons SET "+column+" = ? WHERE id = ?", on, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%w: lesson %d", ErrNotFound, id)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: update lesson: %w", err)
	}
	return nil
}

// SetSite records the publication a lesson's article comes from.
func (s *Store) SetSite(id int64, site string) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("UPDATE lessons SET site = ? WHERE id = ?", strings.TrimSpace(site), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: record site: %w", err)
	}
	return nil
}

// SetTags sets a lesson's tags, written as the teacher likes ("year 8,
// elections"); they are searched with the title.
func (s *Store) SetTags(id int64, tags string) error {
	tags = strings.Join(strings.Fields(tags), " ")
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("UPDATE lessons SET tags = ? WHERE id = ?", tags, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: tag lesson: %w", err)
	}
	return nil
}
