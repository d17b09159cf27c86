package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Names as held-out set 14 wrote them (docs/quality.md, 2026-12-02).
// Tables: TestHeldOutFourteenCodes.

// codeWord finds a code of letters and figures: "A5", "M25", "BA2490",
// "F-35", or "A 380" with its letters in capitals (so that "in 2021" is
// no code).
var codeWord = lazyre.New(`\b(?:([A-Za-z]{1,3})-?|([A-Z]{1,3})\s)(\d{1,5})\b`)

// codesIn returns the codes in s as upper-case letters and figures.
func codesIn(s string) []string {
	if !hasDigit(s) {
		return nil
	}
	var out []string
	for _, m := range codeWord.FindAllStringSubmatch(s, 4) {
		out = append(out, strings.ToUpper(m[1]+m[2])+" "+m[3])
	}
	return out
}

// otherCode reports whether an answer gives a code with a key's figures
// but other letters, and none of the keys' codes: "the M5" for "the A5"
// passed, the key's "A" read as the article "a" and the answer's "M" as
// one more word beside the key's 5.
func otherCode(q Question, answer string) bool {
	typed := codesIn(answer)
	if len(typed) == 0 {
		return false
	}
	other := false
	for _, acc := range q.Accepted {
		for _, k := range codesIn(acc) {
			_, kd, _ := strings.Cut(k, " ")
			for _, t := range typed {
				if t == k {
					return false
				}
				if _, td, _ := strings.Cut(t, " "); td == kd {
					other = true
				}
			}
		}
	}
	return other
}

// otherNameAround reports whether an answer holds a name's words in
// another order with a capitalised word of its own among them: "Arizona
// State University" is another university than the "University of
// Arizona" (held-out set 14), where "the University of Arizona in Tucson"
// and "Arizona University" are the one. key is the key's content words.
func otherNameAround(acc, answer string, key []string) bool {
	if strings.Count(acc, " ") < 2 || !startsWithCapital(acc) {
		return false
	}
	for w := range strings.FieldsSeq(acc) {
		if !initialsSkip[strings.ToLower(w)] && !startsWithCapital(w) {
			return false
		}
	}
	fields := strings.Fields(answer)
	first, last, prev := -1, -1, -1
	reordered := false
	for i, f := range fields {
		w := Normalize(f)
		k := slices.IndexFunc(key, func(k string) bool { return sameWord(w, k) })
		if k < 0 {
			continue
		}
		if k < prev {
			reordered = true
		}
		prev = k
		if first < 0 {
			first = i
		}
		last = i
	}
	if !reordered {
		return false
	}
	// Among the key's words, or right before them ("Northern Arizona
	// University"; not "Dr Okoro, Arizona University").
	if first > 0 && !strings.ContainsAny(fields[first-1], ",;:.") {
		first--
	}
	for _, f := range fields[first:last] {
		w := Normalize(f)
		if startsWithCapital(f) && !slices.ContainsFunc(key, func(k string) bool { return sameWord(w, k) }) && !initialsSkip[w] && len(contentWordList(w)) > 0 {
			return true
		}
	}
	return false
}

// namesInFull reports whether a normalised answer holds a key of two
// words or more whole: "a software engineer from Leeds called Tomasz
// Nowak", "a nursery worker, Amira Yusuf", "a SpaceX Falcon Heavy rocket"
// name the one the key names, though they open with "a" (held-out set
// 14); "a software engineer" names no one, nor does "a UKIP spokesman",
// though the article calls the one the key names that: only a key that
// is a proper name counts.
func namesInFull(q Question, norm string) bool {
	for _, acc := range q.Accepted {
		if a := Normalize(acc); strings.Contains(a, " ") && isProperName(strings.TrimPrefix(acc, "the ")) && containsPhrase(norm, a) {
			return true
		}
	}
	return false
}

// lawYear finds the year a law's name ends with: "the Housing and
// Planning Act 2016", "the Civil Rights Act of 1964".
var lawYear = lazyre.New(`(?i)\b(?:act|bill|treaty|convention|accord|agreement)\s+(?:of\s+)?((?:1[5-9]|20)\d\d)\b`)

// onlyLawYears reports whether a key's numbers are all the years its law
// is named with, which an answer may leave out: "Housing and Planning
// Act" for "the Housing and Planning Act 2016" (held-out set 14). An
// answer with another year stays wrong: the number checks judge it.
func onlyLawYears(acc string, keyNums []float64) bool {
	if !hasDigit(acc) {
		return false
	}
	ms := lawYear.FindAllStringSubmatch(acc, -1)
	if len(ms) != len(keyNums) {
		return false
	}
	for _, m := range ms {
		if v, _ := textnum.Parse(m[1]); !slices.Contains(keyNums, v) {
			return false
		}
	}
	return true
}
