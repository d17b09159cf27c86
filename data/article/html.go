package article

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlStart matches the opening of a saved web page or an HTML fragment.
var htmlStart = lazyre.New(`(?i)^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<article[\s>]|<!--)`)

// IsHTML reports whether raw looks like an HTML page rather than plain
// text or Markdown.
func IsHTML(raw []byte) bool {
	head := raw[:min(len(raw), 1024)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if htmlStart.Match(head) {
		return true
	}
	// A fragment saved without <html>: starts with a tag and closes blocks.
	t := bytes.TrimSpace(head)
	return len(t) > 0 && t[0] == '<' && htmlBlockClose.Match(raw[:min(len(raw), 64<<10)])
}

var htmlBlockClose = lazyre.New(`(?i)</(?:p|div|h[1-6]|article|section)>`)

// Read parses raw as HTML when it looks like a web page, else as plain
// text or Markdown.
func Read(raw []byte) (*Article, error) {
	if IsHTML(raw) {
		return ParseHTML(raw)
	}
	return Parse(raw)
}

// maxHTMLElements bounds the work readability does on one page: a saved
// news page has a few thousand elements; a page with far more is not one
// article, and scoring it would make the app pause.
const maxHTMLElements = 60000

// ParseHTML reads a web page saved from a browser. The main content is
// found with go-readability (a port of the Firefox Reader View), then
// written out as plain text — headline, byline, subheadings and
// paragraphs separated by blank lines — and read by Parse. Spans point
// into that text, which becomes the Article's Source.
func ParseHTML(raw []byte) (*Article, error) {
	raw = toUTF8(raw)
	src, err := decode(raw)
	if err != nil {
		return nil, err
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	page, err := p.Parse(strings.NewReader(src), nil)
	if err != nil || page.Node == nil {
		return nil, ErrNoBody
	}
	text := pageText(page)
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoBody
	}
	return Parse([]byte(text))
}

// toUTF8 decodes a page saved in another encoding, as older news sites
// are (Windows-1252, ISO-8859-1, Shift JIS …), the way a browser does: by
// its <meta charset>, else by guessing. UTF-8 pages pass unchanged.
func toUTF8(raw []byte) []byte {
	if len(raw) > MaxSize || utf8.Valid(raw) || bytes.IndexByte(raw[:min(len(raw), 8192)], 0) >= 0 {
		return raw // decode reports what is wrong with it
	}
	enc, _, _ := charset.DetermineEncoding(raw[:min(len(raw), 1024)], "text/html")
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// pageText lays out what readability found as a plain-text article.
func pageText(page readability.Article) string {
	var b strings.Builder
	title := collapseSpaces(page.Title())
	if title == "" {
		title = collapseSpaces(page.Excerpt())
	}
	b.WriteString(title + "\n")
	if line := bylineLine(page); line != "" {
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
	first := true
	writeBlocks(page.Node, func(kind atom.Atom, text string) {
		if first && strings.EqualFold(text, title) {
			first = false
			return // the headline again, as the page's <h1>
		}
		first = false
		if isHeadingAtom(kind) {
			text = "## " + text
		}
		b.WriteString(text + "\n\n")
	})
	return b.String()
}

// bylineLine builds "By Author, Jan 2, 2006 15:04 UTC" from the page's
// metadata, in the form parseByline reads back.
func bylineLine(page readability.Article) string {
	author := collapseSpaces(page.Byline())
	author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(author, "By "), "by "))
	var parts []string
	if author != "" {
		parts = append(parts, "By "+author)
	}
	if t, err := page.PublishedTime(); err == nil && !t.IsZero() {
		parts = append(parts, formatPublished(t))
	}
	return strings.Join(parts, ", ")
}

func formatPublished(t time.Time) string {
	zone, _ := t.Zone()
	if _, known := zoneOffsets[zone]; !known || zone == "" {
		t, zone = t.UTC(), "UTC"
	}
	return t.Format("Jan 2, 2006 15:04 ") + zone
}

// blockAtoms are the elements whose text is one paragraph or heading.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true, atom.Td: true,
}

func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// writeBlocks calls emit for each block of text under n, in document
// order. Text outside any block element (a bare <div> of text) is a
// block of its own.
func writeBlocks(n *html.Node, emit func(atom.Atom, string)) {
	if n.Type == html.ElementNode && blockAtoms[n.DataAtom] && !hasBlockChild(n) {
		if t := collapseSpaces(render.InnerText(n)); t != "" {
			emit(n.DataAtom, t)
		}
		return
	}
	if n.Type == html.TextNode {
		if t := collapseSpaces(n.Data); t != "" {
			emit(atom.P, t)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeBlocks(c, emit)
	}
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockAtoms[c.DataAtom] || hasBlockChild(c)) {
			return true
		}
	}
	return false
}
