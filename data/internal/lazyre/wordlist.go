package lazyre

import "strings"

// A long case-insensitive alternation of words, (?i)\b(?:said|says|…)\b,
// takes Go's regexp the slow way: no literal prefix, so it is tried at
// every place of the text, each place against every word. Lede asks
// such a pattern only whether a sentence holds one of its words, which a
// look-up of the sentence's words in a set answers at once (WordList).

// WordList finds any of a list of words, as the pattern
// (?i)\b(?:w1|w2|…)\b does (String), or \b(?:w1|w2|…)\b for a list made
// by NewCasedWordList: each entry is a word of ASCII letters, or words
// of them joined by single spaces ("set to"), found where it stands
// whole.
type WordList struct {
	cased bool            // entries are found only as written, not in any case
	words map[string]bool // entries of one word, folded
	// phrases holds the entries of more words, by their first word
	// folded: the words after it.
	phrases map[string][][]string
	longest int     // the longest word's length, in bytes
	re      *Regexp // the same list as a pattern, for the rare texts the look-up cannot read
}

// NewWordList makes the list; it panics on an entry with a character
// other than an ASCII letter or a single space between words.
func NewWordList(entries ...string) *WordList { return newWordList(false, entries) }

// NewCasedWordList makes a list whose entries are found only as written,
// as \b(?:w1|w2|…)\b finds them.
func NewCasedWordList(entries ...string) *WordList { return newWordList(true, entries) }

func newWordList(cased bool, entries []string) *WordList {
	l := &WordList{cased: cased, words: map[string]bool{}, phrases: map[string][][]string{}}
	for _, e := range entries {
		words := strings.Split(e, " ")
		for i, w := range words {
			if !asciiLetters(w) {
				panic("lazyre.NewWordList: not words of ASCII letters: " + e)
			}
			if !cased {
				words[i] = strings.ToUpper(w)
			}
			l.longest = max(l.longest, len(w))
		}
		if len(words) == 1 {
			l.words[words[0]] = true
		} else {
			l.phrases[words[0]] = append(l.phrases[words[0]], words[1:])
		}
	}
	flags := "(?i)"
	if cased {
		flags = ""
	}
	l.re = New(flags + `\b(?:` + strings.Join(entries, "|") + `)\b`)
	return l
}

func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// String returns the pattern the list finds as.
func (l *WordList) String() string { return l.re.String() }

// MatchString reports whether text holds one of the list's entries, as
// the pattern's MatchString does.
//
// \b is ASCII (a boundary between [0-9A-Za-z_] and anything else), so
// an entry stands whole where it is a whole run of ASCII word bytes, and
// the words of a phrase are such runs one space apart. In any case, an
// ASCII letter of the pattern matches only its two ASCII cases and two
// runes more: "ſ" (U+017F) for s and "K" (U+212A KELVIN SIGN) for k, which
// are not word characters to \b and would make a match the runs do not
// show. A text with either is left to the pattern; any other rune at
// or above U+0080 only ever separates words. (A cased list's letters
// match only themselves.)
func (l *WordList) MatchString(text string) bool {
	if !l.cased && (strings.Contains(text, "\u017f") || strings.Contains(text, "\u212a")) {
		return l.re.MatchString(text)
	}
	for start := 0; start < len(text); {
		w, end := nextRun(text, start)
		if w == "" {
			break
		}
		if l.holds(text, w, end) {
			return true
		}
		start = end
	}
	return false
}

// holds reports whether an entry starts with the run w, which ends at
// byte end of text.
func (l *WordList) holds(text, w string, end int) bool {
	if len(w) > l.longest {
		return false
	}
	if l.cased {
		return l.words[w] || l.anyFollows(text, end, l.phrases[w])
	}
	var buf [32]byte
	folded := upperASCII(buf[:0], w) // on the stack for words of up to 32 bytes
	return l.words[string(folded)] || l.anyFollows(text, end, l.phrases[string(folded)])
}

// anyFollows reports whether one of rests follows byte end of text.
func (l *WordList) anyFollows(text string, end int, rests [][]string) bool {
	for _, rest := range rests {
		if l.followedBy(text, end, rest) {
			return true
		}
	}
	return false
}

// followedBy reports whether the runs after byte end of text are words,
// each after a single space, in any case unless the list is cased.
func (l *WordList) followedBy(text string, end int, words []string) bool {
	for _, want := range words {
		if end >= len(text) || text[end] != ' ' {
			return false
		}
		w, next := nextRun(text, end+1)
		if next-len(w) != end+1 || !(w == want || !l.cased && strings.EqualFold(w, want)) {
			return false
		}
		end = next
	}
	return true
}

// nextRun returns the first run of ASCII word bytes in text at or after
// byte from, and where it ends; "" when there is none.
func nextRun(text string, from int) (string, int) {
	i := from
	for i < len(text) && !isWordByte(text[i]) {
		i++
	}
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	return text[i:j], j
}

// upperASCII appends w to dst with its ASCII letters in upper case.
func upperASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
