package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// Who did what: asked of the opening paragraph, where the sentence
// names someone who can act and another party, credits the report to its
// source, and reads whole; picked from the article's other voices. Not
// where the subject is a thing or a group no name pins down, the rest
// points back at earlier sentences, or the pattern took a reduced
// relative for the action.
func TestActorQuestions(t *testing.T) {
	tests := []struct{ name, sentence, prompt, answer string }{
		{"a regulator and the firm it accuses",
			"French stock market regulator AMF has filed complaints against media giant Vivendi Universal, its boss and another top executive.",
			"Who has filed complaints against media giant Vivendi Universal, its boss and another top executive?", "AMF"},
		{"the report's source goes in front",
			"The Lebanese army detained a cousin of Islamic State leader Abu Bakr al-Baghdadi near Arsal, security officials said on Tuesday, in a move seen as likely to put pressure on the group.",
			"According to security officials, who detained a cousin of Islamic State leader Abu Bakr al-Baghdadi near Arsal?", "The Lebanese army"},
		{"a group's fighters are named by the group",
			"Islamic State insurgents released a video on Tuesday showing the town of Kobani under fire.",
			"Who released a video on Tuesday showing the town of Kobani under fire?", "Islamic State insurgents"},
		{"a possessive's owner is not who acted",
			"Iran's parliament voted by a large majority to cut Turkcell's stake in a new network.",
			"Who voted by a large majority to cut Turkcell's stake in a new network?", "Iran's parliament"},
		{"a group no name pins down", "European leaders have openly blamed the US for the rise of the euro.", "", ""},
		{"shares are not anyone", "Manchester United shares closed at 270.25p on Friday, down on the day.", "", ""},
		{"an album is not anyone", "The College Dropout spawned two further UK hits and a string of Grammy nominations.", "", ""},
		{"a pronoun points at the answer", "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.", "", ""},
		{"the announcement: which one?", "Boko Haram leader Abubakar Shekau made the announcement in a video obtained by Agence France Presse.", "", ""},
		{"a reduced relative, not the action", "A CV published on social media in July by Islamic State sympathizers described him as married.", "", ""},
		{"speech is a who-said question", "Iran's parliament said the US was to blame for the rise of the euro.", "", ""},
		{"no other party", "Real Madrid midfielder David Beckham has moved to a new house.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("A headline about the events\n\n" + tt.sentence + "\n\n" + otherVoices))
			if err != nil {
				t.Fatal(err)
			}
			g := newGenerator(a, facts.Extract(a))
			g.actor(0)
			if tt.prompt == "" {
				for _, q := range g.out {
					t.Errorf("asked %q (answer %q)", q.Prompt, q.Answer)
				}
				return
			}
			if len(g.out) != 1 {
				t.Fatalf("%d questions; want 1 asking %q", len(g.out), tt.prompt)
			}
			q := g.out[0]
			if q.Prompt != tt.prompt || q.Answer != tt.answer {
				t.Errorf("asked %q (answer %q)\nwant  %q (answer %q)", q.Prompt, q.Answer, tt.prompt, tt.answer)
			}
			if len(q.Choices) < 3 || !slices.Contains(q.Choices, q.Answer) || !slices.Contains(q.Choices, "Marvin Davis") {
				t.Errorf("choices %q; want the answer and the article's other voices", q.Choices)
			}
		})
	}
	for _, body := range []string{
		// past the opening paragraph: background
		"The talks went on.\n\nFrench stock market regulator AMF has filed complaints against media giant Vivendi Universal.\n\n" + otherVoices,
		// a body among people only is picked without reading
		"French stock market regulator AMF has filed complaints against media giant Vivendi Universal.\n\n" +
			"\"We will fight this,\" said Marvin Davis, an investor. \"The talks were hard,\" said Helen Okafor, a lawyer.\n",
	} {
		a, err := article.Parse([]byte("A headline about the events\n\n" + body))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		for i := range a.Sentences {
			if strings.Contains(a.Sentences[i].Text, "AMF") {
				g.actor(i)
			}
		}
		for _, q := range g.out {
			t.Errorf("asked %q (choices %q)", q.Prompt, q.Choices)
		}
	}
}

// otherVoices are an actor question's wrong options: people and a body.
const otherVoices = "\"We will fight this,\" said Marvin Davis, an investor. \"The talks were hard,\" said Helen Okafor, a lawyer. " +
	"\"We will appeal,\" said a spokesman for Deutsche Bank.\n"

// A number that opens a clause of a named speaker's claim is asked as
// whose figure it is; a number in passing, or in no one's words, is not.
func TestClaimedFigure(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a figure in a named speaker's claim",
			"Charles Kennedy, the party leader, said the rebate did nothing. He said the recent experience of Wales indicated seven million households in England would pay more after revaluation.",
			"According to Charles Kennedy, how many households in England would pay more after revaluation?"},
		{"a figure in no one's words",
			"Charles Kennedy, the party leader, said the rebate did nothing. Seven million households in England would pay more after revaluation.", ""},
		{"a figure that does not open its clause",
			"Charles Kennedy, the party leader, said the rebate did nothing. He said the plan would help seven million households in England.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse([]byte("Kennedy criticises taxes\n\n" + tt.body + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			an := facts.Extract(a)
			g := newGenerator(a, an)
			for _, f := range an.Facts {
				if f.Kind == facts.Quantity {
					g.claimedFigure(f)
				}
			}
			got := ""
			for _, q := range g.out {
				got = q.Prompt
				if v := Check(q, "7 million").Verdict; v != Correct {
					t.Errorf("7 million: %s; want correct", v)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
