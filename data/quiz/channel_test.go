package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// Where a statement was made is asked where the way changes how its
// words are weighed (posted, prepared, written), with the ways it was
// not made as wrong options: never a way "told" could hide, nor one the
// article gives for the same speaker elsewhere.
func TestChannelQuestion(t *testing.T) {
	tests := []struct{ name, body, want, answer string }{
		{"told an outlet: a word hunt that changes nothing a reader weighs",
			"Ryan Roche told the Daily News he was about to leave the office party when the contest began.", "", ""},
		{"after a quotation, told a radio station",
			"“The money side of things has not been concluded yet,” Maurice Lindsay told Radio Five Live.", "", ""},
		{"posted by the speaker",
			"“I have been the sun baby in the show for all these years,” Jess Smith wrote on Facebook.",
			"According to the article, where did Jess Smith say “I have been the sun baby in the show for all these years”?",
			"On Facebook"},
		{"not certain", "Abubakar Shekau allegedly says in the video that he does not know the local commander.", "", ""},
		{"in a statement",
			"Tommie Bergman said in a statement the directors believed the price was fair to shareholders.",
			"According to the article, where did Tommie Bergman say that the directors believed the price was fair to shareholders?",
			"In a statement"},
		{"no channel", "Ryan Roche said he was about to leave the office party when the contest began.", "", ""},
		{"words denied, not said",
			"Tommie Bergman denied in a statement the directors believed the price was fair to shareholders.", "", ""},
		{"told a person", "Ryan Roche told Anna Berg he was about to leave the office party when the contest began.", "", ""},
		{"when and for whom belong to the channel",
			"“Captivity is the state most opposite to a free life,” Clare Gillis wrote in a piece last year for Syria Deeply.",
			"According to the article, where did Clare Gillis say “Captivity is the state most opposite to a free life”?",
			"In a piece last year for Syria Deeply"},
		{"when and for whom are no claim",
			"Her friend Clare Gillis, a journalist, wrote in a piece last year for Syria Deeply.", "", ""},
		{"a quotation about someone it does not name",
			"“Captivity is the state most opposite his nature,” Clare Gillis wrote in a piece last year for Syria Deeply.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAsked(t, "A headline on the party\n\n"+tt.body+"\n\nThe office will open again next week, managers said.\n", tt.want, tt.answer,
				func(g *generator, _ *article.Article, _ *facts.Analysis) { g.channel() })
		})
	}
}

// A speaker quoted on Facebook and to a newspaper: social media is no
// wrong option for the newspaper quotation, and an interview by any
// medium is none for "told".
func TestChannelOptionsLeaveOutTheSpeakersOtherWays(t *testing.T) {
	text := "A headline on the party\n\n“Being the sun baby was the best job of my whole childhood,” Jess Smith wrote on Facebook.\n\n" +
		"“Being the sun baby paid for my first year at a university,” Jess Smith told The Telegraph.\n"
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	g.channel()
	if len(g.out) == 0 {
		t.Fatal("no question")
	}
	for _, q := range g.out {
		for _, never := range []string{"In a post on social media", "In a radio or television interview", "At a news conference"} {
			if slices.Contains(q.Choices, never) {
				t.Errorf("%q offers %q: %q", q.Prompt, never, q.Choices)
			}
		}
		if !slices.Contains(q.Choices, notSaidWhere) || len(q.Choices) != 3 {
			t.Errorf("choices %q", q.Choices)
		}
	}
}
