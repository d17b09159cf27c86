package quiz

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lede-app/lede/data/textnum"
)

// ErrInvalid marks a question that Lede cannot ask or check as it stands:
// one read from a file that another program wrote, or damaged on the way.
var ErrInvalid = errors.New("a question cannot be used")

// Limits on a question read from a file. A lesson's questions are short;
// anything far larger was not written by Lede or by a teacher.
const (
	maxPromptLen  = 2000
	maxKeyItems   = 200
	maxChoiceList = 20
)

// questionRule is one thing every question must hold before it is shown
// to a student or used to judge an answer. The message is in a teacher's
// words: the editor shows it, and so does a refused lesson pack.
type questionRule struct {
	broken  func(q Question, in articleBounds) bool
	message string
}

// articleBounds is what a question may point into.
type articleBounds struct {
	sourceLen, sentences int
}

// questionRules: one row per defect. Order matters only for which
// message a question with several defects gets.
var questionRules = []questionRule{
	{func(q Question, _ articleBounds) bool { return strings.TrimSpace(q.ID) == "" }, "it has no ID"},
	{func(q Question, _ articleBounds) bool { return !Known(q.Kind) }, "Lede cannot check this kind of question"},
	{func(q Question, _ articleBounds) bool { return strings.TrimSpace(q.Prompt) == "" }, "it asks nothing: its wording is empty"},
	{func(q Question, _ articleBounds) bool { return len(q.Prompt) > maxPromptLen }, "it is far too long to be a question"},
	{func(q Question, _ articleBounds) bool { return q.Kind == YesNo && !isYesOrNo(q.Accepted) }, "a yes-or-no question needs Yes or No as its answer"},
	{func(q Question, _ articleBounds) bool { return q.Kind == HowMany && !isNumberKey(q) }, "a how-many question needs a number as its answer"},
	{func(q Question, _ articleBounds) bool { return !hasKey(q) }, "it has no answer key"},
	{func(q Question, _ articleBounds) bool {
		return len(q.Accepted) > maxKeyItems || len(q.Distractors) > maxKeyItems || len(q.Choices) > maxChoiceList
	}, "it has more answers or options than any lesson needs"},
	{func(q Question, _ articleBounds) bool { return kinds[q.Kind].Picks && len(q.Choices) < 2 }, "a multiple-choice question needs at least one wrong option"},
	{func(q Question, _ articleBounds) bool { return kinds[q.Kind].Picks && !keyAmongChoices(q) }, "its right answer is not among its options"},
	{func(q Question, _ articleBounds) bool { return q.Kind == When && q.Date != "" && !isDay(q.Date) }, "it expects a date that is not a day of the calendar"},
	{func(q Question, in articleBounds) bool {
		e := q.Evidence
		return e.Start < 0 || e.Start > e.End || e.End > in.sourceLen
	}, "its evidence is outside the article"},
	{func(q Question, in articleBounds) bool { return q.Sentence >= in.sentences || q.Sentence < -1 }, "it points at a sentence the article does not have"},
}

// Validate reports the first defect of q, a question for an article of
// sourceLen bytes and the given number of sentences, or nil when Lede can
// show and check it. Every question read from a file passes here first:
// a question the checker cannot judge must never reach a student.
func Validate(q Question, sourceLen, sentences int) error {
	in := articleBounds{sourceLen, sentences}
	for _, r := range questionRules {
		if r.broken(q, in) {
			return &InvalidError{Prompt: q.Prompt, Problem: r.message}
		}
	}
	return nil
}

// InvalidError says which question cannot be used and why, in a
// teacher's words. It is ErrInvalid to errors.Is.
type InvalidError struct {
	// Number counts from 1 within a lesson; 0 when the lesson is unknown.
	Number  int
	Prompt  string
	Problem string
}

func (e *InvalidError) Error() string {
	if e.Number == 0 {
		return "a question cannot be used: " + e.Problem
	}
	return fmt.Sprintf("question %d (%s): %s", e.Number, shortPrompt(e.Prompt), e.Problem)
}

// Is makes every InvalidError match ErrInvalid.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

// ValidateAll validates every question of a lesson, naming the first bad
// one by its number and wording so a teacher can find it.
func ValidateAll(qs []Question, sourceLen, sentences int) error {
	for i, q := range qs {
		if err := Validate(q, sourceLen, sentences); err != nil {
			bad := *err.(*InvalidError)
			bad.Number = i + 1
			return &bad
		}
	}
	return nil
}

// shortPrompt quotes the start of a prompt for a message.
func shortPrompt(p string) string {
	p = strings.ToValidUTF8(strings.TrimSpace(p), "")
	if p == "" {
		return "no wording"
	}
	if r := []rune(p); len(r) > 60 {
		p = string(r[:60]) + "…"
	}
	return "“" + p + "”"
}

// hasKey reports whether q has something to judge an answer against: an
// accepted answer, or the number or day its kind is checked by.
func hasKey(q Question) bool {
	switch {
	case anyNonBlank(q.Accepted):
		return true
	case q.Kind == HowMany:
		return strings.TrimSpace(q.Answer) != ""
	case q.Kind == When:
		return isDay(q.Date)
	}
	return false
}

func anyNonBlank(list []string) bool {
	for _, s := range list {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

// isYesOrNo reports whether the first accepted answer, the one the yes/no
// checker compares with, is yes or no.
func isYesOrNo(accepted []string) bool {
	if len(accepted) == 0 {
		return false
	}
	k := Normalize(accepted[0])
	return k == "yes" || k == "no"
}

// isNumberKey reports whether a how-many question's answer is a number:
// Value is what the checker compares with, so a zero there must be meant.
func isNumberKey(q Question) bool {
	if q.Value != 0 {
		return true
	}
	v, ok := textnum.Parse(q.Answer)
	return ok && v == 0
}

func keyAmongChoices(q Question) bool {
	for _, a := range q.Accepted {
		if containsFold(q.Choices, a) {
			return true
		}
	}
	return false
}

func isDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
