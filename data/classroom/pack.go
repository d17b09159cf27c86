package classroom

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/lede-app/lede/data/quiz"
)

// Format names and versions. A file with a higher version than this
// build knows is refused with ErrNewer rather than half-read.
const (
	packFormat     = "lede-lesson-pack"
	packVersion    = 1
	resultsFormat  = "lede-results"
	resultsVersion = 1
)

// Settings are the teacher's choices for a lesson.
type Settings struct {
	// Attempts is how many tries a student has per question; 0 is no limit.
	Attempts int `json:"attempts"`
	// Reveal says when a student may see the answer to a question they
	// did not get right: RevealAfterLastTry (""), RevealAfterHandIn or
	// RevealNever. A right answer is always confirmed.
	Reveal string `json:"reveal,omitempty"`
	// HideScore keeps the count of right answers off the student's end
	// screen (each answer is still marked as it is checked).
	HideScore bool `json:"hide_score,omitempty"`
	// Counts is which try counts: grading.Best (""), grading.First or
	// grading.Last.
	Counts string `json:"counts,omitempty"`
}

// When the answer is shown (Settings.Reveal).
const (
	RevealAfterLastTry = ""
	RevealAfterHandIn  = "after-hand-in"
	RevealNever        = "never"
)

// DefaultSettings are a new lesson's: two tries, the answer shown after
// the last, the score shown.
var DefaultSettings = Settings{Attempts: 2}

// Pack is a lesson as the teacher hands it out: the article as imported,
// the questions as edited and published, and the settings.
type Pack struct {
	// Key identifies the lesson on every computer: results files name it.
	Key       string          `json:"key"`
	Title     string          `json:"title"`
	Article   string          `json:"-"` // the article text, stored as its own entry
	Questions []quiz.Question `json:"questions"`
	Settings  Settings        `json:"settings"`
	Published time.Time       `json:"published"`
}

// WritePack writes p as a lesson pack (.ledelesson).
func WritePack(w io.Writer, p Pack) error {
	if p.Key == "" || len(p.Questions) == 0 {
		return fmt.Errorf("write lesson pack: a pack needs a lesson key and at least one question")
	}
	body, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("write lesson pack: %w", err)
	}
	return writeArchive(w, packFormat, packVersion, map[string][]byte{
		"lesson.json": body, "article.txt": []byte(p.Article),
	})
}

// ReadPack reads a lesson pack, refusing damaged, altered, unsafe and
// newer-version files.
func ReadPack(raw []byte) (Pack, error) {
	entries, err := readArchive(raw, packFormat, packVersion)
	if err != nil {
		return Pack{}, err
	}
	var p Pack
	if err := json.Unmarshal(entries["lesson.json"], &p); err != nil || p.Key == "" || len(p.Questions) == 0 {
		return Pack{}, ErrNotLede
	}
	p.Article = string(entries["article.txt"])
	return p, nil
}
