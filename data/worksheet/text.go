package worksheet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// printable folds every run of white space (line breaks, tabs,
// non-breaking spaces) to one space, drops control and format characters,
// and replaces each character the font has no glyph for (has reports
// false) with a substitute it has, so that nothing prints as an empty box
// or not at all.
func printable(s string, has func(rune) bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			// a soft hyphen, a zero-width joiner: nothing to print
		case has(r):
			b.WriteRune(r)
		default:
			b.WriteString(substitute(r, has))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// substitutes are plain spellings of characters a font may lack.
var substitutes = map[rune]string{
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2212': "-",
	'\u2032': "'", '\u2033': `"`, '\u2026': "...",
	'\u2018': "'", '\u2019': "'", '\u201C': `"`, '\u201D': `"`,
	'\u2013': "-", '\u2014': "-", '\u20AC': "EUR", '\u00A3': "GBP",
}

// substitute is what prints for r, which the font lacks: a plain
// spelling, or the replacement character, or a question mark.
func substitute(r rune, has func(rune) bool) string {
	if s, ok := substitutes[r]; ok {
		return s
	}
	if has(utf8.RuneError) {
		return string(utf8.RuneError)
	}
	return "?"
}

// wrap breaks s (already printable: single spaces) into lines no wider
// than width as measure measures them, at spaces; a word wider than a
// whole line is broken between characters, starting on the line before
// when there is room. A line is never empty, and
// holds at least one character even when that is wider than width.
func wrap(s string, width float64, measure func(string) float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && measure(line+" "+word) <= width {
			line += " " + word
			continue
		}
		if line != "" && measure(word) > width {
			// a word longer than a line (a web address) starts where
			// the line has room, rather than leaving a short line
			if head := fitting(word, width-measure(line+" "), measure); measure(line+" "+head) <= width && len(head) < len(word) {
				lines = append(lines, line+" "+head)
				word, line = word[len(head):], ""
			}
		}
		if line != "" {
			lines = append(lines, line)
			line = ""
		}
		for word != "" && measure(word) > width {
			head := fitting(word, width, measure)
			lines = append(lines, head)
			word = word[len(head):]
		}
		line = word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// fitting returns the longest start of word, at least one character,
// that fits in width.
func fitting(word string, width float64, measure func(string) float64) string {
	_, n := utf8.DecodeRuneInString(word)
	for i := n; i < len(word); {
		_, size := utf8.DecodeRuneInString(word[i:])
		if measure(word[:i+size]) > width {
			break
		}
		i += size
		n = i
	}
	return word[:n]
}
