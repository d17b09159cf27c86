package quiz

import "testing"

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
}
