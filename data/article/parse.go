package article

import (
	"regexp"
	"strings"
	"unicode"
)

// line is one non-blank line of the source.
type line struct {
	span  Span
	text  string // trimmed, spaces collapsed
	group int    // lines in one group have no blank line between them
}

// Parse reads a plain-text or Markdown news article: the first line is the
// headline, a "By …" line near the top is the byline, short unpunctuated
// lines are subheadings, and the rest are paragraphs. A copyright footer
// and everything after it, and lines of known site furniture, go to Extras.
func Parse(raw []byte) (*Article, error) {
	src, err := decode(raw)
	if err != nil {
		return nil, err
	}
	padded := padSpaces(src)
	lines := splitLines(padded)
	if len(lines) == 0 {
		return nil, ErrEmpty
	}
	a := &Article{Source: src}
	a.Title, a.TitleSpan = stripMarkdownHeading(lines[0].text), lines[0].span
	p := parser{a: a, padded: padded}
	p.body(lines[1:])
	if len(a.Sentences) == 0 {
		return nil, ErrNoBody
	}
	a.Dateline, a.DatelineSpan = findDateline(src, a.Sentences[0].Span)
	a.Site = siteFromFooter(a.Extras)
	return a, nil
}

// datelinePattern matches the capitalised place, an optional agency in
// brackets and a dash that open a wire story: "WASHINGTON (AP) —",
// "NEW YORK, March 3 (Reuters) -", "PORTHAVEN —".
var datelinePattern = regexp.MustCompile(`^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*)*(?:,[^()—–\n]{0,30})?(?:\s*\([^)]{1,40}\))?)\s*(?:—|–|--|-)\s+`)

// findDateline returns the dateline that opens the first sentence, if any.
func findDateline(src string, first Span) (string, Span) {
	m := datelinePattern.FindStringSubmatchIndex(src[first.Start:first.End])
	if m == nil {
		return "", Span{}
	}
	text := strings.TrimSpace(src[first.Start+m[2] : first.Start+m[3]])
	if countWords(text) > 8 {
		return "", Span{}
	}
	return text, Span{first.Start + m[2], first.Start + m[2] + len(text)}
}

// parser carries the state of one Parse call.
type parser struct {
	a          *Article
	padded     string
	footerSeen bool
	para       []line // lines of the paragraph being gathered
}

func (p *parser) body(lines []line) {
	for i, l := range lines {
		switch {
		case p.footerSeen || IsFooter(l.text) || (len(p.a.Blocks) > 0 && IsAboutSection(l.text)):
			p.flush()
			p.footerSeen = true
			p.a.Extras = append(p.a.Extras, Block{Kind: Boilerplate, Text: l.text, Span: l.span})
		case isJunk(l.text):
			p.flush()
			p.a.Extras = append(p.a.Extras, Block{Kind: Boilerplate, Text: l.text, Span: l.span})
		case p.a.Byline == "" && len(p.a.Blocks) == 0 && len(p.para) == 0 && isByline(l.text):
			p.a.Byline = l.text
			p.a.Author, p.a.Published = parseByline(l.text)
		case isHeading(l, lines[:i], lines[i+1:]):
			p.flush()
			p.a.Blocks = append(p.a.Blocks, Block{Kind: Heading, Text: stripMarkdownHeading(l.text), Span: l.span})
		default:
			if len(p.para) > 0 && p.para[len(p.para)-1].group != l.group {
				p.flush()
			}
			p.para = append(p.para, l)
		}
	}
	p.flush()
}

// flush turns the gathered lines into one paragraph and its sentences.
func (p *parser) flush() {
	if len(p.para) == 0 {
		return
	}
	span := Span{p.para[0].span.Start, p.para[len(p.para)-1].span.End}
	p.para = p.para[:0]
	idx := len(p.a.Blocks)
	b := Block{Kind: Paragraph, Text: collapseSpaces(p.padded[span.Start:span.End]), Span: span}
	for _, s := range splitSentences(p.padded, span) {
		n := len(p.a.Sentences)
		p.a.Sentences = append(p.a.Sentences, Sentence{
			Index: n, Block: idx, Span: s,
			Text: collapseSpaces(p.padded[s.Start:s.End]),
		})
		b.Sentences = append(b.Sentences, n)
	}
	p.a.Blocks = append(p.a.Blocks, b)
}

// splitLines returns the non-blank lines of s with their spans, grouped by
// the blank lines between them.
func splitLines(s string) []line {
	var out []line
	group, start := 0, 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		raw := s[start:end]
		lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		trail := len(strings.TrimRightFunc(raw, unicode.IsSpace))
		if trail > lead {
			out = append(out, line{span: Span{start + lead, start + trail}, text: collapseSpaces(raw), group: group})
		} else {
			group++
		}
		start = end + 1
	}
	return out
}

func stripMarkdownHeading(s string) string {
	t := strings.TrimLeft(s, "#")
	if len(t) < len(s) && strings.HasPrefix(t, " ") {
		return strings.TrimSpace(t)
	}
	return s
}

// isHeading reports whether a line is a subheading: a Markdown heading, or
// a short line of its own with no closing punctuation, followed by more
// text, as web pages' <h2>s become when copied as text.
func isHeading(l line, before, after []line) bool {
	if strings.HasPrefix(l.text, "#") && stripMarkdownHeading(l.text) != l.text {
		return true
	}
	alone := (len(before) == 0 || before[len(before)-1].group != l.group) &&
		(len(after) == 0 || after[0].group != l.group)
	if !alone || len(after) == 0 {
		return false
	}
	words := countWords(l.text)
	if words == 0 || words > 14 || len(l.text) > 100 {
		return false
	}
	last, _ := lastRune(l.text)
	if strings.ContainsRune(".!?:;,\"'”’)…", last) {
		return false
	}
	first := []rune(l.text)[0]
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

func countWords(s string) int { return len(strings.Fields(s)) }
