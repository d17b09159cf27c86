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
