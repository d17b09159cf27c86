package classroom

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// Attempt is one checked answer in a results file.
type Attempt struct {
	UUID       string    `json:"uuid"`
	QuestionID string    `json:"question_id"`
	Answer     string    `json:"answer"`
	Verdict    string    `json:"verdict"`
	At         time.Time `json:"at"`
}

// Results is what a student hands back for one lesson: every attempt,
// each with the UUID it was saved under, so importing twice adds nothing.
type Results struct {
	LessonKey string    `json:"lesson_key"`
	Lesson    string    `json:"lesson"` // the title, for messages
	Student   string    `json:"student"`
	Attempts  []Attempt `json:"attempts"`
	Exported  time.Time `json:"exported"`
}

// WriteResults writes r as a results file (.lederesults).
func WriteResults(w io.Writer, r Results) error {
	if r.LessonKey == "" || r.Student == "" {
		return fmt.Errorf("write results: a results file needs a lesson and a student")
	}
	body, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return writeArchive(w, resultsFormat, resultsVersion, map[string][]byte{"results.json": body})
}

// ReadResults reads a results file, refusing damaged, altered, unsafe and
// newer-version files, and attempts without an ID.
func ReadResults(raw []byte) (Results, error) {
	entries, err := readArchive(raw, resultsFormat, resultsVersion)
	if err != nil {
		return Results{}, err
	}
	var r Results
	if err := json.Unmarshal(entries["results.json"], &r); err != nil || r.LessonKey == "" || r.Student == "" {
		return Results{}, ErrNotLede
	}
	for _, a := range r.Attempts {
		if a.UUID == "" || a.QuestionID == "" {
			return Results{}, ErrNotLede
		}
	}
	return r, nil
}
