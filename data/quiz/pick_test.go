package quiz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

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

// An own-voice question and one that shows an option's sentence with its
// source are not both asked: the second answers the first.
func TestOwnVoiceOptionShownElsewhere(t *testing.T) {
	own := Question{ID: "o", Kind: Choice, Source: string(ownVoiceKind), key: "o", score: 90,
		Prompt:  "Which of these does the article give as someone's claim, rather than state as fact in its own words?",
		Answer:  "Jong-un is desperate to build ties with Europe",
		Choices: []string{"Jong-un is desperate to build ties with Europe", "The chain has opened in Asia", "The outlets send money home"}}
	among := Question{ID: "a", Kind: WhatIsWrong, key: "a", score: 80, Prompt: "Which of these sentences does not tell you by name who says so?",
		Answer:  "Experts claim Kim could open a restaurant.",
		Choices: []string{"Experts claim Kim could open a restaurant.", "Michael Madden said Jong-un is desperate to build ties with Europe."}}
	other := Question{ID: "b", Kind: YesNo, key: "b", score: 70, Prompt: "Did the embassy comment?", Answer: "No", Accepted: []string{"no"}}
	if got := pick([]Question{own, among, other}, 12); len(got) != 2 {
		t.Errorf("chose %d questions; want 2 (the own-voice question or the one showing its option, not both)", len(got))
	}
}

// "Which of these has given no comment?" is not asked beside a question
// that names one of its options as speaking: that one has spoken.
func TestSilentOptionShownSpeaking(t *testing.T) {
	silent := Question{ID: "s", Kind: Choice, Source: string(silenceKind), key: "s", score: 90,
		Prompt: "Which of these has given no comment or view, according to the article?", Answer: "The embassy",
		Choices: []string{"The embassy", "Michael Madden", "Jenny Town"}}
	among := Question{ID: "a", Kind: WhatIsWrong, key: "a", score: 80, Prompt: "Which of these sentences does not tell you by name who says so?",
		Answer: "Experts claim Kim could open a restaurant.", Choices: []string{"Experts claim Kim could open a restaurant.", "A chain has opened in Asia."},
		Explanation: "The others name who says so: Michael Madden and Jenny Town."}
	other := Question{ID: "b", Kind: Choice, key: "b", score: 70, Prompt: "In what way does the article say that the chain opened?", Answer: "As a fact",
		Choices: []string{"As a fact", "As a forecast"}}
	if got := pick([]Question{silent, among, other}, 12); len(got) != 2 {
		t.Errorf("chose %d questions; want 2 (the silence question or the one naming its options as speakers, not both)", len(got))
	}
	among.Explanation = "Nobody is named for this."
	if got := pick([]Question{silent, among, other}, 12); len(got) != 3 {
		t.Errorf("chose %d questions; want 3 when no question names a silence option", len(got))
	}
}

// The stake question and the trap question on an interested party are
// not both asked: one answers the other.
func TestOneStakeQuestion(t *testing.T) {
	stake := Question{ID: "s", Kind: Choice, Source: string(interestKind), key: "s", score: 84, Prompt: "Why should a reader weigh this claim by Lindsay with care?",
		Answer: "Lindsay speaks for Wigan", Choices: []string{"Lindsay speaks for Wigan", "Lindsay is only guessing"}}
	trap := Question{ID: "t", Kind: WhatIsWrong, Source: "flag:interested-party", key: "t", score: 80, Prompt: "What should a careful reader notice about this sentence?",
		Answer: "It comes from the side that gains", Choices: []string{"It comes from the side that gains", "It gives no date"}}
	if got := pick([]Question{stake, trap}, 12); len(got) != 1 {
		t.Errorf("chose %d; want 1", len(got))
	}
	// Research paid for by the speaker's firm is the same stake told
	// another way (r98: "a Toshiba study found" beside Toshiba's manager).
	trap.Source = "flag:" + string(facts.FundingConflict)
	if got := pick([]Question{stake, trap}, 12); len(got) != 1 {
		t.Errorf("with a funding trap: chose %d; want 1", len(got))
	}
}

// A question on a sentence with a trap flagged outscores one as good on a
// sentence without, so that the quiz asks about a trap where it can; a
// trap question keeps its own score.
func TestFlaggedSentenceBreaksTies(t *testing.T) {
	a, err := article.Parse([]byte("Arrest in Beirut\n\nThe army detained a woman at the border in Arsal. A senior security official said she had been travelling with her daughter.\n"))
	if err != nil {
		t.Fatal(err)
	}
	an := facts.Extract(a)
	if len(an.Flags) == 0 || an.Flags[0].Sentence != 1 {
		t.Fatalf("flags %+v; want one on the second sentence", an.Flags)
	}
	g := newGenerator(a, an)
	for i, kind := range []Kind{Choice, Choice, WhatIsWrong} {
		g.add(Question{Kind: kind, Prompt: fmt.Sprint("q", i), Answer: "a", Sentence: min(i, 1), score: 80}, facts.Fact{Kind: "test"})
	}
	plain, flagged, trap := g.out[0].score, g.out[1].score, g.out[2].score
	if flagged-plain != flaggedBonus || trap != plain {
		t.Errorf("scores: plain %d, flagged %d, trap question %d; want the flagged one %d higher, the trap question as the plain one", plain, flagged, trap, flaggedBonus)
	}
}

