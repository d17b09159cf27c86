package quiz

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
	"golang.org/x/text/unicode/norm"
)

// Normalize folds an answer for comparison: Unicode NFKC (so full-width
// letters, ligatures and non-breaking spaces become plain ones), accents
// dropped ("café" is "cafe", "Schröder" "Schroder"), lower case, curly quotes to straight ones, periods inside abbreviations
// dropped ("U.S." → "us"), other punctuation to spaces, and runs of space
// to one.
func Normalize(s string) string {
	if isNormal(s) {
		return s // "united states", an alias or a key already folded: nothing to copy
	}
	return recentNorms.of(s, fold)
}

// recentNorms keeps the strings Normalize folded last.
var recentNorms recent[string]

// fold is Normalize without its first look.
func fold(s string) string {
	if !isASCII(s) && !onlyPlainMarks(s) {
		s = withoutMarks(norm.NFKC.String(s)) // plain ASCII is its own NFKC form: most answers and keys
	}
	var b strings.Builder
	b.Grow(len(s))
	word := make([]byte, 0, 32) // the word being read, folded
	flush := func() {
		// The word's bytes are trimmed and cleared in place: a string
		// made of each word cost more than the rest of the fold.
		w := bytes.Trim(word, "'")
		if !isDecimal(w) {
			w = withoutDots(w)
		}
		if len(w) > 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.Write(w)
		}
		word = word[:0]
	}
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			word = append(word, byte(r))
		case r >= 'A' && r <= 'Z':
			word = append(word, byte(r+'a'-'A'))
		case r == '’' || r == '‘' || r == '`' || r == '\'':
			word = append(word, '\'')
		case r == '.':
			// "U.S." → "us"; "1.5" keeps its point.
			word = append(word, '.')
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			word = utf8.AppendRune(word, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return b.String()
}

