package quiz

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/facts"
)

// everyStatement runs the speaker check on every statement of the article.
func everyStatement(g *generator) {
	for _, f := range g.an.Facts {
		if f.Kind == facts.Statement {
			g.speakerCheck(f)
		}
	}
}

// "Did X say …?" is asked of a person's claim: Yes of its speaker where
// the sentence does not give the name the prompt does, or No of another
// person the article quotes (the claim's hash chooses), never No of
// someone the claim names or who stands beside the speaker's name, and
// never of a body or of a quotation too short to stand alone.
func TestSpeakerCheck(t *testing.T) {
	const (
		hart = "Tom Hart, the trade minister, spoke in Leeds on Monday. "
		lee  = ` "We will appeal against the ruling in the High Court next month," said Ann Lee, the firm's lawyer.`
	)
	for _, c := range []struct {
		name, body, want, answer string
	}{
		{"its own speaker, by surname", hart + `"The rules on imports will change completely within the next two years," said Mr Hart.` + lee,
			"According to the article, did Tom Hart say “The rules on imports will change completely within the next two years”?", "Yes"},
		{"its own speaker, named in full beside the words", hart + `"The rules on imports will change completely within the next two years," said Tom Hart.` + lee, "", ""},
		{"another person the article quotes", hart + `"The rules on all imports will change completely within the next two years," said Mr Hart.` + lee,
			"According to the article, did Ann Lee say “The rules on all imports will change completely within the next two years”?", "No"},
		{"reported speech", hart + `Mr Hart said that the rules on all imports would change completely within two years.` + lee,
			"According to the article, did Ann Lee say that the rules on all imports would change completely within two years?", "No"},
		{"not No of someone named beside the speaker", hart + `"The rules on all imports will change completely within the next two years," said Mr Hart. Ann Lee backed Tom Hart's view.` + lee, "", ""},
		{"not No of the person the claim names", hart + `"Ann Lee will lose the appeal that she has planned for next month," said Mr Hart.` + lee, "", ""},
		{"a body's words", hart + `"The rules on imports will change completely within the next two years," the Trade Office said.` + lee, "", ""},
		{"a short quotation", hart + `"That would be a disaster," said Mr Hart.` + lee, "", ""},
		{"words denied, not said", hart + `Mr Hart denied that the rules on imports would change completely within two years.` + lee, "", ""},
	} {
		got, answer := "", ""
		for _, q := range askedOf(t, "Trade row\n\n"+c.body+"\n", everyStatement) {
			if q.Sentence == 1 {
				got, answer = q.Prompt, q.Answer
			}
		}
		if got != c.want || answer != c.answer {
			t.Errorf("%s: got %q (%s), want %q (%s)", c.name, got, answer, c.want, c.answer)
		}
	}
}

// A quiz holds at most maxVoiceDrills of them (one), and never two about
// one person.
func TestSpeakerChecksCapped(t *testing.T) {
	check := func(i int, person string, answer bool) Question {
		id := string(rune('a' + i))
		q := yesNo("According to the article, did "+person+" say “"+id+"”?", answer, i, "", 1, 80)
		q.Source, q.key, q.ID, q.asks = string(speakerCheckKind), id, id, person
		return q
	}
	people := []string{"Tom Hart", "Ann Lee", "Ian Dunn", "Sue Gray"}
	var all []Question
	for i, answer := range []bool{true, false, true, false} {
		all = append(all, check(i, people[i], answer))
	}
	if got, want := len(pick(all, 12)), maxVoiceDrills; got != want {
		t.Errorf("chose %d, want %d", got, want)
	}
	same := []Question{check(0, "Tom Hart", true), check(1, "Tom Hart", false)}
	if got := pick(same, 12); len(got) != 1 {
		t.Errorf("two about Tom Hart: chose %d, want 1", len(got))
	}
}

