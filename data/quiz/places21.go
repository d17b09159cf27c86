package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// A wider place for the one asked, as held-out set 21 wrote it
// (docs/quality.md): "maine" passed for "Portland, Maine" to "In which
// city is the company based?", "Wellington" for "Sky Stadium
// (Wellington)" to "At which stadium was the final played?" — every word
// of the answer is the key's, so the key's words decided. The writer
// wants a place at the level asked. Where the question asks which city,
// town, stadium, park … and a key names that place, then a wider one
// after a comma or in brackets, an answer that has only the wider
// place's words is wrong; the place asked, with or without the wider
// one, stays right (TestHeldOutTwentyOnePlaceLevel).

// asksPlaceLevel finds a question that asks for a place of one level:
// "In which city …?", "At which stadium …?", "What town …?".
var asksPlaceLevel = lazyre.New(`(?i)\b(?:which|what)\s+(?:city|town|village|suburb|district|neighbou?rhood|stadium|venue|ground|arena|park|street|road|hospital|school|port|harbou?r|island)\b`)

// widerPlaceOnly reports whether an answer names only the wider place of
// a key "place, wider place" or "place (wider place)", to a question
// that asks for the place.
func widerPlaceOnly(q Question, answer string) bool {
	if !asksPlaceLevel.MatchString(q.Prompt) {
		return false
	}
	words := contentWordList(Normalize(answer))
	if len(words) == 0 {
		return false
	}
	asked := contentWordList(Normalize(q.Prompt))
	wider := false
	for _, acc := range q.Accepted {
		i := strings.IndexAny(acc, ",(")
		if i <= 0 {
			return false // a key that is one place: its words decide
		}
		head, tail := contentWordList(Normalize(acc[:i])), contentWordList(Normalize(acc[i:]))
		has := func(list []string) func(string) bool {
			return func(w string) bool {
				return slices.ContainsFunc(list, func(k string) bool { return sameStem(w, k) })
			}
		}
		named := false
		for _, w := range head {
			if !has(asked)(w) && has(words)(w) {
				named = true // "Portland", "Sky"
			}
		}
		if named {
			return false
		}
		if len(tail) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !has(tail)(w) }) {
			wider = true
		}
	}
	return wider
}

// A place after the question's own preposition, as held-out set 21 wrote
// it: "off lofoten" to "Off which islands was the reef found?" was partly
// right, "off" read as a word the key lacks, though "lofoten" alone
// passed. An answer that opens with the preposition the question opens
// with is read without it (TestHeldOutTwentyOnePlaceLevel).

// askedPreposition finds the preposition a question opens with, before
// "which" or "what": "Off which islands …?", "Near what town …?".
var askedPreposition = lazyre.New(`(?i)^\s*(off|in|at|near|from|on|to|into|across|under|along|beside|outside|inside|behind|opposite)\s+(?:which|what)\b`)

// withoutAskedPreposition returns an answer without the preposition the
// question opens with; ok is false where it does not open with it.
func withoutAskedPreposition(q Question, answer string) (string, bool) {
	m := askedPreposition.FindStringSubmatch(q.Prompt)
	if m == nil {
		return "", false
	}
	first, rest, ok := strings.Cut(strings.TrimSpace(answer), " ")
	if !ok || !strings.EqualFold(first, m[1]) || strings.TrimSpace(rest) == "" {
		return "", false
	}
	return rest, true
}
