// Package article turns the text of a news article into a structured
// Article: headline, byline, date, subheadings, paragraphs and sentences,
// each with its byte span in the original text, with site boilerplate
// (copyright footers, tracker lines) kept aside rather than thrown away.
//
// The package is pure: it reads no files and keeps no clock.
package article

import (
	"strings"
	"time"
)

// Span is a half-open byte range [Start, End) into Article.Source.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// BlockKind says what role a block of text plays in the article.
type BlockKind string

// The kinds of block an article is made of.
const (
	Heading     BlockKind = "heading"
	Paragraph   BlockKind = "paragraph"
	Boilerplate BlockKind = "boilerplate"
)

// Block is one heading or paragraph of the body.
type Block struct {
	Kind BlockKind `json:"kind"`
	// Text is the block with Unicode spaces folded to plain spaces.
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Sentences indexes Article.Sentences: the sentences of a paragraph.
	Sentences []int `json:"sentences,omitempty"`
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Index int    `json:"index"`
	Block int    `json:"block"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
}

// Article is a parsed news article.
type Article struct {
	// Source is the decoded text that every Span points into.
	Source string `json:"-"`
	// Title is the headline; empty when the text came without one (a
	// body pasted on its own): see Name.
	Title     string `json:"title"`
	TitleSpan Span   `json:"title_span"`
	// Byline is the whole byline line as printed; Author and Published are
	// what could be read from it.
	Byline    string    `json:"byline,omitempty"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Site is the publication, when the page names it: the copyright
	// line's holder ("ITECHPOST") or a web page's site name.
	Site string `json:"site,omitempty"`
	// Dateline is the place (and agency) that opens the first paragraph:
	// "PORTHAVEN" in "PORTHAVEN — The ferry …", "LONDON (Reuters)".
	Dateline     string `json:"dateline,omitempty"`
	DatelineSpan Span   `json:"dateline_span,omitzero"`
	// Blocks are the body's headings and paragraphs, in order.
	Blocks    []Block    `json:"blocks"`
	Sentences []Sentence `json:"sentences"`
	// Extras holds what was separated from the body: footers, share
	// lines, tracker text. Kept so that a lesson can ask about it.
	Extras []Block `json:"extras,omitempty"`
}

// Name is what to call the article in lists and window titles: its
// headline, or when it has none, its opening words.
func (a *Article) Name() string {
	if a.Title != "" {
		return a.Title
	}
	if len(a.Sentences) == 0 {
		return "Untitled article"
	}
	words := strings.Fields(a.Sentences[0].Text)
	if len(words) > nameWords {
		return strings.Join(words[:nameWords], " ") + "…"
	}
	return strings.Join(words, " ")
}

// nameWords is how many opening words name an article with no headline.
const nameWords = 8

// Paragraphs returns the body's paragraphs in order.
func (a *Article) Paragraphs() []Block { return a.blocksOf(Paragraph) }

// Headings returns the body's subheadings in order.
func (a *Article) Headings() []Block { return a.blocksOf(Heading) }

func (a *Article) blocksOf(kind BlockKind) []Block {
	var out []Block
	for _, b := range a.Blocks {
		if b.Kind == kind {
			out = append(out, b)
		}
	}
	return out
}

// SentenceAt returns the index of the sentence that contains the byte
// offset, or -1.
func (a *Article) SentenceAt(off int) int {
	for _, s := range a.Sentences {
		if s.Span.Contains(off) {
			return s.Index
		}
	}
	return -1
}

// WordCount returns the number of words in the body's sentences.
func (a *Article) WordCount() int {
	n := 0
	for _, s := range a.Sentences {
		n += CountWords(s.Text)
	}
	return n
}