// No "Who said …?" has for its answer the person the headline names: the
// story's subject is the obvious guess, wherever the words stand.
func TestNoWhoQuestionAboutTheHeadlinesSubject(t *testing.T) {
	const body = "Liverpool face a hard spring in Europe after their defeat in the league on Saturday.\n\n" +
		"The club's fans had hoped for a better run after the winter break.\n\n" +
		`Steven Gerrard insisted that he was still fully focused on helping Liverpool to glory this season. ` +
		`"Rafa has still time in front of him to build an even better team," said Jose Mourinho.`
	for _, c := range []struct {
		headline string
		asked    bool
	}{
		{"Gerrard plays down European hopes", false},
		{"Liverpool play down European hopes", true},
	} {
		asked := false
		for _, q := range askedOf(t, c.headline+"\n\n"+body+"\n", func(g *generator) {
			for _, f := range g.an.Facts {
				if f.Kind == facts.Statement {
					g.statement(f)
				}
			}
		}) {
			if q.Kind == Who && q.Sentence == 2 {
				asked = true
			}
		}
		if asked != c.asked {
			t.Errorf("under %q: who-question asked %v, want %v", c.headline, asked, c.asked)
		}
	}
}

// "Who said …?" and "Did X say …?" about one person's one idea are not
// both asked: the first answers the second. About two ideas, both are.
func TestOneVoiceOneIdeaAskedOnce(t *testing.T) {
	who := Question{Kind: Who, Prompt: "Who said that Kilroy-Silk would deliver better as the leader of a eurosceptic party?",
		Answer: "Damian Hockney", Accepted: []string{"Damian Hockney", "Hockney"}, score: 80, key: "a", ID: "a",
		claim: "ex-chatshow host Mr Kilroy-Silk would deliver better as the leader of a eurosceptic party"}
	check := func(claim string) Question {
		q := yesNo("According to the article, did Hockney say “"+claim+"”?", true, 1, "", 1, 75)
		q.Source, q.key, q.ID, q.asks, q.claim = string(speakerCheckKind), "b", "b", "Hockney", claim
		return q
	}
	same := check("I believe that Robert Kilroy-Silk can deliver better as a leader of a eurosceptic party than the current leader")
	other := check("The assembly will vote on the budget for the police next week")
	if got := pick([]Question{who, same}, 12); len(got) != 1 {
		t.Errorf("one idea: chose %d, want 1", len(got))
	}
	if got := pick([]Question{who, other}, 12); len(got) != 2 {
		t.Errorf("two ideas: chose %d, want 2", len(got))
	}
}

// At most two questions of a quiz offer one set of options: the third
// would be answered by elimination.
func TestOneSetOfOptionsAtMostTwice(t *testing.T) {
	posts := []string{"WMC chairman", "WMC chief executive", "Executive at Xstrata", "Daiwa Securities analyst"}
	var all []Question
	for i, name := range []string{"Tommie Bergman", "Andrew Michelmore", "Marc Gonsalves", "Mark Pervan"} {
		id := string(rune('a' + i))
		all = append(all, Question{Kind: Choice, Prompt: "Who is " + name + ", according to the article?",
			Answer: posts[i], Accepted: []string{posts[i]}, Choices: shuffled(posts, name), score: 80, key: id, ID: id})
	}
	if got := pick(all, 12); len(got) != maxSameOptions {
		t.Errorf("chose %d with one set of options, want %d", len(got), maxSameOptions)
	}
}

// A quiz holds at most maxRoleQuestions "Who is X?" and maxVoiceDrills
// questions on whose words are whose, however many are made.
func TestRecallDrillsCapped(t *testing.T) {
	var all []Question
	for i := range 5 {
		id := string(rune('a' + i))
		all = append(all,
			Question{Kind: ShortAnswer, Prompt: "Who is " + id + "?", Answer: "post " + id, Accepted: []string{"post " + id},
				Source: string(roleKind), score: 80, key: "r" + id, ID: "r" + id},
			Question{Kind: Who, Prompt: "Who said " + id + "?", Answer: "person " + id, Accepted: []string{"person " + id},
				Source: string(facts.Statement), score: 80, key: "w" + id, ID: "w" + id})
	}
	roles, drills := 0, 0
	for _, q := range pick(all, 12) {
		if q.Source == string(roleKind) {
			roles++
		} else {
			drills++
		}
	}
	if roles != maxRoleQuestions || drills != maxVoiceDrills {
		t.Errorf("chose %d role and %d voice questions, want %d and %d", roles, drills, maxRoleQuestions, maxVoiceDrills)
	}
}

