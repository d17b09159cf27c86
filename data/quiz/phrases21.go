package quiz

import (
	"slices"
	"strings"
)

// Everyday words for the key's, as held-out set 21 wrote them
// (docs/quality.md): "to save cash" for "To save money", "a bottle top
// of water" for "A bottle cap of water", "the generator got too hot" for
// "A generator overheated", "reply" for "To respond", "roman ruins" for
// "Roman remains" — partly right or wrong, the everyday word read as a
// word the key lacks. Each group below is words that say the same thing
// in an answer; where a key has one of a group and an answer another
// (and not the key's), the answer's is read as the key's, and the rest
// of the answer still decides (TestHeldOutTwentyOneSameMeaning).

// sameMeaning are the groups of words, and phrases, that say the same.
// A phrase of several words is written with spaces.
var sameMeaning = [][]string{
	{"money", "cash"},
	{"cap", "top", "lid"},
	{"remains", "ruins"},
	{"overheated", "got too hot", "became too hot", "overheating"},
	{"respond", "reply", "answer"},
	{"responded", "replied", "answered"},
}

// withKeysMeaning writes an answer's word from a group of sameMeaning as
// the key's word of that group, where the key has one and the answer
// has another, not the key's.
func withKeysMeaning(q Question, answer string) string {
	norm := " " + Normalize(answer) + " "
	changed := false
	for _, group := range sameMeaning {
		for _, acc := range q.Accepted {
			key := " " + Normalize(acc) + " "
			i := slices.IndexFunc(group, func(w string) bool { return strings.Contains(key, " "+w+" ") })
			if i < 0 {
				continue
			}
			for j, w := range group {
				if j != i && strings.Contains(norm, " "+w+" ") && !strings.Contains(norm, " "+group[i]+" ") {
					norm = strings.Replace(norm, " "+w+" ", " "+group[i]+" ", 1)
					changed = true
				}
			}
			break
		}
	}
	if !changed {
		return answer
	}
	return strings.TrimSpace(norm)
}
