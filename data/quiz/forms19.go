package quiz

import (
	"regexp"
	"strings"
	"sync"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Two written forms held-out set 19 used (docs/quality.md, 2026-12-02).
//
// A key's hyphenated word written as two: "calle calle river" was
// refused for "the Calle-Calle River", though "Calle Calle" alone and
// "the Calle-Calle river" were accepted. Where a key has a hyphenated
// word, the same two halves with a space between are that word. Table:
// TestHeldOutNineteenHyphenatedWords.
//
// A key's hyphenated word as its initials: "waiting for new AC units" was
// partly right for "… new air-conditioning units". The initials of a
// hyphenated word's parts, in capitals, are that word. Table:
// TestHeldOutNineteenHyphenatedWords.
//
// Seconds and minutes as marks: `38"` was refused for "38 seconds". Where
// a key is a time in seconds (or minutes), a figure with a double mark
// (or a single one) is that many. Table: TestHeldOutNineteenTimeMarks.

// hyphenated finds a key's hyphenated words.
var hyphenated = lazyre.New(`\pL+(?:-\pL+)+`)

// withKeyHyphens writes, in answer, the halves of each of the keys'
// hyphenated words as that word: "calle calle river" is "calle-calle
// river".
func withKeyHyphens(q Question, answer string) string {
	if !strings.Contains(answer, " ") {
		return answer
	}
	for _, acc := range q.Accepted {
		if !strings.Contains(acc, "-") {
			continue
		}
		for _, w := range hyphenated.FindAllString(acc, -1) {
			parts := strings.Split(w, "-")
			if !mayHoldAll(answer, parts) {
				answer = withInitialsOf(answer, w)
				continue // no need to build the pattern: a fifth of all checking time went on compiling it
			}
			for i := range parts {
				parts[i] = regexp.QuoteMeta(parts[i])
			}
			re, err := compiledOnce(`(?i)(^|[^\pL])` + strings.Join(parts, `\s+`) + `($|[^\pL])`)
			if err != nil {
				continue
			}
			answer = re.ReplaceAllString(answer, "${1}"+w+"${2}")
			answer = withInitialsOf(answer, w)
		}
	}
	return answer
}

// compiled holds the patterns built from keys' words, compiled once:
// every check of an answer to a key with a hyphenated word built and
// compiled the same two patterns again — a third of all checking time
// (pprof of BenchmarkCheckTable, 2026-12-03). Keys are few, so the map
// stays small; it is emptied past maxCompiled all the same.
var (
	compiledMu sync.Mutex
	compiled   = map[string]*regexp.Regexp{}
)

const maxCompiled = 4096

// compiledOnce returns src compiled, from the cache where it has been.
func compiledOnce(src string) (*regexp.Regexp, error) {
	compiledMu.Lock()
	defer compiledMu.Unlock()
	if re, ok := compiled[src]; ok {
		return re, nil
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, err
	}
	if len(compiled) >= maxCompiled {
		clear(compiled)
	}
	compiled[src] = re
	return re, nil
}

// mayHoldAll reports whether text may hold every part, in any case: false
// only where text and the part are plain ASCII and the part is not in
// it, so that a case-insensitive pattern of the parts could not match
// (beyond ASCII, Unicode's case folding decides, and the answer is yes).
func mayHoldAll(text string, parts []string) bool {
	if !isASCII(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, p := range parts {
		if isASCII(p) && !strings.Contains(lower, strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// timeMark finds a figure with a mark for seconds or minutes: 38" (or
// two single marks, or the double prime), 4' (or the prime).
var timeMark = lazyre.New(`^([0-9]+(?:\.[0-9]+)?)\s*("|''|″|'|′)$`)

// keyUnit finds a key in seconds or minutes.
var keyUnit = lazyre.New(`(?i)\b(?:seconds?|secs?|minutes?|mins?)\b`)

// withTimeMarks writes a figure with a time's mark as seconds or minutes,
// as the key gives them: `38"` is "38 seconds".
func withTimeMarks(q Question, answer string) string {
	m := timeMark.FindStringSubmatch(strings.TrimSpace(answer))
	if m == nil {
		return answer
	}
	for _, acc := range q.Accepted {
		u := strings.ToLower(keyUnit.FindString(acc))
		if u == "" {
			continue
		}
		seconds := strings.HasPrefix(u, "s")
		switch m[2] {
		case `"`, "''", "″":
			if seconds {
				return m[1] + " seconds"
			}
		default:
			if !seconds {
				return m[1] + " minutes"
			}
		}
	}
	return answer
}

// withInitialsOf writes, in answer, the initials of a hyphenated word's
// parts, in capitals and standing alone, as that word: "AC" is
// "air-conditioning". Parts of one letter give no initials.
func withInitialsOf(answer, word string) string {
	var initials strings.Builder
	for _, p := range strings.Split(word, "-") {
		r := []rune(p)
		if len(r) < 2 {
			return answer
		}
		initials.WriteString(strings.ToUpper(string(r[0])))
	}
	re, err := compiledOnce(`(^|[^\pL])` + initials.String() + `($|[^\pL])`)
	if err != nil {
		return answer
	}
	return re.ReplaceAllString(answer, "${1}"+word+"${2}")
}
