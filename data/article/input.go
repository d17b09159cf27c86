package article

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textenc"
)

// MaxSize is the largest article Lede reads: ten times a very long feature.
const MaxSize = 2 << 20

// Errors for input that is not an article. Each message is written for a
// teacher, not a programmer; wrap them with the file name.
var (
	ErrEmpty    = errors.New("the file is empty: there is no article text in it")
	ErrBinary   = errors.New("this is not a text file (it looks like a picture, a program or another binary file)")
	ErrNotUTF8  = errors.New("the text is not in an encoding Lede reads (UTF-8, UTF-16 or Windows-1252); save it again as UTF-8 text and retry")
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB, too long to be one news article", MaxSize>>20)
	ErrNoBody   = errors.New("no paragraphs were found: Lede needs an article with at least one sentence of body text")
)

// Documents people save articles in that Lede cannot read, each with
// what to do instead.
var (
	ErrPDF     = errors.New("this is a PDF file. Lede reads text, Markdown and saved web pages: open the PDF, copy the article's text, and use File › Paste an article (or save it as plain text)")
	ErrZipped  = errors.New("this is a Word, OpenDocument or other zipped document. Lede reads text, Markdown and saved web pages: in your word processor, use Save As › Plain text (.txt), or copy the text and use File › Paste an article")
	ErrOldWord = errors.New("this is an old Word document (.doc). Lede reads text, Markdown and saved web pages: in Word, use Save As › Plain text (.txt), or copy the text and use File › Paste an article")
	ErrRTF     = errors.New("this is a Rich Text (.rtf) document. Lede reads text, Markdown and saved web pages: save it as plain text (.txt), or copy the text and use File › Paste an article")
)

// savedAs tells those documents by how their files begin.
var savedAs = []struct {
	magic string
	err   error
}{{"%PDF-", ErrPDF}, {"PK\x03\x04", ErrZipped}, {"\xd0\xcf\x11\xe0", ErrOldWord}, {"{\\rtf", ErrRTF}}

// decode checks that raw is readable article text and returns it as a
// string without a byte-order mark.
func decode(raw []byte) (string, error) {
	if len(raw) > MaxSize {
		return "", ErrTooLarge
	}
	for _, d := range savedAs {
		if bytes.HasPrefix(raw, []byte(d.magic)) {
			return "", d.err
		}
	}
	// A binary file is told apart by its bytes, before any decoding;
	// UTF-16 text is all NULs and ASCII to that test, so it goes first.
	if !textenc.IsUTF16(raw) && len(bytes.TrimSpace(raw)) > 0 && looksBinary(raw) {
		return "", ErrBinary
	}
	text, err := textenc.Decode(raw)
	if err != nil {
		return "", ErrNotUTF8
	}
	text = withCharacterReferences(text)
	if len(strings.TrimSpace(text)) == 0 {
		return "", ErrEmpty
	}
	return text, nil
}

// withCharacterReferences writes the characters that web pages' HTML
// references stand for, where text copied from a page kept them: the
// BBC news data set has "clich&#233;d" in plain text, shown so to a
// student. One pass, as a browser reads them: "&amp;amp;" is "&amp;". A
// no-break space becomes a space, as the reader wraps lines at spaces.
func withCharacterReferences(text string) string {
	if !strings.Contains(text, "&") {
		return text
	}
	return characterReference.Re().ReplaceAllStringFunc(text, func(ref string) string {
		// Whole references only: html reads "&notaname;" as "&not" and
		// the rest.
		if s := html.UnescapeString(ref); s != ref && utf8.RuneCountInString(s) <= 2 {
			return strings.ReplaceAll(s, "\u00a0", " ")
		}
		return ref // "&notaname;" stays as written
	})
}

// characterReference finds an HTML character reference: by number
// ("&#233;", "&#xE9;") or by name ("&amp;", "&eacute;").
var characterReference = lazyre.New(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});`)

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
// Most lines and sentences are so already: they are kept as they are,
// not split into words and joined again (a 2 MB article's sentences and
// lines made a tenth of its build's garbage that way).
func collapseSpaces(s string) string {
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether s is its words joined by single spaces: no
// white space but ' ', none at either end and no two together.
func collapsed(s string) bool {
	afterSpace := true // a space at the start would lead
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || afterSpace) {
			return false
		}
		afterSpace = space
	}
	return !afterSpace || s == ""
}
