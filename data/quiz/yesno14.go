package quiz

import "strings"

// Yes/no answers as held-out set 14 wrote them (docs/quality.md,
// 2026-12-02). Table: TestHeldOutFourteenYesNo.

// antonyms are words that say the opposite of one another, with no
// prefix to show it (oppositeWordAnswer reads "unlikely", "illegal").
var antonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, pair := range [][2]string{
		{"open", "closed"}, {"open", "shut"}, {"alive", "dead"}, {"true", "false"}, {"full", "empty"},
		{"guilty", "innocent"}, {"present", "absent"}, {"safe", "dangerous"}, {"won", "lost"}, {"win", "lose"},
		{"allowed", "banned"}, {"allowed", "forbidden"}, {"public", "private"}, {"rising", "falling"},
		{"increased", "decreased"}, {"increase", "decrease"}, {"rose", "fell"}, {"accepted", "rejected"},
		{"passed", "rejected"}, {"approved", "rejected"},
		// The question asks in the present, the answer tells the past:
		// "Canterbury lost." to "Did Canterbury win the final?" (held-out
		// set 23).
		{"win", "lost"}, {"lose", "won"}, {"pass", "failed"}, {"passed", "failed"}, {"rise", "fell"}, {"fall", "rose"},
		{"approve", "rejected"}, {"accept", "rejected"},
	} {
		m[pair[0]] = append(m[pair[0]], pair[1])
		m[pair[1]] = append(m[pair[1]], pair[0])
	}
	return m
}()

// antonymAnswer reports whether a short answer with no yes or no in it
// gives the opposite of a word of the question, and not the word itself:
// "it's closed" or "shut" to "Is the museum open at the moment?" (held-out
// set 14). It says no as plainly as "no" does. Four words at most: a
// longer answer says more than the one word.
func antonymAnswer(prompt, norm string) bool {
	words := strings.Fields(norm)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	asked := map[string]bool{}
	for _, w := range strings.Fields(Normalize(prompt)) {
		asked[w] = true
	}
	opposite := false
	for _, w := range words {
		if asked[w] && antonyms[w] != nil {
			return false // "it's open but …": the question's own word
		}
		for _, a := range antonyms[w] {
			opposite = opposite || asked[a]
		}
	}
	return opposite
}
