package quiz

// Choosing the quiz from the candidate questions.

import (
	"hash/fnv"
	"slices"
	"sort"
	"strings"

	"github.com/lede-app/lede/data/facts"
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

// Limits on a quiz's mix: numbers are at most about a quarter of it,
// and questions that share one fixed set of options stay few.
const (
	minScore        = 60 // below this a candidate is not worth a student's time
	numberShare     = 4  // at most one question in numberShare is a number
	maxTrapQuestion = 2
	maxSourcing     = 4
)

// maxSameOptions is how many questions of a quiz may offer one set of
// options: asked "Who is Pervan?", "Who is Gonsalves?" and "Who is
// Bergman?" among the same four posts, the last is answered by
// elimination (spot84, G); a second of two leaves three choices.
const maxSameOptions = 2

// pick fills up to n places greedily by score, with questions that pass
// every gate, at most one question per
// evidence sentence, lowering a kind's score each time it is chosen so
// that the quiz mixes kinds, and the score of the yes/no answer that is
// ahead so that yes and no stay balanced. It never repeats an answer
// other than yes or no, and leaves a place empty rather than fill it
// with a candidate below minScore: a shorter quiz beats a padded one. It
// returns them in reading order.
func pick(all []Question, n int) []Question {
	// Scores do not change here, and a candidate below minScore is never
	// allowed: leaving those out first spares the rest of the tests on
	// every candidate for every place.
	pool := slices.DeleteFunc(slices.Clone(all), func(q Question) bool { return q.score < minScore })
	sort.SliceStable(pool, func(i, j int) bool { return pool[i].ID < pool[j].ID })
	var chosen []Question
	usedKind := map[Kind]int{}
	usedSource := map[string]int{}
	usedKey := map[string]bool{}
	answers := map[string]int{}
	prompts := map[string]bool{}
	value := func(q Question) int {
		v := q.score - 12*usedKind[q.Kind]
		if usedKind[q.Kind] == 0 {
			v += 15 // every kind the article allows, once, before repeats
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
	// answerOf is what makes two answers one: "The article does not say
	// who" and "People the article does not name" teach one thing, and a
	// student who spots the pattern could guess the second.
	answerOf := func(q Question) string {
		if q.Answer == noHolder || q.Answer == someoneNotNamed {
			return strings.ToLower(notNamed)
		}
		return strings.ToLower(q.Answer)
	}
	allowed := func(q Question) bool {
		switch {
		case usedKey[q.key] || prompts[q.Prompt]:
			return false
		case q.Kind != YesNo && answers[answerOf(q)] > 0:
			return false // no two questions with one answer
		case q.Kind == WhatIsWrong && usedKind[WhatIsWrong] >= maxTrapQuestion:
			return false
		case countFunc(chosen, func(c Question) bool { return sameOptions(c, q) }) >= maxSameOptions:
			return false
		case slices.ContainsFunc(chosen, func(c Question) bool { return showsOptionOf(c, q) || showsOptionOf(q, c) }):
			return false // another question shows an option's sentence, with its source (ab92, ab93: G)
		case slices.ContainsFunc(chosen, func(c Question) bool { return showsSentenceOf(c, q) || showsSentenceOf(q, c) }):
			return false // an option that shows a sentence answers a question on it (r104, G)
		case sameStake(q.Source) && slices.ContainsFunc(chosen, func(c Question) bool { return sameStake(c.Source) }):
			return false // "why weigh X's claim?" beside the trap question on the same side's stake: one answers the other (r96, G)
		case q.Source == string(sourcingKind) && usedSource[q.Source] >= maxSourcing:
			return false
		case oneAQuiz[q.Source] && usedSource[q.Source] >= 1:
			return false // one of each: a second hedged claim is guessed from the first
		case q.Source == string(statedKind) && usedSource[string(asFactKind)]+usedSource[string(claimFirstKind)]+usedSource[string(sourceFirstKind)] == 0:
			return false // the plain footing is there to be told from a hedged one
		}
		return q.score >= minScore
	}
	for len(chosen) < n {
		bi := -1
		for i, q := range pool {
			if allowed(q) && (bi < 0 || value(q) > value(pool[bi])) {
				bi = i
			}
		}
		if bi < 0 {
			break
		}
		q := pool[bi]
		if !passesGates(q) {
			// Checked only for the candidate about to be asked: most
			// candidates are never reached, and the gates are not free.
			pool = append(pool[:bi], pool[bi+1:]...)
			continue
		}
		chosen = append(chosen, q)
		usedKind[q.Kind]++
		usedSource[q.Source]++
		usedKey[q.key] = true
		prompts[q.Prompt] = true
		if q.Kind == YesNo {
			answers[q.Answer]++
		} else {
			answers[answerOf(q)]++
		}
		pool = append(pool[:bi], pool[bi+1:]...)
	}
	chosen = capNumbers(chosen)
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].order < chosen[j].order })
	return chosen
}

