package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// TestCrowdCountDeclared holds the rule to its example and near miss.
func TestCrowdCountDeclared(t *testing.T) {
	if !crowdCount.MatchString(crowdExample) {
		t.Errorf("crowdCount does not find its example %q", crowdExample)
	}
	if crowdCount.MatchString(crowdNearMiss) {
		t.Errorf("crowdCount finds its near miss %q", crowdNearMiss)
	}
}

func TestCrowdFigureAsksWhoCounted(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a rough count, no source", speakers + "\n\n" + crowdExample,
			"Who gives the figure of about 300 fans, according to the article?"},
		{"marched, an estimated", speakers + "\n\nAn estimated 2,000 people marched through the town centre on Saturday.",
			"Who gives the figure of an estimated 2,000 people, according to the article?"},
		{"the near miss: an exact count", speakers + "\n\n" + crowdNearMiss, ""},
		{"the sentence credits the count", speakers + "\n\nAbout 300 fans protested outside the ground, police said.", ""},
		{"according to organisers", speakers + "\n\nAbout 300 fans protested outside the ground, according to the organisers.", ""},
		{"a speaker beside it", speakers + "\n\nAbout 300 fans protested outside the ground on Saturday. Tom Reyes said the protest was peaceful.", ""},
		{"not a gathering", speakers + "\n\nAbout 300 workers lost their jobs at the plant last year.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("Fans protest" + tt.body))
			if err != nil {
				t.Fatal(err)
			}
			g := newGenerator(a, facts.Extract(a))
			for i := range a.Sentences {
				g.crowdFigure(i)
			}
			got := ""
			for _, q := range g.out {
				got = q.Prompt
				if q.Answer != noHolder || len(q.Choices) < 3 {
					t.Errorf("answer %q of %q; want %q among three or more", q.Answer, q.Choices, noHolder)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
