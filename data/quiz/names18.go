package quiz

import (
	"slices"
	"strings"
)

// Names as held-out set 18 wrote them (docs/quality.md, 2026-12-02):
// "the education director" passed to "Who is the city's education
// director?", the article's description of the man keyed read as his
// name, though it only says again what the question asked; and "the
// Canterbury Trust" passed for the "South Canterbury Community Trust",
// though Canterbury is more than South Canterbury. Tables:
// TestHeldOutEighteenEchoedDescriptions, TestHeldOutEighteenCompassNames.

// echoesWhoQuestion reports whether an answer to "Who …?" has no word of
// its own beyond the question's: "the education director" to "Who is the
// city's education director?". The article's descriptions of the person
// keyed name them, but not to a question that asks who has that
// description. A question offering a choice ("… the mayor or the
// council?") is left to the other checks.
func echoesWhoQuestion(q Question, norm string) bool {
	if !asksWho(q.Prompt) || strings.Contains(q.Prompt, " or ") || strings.ContainsAny(norm, "0123456789") {
		return false
	}
	words := contentWordList(norm)
	if len(words) == 0 {
		return false
	}
	asked := contentWordList(Normalize(q.Prompt))
	for _, w := range words {
		if !slices.Contains(asked, w) {
			return false
		}
	}
	// A key word for word in the question ("Who … Anele Dlamini or …")
	// is left to the key.
	for _, acc := range q.Accepted {
		if looksLikeName(acc) && Normalize(acc) == norm {
			return false
		}
	}
	return true
}

// compassOpeners open the names of places and bodies that a part of
// another's has: South Canterbury, North Yorkshire, West Midlands.
var compassOpeners = wordSet("north south east west northern southern eastern western")

// compassLetters are the points of the compass written short: "N.
// Korea", "NE England", "Sth Canterbury".
var compassLetters = wordSet("n s e w ne nw se sw nth sth")

// missingCompassWord reports whether an answer gives the name a key's
// point of the compass opens without that point: "the Canterbury Trust"
// for "South Canterbury Community Trust", "Australia" for "South
// Australia", "London" for "west London" — the whole, of which the key
// is a part: partly right at most (set 3's and set 6's reviewers say
// so). Where the question names the point itself, or the answer holds a
// key entire, it is left to the other checks.
func missingCompassWord(q Question, norm string) bool {
	if !slices.ContainsFunc(q.Accepted, compassMarks.in) {
		return false // most keys name no point of the compass
	}
	words := strings.Fields(norm)
	prompt := strings.Fields(Normalize(q.Prompt))
	missing := false
	for _, acc := range q.Accepted {
		key := strings.Fields(Normalize(acc))
		if containsPhrase(norm, strings.Join(key, " ")) {
			return false
		}
		for i := 0; i+1 < len(key); i++ {
			point, name := key[i], key[i+1]
			if !compassOpeners[point] || compassOpeners[name] || stopWords[name] || slices.Contains(prompt, point) {
				continue
			}
			if slices.Contains(words, name) && onlyWordsOf(norm, key) && !compassMarks.in(norm) && !slices.ContainsFunc(words, func(w string) bool { return compassLetters[w] }) {
				missing = true
			}
		}
	}
	return missing
}

// onlyWordsOf reports whether every content word of a normalised answer
// is one of the key's words: "the Canterbury Trust" has only words of
// "South Canterbury Community Trust", "an expert at the US-Korea
// Institute" others.
func onlyWordsOf(norm string, key []string) bool {
	for _, w := range contentWordList(norm) {
		if !slices.Contains(key, w) {
			return false
		}
	}
	return true
}