// "Who is the source of this claim?" quotes the claim without the words
// that answer it: an unnamed speaker opening or closing the sentence is
// taken off, where what is left stands alone.
// One unnamed person credited at a sentence's end is "someone", not
// "people" (held-out h24-05, K).
func TestOneUnnamedLast(t *testing.T) {
	for text, want := range map[string]bool{
		"“Once the series finished, the audience moved on,” the source said.":           true,
		"The label had lost patience by the summer, one executive added.":               true,
		"The label had lost patience by the summer, sources said.":                      false,
		"“Once the series finished, the audience moved on,” said Kev Doherty.":          false,
		"The label had lost patience by the summer, two executives told the newspaper.": false,
	} {
		if got := oneUnnamedLast.MatchString(text); got != want {
			t.Errorf("oneUnnamedLast(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestWithoutUnnamedSpeaker(t *testing.T) {
	for _, c := range []struct{ text, cue, want string }{
		{"A senior Lebanese security official said al-Baghdadi's wife had been traveling with one of their daughters.", "official said",
			"Al-Baghdadi's wife had been traveling with one of their daughters."},
		{"The second wife of the group's leader is being questioned in military detention in Lebanon, security officials revealed.", "officials revealed",
			"The second wife of the group's leader is being questioned in military detention in Lebanon"},
		{"Some witnesses say that Wilson began shooting after Brown fled.", "witnesses say", // too short alone
			"Some witnesses say that Wilson began shooting after Brown fled."},
		{"Michael Madden said the regime was incensed at a film about the assassination of its leader.", "analysts said", // the cue is elsewhere
			"Michael Madden said the regime was incensed at a film about the assassination of its leader."},
		{"The company reportedly told managers about the plan at a meeting on Thursday.", "reportedly", // no speaker, and no claim after "told"
			"The company reportedly told managers about the plan at a meeting on Thursday."},
		{"Two senior officials told managers about the plan at a meeting on Thursday in the city.", "officials told",
			"Two senior officials told managers about the plan at a meeting on Thursday in the city."},
		{"It is believed the regime was incensed at a film about the assassination of its leader.", "it is believed",
			"It is believed the regime was incensed at a film about the assassination of its leader."},
		// A credit set off by commas after the claim (held-out h12-10, h14-06).
		{"Orrin is in talks to buy Chirrup for $2.3 billion, according to people familiar with the matter, in what would be its largest deal.", "according to people familiar",
			"Orrin is in talks to buy Chirrup for $2.3 billion, in what would be its largest deal."},
		// The cue the people themselves, "according to" before them (held-out h20).
		{"The deal values the brewery at about £40m, according to people close to the talks.", "people close to",
			"The deal values the brewery at about £40m."},
		// A quotation, then its unnamed speaker (held-out h24-05).
		{"“Once the series finished, the audience moved on to the next thing,” the source said.", "source said",
			"Once the series finished, the audience moved on to the next thing"},
		{"“Once the series finished, the audience moved on to the next thing,” Kev Doherty said.", "source said",
			"“Once the series finished, the audience moved on to the next thing,” Kev Doherty said."},
		// Whom the unnamed source told goes with them (held-out h30-05, W).
		{"One engineer, who asked not to be named, told the BBC the upgrade had been rushed through and that staff had raised concerns.", "who asked not to be named",
			"The upgrade had been rushed through and that staff had raised concerns."},
		{"One engineer, who asked not to be named, told reporters the upgrade had been rushed through by managers.", "who asked not to be named",
			"The upgrade had been rushed through by managers."},
		{"Dulaimi was one of 150 women released in March, according to media reports at the time.", "according to media reports",
			"Dulaimi was one of 150 women released in March, according to media reports at the time."}, // reports are no people (r138, K)
	} {
		if got := withoutUnnamedSpeaker(c.text, c.cue); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A credit set off after the claim credits the whole of it, and the
// explanation quotes it whole.
func TestCreditSetOffAfterTheClaim(t *testing.T) {
	text := "orrin is in talks to buy Chirrup for $2.3 billion, according to people familiar with the matter, in what would be its largest deal."
	if !mainClauseCue(text, "according to people familiar") {
		t.Error("a credit set off after the claim is not read as the main clause's")
	}
	if mainClauseCue("the deal, which would be worth more than the firm has made in ten years according to people familiar with it, will close soon.", "according to people familiar") {
		t.Error("a side clause's cue read as the main clause's")
	}
	if got := fullCredit("Orrin is in talks, according to people familiar with the matter, in what would be …", "according to people familiar"); got != "according to people familiar with the matter" {
		t.Errorf("fullCredit = %q", got)
	}
	// The cue read as the people themselves is quoted with its "according to" (r155, W).
	if got := fullCredit("The deal values the brewery at about £40m, according to people close to the talks.", "people close to"); got != "according to people close to the talks" {
		t.Errorf("fullCredit = %q", got)
	}
	// The credit's own "the": "source said" alone read as a fragment (r179).
	if got := fullCredit("“Audiences moved on,” the source said.", "source said"); got != "the source said" {
		t.Errorf("fullCredit = %q", got)
	}
}

// "Who believes that …?" reports the belief without an opening that
// states it with no one in it, as written, where the rest stands alone.
func TestAfterEmptyHolder(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"It is estimated that £500,000 is needed to buy the Grade II listed building.", "£500,000 is needed to buy the Grade II listed building."},
		{"And it is believed promoters will make stars agree not to perform the songs again.", "promoters will make stars agree not to perform the songs again."},
		{"And it is believed promoters will make stars agree not to perform such tunes on stage.", ""}, // which tunes?
		{"It is believed he knew.", ""},                                         // too short alone
		{"The bridge is thought to be unsafe by the engineers who saw it.", ""}, // no empty opening
	} {
		if got, _ := afterEmptyHolder(c.text); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A belief cut from its "It is understood that" is reported, never
// quoted: in quotation marks it misquoted the article (r118, W).
func TestUnheldReportsACutBelief(t *testing.T) {
	text := "Festival short of money\n\nFestival director Ruth Abernethy said the board would meet on Monday to decide what to cut.\n\n" +
		"The Northbay film festival lost £40,000 when its main sponsor pulled out in March.\n\n" +
		"It is understood that organisers have held early talks with a regional arts body about making up the shortfall.\n\n" +
		"The festival has run every autumn since 1998 in the town's old picture house.\n\n" +
		"Councillor Tom Reed said the council could not offer more money this year.\n"
	qs := askedOf(t, text, func(g *generator) {
		for i := range g.a.Sentences {
			g.unheld(i)
		}
	})
	if len(qs) != 1 {
		t.Fatalf("%d questions, want 1", len(qs))
	}
	for _, q := range qs {
		if strings.Contains(q.Prompt, "“") || !strings.HasPrefix(q.Prompt, "Who says that organisers have held early talks") {
			t.Errorf("prompt %q", q.Prompt)
		}
	}
}

// A question that shows a sentence among its options is not asked beside
// one on how that sentence credits its claim: "Michael Madden … said
// Jong-un is desperate …" as an option answers "in what way does the
// article say that Jong-un is desperate …?" (r104, G). A trap question
// on the same sentence asks something else and stays.
func TestOptionSentenceAnswersItsFooting(t *testing.T) {
	among := Question{ID: "a", Kind: WhatIsWrong, key: "s1", Sentence: 1, score: 90, shows: []int{4},
		Prompt: unnamedAmongPrompt, Answer: "Experts claim Kim could open a restaurant.",
		Choices: []string{"Experts claim Kim could open a restaurant.", "Michael Madden said Jong-un is desperate to build ties with Europe."}}
	footing := Question{ID: "f", Kind: Choice, Source: string(sourceFirstKind), key: "s4", Sentence: 4, score: 80,
		Prompt: footingPrompt + "Jong-un is desperate to build ties with Europe?", Answer: footingOptions[creditedFooting],
		Choices: []string{footingOptions[creditedFooting], footingOptions[statedFooting]}}
	trap := Question{ID: "t", Kind: WhatIsWrong, Source: "flag:interested-party", key: "s4", Sentence: 4, score: 80,
		Prompt: "What should a careful reader notice about this sentence: “Michael Madden said Jong-un is desperate”?", Answer: "It comes from the side that gains"}
	if got := pick([]Question{among, footing}, 12); len(got) != 1 {
		t.Errorf("chose %d questions; want 1 (the option shows the footing question's sentence with its source)", len(got))
	}
	if got := pick([]Question{among, trap}, 12); len(got) != 2 {
		t.Errorf("chose %d questions; want 2 (a trap question on the shown sentence asks something else)", len(got))
	}
}

// The quoted sentence of a trap question keeps its full stop out of the
// quotation the question mark closes: "… a large IS unit”?", not
// "… unit.”?" (r103, r104: W).
func TestTrapPromptEndsOnce(t *testing.T) {
	qs := askedOf(t, "Strikes\n\nOn Tuesday, the U.S. Central Command said U.S. military forces conducted four airstrikes that destroyed IS fighting positions and a large IS unit.\n\nThe group denied it.\n",
		func(g *generator) {
			for _, fl := range g.an.Flags {
				g.whatIsWrong(fl)
			}
		})
	if len(qs) == 0 {
		t.Fatal("no trap question on a military's account of its own strikes")
	}
	for _, q := range qs {
		if strings.Contains(q.Prompt, ".”?") {
			t.Errorf("prompt ends twice: %q", q.Prompt)
		}
	}
	for text, want := range map[string]string{
		"The firm will cut 300 jobs.":                          "The firm will cut 300 jobs",
		`Trump said they "are going to do some great things."`: `Trump said they "are going to do some great things"`,
		"Trump said they ‘are going to do great things.’":      "Trump said they ‘are going to do great things’",
		"Is it true?": "Is it true?",
	} {
		if got := withoutFullStop(text); got != want {
			t.Errorf("withoutFullStop(%q) = %q, want %q", text, got, want)
		}
	}
}
