package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// TestRightInOtherWordsSaysWhy: a teacher's question answered right in
// other words than the key's shows, under "Correct", how the answer says
// the key (issue 13: "Right — 2M is 2 million"), and the key's own words
// show the plain explanation.
func TestRightInOtherWordsSaysWhy(t *testing.T) {
	test.NewTempApp(t)
	qs := []quiz.Question{
		{ID: "t1", Kind: quiz.ShortAnswer, Prompt: "How much did the firm raise?", Answer: "2 million dollars", Accepted: []string{"2 million dollars"}},
		{ID: "t2", Kind: quiz.ShortAnswer, Prompt: "How long is the road?", Answer: "50 km", Accepted: []string{"50 km"}},
	}
	p := NewQuizPanel(qs, nil, 1, 1, store.Progress{Drafts: map[string]string{}})
	test.NewTempWindow(t, p.Content)
	for _, tt := range []struct {
		i            int
		answer, want string
	}{
		{0, "2M", "Right — 2M is 2 million dollars."},
		{1, "50 km", "The answer is 50 km."},
	} {
		p.Go(tt.i)
		p.Entry.SetText(tt.answer)
		p.Check()
		if p.Verdict.Text != "Correct" || p.Explanation.Text != tt.want {
			t.Errorf("%q: %q / %q; want Correct / %q", tt.answer, p.Verdict.Text, p.Explanation.Text, tt.want)
		}
	}
}
