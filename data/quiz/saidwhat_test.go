package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// saidWhatOf returns the "which of these did X say?" questions made for
// body.
func saidWhatOf(t *testing.T, body string) []Question {
	t.Helper()
	a, err := article.Parse([]byte("Theatre plan wins backing\n\n" + body + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	g.saidWhat()
	return g.out
}

// Three people quoted: each may be asked which words are theirs, the
// other two people's words the wrong options, all of one kind.
func TestSaidWhatSetsPeoplesWordsSideBySide(t *testing.T) {
	body := `“We need at least £75,000 to secure a deposit on the building within two months,” said Keith Poulton, the trust's chairman.

“Two years ago I decided to return to Swansea and do something for the city,” said Terry Palmer, a local director.

“A lot of money needs to be spent on it, but all the bones of the building are there,” said actor Edward Fox.

Mr Poulton said the trust would ask the council for a grant next month.`
	qs := saidWhatOf(t, body)
	if len(qs) != 3 {
		t.Fatalf("%d questions; want one for each of the three speakers", len(qs))
	}
	for _, q := range qs {
		if !strings.HasPrefix(q.Prompt, "Which of these did ") || len(q.Choices) != 3 || !slices.Contains(q.Choices, q.Answer) {
			t.Errorf("%q %q: want three options with the answer among them", q.Prompt, q.Choices)
		}
		for _, c := range q.Choices {
			if !strings.HasPrefix(c, "“") {
				t.Errorf("%q: option %q is not a quotation like the answer %q", q.Prompt, c, q.Answer)
			}
		}
		if q.Source != string(saidWhatKind) {
			t.Errorf("source %q", q.Source)
		}
		// The explanation names the answer's speaker only: naming whose
		// the other options are answers a later "Who said …?".
		named := 0
		for _, person := range []string{"Poulton", "Palmer", "Fox"} {
			if strings.Contains(q.Explanation, person) {
				named++
			}
		}
		if named != 1 {
			t.Errorf("%q: explanation %q names %d of the speakers, want 1", q.Prompt, q.Explanation, named)
		}
	}
	for _, q := range qs {
		if strings.Contains(q.Prompt, "Keith Poulton") && !strings.Contains(q.Answer, "£75,000") {
			t.Errorf("Keith Poulton's question has the answer %q", q.Answer)
		}
	}
}

// Two people are too few: the one wrong option would be a coin toss.
func TestSaidWhatNeedsThreeSpeakers(t *testing.T) {
	body := `“We need at least £75,000 to secure a deposit on the building within two months,” said Keith Poulton, the trust's chairman.

“Two years ago I decided to return to Swansea and do something for the city,” said Terry Palmer, a local director.`
	if qs := saidWhatOf(t, body); len(qs) != 0 {
		t.Errorf("got %q; want no question", qs[0].Prompt)
	}
}

// Words a speaker denied are no option for "which of these did X say?":
// shown as theirs, they would be the opposite of what they said.
func TestSaidWhatLeavesOutDenials(t *testing.T) {
	body := `Keith Poulton, the trust's chairman, denied that the theatre would have to close before the end of the year.

Terry Palmer, a local director, said that the city council would pay for a new roof next spring.

Edward Fox, the actor, said that the old building was the finest theatre in the whole of Wales.

Mr Palmer said that the trust would ask local firms for money next month.`
	for _, q := range saidWhatOf(t, body) {
		for _, c := range q.Choices {
			if strings.Contains(c, "close before the end of the year") {
				t.Errorf("%q offers %q, which Mr Poulton denied", q.Prompt, c)
			}
		}
	}
	if len(saidWhatOf(t, strings.Replace(body, "denied", "said", 1))) == 0 {
		t.Error("no question where Mr Poulton said it: the test shows nothing")
	}
}
