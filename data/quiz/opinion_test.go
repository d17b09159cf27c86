package quiz

import (
	"strings"
	"testing"
)

// Judging words and phrases are found; the same words in their literal
// sense are not.
func TestJudgingWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"This plan is fair, it is green and it is right.", []string{"is fair", "is right"}},
		{"The row had been handled appallingly by his office.", []string{"appallingly"}},
		{"He is a good man and a great servant of the club.", []string{"a good man", "a great servant"}},
		// A superlative of the speaker's own experience is no view to
		// dispute (held-out h7-03, h17-03: K).
		{"It was the hardest decision of my life.", nil},
		{"Leaving him out was one of the hardest calls I have had to make.", nil},
		{"It was the worst decision the board could have taken.", []string{"the worst"}},
		{"Parents should keep screens out of bedrooms.", []string{"should keep"}},
		{"We had a fantastic line-up this year.", []string{"fantastic"}},
		{"The idea is sound, but the proof will come in winter.", []string{"sound"}},
		{"The problem had been ignored for too long.", []string{"too long"}},
		{"These have been difficult months.", nil},
		{"It was a difficult summer for the firm.", nil},
		// Literal senses: no judgement. "Wrong" of a record says it was
		// incorrect (held-out h28-03, K).
		{"We hold our hands up that the figures were wrong.", nil},
		{"The decision was wrong.", []string{"was wrong"}},
		{"The council has the right to refuse the plan.", nil},
		{"A great many people went to the trade fair.", nil},
		{"She had a good idea who the father was.", nil},
		{"The best of the three offers was accepted.", nil},
		{"I should point out that the king has not taken part.", nil},
		{"The company should be able to pay by March.", nil},
		{"Customers who were badly affected should contact its customer services team.", nil}, // an instruction (held-out h30-05)
		{"The Great Western line reopened on Monday.", nil},
		{"The council said the letter was not genuine.", nil},
		{"The firm sold 400 cars in June.", nil},
		{"It is hard to judge the size of the animal.", nil},
		{"She, too, was at the meeting.", nil},
		{"Many fans too believed the report at first.", nil},
		{"They too said the plan was late.", nil},
		{"I think others are playing better rugby.", []string{"I think"}},
		{"That part is not a surprise.", []string{"not a surprise"}},
		{"He was there too and left early.", nil},
		{"The sound of the engine woke the village.", nil},
	} {
		if got := judgingWords(c.text); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("judgingWords(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// opinionArticle quotes one judgement, by someone named, among facts.
const opinionArticle = "Council to close two libraries\n\n" +
	"Marsh Vale council voted on Tuesday to close two of its seven libraries by March.\n\n" +
	"The libraries at Hilltop and Brook Lane lent 41,000 books last year.\n\n" +
	"\"This is a shameful decision that punishes the poorest families in the town,\" said Tom Reed, who runs a reading group at Hilltop.\n\n" +
	"About 300 people signed a petition against the closures in January.\n"

// The pair: the named speaker's judgement is an opinion, the nearest
// plain fact a fact, each with the same two options.
func TestFactOrOpinionPair(t *testing.T) {
	qs := askedOf(t, opinionArticle, (*generator).opinion)
	if len(qs) != 2 {
		t.Fatalf("%d questions, want 2", len(qs))
	}
	op, fact := qs[0], qs[1]
	if op.Answer != opinionOption || !strings.Contains(op.Prompt, "shameful decision") || !strings.Contains(op.Explanation, "Tom Reed's judgement") ||
		!strings.Contains(op.Explanation, "“shameful”") {
		t.Errorf("opinion: %q → %q (%q)", op.Prompt, op.Answer, op.Explanation)
	}
	if !strings.HasPrefix(op.Prompt, "Is what Tom Reed says here a fact") {
		t.Errorf("the opinion is asked of the whole sentence, whose “said Tom Reed” is itself a fact: %q", op.Prompt)
	}
	if fact.Answer != factOption || strings.Contains(fact.Prompt, "shameful") || !strings.HasPrefix(fact.Prompt, "Does this sentence") {
		t.Errorf("fact: %q → %q", fact.Prompt, fact.Answer)
	}
	for _, q := range qs {
		if len(q.Choices) != 2 || len(q.Distractors) != 1 || q.Distractors[0] == q.Answer {
			t.Errorf("%q: choices %q, distractors %q", q.Prompt, q.Choices, q.Distractors)
		}
	}
}

// No pair without both halves: a judgement with no one named for it
// (the pronoun's referent not in the sentence), or no checkable fact
// beside it — a sentence that hedges or characterises is none.
func TestFactOrOpinionNeedsBoth(t *testing.T) {
	for name, text := range map[string]string{
		"speaker not named": strings.Replace(opinionArticle, "said Tom Reed, who runs a reading group at Hilltop", "he said", 1),
		"no plain fact": "Council to close two libraries\n\n" +
			"Marsh Vale council is expected to close two of its seven libraries by March.\n\n" +
			"The furious row over the libraries at Hilltop and Brook Lane has gone on since 2004.\n\n" +
			"\"This is a shameful decision that punishes the poorest families in the town,\" said Tom Reed, who runs a reading group at Hilltop.\n",
		"no judgement": strings.Replace(opinionArticle, "a shameful decision that punishes", "a decision that affects", 1),
		"someone else in the speaker's words": strings.Replace(opinionArticle, "This is a shameful decision that punishes the poorest families in the town",
			"He is a good man and we have let him down", 1),
	} {
		t.Run(name, func(t *testing.T) {
			if qs := askedOf(t, text, (*generator).opinion); len(qs) != 0 {
				t.Errorf("asked %q", qs[0].Prompt)
			}
		})
	}
}

// A fact someone named reports is preferred to one in the article's own
// voice: beside it, "someone said it" does not mark the opinion. What
// they said is shown after "Jo Bell said", not the reporter's whole
// sentence as their words; where it does not read alone after "said"
// ("the decision": which?), the fact is asked of the whole sentence,
// which is a fact too (held-out h28-03, W).
func TestFactOrOpinionPrefersACreditedFact(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Jo Bell, the chief librarian, said the two libraries had lent 12,000 books to schools in 2004.",
			"Is what Jo Bell said — that the two libraries had lent 12,000 books to schools in 2004 — a fact that could be checked, or an opinion?"},
		{"Jo Bell, who has run the service since 2001, said her staff had learned of the decision at a meeting on Tuesday night.",
			"Does this sentence from the article give a fact that could be checked, or an opinion: “Jo Bell, who has run the service since 2001, said her staff had learned of the decision at a meeting on Tuesday night”?"},
	} {
		text := strings.Replace(opinionArticle, "About 300 people signed a petition against the closures in January.", c.sentence, 1)
		qs := askedOf(t, text, (*generator).opinion)
		if len(qs) != 2 || qs[1].Prompt != c.want {
			t.Errorf("asked %d: %v\nwant %q", len(qs), qs, c.want)
		}
	}
}

