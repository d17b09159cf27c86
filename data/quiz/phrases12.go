package quiz

import "strings"

// Phrases as held-out set 12 wrote them (docs/quality.md, 2026-12-02): a
// letter held down ("the mooon"), and an answer that repeats the
// question's own "not" ("not the moon" to "What did he say the union was
// not asking for?"). Table: TestHeldOutTwelvePhrases.

// withoutTripledLetters writes a letter typed three times or more in a
// row inside a word as two: no English word has three ("the mooon",
// "pleeease"). Left alone: figures ("1000"), a word of one letter
// ("zzz"), Roman numerals ("VIII", "King Malcolm III"), and web and mail
// addresses ("www.bbc.co.uk").
func withoutTripledLetters(answer string) string {
	if !hasTripledLetter(answer) {
		return answer // most answers: no split, no copy
	}
	words := strings.Split(answer, " ")
	for i, w := range words {
		if !hasTripledLetter(w) || strings.ContainsAny(w, "./@") || romanOrOneLetter(w) {
			continue
		}
		var b strings.Builder
		for j := 0; j < len(w); j++ {
			if j >= 2 && isASCIILetter(w[j]) && lowerASCII(w[j]) == lowerASCII(w[j-1]) && lowerASCII(w[j]) == lowerASCII(w[j-2]) {
				continue
			}
			b.WriteByte(w[j])
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// hasTripledLetter reports whether s has one letter three times in a row.
func hasTripledLetter(s string) bool {
	for i := 2; i < len(s); i++ {
		if c := lowerASCII(s[i]); isASCIILetter(c) && c == lowerASCII(s[i-1]) && c == lowerASCII(s[i-2]) {
			return true
		}
	}
	return false
}

// romanOrOneLetter reports whether a word's letters are all one letter,
// or all Roman numerals.
func romanOrOneLetter(w string) bool {
	w = strings.Trim(strings.ToLower(w), ",;:!?'\"()")
	if w == "" {
		return true
	}
	one, roman := true, true
	for i := 0; i < len(w); i++ {
		one = one && w[i] == w[0]
		roman = roman && strings.IndexByte("ivxlcdm", w[i]) >= 0
	}
	return one || roman
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// echoesNegation reports whether an answer's negation only repeats the
// question's: to "What was the union not asking for?", "not the moon" and
// "they are not asking for the moon" name what was not asked for, and
// say no opposite of the key. The answer must hold as many negations as
// the question, no more.
func echoesNegation(prompt, norm string) bool {
	asked := negationsIn(Normalize(prompt))
	return asked > 0 && negationsIn(norm) == asked
}

// negationsIn counts the negating words of a normalised text.
func negationsIn(norm string) int {
	n := 0
	for w := range strings.FieldsSeq(norm) {
		if negators[w] || isContraction(w) {
			n++
		}
	}
	return n
}
