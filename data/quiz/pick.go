package quiz

// Choosing the quiz from the candidate questions.

import (
	"hash/fnv"
	"sort"
)

// shuffled orders choices by a hash of each choice and the prompt: mixed
// up, so the answer is not always first, yet the same on every run.
func shuffled(choices []string, salt string) []string {
	out := append([]string(nil), choices...)
	key := func(s string) uint64 {
		h := fnv.New64a()
		h.Write([]byte(salt + "\x00" + s))
		return h.Sum64()
	}
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

// pick fills n places greedily by score, at most one question per
// evidence sentence, lowering a kind's score each time it is chosen so
// that the quiz mixes kinds, and the score of the yes/no answer that is
// ahead so that yes and no stay balanced; it returns them in reading
// order.
func pick(all []Question, n int) []Question {
	pool := append([]Question(nil), all...)
	sort.SliceStable(pool, func(i, j int) bool { return pool[i].ID < pool[j].ID })
	var chosen []Question
	usedKind := map[Kind]int{}
	usedKey := map[string]bool{}
	answers := map[string]int{}
	value := func(q Question) int {
		v := q.score - 12*usedKind[q.Kind]
		if usedKind[q.Kind] == 0 {
			v += 15 // every kind the article allows, once, before repeats
		}
		if q.Kind != YesNo {
			v -= 15 * answers[q.Answer] // not "Jack Ma" three times over
		}
		if q.Kind == YesNo {
			other := "Yes"
			if q.Answer == "Yes" {
				other = "No"
			}
			v -= 10 * max(0, answers[q.Answer]-answers[other])
		}
		return v
	}
	for len(chosen) < n {
		bi := -1
		for i, q := range pool {
			if !usedKey[q.key] && (bi < 0 || value(q) > value(pool[bi])) {
				bi = i
			}
		}
		if bi < 0 {
			break
		}
		q := pool[bi]
		chosen = append(chosen, q)
		usedKind[q.Kind]++
		usedKey[q.key] = true
		answers[q.Answer]++
		pool = append(pool[:bi], pool[bi+1:]...)
	}
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].order < chosen[j].order })
	return chosen
}
