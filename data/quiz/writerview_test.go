package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// The article's own emphatic judgement, with no one credited nearby, is
// asked as "whose view is this?"; the clause that holds it is quoted, and
// a judgement on something the sentence does not name is not asked.
func TestWriterView(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a clause after but",
			"Tait played well. His contribution improved in the second half, but England clearly need more of a playmaker in the centre.",
			"Whose view is this, according to the article: “England clearly need more of a playmaker in the centre”?"},
		{"a pronoun with its referent elsewhere",
			"Duels are common there. While they undoubtedly happen in the United States, people do not brag about them.", ""},
		{"someone credited beside it",
			"England clearly need more of a playmaker in the centre, said Andy Robinson, the England coach.", ""},
		{"the writer's own forecast",
			"The match was tight. Robinson is likely to make changes in the back row after the defeat to Wales.",
			"Whose view is this, according to the article: “Robinson is likely to make changes in the back row after the defeat to Wales”?"},
		{"someone's expectation is not the writer's",
			"The match was tight. Robinson is expected to make changes in the back row after the defeat to Wales.", ""},
		{"the writer's own superlative",
			"The match was tight. The defeat was the worst day for English rugby in the history of the tournament.",
			"Whose view is this, according to the article: “The defeat was the worst day for English rugby in the history of the tournament”?"},
		{"the emphatic judgement before a forecast that comes first",
			"Robinson is likely to make changes in the back row after the defeat. His side played badly, but England clearly need more of a playmaker in the centre.",
			"Whose view is this, according to the article: “England clearly need more of a playmaker in the centre”?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("England lose to Wales\n\nMathew Tait and Jamie Noon started for England, and Andy Robinson picked Martin Corry. " +
				"\"We were poor,\" said Lawrence Dallaglio, the former captain.\n\n" + tt.body + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			g := newGenerator(a, facts.Extract(a))
			g.writerView()
			got := ""
			for _, q := range g.out {
				got = q.Prompt
				if q.Answer != writersOwn || len(q.Choices) < 3 {
					t.Errorf("answer %q among %q", q.Answer, q.Choices)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestWriterViewNeedsAVoice: among people the article only mentions,
// who gave no view at all, "the writer's own view" is the one believable
// answer (r108, G from both reviewers); one person the article quotes
// among the wrong options makes the question, even where the quotation
// is theirs only through "he said".
func TestWriterViewNeedsAVoice(t *testing.T) {
	const judgement = "The album was clearly the best record of the decade."
	tests := []struct {
		name, body string
		ask        bool
	}{
		{"people only mentioned", "Singers Alicia Keys and Chaka Khan both appear on the album. Producer Kanye West made it in Chicago.\n\n" + judgement, false},
		{"one quoted through he said", "Singers Alicia Keys and Chaka Khan both appear on the album. Producer Kanye West made it in Chicago.\n\n" +
			judgement + " It sold well in Europe.\n\nJon Brion played on three songs. \"It was a joy,\" he said.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("A record is made\n\n" + tt.body + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			g := newGenerator(a, facts.Extract(a))
			g.writerView()
			if asked := len(g.out) > 0; asked != tt.ask {
				t.Fatalf("asked %v, want %v: %+v", asked, tt.ask, g.out)
			}
			if tt.ask && (!slices.Contains(g.out[0].Choices, "Jon Brion") || len(g.out[0].Choices) != 3) {
				t.Errorf("choices %q: want the voice the article quotes among three", g.out[0].Choices)
			}
		})
	}
}
