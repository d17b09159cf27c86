package quiz

import (
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// TestSilenceRules holds each wording of a silence to its own example
// and near miss, and checks the question it asks.
func TestSilenceRules(t *testing.T) {
	for _, r := range silenceRules {
		t.Run(r.name, func(t *testing.T) {
			if r.find(r.example, lowerWordSet(r.example)) == nil {
				t.Errorf("does not find its own example %q (its pattern, or the words it needs)", r.example)
			}
			if r.find(r.nearMiss, lowerWordSet(r.nearMiss)) != nil {
				t.Errorf("matches its near miss %q", r.nearMiss)
			}
		})
	}
}

func TestSilenceQuestions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Rebels said the video was genuine. The German Foreign Ministry has so far declined to comment.",
			"Did the German Foreign Ministry comment, according to the article?"},
		{"The paper said the plant would close. The North Korean Embassy in London did not respond to requests for a comment.",
			"Does the article give a reply from the North Korean Embassy in London?"},
		{"The board backed the bid. Irish horse racing millionaires JP McManus and John Magnier own 29% of United through their investment vehicle Cubic Expression, and have yet to express a view on the bid approach.",
			"Have JP McManus and John Magnier given a view on the bid approach, according to the article?"},
		{"He spoke on Monday. He has no plans to become a manager.", ""},
		{"The screensaver site went blank. No one at Lycos was available for comment on latest developments in the campaign.",
			"Does the article give a reply from Lycos?"},
		// The party speaks elsewhere: "No" would be wrong.
		{"No one at Lycos was available for comment on latest developments in the campaign. Lycos said the idea was to make spammers pay.", ""},
	}
	for _, tt := range tests {
		a, err := article.Parse([]byte("Headline about a story\n\n" + tt.text))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		for i := range a.Sentences {
			g.silence(i)
		}
		got := ""
		for _, q := range g.out {
			got = q.Prompt
			if q.Answer != "No" || q.Kind != YesNo {
				t.Errorf("%q: answer %q kind %q, want a yes/no keyed No", got, q.Answer, q.Kind)
			}
			if !strings.Contains(q.Explanation, "not the same as denying") {
				t.Errorf("%q: the explanation should say silence is not denial: %q", got, q.Explanation)
			}
		}
		if got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
