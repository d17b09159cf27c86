package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Phrases as held-out set 10 wrote them (docs/quality.md, 2026-12-01,
// night): a contrast after the key, a plural in "-ies", a decade in two
// figures. Table: TestHeldOutTenPhrases.

// sameKeyDecade writes a decade given in two figures ("the 90s", "mid
// '90s") as the key's decade in four ("1990s") when the key names a
// decade ending so; any other decade is left as it was.
func sameKeyDecade(q Question, answer string) string {
	if !strings.Contains(answer, "0s") {
		return answer
	}
	for _, acc := range q.Accepted {
		m := keyDecade.FindStringSubmatch(acc)
		if m == nil {
			continue
		}
		return shortDecade.ReplaceAllStringFunc(answer, func(d string) string {
			sub := shortDecade.FindStringSubmatch(d)
			if sub[2] != m[2] {
				return d
			}
			return sub[1] + m[1] + m[2] + "s"
		})
	}
	return answer
}

// keyDecade finds a decade in four figures, its century apart: "1990s".
var keyDecade = lazyre.New(`\b(1[0-9]|20)([0-9]0)s\b`)

// shortDecade finds a decade in two figures: "90s", "'90s".
var shortDecade = lazyre.New(`(^|[\s-])['’]?([0-9]0)s\b`)

// withoutContrast drops a contrast the answer adds after the whole key:
// "because it was a boy not a girl" says the key and denies something
// else; the "not" is no negation of the key. The words before "not" must
// hold every word of the key and no negation of their own, the words
// after none of the key's.
func withoutContrast(norm string, key []string) string {
	before, after, ok := strings.Cut(norm, " not ")
	if !ok || negates(before) || negates(after) {
		return norm
	}
	if !containsAll(contentWordList(before), key) {
		return norm
	}
	for _, w := range contentWordList(after) {
		for _, k := range key {
			if sameWord(w, k) {
				return norm
			}
		}
	}
	return before
}

// pluralInIes reports whether b is the plural of a that ends in "y":
// "injuries" of "injury", "companies" of "company".
func pluralInIes(a, b string) bool {
	stem, ok := strings.CutSuffix(b, "ies")
	return ok && len(stem) >= 3 && a == stem+"y"
}

// derivedEndings are endings that make one word another part of speech
// with the same meaning: "injured", "injuries", "injury"; "investigated",
// "investigation". Endings for people ("-er", "-ee") are left out:
// "protesters" are not "protests", nor "employers" "employees".
var derivedEndings = []string{"", "y", "ies", "ied", "ed", "d", "ing", "s", "es", "ion", "ions",
	// A verb in "-de" and its noun in "-sion" (held-out set 15): "corroded"
	// and "corrosion", "explode" and "explosion", "conclude" and "conclusion".
	"de", "des", "ded", "ding", "sion", "sions"}

// sameDerivation reports whether two words are one word in endings of
// derivedEndings, on a common stem of five letters or more: "injured" for
// "injuries" (held-out set 10's drafts).
func sameDerivation(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n == 4 && droppedE(a, b, n) {
		return true // "graze" and "grazing" (held-out set 15)
	}
	if n < 5 || hasDigit(a) || hasDigit(b) {
		return false
	}
	return slices.Contains(derivedEndings, a[n:]) && slices.Contains(derivedEndings, b[n:])
}

// droppedE reports whether, on a common stem of n letters, one word is a
// verb in "-e" and the other that verb in "-ing", "-ed" or "-es":
// "graze", "grazing", "grazed" (held-out set 15). Stems of five letters
// or more are derivedEndings' already.
func droppedE(a, b string, n int) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a[n:] == "e" && (b[n:] == "ing" || b[n:] == "ed" || b[n:] == "es") && isLetters(a)
}
