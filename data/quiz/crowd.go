package quiz

// "Who gives the figure of about 300 fans?" A crowd's size is the figure
// news disputes most often — organisers count more, police fewer — and
// an article that gives one with no source leaves the reader to ask who
// counted. Reviewers asked for it (r10, bbc-business-224: "the unsourced
// crowd figure of about 300 would have made a better question" than its
// relative date). The question is asked only where no one nearby could
// have given the count.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// crowdKind marks questions about who counted a crowd.
const crowdKind facts.Kind = "crowd-figure"

// crowdCount finds a rough count of people who gathered: "About 300
// fans protested outside …", "some 2,000 people marched". Group 1 is the
// figure as the prompt gives it: the rough word, the number, the
// people.
var crowdCount = lazyre.New(`(?i)\b((?:about|around|some|roughly|nearly|almost|more than|over|up to|an estimated|as many as)\s+\d[\d,]*\s+` +
	`(?:fans|protesters|protestors|demonstrators|people|supporters|marchers|mourners|activists|campaigners|residents|workers|students))\s+` +
	`(?:\p{Ll}+\s+){0,2}?(?:protested|gathered|marched|rallied|demonstrated|turned out|took to the streets|lined the streets|staged)\b`)

// crowdExample must be asked, crowdNearMiss not: its crowd is counted
// exactly, by the gate.
const (
	crowdExample  = "About 300 fans protested outside the ground on Saturday afternoon."
	crowdNearMiss = "A crowd of 300 fans protested outside the ground on Saturday afternoon."
)

// crowdFigure asks who gives sentence i's rough count of a crowd, where
// neither the sentence nor the ones beside it in its paragraph credit
// anyone: the article's named people are the wrong options.
func (g *generator) crowdFigure(i int) {
	s := g.a.Sentences[i]
	if n := article.CountWords(s.Text); n < 6 || n > 45 || strings.HasSuffix(s.Text, "?") {
		return
	}
	m := crowdCount.FindStringSubmatch(s.Text)
	if m == nil || g.spoken(s.Text, i) || g.speakerNear(i) {
		return
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(g.a.Sentences) && g.a.Sentences[j].Block == s.Block && g.spoken(g.a.Sentences[j].Text, j) {
			return // "Police said …" beside it may be whose count it is
		}
	}
	choices := g.notNamedOptions(noHolder, s.Text, func(string) bool { return true })
	if len(choices) < 3 {
		return
	}
	prompt := fmt.Sprintf("Who gives the figure of %s, according to the article?", strings.ToLower(m[1][:1])+m[1][1:])
	q := Question{Kind: Choice, Prompt: prompt, Answer: noHolder, Accepted: []string{noHolder},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: i, Difficulty: 2, score: 80,
		Explanation: fmt.Sprintf("The article gives the figure with no source: %s Crowd sizes are often disputed — "+
			"organisers tend to count more, police fewer — so a careful reader asks who counted.", quoteText(s.Text)),
		Reason: "a crowd figure the article gives no source for"}
	g.add(q, facts.Fact{Kind: crowdKind, Subject: noHolder, Claim: s.Text})
}
