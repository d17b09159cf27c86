package lesson

import (
	"errors"
	"fmt"
	"time"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/facts"
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
	if !classroom.IsArchive(raw) {
		return Build(raw, n)
	}
	p, err := classroom.ReadPack(raw)
	if errors.Is(err, classroom.ErrNotLede) {
		if _, rerr := classroom.ReadResults(raw); rerr == nil {
			return nil, ErrResultsFile
		}
	}
	if err != nil {
		return nil, err
	}
	return FromPack(p)
}

// ErrResultsFile is returned when a student's results file is opened as
// a lesson.
var ErrResultsFile = errors.New("this is a student's results file, not a lesson: the teacher imports it with Teacher ▸ Import results from a folder")

// ErrPackMismatch is returned for a pack whose questions do not point
// into its own article: it was not made by Lede from that article.
var ErrPackMismatch = errors.New("the lesson pack's questions do not match its article: ask the teacher for the pack again")

// FromPack opens a lesson pack: the article is read again (so the
// evidence spans match it) but the questions are the teacher's, not
// regenerated, and the lesson keeps the pack's key, so results line up
// with the teacher's copy.
func FromPack(p classroom.Pack) (*Lesson, error) {
	a, err := article.Read([]byte(p.Article))
	if err != nil {
		return nil, fmt.Errorf("open lesson pack: %w", err)
	}
	for _, q := range p.Questions {
		if q.Evidence.Start < 0 || q.Evidence.End > len(a.Source) || q.Evidence.Start > q.Evidence.End ||
			q.Sentence >= len(a.Sentences) || q.ID == "" {
			return nil, ErrPackMismatch
		}
	}
	return &Lesson{Key: p.Key, Article: a, Analysis: facts.Extract(a), Questions: p.Questions,
		AttemptsAllowed: p.Settings.Attempts, Published: true}, nil
}

// WithQuestions replaces the lesson's questions with qs — the teacher's
// edited set — after checking that each still points into the article.
func (l *Lesson) WithQuestions(qs []quiz.Question) error {
	for _, q := range qs {
		if q.ID == "" || q.Evidence.Start < 0 || q.Evidence.End > len(l.Article.Source) ||
			q.Evidence.Start > q.Evidence.End || q.Sentence >= len(l.Article.Sentences) {
			return ErrPackMismatch
		}
	}
	l.Questions = qs
	return nil
}
