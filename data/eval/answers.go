package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// answerRow is one row of an answer-checking set. Lede judges it from
// Question, Accepted and Candidate only (Context is available but not
// needed); Expected and Kind are read for the summary alone.
type answerRow struct {
	ID        json.RawMessage `json:"id"`
	Context   string          `json:"context"`
	Question  string          `json:"question"`
	Accepted  []string        `json:"accepted"`
	Candidate string          `json:"candidate"`
	Expected  string          `json:"expected"`
	Kind      string          `json:"kind"`
}

// AnswerResult is the verdict printed for one row.
type AnswerResult struct {
	ID      json.RawMessage `json:"id"`
	Verdict quiz.Verdict    `json:"verdict"`
}

// Rate is how many rows of a group were accepted as correct.
type Rate struct {
	Accepted int     `json:"accepted"`
	Rows     int     `json:"rows"`
	Share    float64 `json:"share"`
}

func (r *Rate) add(ok bool) {
	r.Rows++
	if ok {
		r.Accepted++
	}
	r.Share = float64(r.Accepted) / float64(r.Rows)
}

// AnswerSummary reports the share of correct candidates accepted and of
// wrong candidates accepted (false accepts), overall and by row kind.
type AnswerSummary struct {
	Rows             int             `json:"rows"`
	CorrectAccepted  Rate            `json:"correct_accepted"`
	WrongAccepted    Rate            `json:"wrong_accepted"`
	ByKind           map[string]Rate `json:"by_kind"`
	PartialOnCorrect int             `json:"partial_on_correct"`
}

// JudgeAnswer checks a candidate against a teacher's answer key, as Lede
// checks a teacher's own question: the kind inferred from the question
// and key, a person or organisation keyed by name also known by the
// descriptions the article gives them, and an amount keyed in one currency also by the
// amounts the article converts it to (context, the article's text; may
// be empty).
func JudgeAnswer(question string, accepted []string, candidate, context string) quiz.Verdict {
	if len(accepted) == 0 {
		return quiz.Unclear
	}
	var lookalikes, said []string
	var a *article.Article
	if strings.TrimSpace(context) != "" {
		if parsed, err := article.Parse([]byte(context)); err == nil {
			a = parsed
			accepted, lookalikes = quiz.TeacherKey(accepted, a)
			said = quiz.KeySentences(accepted, a)
		}
	}
	kind := quiz.InferKind(question, accepted)
	if kind == quiz.YesNo {
		// The key's reason stays beside its yes or no: "No, not yet"
		// says the matter is open (held-out set 19).
		accepted = append([]string{strings.ToLower(strings.TrimSpace(accepted[0]))}, accepted[1:]...)
		if a != nil {
			// Where the article answers it: a reason it does not give is
			// wrong (held-out set 20).
			said = append(said, quiz.ArticleSentences(a)...)
		}
	}
	q := quiz.Question{Kind: kind, Prompt: question, Answer: accepted[0], Accepted: accepted, Distractors: lookalikes, Said: said}
	return quiz.Check(q, candidate).Verdict
}

// Answers judges each row of r, writes one JSON object per row to w, then
// the summary as a last line {"summary": …}.
func Answers(r io.Reader, w io.Writer) (AnswerSummary, error) {
	sum := AnswerSummary{ByKind: map[string]Rate{}}
	enc := json.NewEncoder(w)
	err := eachRow(r, func(row answerRow) error {
		v := JudgeAnswer(row.Question, row.Accepted, row.Candidate, row.Context)
		if err := enc.Encode(AnswerResult{ID: row.ID, Verdict: v}); err != nil {
			return err
		}
		sum.Rows++
		ok := v == quiz.Correct
		switch row.Expected {
		case "correct":
			sum.CorrectAccepted.add(ok)
			if v == quiz.Partial {
				sum.PartialOnCorrect++
			}
		case "incorrect":
			sum.WrongAccepted.add(ok)
		}
		k := sum.ByKind[row.Kind]
		k.add(ok)
		sum.ByKind[row.Kind] = k
		return nil
	})
	if err != nil {
		return sum, err
	}
	return sum, enc.Encode(map[string]AnswerSummary{"summary": sum})
}

// Table renders the summary for people.
func (s AnswerSummary) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "correct answers accepted: %d/%d (%.1f%%)\n", s.CorrectAccepted.Accepted, s.CorrectAccepted.Rows, 100*s.CorrectAccepted.Share)
	fmt.Fprintf(&b, "wrong answers accepted:   %d/%d (%.1f%%)\n", s.WrongAccepted.Accepted, s.WrongAccepted.Rows, 100*s.WrongAccepted.Share)
	fmt.Fprintf(&b, "%-16s %6s %9s %7s\n", "kind", "rows", "accepted", "share")
	kinds := make([]string, 0, len(s.ByKind))
	for k := range s.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		r := s.ByKind[k]
		fmt.Fprintf(&b, "%-16s %6d %9d %6.1f%%\n", k, r.Rows, r.Accepted, 100*r.Share)
	}
	return b.String()
}
