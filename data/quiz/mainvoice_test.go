package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

func mainVoiceOf(t *testing.T, body string) []Question {
	t.Helper()
	a, err := article.Parse([]byte("Leader calls for debate\n\n" + body + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	g.mainVoice()
	return g.out
}

// One person's words fill the article: ask whose, the other people it
// names as wrong options; where two people share it, or words nobody is
// credited with fill it, do not.
func TestMainVoice(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"one voice", `Lord Holme said the broadcasters should decide whether the debate goes ahead this spring.
Tony Blair has not said whether he would take part, and Michael Howard has called for a debate.
Lord Holme said an independent body could set the rules so that they were fair to everyone taking part.
"It would be up to each party leader to accept or refuse the invitation," Lord Holme said.
Lord Holme argued that the prime minister should not have a veto on a matter of public interest.`, "Lord Holme"},
		{"two voices", `Lord Holme said the broadcasters should decide whether the debate goes ahead this spring.
Tony Blair said he would not take part in any debate before the election was called.
Lord Holme said an independent body could set the rules so that they were fair to everyone taking part.
Tony Blair said the party leaders already faced the public every week in the Commons.
Lord Holme argued that the prime minister should not have a veto on a matter of public interest.`, ""},
		{"a transcript nobody is credited with", `Lord Holme said the broadcasters should decide whether the debate goes ahead this spring.
Lord Holme said an independent body could set the rules so that they were fair to everyone taking part.
Lord Holme argued that the prime minister should not have a veto on a matter of public interest.
Tony Blair and Michael Howard appeared on television later.
"We will not be told what to do by broadcasters," one of them says.
"The voters decide how elections are fought," the other says.
"This is a stunt," a voice says.
"Nobody wants it," another says.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := mainVoiceOf(t, tt.body)
			got := ""
			if len(qs) > 0 {
				got = qs[0].Answer
				if len(qs[0].Choices) < 3 {
					t.Errorf("options %q; want three people", qs[0].Choices)
				}
			}
			if got != tt.want {
				t.Errorf("answer %q; want %q", got, tt.want)
			}
		})
	}
}

// A surname two people share names neither for certain: "Smith" is
// Jess Smith, whom the article names in full, not her mother Anji Smith
// (round 58: a main-voice explanation said no one else was quoted).
func TestOneSurnameTwoPeople(t *testing.T) {
	a, err := article.Parse([]byte("Leader calls for debate\n\nJess Smith said she had played the sun baby in the show.\n\n" +
		"\"I have kept it quiet for years,\" Smith wrote on Facebook.\n\n" +
		"\"They just sat her in front of a camera,\" her mother Anji Smith said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var jess, anji []facts.Fact
	for _, f := range facts.Extract(a).ByKind(facts.Statement) {
		if f.Subject == "Anji Smith" {
			anji = append(anji, f)
		} else {
			jess = append(jess, f)
		}
	}
	if len(jess) != 2 || len(anji) != 1 {
		t.Fatalf("statements: Jess %d, Anji %d; want 2 and 1", len(jess), len(anji))
	}
	for _, j := range jess {
		if sameSpeaker(j, anji[0]) || sameSpeaker(anji[0], j) {
			t.Errorf("%q (%q) and Anji Smith taken for one speaker", j.Subject, j.Aliases)
		}
	}
	if !sameSpeaker(jess[0], jess[1]) {
		t.Errorf("Jess Smith and Smith taken for two speakers")
	}
	// A surname of two words is the full name's end: one person.
	a, err = article.Parse([]byte("Leader calls for debate\n\nShe moved near the border, said Mario Abou Zeid, a research analyst in Beirut.\n\n" +
		"\"She was moving inside and outside the country with fake papers,\" Mr Abou Zeid said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	st := facts.Extract(a).ByKind(facts.Statement)
	if len(st) != 2 || !sameSpeaker(st[0], st[1]) || !sameSpeaker(st[1], st[0]) {
		t.Errorf("Mario Abou Zeid and Mr Abou Zeid taken for two speakers: %+v", st)
	}
}

// A club and a channel read as two capitalised words are no people: the
// article writes them as bodies ("Real Madrid midfielder …", "television
// station Canal Plus"), and a league is no person either (round 58).
func TestPeopleOptionsLeaveOutBodies(t *testing.T) {
	a, err := article.Parse([]byte("Beckham rules out management\n\nReal Madrid midfielder David Beckham has no plans to become a manager.\n\n" +
		"\"I would like to have football schools,\" he said on television station Canal Plus.\n\n" +
		"He wants to win La Liga with Real Madrid, and thanked Sir Alex Ferguson and Bobby Charlton.\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	got := g.peopleOptions([]string{"David Beckham"}, "David Beckham")
	for _, body := range []string{"Real Madrid", "Canal Plus", "La Liga"} {
		if slices.Contains(got, body) {
			t.Errorf("options %q hold %q", got, body)
		}
	}
	if !slices.Contains(got, "Alex Ferguson") {
		t.Errorf("options %q; want Alex Ferguson among them", got)
	}
}

// A story whose headline is about its one voice gives that voice away:
// not asked. A headline that credits the voice as its source is asked
// (the voice is then the source, not the subject).
func TestMainVoiceNotTheHeadlinesSubject(t *testing.T) {
	body := `Lord Holme said the broadcasters should decide whether the debate goes ahead this spring.
Tony Blair has not said whether he would take part, and Michael Howard has called for a debate.
Lord Holme said an independent body could set the rules so that they were fair to everyone taking part.
"It would be up to each party leader to accept or refuse the invitation," Lord Holme said.
Lord Holme argued that the prime minister should not have a veto on a matter of public interest.`
	for headline, asked := range map[string]bool{"Holme calls for TV debate": false, "TV debate urged - Holme": true} {
		a, err := article.Parse([]byte(headline + "\n\n" + body + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		g.mainVoice()
		if got := len(g.out) > 0; got != asked {
			t.Errorf("%q: asked %v; want %v", headline, got, asked)
		}
	}
}
