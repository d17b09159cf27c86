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

// A silent party is asked about among two people the article quotes by
// name; with fewer people quoted there is no question — "Did X
// comment?" alone was always answered No.
func TestSilenceQuestions(t *testing.T) {
	const voices = "Foreign minister Anna Berg said the video was genuine. Police chief Tom Hale said the two men had been found near the border. "
	tests := []struct{ text, want, answer string }{
		// A body among people stands out by its form (held-out h27-03, G):
		// the wrong options are people, so a silent body is not asked.
		{voices + "The German Foreign Ministry has so far declined to comment.", "", ""},
		{voices + "The North Korean Embassy in London did not respond to requests for a comment.", "", ""},
		{voices + "Club chairman Roy Dunne did not respond to requests for a comment.",
			"Which of these has given no comment or view, according to the article?", "Roy Dunne"},
		{voices + "Irish horse racing millionaires JP McManus and John Magnier own 29% of United through their investment vehicle Cubic Expression, and have yet to express a view on the bid approach.",
			"Which of these has given no view on the bid approach, according to the article?", "JP McManus and John Magnier"},
		{voices + "He has no plans to become a manager.", "", ""},
		{voices + "No one at Lycos was available for comment on latest developments in the campaign.", "", ""},
		// The party speaks elsewhere: it has given a view.
		{voices + "No one at Lycos was available for comment on latest developments in the campaign. Lycos said the idea was to make spammers pay.", "", ""},
		// Nobody else quoted: "Did the ministry comment?" would be a lone No.
		{"Rebels posted the video on Monday. The German Foreign Ministry has so far declined to comment.", "", ""},
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
			if q.Answer != tt.answer || q.Kind != Choice {
				t.Errorf("%q: answer %q kind %q, want a choice keyed %q", got, q.Answer, q.Kind, tt.answer)
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