// The pair takes no sentence another question asks about or shows as an
// option: a quiz asks one question a sentence, and would split the pair.
func TestFactOrOpinionLeavesOthersSentences(t *testing.T) {
	for name, other := range map[string]Question{
		"asked of":         {Sentence: 1}, // "The libraries … lent 41,000 books last year."
		"shown as options": {Sentence: 0, shows: []int{1}},
	} {
		t.Run(name, func(t *testing.T) {
			qs := askedOf(t, opinionArticle, func(g *generator) {
				g.out = append(g.out, other)
				g.opinion()
			})
			if len(qs) != 3 || !strings.Contains(qs[2].Prompt, "petition") {
				t.Fatalf("want the pair's fact on the petition, not on 41,000 books: %d questions, last %q", len(qs), qs[len(qs)-1].Prompt)
			}
		})
	}
}

// A judgement joined to a clause that judges nothing is partly a fact; a
// judgement throughout is not.
func TestPartlyFact(t *testing.T) {
	for text, want := range map[string]bool{
		"Everybody in this sector is facing the same cost pressures, so that part is not a surprise": true,
		"The idea is sound, but the proof lies in the results of 2004":                               true,
		"We have had a good year, and I am particularly pleased with our shops":                      false,
		"The response so far had been encouraging":                                                   false,
		"This is a shameful decision and the town will regret it":                                    false,
		"It is unfair, and it is reckless":                                                           false,
	} {
		if got := partlyFact(text); got != want {
			t.Errorf("partlyFact(%q) = %v, want %v", text, got, want)
		}
	}
}

// A fact's explanation says what makes it checkable: its figures, its
// date, or what was done.
func TestFactExplanation(t *testing.T) {
	for text, want := range map[string]string{
		"The club sold 4,000 season tickets.":         "figures",
		"The council voted in March to close it.":     "and when",
		"The board approved the plan at its meeting.": "what was done, which records or witnesses",
	} {
		if got := factExplanation(text); !strings.Contains(got, want) {
			t.Errorf("factExplanation(%q) = %q, want it to say %q", text, got, want)
		}
	}
}

// A judgement reported in a sentence that also says who the speaker is
// is asked of what they said alone: "who runs a campsite" is a fact
// (r120, K); a reported claim with a fact beside the quoted words is not
// asked at all.
func TestReportedJudgementShownAlone(t *testing.T) {
	judged := strings.Replace(opinionArticle,
		"\"This is a shameful decision that punishes the poorest families in the town,\" said Tom Reed, who runs a reading group at Hilltop.",
		"Sue Padgett, who runs a reading group at Hilltop and has lived in the town since she was a child, said the news was \"a real blow\".", 1)
	qs := askedOf(t, judged, (*generator).opinion)
	if len(qs) != 2 || qs[0].Prompt != "Is what Sue Padgett said — that the news was “a real blow” — a fact that could be checked, or an opinion?" ||
		qs[0].Answer != opinionOption {
		t.Fatalf("asked %v", qs)
	}
	partly := strings.Replace(judged, "said the news was \"a real blow\".",
		"said the news was \"a real blow\" for a town that lost its bank and its post office in the same year.", 1)
	if qs := askedOf(t, partly, (*generator).opinion); len(qs) != 0 {
		t.Errorf("asked %q of a claim that is half a fact", qs[0].Prompt)
	}
}

// A quotation and its speaker named after it shows the quotation alone:
// the prompt names the speaker already (held-out h24-07, W).
func TestQuotationAlone(t *testing.T) {
	for text, want := range map[string]string{
		"“It looks terrible if you don't know what you're looking at, I get that,” said John Carrow, a retired airline captain.": "It looks terrible if you don't know what you're looking at, I get that",
		"\"We will fight this all the way,\" says Ann Reed.":                                                                     "We will fight this all the way",
		"Ann Reed said the decision was \"shameful\" and would cost the town dearly.":                                            "",
		"“It looks terrible,” he said. “But it is safe.”":                                                                        "",
	} {
		got, ok := quotationAlone(text)
		if got != want || ok != (want != "") {
			t.Errorf("quotationAlone(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}
