// Package lesson runs Lede's pipeline on one article: parse it, extract
// its facts and flags, and generate its quiz. The app and the headless
// verbs both build lessons here, so they always agree.
package lesson

import (
	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/quiz"
)

// Lesson is an article with its facts and its quiz.
type Lesson struct {
	// Key identifies the lesson by its text: the same article is the same
	// lesson on every computer, so progress and imports line up.
	Key       string           `json:"key"`
	Article   *article.Article `json:"article"`
	Analysis  *facts.Analysis  `json:"analysis"`
	Questions []quiz.Question  `json:"questions"`
	// Settings are the teacher's choices, from a lesson pack, or the
	// defaults (classroom.DefaultSettings) for an article opened here.
	Settings classroom.Settings `json:"settings"`
	// Published is true when the questions are a teacher's (from a lesson
	// pack) rather than generated here.
	Published bool `json:"published,omitempty"`
}

// Build parses raw as an article and makes a lesson of n questions
// (quiz.DefaultCount when n is 0 or less).
func Build(raw []byte, n int) (*Lesson, error) {
	a, err := article.Read(raw)
	if err != nil {
		return nil, err
	}
	return articleLesson(a).Complete(n), nil
}
