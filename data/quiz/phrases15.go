package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Phrases as held-out set 15 wrote them (docs/quality.md, 2026-12-02):
// "not encouraging" and "encouraging and conclusive" passed for
// "encouraging but not conclusive"; "plausible, but not proven" was
// refused for "plausible but unproven". Table:
// TestHeldOutFifteenContrasts.

// oppositePrefixes are negativePrefixes and "un": "unproven".
var oppositePrefixes = append([]string{"un"}, negativePrefixes...)

// notFillers may stand between "not" and the word it denies: "not yet
// proven", "not been tested", "not fully funded".
var notFillers = wordSet("yet been fully properly entirely completely")

// withPrefixedNegations writes "not X" in an answer as a key's word
// that is X with a negative prefix: "not proven" and "not yet proven"
// are "unproven", "not conclusive" "inconclusive". Only where a key has
// the prefixed word, and X is four letters or more ("in" + "tend" is no
// negation to find in "not tend").
func withPrefixedNegations(q Question, answer string) string {
	if !strings.Contains(strings.ToLower(answer), "not ") {
		return answer // most answers deny nothing
	}
	opposite := prefixedKeyWords(q, 4)
	if len(opposite) == 0 {
		return answer
	}
	words := strings.Fields(answer)
	var out []string
	for i := 0; i < len(words); i++ {
		if strings.EqualFold(strings.Trim(words[i], ",.;:"), "not") {
			j := i + 1
			for j < len(words)-1 && notFillers[strings.ToLower(words[j])] {
				j++
			}
			if j < len(words) {
				bare := strings.TrimRight(words[j], ",.;:!?")
				if w, ok := opposite[strings.ToLower(bare)]; ok {
					out = append(out, w+words[j][len(bare):])
					i = j
					continue
				}
			}
		}
		out = append(out, words[i])
	}
	return strings.Join(out, " ")
}

// prefixedKeyWords returns the keys' words with a negative prefix, by
// the word without it, of at least min letters: "proven" → "unproven".
// The keys are read a word of letters at a time, in place: most have no
// such word, and this runs at every check.
func prefixedKeyWords(q Question, min int) map[string]string {
	var opposite map[string]string
	for _, acc := range q.Accepted {
		for i := 0; i < len(acc); {
			if !isASCIILetter(acc[i]) {
				i++
				continue
			}
			j := i
			for j < len(acc) && (isASCIILetter(acc[j]) || acc[j] == '-') {
				j++
			}
			word := acc[i:j]
			i = j
			if len(word) < min+2 {
				continue
			}
			for _, p := range oppositePrefixes {
				if len(word) >= len(p)+min && strings.EqualFold(word[:len(p)], p) {
					if opposite == nil {
						opposite = map[string]string{}
					}
					w := strings.ToLower(word)
					opposite[w[len(p):]] = w
				}
			}
		}
	}
	return opposite
}

// saysUnprefixed reports whether an answer that denies nothing has the
// word a key turns round with a negative prefix, and not the key's word:
// "plausible and proven" for "plausible but unproven", "conclusive" for
// "inconclusive". Words of five letters or more ("in" + "come" is no
// opposite).
func saysUnprefixed(q Question, answer string) bool {
	opposite := prefixedKeyWords(q, 5)
	if len(opposite) == 0 {
		return false // most keys turn no word round
	}
	norm := Normalize(answer)
	if negates(norm) {
		return false
	}
	ws := strings.Fields(norm)
	for rest, w := range opposite {
		if slices.Contains(ws, rest) && !slices.Contains(ws, w) {
			return true
		}
	}
	return false
}