// withoutMarks drops the accents of letters: a student types "cafe" for
// the article's "café", and a keyboard without "ö" writes "Schroder"
// (held-out set 9).
func withoutMarks(s string) string {
	d := norm.NFD.String(strokedLetters.Replace(s))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// strokedLetters are the letters that carry no accent Unicode can take
// off, written as a keyboard without them does: "Sørby" is "Sorby"
// (held-out set 12), "Łódź" "Lodz", "straße" "strasse".
var strokedLetters = strings.NewReplacer("ø", "o", "Ø", "O", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D",
	"ħ", "h", "ı", "i", "æ", "ae", "Æ", "Ae", "œ", "oe", "Œ", "Oe", "ß", "ss", "þ", "th", "Þ", "Th", "ð", "d")

// isNormal reports whether s is its own Normalize form: lower-case
// ASCII letters and digits, in words one space apart.
func isNormal(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// onlyPlainMarks reports whether the only characters of s outside ASCII
// are dashes and curly quotes ("Church–Turing", "Cobham’s"): each is its
// own NFKC form and no accent, so s needs neither pass, which cost more
// than the rest of the fold.
func onlyPlainMarks(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && !strings.ContainsRune("–—‘’“”", r) {
			return false
		}
	}
	return true
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isDecimal reports whether a word is a number with a decimal point,
// which keeps its point: "1.5".
func isDecimal(w []byte) bool {
	i := bytes.IndexByte(w, '.')
	return i > 0 && i < len(w)-1 && unicode.IsDigit(rune(w[i-1])) && unicode.IsDigit(rune(w[i+1]))
}

// withoutDots drops the points of w in place: "u.s." is "us".
func withoutDots(w []byte) []byte {
	out := w[:0]
	for _, c := range w {
		if c != '.' {
			out = append(out, c)
		}
	}
	return out
}

var (
	yesWords = wordSet("yes yeah yea ye yep yup ya y sure correct true right definitely certainly absolutely indeed affirmative ok okay")
	noWords  = wordSet("no nope nah n not never false none nobody nothing neither nor incorrect wrong")
	// negators are the words that turn a statement negative.
	// "nowhere" too: "nowhere is it described as plated" (held-out set 11).
	negators = wordSet("not never no none nobody nothing nowhere neither nor cannot without")
	// affirmers are verbs that answer a yes/no question by repeating it.
	affirmers = wordSet("does do did is are was were has have had will can could would should commits committed promised agreed supports support")
	// doubtWords lean an answer towards no: "he has doubts", "I doubt it".
	doubtWords = wordSet("doubt doubts doubted doubtful sceptical skeptical unlikely")
	// intensifiers strengthen the answer that follows them.
	intensifiers = wordSet("definitely certainly absolutely surely really totally obviously clearly probably")
	dontKnow     = []string{"i don't know", "i dont know", "dont know", "don't know", "dunno", "idk", "not sure", "no idea", "i'm not sure", "im not sure", "maybe", "yes and no", "yes or no", "who knows", "no clue"}
)

// answerSlips are yes and no as a hurried student types them: "yse",
// "nop" (a new student's walk: told "Try again" for them).
var answerSlips = map[string]string{"yse": "yes", "yeh": "yeah", "nop": "nope"}

// answerWord reads a first word typed in a hurry as the yes or no it
// means: a slip from answerSlips, or a letter held down ("yesss",
// "nooo"). Any other word is returned as it is: "noon" is no "no".
func answerWord(w string) string {
	if to, ok := answerSlips[w]; ok {
		return to
	}
	if yesWords[w] || noWords[w] {
		return w
	}
	if s := squeezeLetters(w); yesWords[s] || noWords[s] {
		return s
	}
	return w
}

// squeezeLetters writes every run of one letter once: "yesss" → "yes".
func squeezeLetters(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i == 0 || r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// startsWithWords reports whether s starts with p and a space: the words
// of p, then more. It is strings.HasPrefix(s, p+" ") without building
// p+" " for every phrase of a list, every check.
func startsWithWords(s, p string) bool {
	return len(s) > len(p) && s[len(p)] == ' ' && strings.HasPrefix(s, p)
}

func isDontKnow(norm string) bool {
	for _, p := range dontKnow {
		// "maybe France" is a hedged answer, not a shrug.
		if norm == p || startsWithWords(norm, p) && p != "maybe" {
			return true
		}
	}
	return false
}

// Polarity reads a yes/no answer written in the student's own words and
// returns "yes", "no" or "" when it cannot tell. "No", "no they don't",
// "not really", "probably not" and "Alibaba does not commit" are no;
// "yes", "they do", "it does" are yes; "yes, they don't" is unclear.
func Polarity(norm string) string {
	words := strings.Fields(norm)
	if len(words) >= 2 && words[0] == "of" && words[1] == "course" {
		words = append([]string{"yes"}, words[2:]...) // "of course" is yes, "of course not" no
		if len(words) > 1 && (words[1] == "not" || words[1] == "no") {
			words = words[1:]
		}
	}
	// "Definitely not", "absolutely not": the intensifier only
	// strengthens what follows.
	for len(words) > 1 && intensifiers[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	negations := 0
	for _, w := range words[1:] {
		if negators[w] || doubtWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "nt") && isContraction(w) {
			negations++
		}
	}
	words[0] = answerWord(words[0])
	first := words[0]
	firstNeg := negators[first] || strings.HasSuffix(first, "n't") || isContraction(first)
	switch {
	case yesWords[first] && len(words) > 1 && words[1] == "and" && len(words) > 2 && noWords[words[2]]:
		return ""
	case yesWords[first]:
		if negations > 0 {
			return ""
		}
		return "yes"
	case noWords[first] || firstNeg:
		return "no"
	case negations%2 == 1:
		return "no"
	case negations > 0:
		return "yes" // "not untrue"-style double negation
	}
	for _, w := range words {
		if yesWords[w] || affirmers[w] {
			return "yes"
		}
	}
	return ""
}

// isContraction recognises negative contractions typed without the
// apostrophe: "dont", "doesnt", "didnt", "isnt", "wont", "cant".
func isContraction(w string) bool {
	switch w {
	case "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant",
		"hasnt", "havent", "hadnt", "wouldnt", "shouldnt", "couldnt", "aint":
		return true
	}
	return strings.HasSuffix(w, "n't")
}

// closestName finds the name, among the accepted ones and the wrong ones,
// that the answer is most likely a misspelling of. typo is true when that
// name is an accepted one and the answer is within the typing errors a
// word of its length allows.
func closestName(answer string, accepted, wrong []string) (best string, typo bool) {
	bestDist, bestOK := 1<<30, false
	sound := soundFold(answer)
	for i, list := range [][]string{accepted, wrong} {
		for _, name := range list {
			d := nameDistanceSound(answer, sound, name)
			if d < bestDist {
				best, bestDist, bestOK = name, d, i == 0
			}
		}
	}
	if best != "" && bestOK && bestDist <= allowedEdits(best) {
		return best, true
	}
	// An abbreviation or a partial name ("computerw", "D Trump"): a
	// subsequence match against every name, the best of which must be an
	// accepted one and cover most of it.
	targets := append(append([]string(nil), accepted...), wrong...)
	if matches := fuzzy.Find(answer, targets); len(matches) > 0 && len(answer) >= 4 {
		m := matches[0]
		if m.Index < len(accepted) && len(answer)*3 >= len(targets[m.Index])*2 {
			return targets[m.Index], true
		}
	}
	return best, false
}

// allowedEdits scales typo tolerance to the length of the word: none for
// short names, where one letter makes another word.
func allowedEdits(s string) int {
	n := len([]rune(s))
	switch {
	case n <= 3:
		return 0
	case n <= 6:
		return 1
	case n <= 12:
		return 2
	}
	return 3
}

// editDistance is the optimal-string-alignment distance between a and b
// in runes: Levenshtein's insertions, deletions and substitutions, plus
// swapping two neighbouring letters ("mahcines") as one typing error.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 200 || len(rb) > 200 {
		return 1 << 20 // not a name; do not spend time on it
	}
	// Three rows; on the stack for the words and names it mostly compares.
	var buf [3 * 33]int
	rows := buf[:0]
	if len(rb) > 32 {
		rows = make([]int, 0, 3*(len(rb)+1))
	}
	rows = rows[:3*(len(rb)+1)]
	n := len(rb) + 1
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:] // prev2: row i-2, for transpositions
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
