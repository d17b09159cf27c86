package article

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSize is the largest article Lede reads: ten times a very long feature.
const MaxSize = 2 << 20

// Errors for input that is not an article. Each message is written for a
// teacher, not a programmer; wrap them with the file name.
var (
	ErrEmpty    = errors.New("the file is empty: there is no article text in it")
	ErrBinary   = errors.New("this is not a text file (it looks like a picture, a program or another binary file)")
	ErrNotUTF8  = errors.New("the text is not in UTF-8, the encoding Lede reads; save it again as UTF-8 text and retry")
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB, too long to be one news article", MaxSize>>20)
	ErrNoBody   = errors.New("no paragraphs were found: Lede needs an article with at least one sentence of body text")
)

// decode checks that raw is readable article text and returns it as a
// string without a byte-order mark.
func decode(raw []byte) (string, error) {
	if len(raw) > MaxSize {
		return "", ErrTooLarge
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", ErrEmpty
	}
	if looksBinary(raw) {
		return "", ErrBinary
	}
	if !utf8.Valid(raw) {
		return "", ErrNotUTF8
	}
	return string(raw), nil
}

// looksBinary reports whether the first few kilobytes hold a NUL byte or
// many control characters, as images, archives and executables do.
func looksBinary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			control++
		}
	}
	return control*20 > len(head)
}

// padSpaces replaces each Unicode space character (such as the
// non-breaking spaces of text pasted from web pages) and each tab with as
// many ASCII spaces as it had bytes, so that every byte offset into the
// result is also an offset into s.
func padSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\r' && unicode.IsSpace(r) {
			b.WriteString(strings.Repeat(" ", utf8.RuneLen(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// collapseSpaces trims s and folds every run of white space to one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