// withoutNegators drops the words that deny what follows: "not
// encouraging" is "encouraging".
func withoutNegators(answer string) string {
	var out []string
	for _, w := range strings.Fields(answer) {
		if !negators[strings.ToLower(strings.Trim(w, ",.;:"))] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// pluralsOfLongKey reports whether an answer with more words than a key
// of two words or more has each of them, as written or in the other
// number: "the view from the Glyndŵr's Way path" for "the views from
// Glyndwr's Way", "upper and lower bounds" for "upper bound" (held-out
// set 15). A key of one word must still be there as written:
// "reductions" in a longer answer is not the concept "reduction".
func pluralsOfLongKey(ws, key []string) bool {
	if len(key) < 2 {
		return false
	}
	for _, k := range key {
		if !slices.ContainsFunc(ws, func(w string) bool { return sameWord(w, k) || everydayWord(w, k) || verbAndNoun(w, k) }) {
			return false
		}
	}
	return true
}

// checkAnswerContrast judges an answer that sets what is so against what
// is not ("treated waste water, not groundwater") to a key that sets
// nothing against anything: right when the part that is so is right and
// the part ruled out is not a key's; wrong when the part ruled out is
// the key. ok is false otherwise, and the other checks decide.
func checkAnswerContrast(q Question, answer string) (Verdict, bool) {
	so, not, ok := contrastParts(answer)
	if !ok || slices.ContainsFunc(q.Accepted, contrastMarks.in) {
		return "", false
	}
	notV, _ := checkPhrase(q, not)
	if notV == Correct {
		return Incorrect, true // "groundwater, not treated wastewater"
	}
	// The part ruled out may share the key's words and not all of them
	// ("local bread, not bread that travelled 400 km" for "customers
	// wanted local bread": held-out set 18): it is still not the key.
	if soV, _ := checkPhrase(q, so); soV == Correct && (notV == Incorrect || notV == Partial) {
		return Correct, true
	}
	return "", false
}

// goOnDoing finds "carry on", "keep (on)" or "go on" before a verb in
// "-ing": "carry on grazing", "they'll keep grazing".
var goOnDoing = lazyre.New(`(?i)\b(?:carr(?:y|ies|ied|ying)\s+on|keep(?:s|ing)?(?:\s+on)?|kept(?:\s+on)?|go(?:es)?\s+on|went\s+on)\s+([a-z]+ing)\b`)

// continueMarks are the strings without which a key says nothing goes on.
var continueMarks = newFoldMarks("continu")

// withContinue writes "carry on", "keep" or "go on" doing a thing as
// "continue" doing it, where a key says "continue": "carry on grazing
// between the rows of panels" for "they will continue to graze between
// the rows of panels" (held-out set 15).
func withContinue(q Question, answer string) string {
	if !slices.ContainsFunc(q.Accepted, continueMarks.in) {
		return answer // most keys say nothing goes on
	}
	return goOnDoing.ReplaceAllString(answer, "continue $1")
}

// verbAndNoun reports whether two words are a verb in "-de" and its noun
// in "-sion" on a common stem of five letters or more: "corroded" and
// "corrosion" (held-out set 15). Unlike the other derivations, they
// count as the key's words as written: "corrosion on the steel cables"
// says "corroded cables".
func verbAndNoun(a, b string) bool {
	if verbAndMentNoun(a, b) || verbAndMentNoun(b, a) {
		return true // "recruiting" and "recruitment" (held-out set 16)
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n < 5 {
		return false
	}
	verb := func(e string) bool { return e == "de" || e == "des" || e == "ded" || e == "ding" }
	noun := func(e string) bool { return e == "sion" || e == "sions" }
	return verb(a[n:]) && noun(b[n:]) || noun(a[n:]) && verb(b[n:])
}

// numberedKeys returns, for an answer that gives a number in figures to
// keys of which some give a number and some none, which keys give one:
// the answer is judged by those ("corrosion on all 62 cables" by
// "corrosion on 14 of the 62 steel cables", not by "corroded cables",
// which it passed). nil when the answer gives no figures, or every key
// or none gives a number.
func numberedKeys(q Question, answer string) []bool {
	if len(q.Accepted) < 2 || !hasFigures(answer) {
		return nil // most answers: no figures; most questions: one key
	}
	out := make([]bool, len(q.Accepted))
	some, all := false, true
	for i, acc := range q.Accepted {
		out[i] = hasFigures(acc) || len(numbersOf(acc)) > 0
		some = some || out[i]
		all = all && out[i]
	}
	if !some || all {
		return nil
	}
	var main []float64
	for i, acc := range q.Accepted {
		if out[i] {
			main = append(main, mainNumbers(acc)...)
		}
	}
	if got := numbersOf(answer); len(got) > 0 && !slices.ContainsFunc(got, func(v float64) bool { return !slices.Contains(main, v) }) {
		return nil // "14 of the cables were corroded": the keyed count
	}
	return out
}

// mainNumbers returns a key's numbers but the total a part is counted
// out of: 14 for "corrosion on 14 of the 62 steel cables".
func mainNumbers(key string) []float64 {
	nums := numbersOf(key)
	m := outOfTotal.FindStringSubmatch(key)
	if m == nil {
		return nums
	}
	_, part := textnum.Parse(m[1])
	total, ok := textnum.Parse(m[2])
	if !part || !ok {
		return nums
	}
	return slices.DeleteFunc(nums, func(v float64) bool { return v == total })
}
