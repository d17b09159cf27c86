package lesson

import (
	"errors"
	"fmt"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// Pack makes the lesson pack a teacher hands out: the article as Lede
// read it, the questions as they stand, and the settings.
func (l *Lesson) Pack(settings classroom.Settings, now time.Time) classroom.Pack {
	return classroom.Pack{Key: l.Key, Title: l.Article.Title, Article: l.Article.Source,
		Questions: l.Questions, Settings: settings, Published: now.UTC()}
}

// Open makes a lesson from a file's bytes: a lesson pack opens with the
// teacher's questions, anything else is read as an article and gets n
// generated questions.
func Open(raw []byte, n int) (*Lesson, error) {
	l, err := Read(raw)
	if err != nil {
		return nil, err
	}
	return l.Complete(n), nil
}

// ErrResultsFile is returned when a student's results file is opened as
// a lesson.
var ErrResultsFile = errors.New("this is a student's results file, not a lesson: the teacher imports it with Teacher › Import results from a folder")

// ErrPackMismatch is returned for a pack with a question Lede cannot ask
// or check — no answer key, evidence outside its own article: it was not
// made by Lede from that article, or was damaged on the way. The wrapped
// quiz.ErrInvalid says which question and what is wrong with it.
var ErrPackMismatch = errors.New("this lesson pack cannot be used")

// unusablePack tells which question made a pack unusable, and what to do.
type unusablePack struct{ why error }

func (e unusablePack) Error() string {
	return fmt.Sprintf("%v: %v. Ask the teacher for the pack again.", ErrPackMismatch, e.why)
}

func (e unusablePack) Unwrap() []error { return []error{ErrPackMismatch, e.why} }

// FromPack opens a lesson pack: the article is read again (so the
// evidence spans match it) but the questions are the teacher's, not
// regenerated, and the lesson keeps the pack's key, so results line up
// with the teacher's copy.
func FromPack(p classroom.Pack) (*Lesson, error) {
	l, err := readPack(p)
	if err != nil {
		return nil, err
	}
	return l.Complete(0), nil
}

// WithQuestions replaces the lesson's questions with qs — the teacher's
// edited set — after checking that each can be asked and checked and
// still points into the article.
func (l *Lesson) WithQuestions(qs []quiz.Question) error {
	if err := quiz.ValidateAll(qs, len(l.Article.Source), len(l.Article.Sentences)); err != nil {
		return unusablePack{err}
	}
	l.Questions = qs
	return nil
}
