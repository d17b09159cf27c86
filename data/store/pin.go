package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/crypto/bcrypt"
)

// ErrBadPIN is returned for a PIN that is not 4 to 12 digits.
var ErrBadPIN = errors.New("the PIN must be 4 to 12 digits")

const pinKey = "teacher_pin_bcrypt"

// pinCost is bcrypt's work factor for the PIN and recovery code: about a
// quarter of a second per guess here, four times bcrypt's default. A PIN
// hashed at a lower cost is hashed again when it is next typed right.
const pinCost = 12

// Wrong guesses before each further guess must wait, and the longest
// wait. The count is kept in the database, so closing Lede, or using a
// command instead of the window, does not reset it.
const (
	freeGuesses = 5
	maxWait     = 10 * time.Minute
	guessesKey  = "pin_wrong_guesses"
	waitKey     = "pin_wait_until"
)

// ErrWait is returned, as a *WaitError, for a PIN or recovery code typed
// while wrong guesses still make Lede wait.
var ErrWait = errors.New("too many wrong PINs")

// WaitError says how long to wait before the next guess.
type WaitError struct{ Wait time.Duration }

func (e *WaitError) Error() string {
	return fmt.Sprintf("too many wrong PINs: wait %s, then try again", RoundWait(e.Wait))
}

// Is makes every WaitError match ErrWait.
func (e *WaitError) Is(target error) bool { return target == ErrWait }

// RoundWait says a wait in whole seconds or minutes, rounded up.
func RoundWait(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d seconds", int(d.Seconds()+0.999))
	}
	return fmt.Sprintf("%d minutes", int(d.Minutes()+0.999))
}

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
	hash, err := bcrypt.GenerateFromPassword([]byte(pin), pinCost)
	if err != nil {
		return fmt.Errorf("store: set PIN: %w", err)
	}
	return s.setSetting(pinKey, string(hash))
}

// CheckTeacherPIN reports whether pin is the teacher's PIN. After
// freeGuesses wrong guesses each further guess must wait twice as long
// as the last, up to maxWait: it returns a *WaitError without looking.
func (s *Store) CheckTeacherPIN(pin string) (bool, error) {
	return s.guess(pinKey, pin)
}

// guess compares a typed secret with the hash stored under key, counting
// wrong guesses against the one limit the PIN and recovery code share.
func (s *Store) guess(key, typed string) (bool, error) {
	if wait, err := s.guessWait(); err != nil || wait > 0 {
		if err == nil {
			err = &WaitError{wait}
		}
		return false, err
	}
	hash, err := s.setting(key)
	if err != nil {
		return false, err
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(typed)) != nil {
		return false, s.wrongGuess()
	}
	if err := s.setSetting(guessesKey, "0"); err != nil {
		return true, err
	}
	if cost, err := bcrypt.Cost([]byte(hash)); err == nil && cost < pinCost {
		if again, err := bcrypt.GenerateFromPassword([]byte(typed), pinCost); err == nil {
			return true, s.setSetting(key, string(again))
		}
	}
	return true, nil
}

// guessWait is how long the next guess must wait, or 0.
func (s *Store) guessWait() (time.Duration, error) {
	until, err := s.setting(waitKey)
	if errors.Is(err, ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	t, err := time.Parse(time.RFC3339Nano, until)
	if err != nil {
		return 0, nil // not written by Lede: no wait rather than a lock-out
	}
	return max(t.Sub(s.Now()), 0), nil
}

// wrongGuess counts a wrong guess; past freeGuesses each makes the next
// guess wait twice as long, up to maxWait.
func (s *Store) wrongGuess() error {
	n := 0
	if v, err := s.setting(guessesKey); err == nil {
		n, _ = strconv.Atoi(v)
	}
	n++
	if err := s.setSetting(guessesKey, strconv.Itoa(n)); err != nil {
		return err
	}
	if n < freeGuesses {
		return nil
	}
	wait := min(30*time.Second<<min(n-freeGuesses, 5), maxWait)
	return s.setSetting(waitKey, s.Now().Add(wait).UTC().Format(time.RFC3339Nano))
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
	hash, err := bcrypt.GenerateFromPassword([]byte(normalRecovery(code)), pinCost)
	if err != nil {
		return "", fmt.Errorf("store: recovery code: %w", err)
	}
	return code, s.setSetting(recoveryKey, string(hash))
}

// CheckRecoveryCode reports whether code is this computer's recovery
// code, however it is typed (case, spaces and dashes do not matter).
func (s *Store) CheckRecoveryCode(code string) (bool, error) {
	if _, err := s.setting(recoveryKey); errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return s.guess(recoveryKey, normalRecovery(code))
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
