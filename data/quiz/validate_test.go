package quiz

import (
	"errors"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestValidateRefusesWhatTheCheckerCannotJudge: each defect a file can
// carry is refused with a message that says what is wrong (issue 16).
func TestValidateRefusesWhatTheCheckerCannotJudge(t *testing.T) {
	good := Question{ID: "q1", Kind: YesNo, Prompt: "Does it?", Answer: "No", Accepted: []string{"no"}, Sentence: 1,
		Evidence: article.Span{Start: 10, End: 20}}
	cases := []struct {
		name   string
		change func(*Question)
		want   string // "" for valid
	}{
		{"as written", func(*Question) {}, ""},
		{"no ID", func(q *Question) { q.ID = " " }, "no ID"},
		{"unknown kind", func(q *Question) { q.Kind = "essay" }, "cannot check this kind"},
		{"empty prompt", func(q *Question) { q.Prompt = "" }, "asks nothing"},
		{"no key", func(q *Question) { q.Accepted = nil }, "yes-or-no question needs Yes or No"},
		{"blank key", func(q *Question) { q.Kind = ShortAnswer; q.Accepted = []string{"  "} }, "no answer key"},
		{"how-many keyed in words", func(q *Question) { q.Kind = HowMany; q.Answer = "a dozen" }, "needs a number"},
		{"yes/no keyed maybe", func(q *Question) { q.Accepted = []string{"maybe"} }, "needs Yes or No"},
		{"choice without options", func(q *Question) { q.Kind = Choice; q.Choices = []string{"no"} }, "at least one wrong option"},
		{"choice key not an option", func(q *Question) { q.Kind = Choice; q.Choices = []string{"a", "b"} }, "not among its options"},
		{"choice key an option", func(q *Question) { q.Kind = Choice; q.Choices = []string{"Yes", "No"} }, ""},
		{"bad date", func(q *Question) { q.Kind = When; q.Accepted = []string{"May 40"}; q.Date = "2017-05-40" }, "not a day"},
		{"evidence past the end", func(q *Question) { q.Evidence = article.Span{Start: 10, End: 101} }, "outside the article"},
		{"evidence backwards", func(q *Question) { q.Evidence = article.Span{Start: 20, End: 10} }, "outside the article"},
		{"sentence past the end", func(q *Question) { q.Sentence = 3 }, "sentence the article does not have"},
		{"headline question", func(q *Question) { q.Sentence = -1 }, ""},
	}
	for _, c := range cases {
		q := good
		q.Accepted = append([]string(nil), good.Accepted...)
		c.change(&q)
		err := Validate(q, 100, 3)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.want != "" && (err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v; want an ErrInvalid saying %q", c.name, err, c.want)
		}
	}
}

func TestValidateAllNamesTheQuestion(t *testing.T) {
	qs := []Question{
		{ID: "a", Kind: ShortAnswer, Prompt: "Who?", Accepted: []string{"Ada"}},
		{ID: "b", Kind: YesNo, Prompt: "Does Alibaba commit to hiring US staff?"},
	}
	err := ValidateAll(qs, 10, 1)
	if err == nil || !strings.Contains(err.Error(), "question 2 (“Does Alibaba commit to hiring US staff?”): a yes-or-no question needs Yes or No as its answer") {
		t.Errorf("ValidateAll: %v; want it to name question 2 by its wording", err)
	}
}
