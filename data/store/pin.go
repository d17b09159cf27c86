package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

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

const recoveryKey = "teacher_recovery_bcrypt"

// recoveryAlphabet leaves out letters and digits that look alike on
// paper (0 and O, 1 and I and L).
const recoveryAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// NewRecoveryCode makes a recovery code for the teacher PIN, stores its
// bcrypt hash (replacing any earlier code) and returns it, grouped for
// writing down: "K7QM-2XPA-9RTC". It is shown once; with it a teacher who
// forgot the PIN can choose a new one.
func (s *Store) NewRecoveryCode() (string, error) {
	var b strings.Builder
	for n := 0; n < 12; {
		raw := make([]byte, 16)
		if _, err := rand.Read(raw); err != nil {
			return "", fmt.Errorf("store: recovery code: %w", err)
		}
		for _, c := range raw {
			// Bytes past the last whole multiple of the alphabet would
			// favour its first letters: skip them.
			if n == 12 || int(c) >= 256/len(recoveryAlphabet)*len(recoveryAlphabet) {
				continue
			}
			if n > 0 && n%4 == 0 {
				b.WriteByte('-')
			}
			b.WriteByte(recoveryAlphabet[int(c)%len(recoveryAlphabet)])
			n++
		}
	}
	code := b.String()
	hash, err := bcrypt.GenerateFromPassword([]byte(normalRecovery(code)), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("store: recovery code: %w", err)
	}
	return code, s.setSetting(recoveryKey, string(hash))
}

// CheckRecoveryCode reports whether code is this computer's recovery
// code, however it is typed (case, spaces and dashes do not matter).
func (s *Store) CheckRecoveryCode(code string) (bool, error) {
	hash, err := s.setting(recoveryKey)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(normalRecovery(code))) == nil, nil
}

// normalRecovery folds a typed recovery code to its letters and digits.
func normalRecovery(code string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToUpper(r)
		if strings.ContainsRune(recoveryAlphabet, r) {
			return r
		}
		return -1
	}, code)
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