// A "Who is X?" whose post another question of the quiz shows gives way —
// to another "Who is …?" if there is one — and the other question stays,
// whatever their scores.
func TestPostGivenAwayGivesWay(t *testing.T) {
	role := func(id, name, post string, score int) Question {
		return Question{Kind: ShortAnswer, Prompt: "Who is " + name + ", according to the article?", Answer: post,
			Accepted: []string{post}, Source: string(roleKind), score: score, key: id, ID: id}
	}
	who := Question{Kind: Who, Prompt: "Who said “the bid is likely in the next two weeks”?", Answer: "Mark Pervan",
		Accepted: []string{"Mark Pervan"}, Source: string(facts.Statement), score: 70, key: "w", ID: "w",
		Explanation: "Mark Pervan did: “‘If a bid is going to emerge it is probably likely in the next one to two weeks,’ said Daiwa Securities analyst Mark Pervan.”"}
	given := role("r1", "Mark Pervan", "Daiwa Securities analyst", 90)
	other := role("r2", "Tommie Bergman", "WMC chairman", 65)
	got := pick([]Question{given, who, other}, 12)
	var ids []string
	for _, q := range got {
		ids = append(ids, q.ID)
	}
	if !slices.Equal(ids, []string{"w", "r2"}) && !slices.Equal(ids, []string{"r2", "w"}) {
		t.Errorf("chose %v, want the who-question and the other post", ids)
	}
}

// However many posts another question gives away, the quiz is chosen
// again a bounded number of times and keeps none of them.
func TestPostsGivenAwayAreLeftOut(t *testing.T) {
	var all []Question
	var posts []string
	for i := range 50 {
		id := fmt.Sprintf("r%d", i)
		post := fmt.Sprintf("analyst number %d", i)
		posts = append(posts, post)
		all = append(all, Question{Kind: ShortAnswer, Prompt: "Who is person " + id + "?", Answer: post,
			Accepted: []string{post}, Source: string(roleKind), score: 90 - i%10, key: id, ID: id})
	}
	all = append(all, Question{Kind: Who, Prompt: "Who said it?", Answer: "A", Accepted: []string{"A"},
		Source: string(facts.Statement), score: 70, key: "w", ID: "w", Explanation: strings.Join(posts, "; ")})
	got := pick(all, 12)
	if len(got) != 1 || got[0].ID != "w" {
		t.Errorf("chose %d questions, the first %q; want only the who-question", len(got), got[0].ID)
	}
}

// "Who is Abubakar Shekau?" gives way beside "Who claims his group is
// holding the hostage?", whose answer it names.
func TestRoleNamingAWhoAnswerGivesWay(t *testing.T) {
	role := Question{Kind: ShortAnswer, Prompt: "Who is Abubakar Shekau, according to the article?", Answer: "Boko Haram leader",
		Accepted: []string{"Boko Haram leader"}, Source: string(roleKind), score: 90, key: "r", ID: "r"}
	who := Question{Kind: Who, Prompt: "Who claims that his group is “holding your German hostage”?", Answer: "Abubakar Shekau",
		Accepted: []string{"Abubakar Shekau", "Shekau"}, Source: string(facts.Statement), score: 70, key: "w", ID: "w"}
	if got := pick([]Question{role, who}, 12); len(got) != 1 || got[0].ID != "w" {
		t.Errorf("chose %d questions; want only the who-question", len(got))
	}
}
