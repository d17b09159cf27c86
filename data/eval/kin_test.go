package eval

import (
	"testing"

	"github.com/lede-app/lede/data/quiz"
)

// TestKinAnswerForNames: a person the article gives a family tie after
// their name ("Anna Berg, the daughter of former minister Lars Berg,")
// is named by that tie in a student's forms; the relative is another
// person, and a tie the article gives two people names neither.
func TestKinAnswerForNames(t *testing.T) {
	article := "Crash\n\nAnna Berg, the daughter of former finance minister Lars Berg, was injured. " +
		"Her friend Tom Hale was unhurt.\n"
	twins := "Crash\n\nAnna Berg, the daughter of Lars Berg, was injured. " +
		"Eva Berg, the daughter of Lars Berg, was unhurt.\n"
	ask := "Who was injured in the crash?"
	for _, c := range []struct {
		article, answer string
		want            quiz.Verdict
	}{
		{article, "the daughter of Lars Berg", quiz.Correct},
		{article, "Lars Berg's daughter", quiz.Correct},
		{article, "Berg's daughter", quiz.Correct},
		{article, "Lars Berg", quiz.Incorrect},
		{article, "Lars Berg's wife", quiz.Incorrect},
		{article, "the daughter of Tom Hale", quiz.Incorrect},
		{article, "Berg", quiz.Unclear}, // Anna or Lars
		{twins, "Lars Berg's daughter", quiz.Partial},
	} {
		if v := JudgeAnswer(ask, []string{"Anna Berg"}, c.answer, c.article); v != c.want {
			t.Errorf("%q: %s; want %s", c.answer, v, c.want)
		}
	}
}