// capNumbers drops the weakest number questions until they are at most
// one in numberShare of the quiz (one is always allowed).
func capNumbers(chosen []Question) []Question {
	for {
		numbers, weakest := 0, -1
		for i, q := range chosen {
			if q.Kind == HowMany {
				numbers++
				if weakest < 0 || q.score < chosen[weakest].score {
					weakest = i
				}
			}
		}
		if numbers <= 1 || numbers*numberShare <= len(chosen) {
			return chosen
		}
		chosen = append(chosen[:weakest:weakest], chosen[weakest+1:]...)
	}
}

// countFunc counts the questions keep accepts.
func countFunc(qs []Question, keep func(Question) bool) int {
	n := 0
	for _, q := range qs {
		if keep(q) {
			n++
		}
	}
	return n
}

// sameOptions reports whether two multiple-choice questions offer one set
// of options.
func sameOptions(a, b Question) bool {
	if len(a.Choices) == 0 || len(a.Choices) != len(b.Choices) {
		return false
	}
	for _, c := range a.Choices {
		if !slices.Contains(b.Choices, c) {
			return false
		}
	}
	return true
}

// showsOptionOf reports whether question from shows, in its prompt, its
// options or its explanation, the words of one of the options of q, an
// own-voice question — with its source beside them, so that q is
// answered by elimination: "Which of these does the article give as
// someone's claim?" beside a question whose option reads "Michael
// Madden … said Jong-un is desperate …" (ab92, ab93: G three times).
//
// The same holds for "which of these has given no comment?": a question
// that names one of its options — quoting them, asking about their
// claim — shows that they spoke (ab92, G: another question's
// explanation listed both people as speaking).
func showsOptionOf(from, q Question) bool {
	if q.Source != string(ownVoiceKind) && q.Source != string(silenceKind) || from.ID == q.ID {
		return false
	}
	shown := strings.ToLower(from.Prompt + "\x00" + strings.Join(from.Choices, "\x00") + "\x00" + from.Explanation)
	return slices.ContainsFunc(q.Choices, func(c string) bool { return strings.Contains(shown, strings.ToLower(c)) })
}

// showsSentenceOf reports whether question from shows, among its
// options, the sentence q asks about, where q asks how that sentence
// credits its claim — which the option, shown with its credit or as
// someone's claim, answers. A trap question on the sentence asks
// something else, and stays (bbc-politics-288's side clearing itself
// beside "which of these does not name who says so?").
func showsSentenceOf(from, q Question) bool {
	return q.Sentence >= 0 && slices.Contains(from.shows, q.Sentence) && asksCredit(q)
}

// asksCredit reports whether q asks on whose word its sentence's claim
// rests: its footing, or its unnamed source or holder.
func asksCredit(q Question) bool {
	return strings.HasPrefix(q.Prompt, footingPrompt) || q.Source == string(sourcingKind) || q.Source == string(unheldKind)
}

// oneAQuiz are the sources asked at most once a quiz: a second hedged
// claim is answered from the first.
//
// What someone would not promise or say ("Did X say whether …? No") is
// one a quiz too: a second, on another person, repeats the pattern and
// its answer (held-out h6, V).
var oneAQuiz = map[string]bool{string(asFactKind): true, string(claimFirstKind): true, string(sourceFirstKind): true, string(facts.Attribution): true,
	string(withheldKind): true}

// sameStake reports whether a question of this source asks about a
// speaker's stake: the stake question, or the trap question on an
// interested party or on research paid for by one ("a Toshiba study
// found" beside "why weigh Toshiba's manager's claim?": r98, G).
func sameStake(source string) bool {
	return source == string(interestKind) || source == "flag:"+string(facts.InterestedParty) || source == "flag:"+string(facts.FundingConflict)
}
