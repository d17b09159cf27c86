package lesson

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/quiz"
)

// Read is Open's first stage: the file read as a lesson pack or an
// article, with its key and settings (and a pack's questions), but no
// facts extracted and no questions generated — Analysis is nil, and
// Questions too for an article. It is what the first screen needs; the
// window completes the lesson (Complete) after showing it. Read refuses
// exactly the files Open refuses.
func Read(raw []byte) (*Lesson, error) {
	if !classroom.IsArchive(raw) {
		a, err := article.Read(raw)
		if err != nil {
			return nil, err
		}
		return articleLesson(a), nil
	}
	if article.IsZippedDocument(raw) {
		return nil, article.ErrZipped // a .docx is a zip too, but no lesson pack
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
	return readPack(p)
}

// articleLesson is an article's lesson before its questions: the key is
// a hash of the text, so the same article is the same lesson anywhere.
func articleLesson(a *article.Article) *Lesson {
	sum := sha256.Sum256([]byte(a.Source))
	return &Lesson{Key: hex.EncodeToString(sum[:8]), Article: a, Settings: classroom.DefaultSettings}
}

// readPack is a pack's lesson before its facts: the article read again
// (so the evidence spans match it), the teacher's questions checked
// against it.
func readPack(p classroom.Pack) (*Lesson, error) {
	a, err := article.Read([]byte(p.Article))
	if err != nil {
		return nil, fmt.Errorf("open lesson pack: %w", err)
	}
	if err := quiz.ValidateAll(p.Questions, len(a.Source), len(a.Sentences)); err != nil {
		return nil, unusablePack{err}
	}
	return &Lesson{Key: p.Key, Article: a, Questions: p.Questions, Settings: p.Settings, Published: true}, nil
}

// Complete is Open's second stage: a copy of the lesson Read returned,
// with its facts extracted and, for an article, n questions generated
// (quiz.DefaultCount when n is 0 or less); a pack keeps its teacher's
// questions. Read(raw) then Complete(n) is the lesson Open(raw, n) is. It
// changes nothing in l, so it may run on another goroutine while l is
// read elsewhere.
func (l *Lesson) Complete(n int) *Lesson {
	c := *l
	if l.Published {
		c.Analysis = facts.Extract(l.Article)
		return &c
	}
	// What the quiz reads of the article alone is read beside the
	// extraction (on a second core, if there is one).
	reading := quiz.Prepare(l.Article)
	c.Analysis = facts.Extract(l.Article)
	if n <= 0 {
		n = quiz.DefaultCount
	}
	c.Questions = reading.Generate(c.Analysis, n)
	return &c
}

// Completed reports whether the lesson's facts have been extracted: a
// lesson from Open, or from Complete.
func (l *Lesson) Completed() bool { return l.Analysis != nil }

// ReleaseRules lets go of what reading and building a lesson load once
// and keep for the next: the rules' compiled patterns and the sentence
// splitter's model, about 7 MiB of heap after the sample lesson. An app
// calls it when its lesson is built and shown, so that a window left
// open while a class reads does not hold them (issue 16, idle memory);
// the next lesson read, or answer checked, compiles what it uses again,
// as the first did. Safe while another lesson is being built: that
// build loads them again.
func ReleaseRules() {
	lazyre.Release()
	article.ReleaseModel()
}
