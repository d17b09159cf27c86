package quiz

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"math"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/textnum"
)

// NewQuestionID returns an ID for a question a teacher adds by hand. It
// is random, and kept with the question from then on.
func NewQuestionID() string {
	b := make([]byte, 6)
	rand.Read(b)
	return "t" + hex.EncodeToString(b)
}

// Tidy makes an edited question consistent: the answer is among the
// accepted answers, blank lines are dropped, a how-many question's value
// is read from its answer, and a multiple-choice question's options are
// the answer and the distractors, mixed. It returns false when the
// question cannot be asked: no prompt or no answer.
func (q *Question) Tidy() bool {
	q.Prompt = strings.TrimSpace(q.Prompt)
	q.Answer = strings.TrimSpace(q.Answer)
	if q.Prompt == "" || q.Answer == "" {
		return false
	}
	q.Accepted = nonBlank(q.Accepted)
	if q.Kind == ShortAnswer && InferKind(q.Prompt, []string{q.Answer}) == YesNo {
		q.Kind = YesNo // "Did they sign it?" keyed "No": any way of saying no
	}
	if q.Kind != YesNo && !containsFold(q.Accepted, q.Answer) {
		q.Accepted = append([]string{q.Answer}, q.Accepted...)
	}
	if q.Kind == YesNo {
		q.Accepted = []string{strings.ToLower(q.Answer)}
	}
	q.Distractors = nonBlank(q.Distractors)
	if q.Kind == HowMany {
		if v, ok := textnum.Parse(q.Answer); ok {
			q.Value = v
		}
	}
	if Picks(q.Kind) {
		q.Choices = shuffled(append([]string{q.Answer}, without(q.Distractors, q.Answer)...), q.Prompt)
	}
	return true
}

// Problem says, in a teacher's words, what stops a tidied question from
// being checked by its kind's checker, or returns "". The rules are the
// ones every question read from a file must pass.
func (q Question) Problem() string {
	var bad *InvalidError
	if errors.As(Validate(q, math.MaxInt, math.MaxInt), &bad) {
		return bad.Problem
	}
	return ""
}

func nonBlank(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" && !containsFold(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// SentenceChoices makes a find-the-sentence question's options for the
// article's sentence i: the sentence itself, the answer, and up to three
// other sentences of the body nearest to it, of some length, as the wrong
// options — close enough in place and subject that finding the right one
// takes reading.
func SentenceChoices(a *article.Article, i int) (answer string, wrong []string) {
	if i < 0 || i >= len(a.Sentences) {
		return "", nil
	}
	answer = a.Sentences[i].Text
	for d := 1; len(wrong) < 3 && (i-d >= 0 || i+d < len(a.Sentences)); d++ {
		for _, j := range []int{i + d, i - d} {
			if j < 0 || j >= len(a.Sentences) || len(wrong) == 3 {
				continue
			}
			if s := a.Sentences[j].Text; article.CountWords(s) >= 6 && s != answer && !slices.Contains(wrong, s) {
				wrong = append(wrong, s)
			}
		}
	}
	return answer, wrong
}
