package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"golang.org/x/crypto/bcrypt"
)

// ErrBadPIN is returned for a PIN that is not 4 to 12 digits.
var ErrBadPIN = errors.New("the PIN must be 4 to 12 digits")

const pinKey = "teacher_pin_bcrypt"

// validPIN accepts 4 to 12 digits: easy to type on a school laptop, and
// with bcrypt's cost too slow to try every one quickly.
func validPIN(pin string) bool {
	if len(pin) < 4 || len(pin) > 12 {
		return false
	}
	for _, r := range pin {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// HasTeacherPIN reports whether a teacher PIN has been set on this
// computer.
func (s *Store) HasTeacherPIN() (bool, error) {
	_, err := s.setting(pinKey)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// SetTeacherPIN stores a new teacher PIN as a bcrypt hash; the PIN itself
// is never stored.
func (s *Store) SetTeacherPIN(pin string) error {
	if !validPIN(pin) {
		return ErrBadPIN
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(pin), bcrypt.DefaultCost)
	if err != nil {
		return fmt.Errorf("store: set PIN: %w", err)
	}
	return s.setSetting(pinKey, string(hash))
}

// CheckTeacherPIN reports whether pin is the teacher's PIN.
func (s *Store) CheckTeacherPIN(pin string) (bool, error) {
	hash, err := s.setting(pinKey)
	if err != nil {
		return false, err
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pin)) == nil, nil
}

func (s *Store) setting(key string) (string, error) {
	var v string
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("store: read setting: %w", err)
	}
	return v, nil
}

func (s *Store) setSetting(key, value string) error {
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`, key, value, s.stamp())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save setting: %w", err)
	}
	return nil
}

const watchKey = "watch_folder"

// WatchFolder returns the shared folder the teacher chose to watch for
// results, or "" when none was chosen.
func (s *Store) WatchFolder() (string, error) {
	v, err := s.setting(watchKey)
	if errors.Is(err, ErrNotFound) {
		return "", nil
	}
	return v, err
}

// SetWatchFolder remembers the shared folder to watch ("" forgets it).
func (s *Store) SetWatchFolder(dir string) error { return s.setSetting(watchKey, dir) }

const autoResultsKey = "auto_results_folder"

// AutoResultsFolder returns the folder a student's answers are saved to
// after every check, or "" when none was chosen.
func (s *Store) AutoResultsFolder() (string, error) {
	v, err := s.setting(autoResultsKey)
	if errors.Is(err, ErrNotFound) {
		return "", nil
	}
	return v, err
}

// SetAutoResultsFolder sets the folder for automatic results ("" stops it).
func (s *Store) SetAutoResultsFolder(dir string) error { return s.setSetting(autoResultsKey, dir) }
