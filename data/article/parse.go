package article

import (
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// line is one non-blank line of the source.
type line struct {
	span  Span
	text  string // trimmed, spaces collapsed
	group int    // lines in one group have no blank line between them
}

// Parse reads a plain-text or Markdown news article: the first line is the
// headline when it looks like one (otherwise the article has none and
// every line is body), a "By …" line near the top is the byline, short
// unpunctuated lines are subheadings, and the rest are paragraphs. A
// copyright footer and everything after it, and lines of known site
// furniture — captions, related links, follow prompts, pull-quotes that
// repeat the body — go to Extras.
func Parse(raw []byte) (*Article, error) { return parse(raw, false) }

// ParseTitled reads an article whose first line is its headline whatever
// it looks like: for data sets that give headline and body apart.
func ParseTitled(raw []byte) (*Article, error) { return parse(raw, true) }

func parse(raw []byte, titled bool) (*Article, error) {
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
	if len(lines) == 1 && looksLikeHeadline(lines[0]) {
		return nil, ErrNoBody // a headline alone
	}
	if titled || (len(lines) > 1 && looksLikeHeadline(lines[0])) {
		a.Title, a.TitleSpan = stripMarkdownHeading(lines[0].text), lines[0].span
		lines = lines[1:]
	}
	p := parser{a: a, padded: padded, repeated: pullQuotes(lines), lineParagraphs: lineParagraphGroups(lines)}
	p.body(lines)
	p.splitParagraphs()
	if len(a.Sentences) == 0 {
		return nil, ErrNoBody
	}
	a.Dateline, a.DatelineSpan = findDateline(src, a.Sentences[0].Span)
	a.Site = siteFromFooter(a.Extras)
	return a, nil
}

// datelinePattern matches the capitalised place, an optional agency in
// brackets and a dash that open a wire story: "WASHINGTON (AP) —",
// "NEW YORK, March 3 (Reuters) -", "PORTHAVEN —"; or a place and a colon,
// as some papers write it: "Beirut: The second wife …".
var datelinePattern = lazyre.New(`^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*)*(?:,[^()—–\n]{0,30})?(?:\s*\([^)]{1,40}\))?)\s*(?:—|–|--|-)\s+|^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?):\s+\p{Lu}`)

// findDateline returns the dateline that opens the first sentence, if any.
func findDateline(src string, first Span) (string, Span) {
	m := datelinePattern.FindStringSubmatchIndex(src[first.Start:first.End])
	if m == nil {
		return "", Span{}
	}
	if m[2] < 0 { // "Beirut: The second wife …"
		m = m[2:]
	}
	text := strings.TrimSpace(src[first.Start+m[2] : first.Start+m[3]])
	if CountWords(text) > 8 {
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
	// repeated marks lines that repeat text found elsewhere (pull-quotes);
	// lineParagraphs marks groups whose every line is a paragraph.
	repeated       map[int]bool
	lineParagraphs map[int]bool
	// paragraphs are the blocks that are paragraphs, split into
	// sentences once every block is known (splitParagraphs).
	paragraphs []int
}

func (p *parser) body(lines []line) {
	for i, l := range lines {
		switch {
		case p.footerSeen || IsFooter(l.text) || (len(p.a.Blocks) > 0 && IsAboutSection(l.text)):
			p.flush()
			p.footerSeen = true
			p.a.Extras = append(p.a.Extras, Block{Kind: Boilerplate, Text: l.text, Span: l.span})
		case isJunk(l.text) || isCaption(p.padded[l.span.Start:l.span.End]) || p.repeated[i]:
			p.flush()
			p.a.Extras = append(p.a.Extras, Block{Kind: Boilerplate, Text: l.text, Span: l.span})
		case p.a.Byline == "" && len(p.a.Blocks) == 0 && len(p.para) == 0 && isByline(l.text):
			p.a.Byline = l.text
			p.a.Author, p.a.Published = parseByline(l.text)
		case inList(i, lines):
			p.flush()
			p.a.Extras = append(p.a.Extras, Block{Kind: Boilerplate, Text: l.text, Span: l.span})
		case isHeading(l, lines[:i], lines[i+1:]):
			p.flush()
			p.a.Blocks = append(p.a.Blocks, Block{Kind: Heading, Text: stripMarkdownHeading(l.text), Span: l.span})
		default:
			if len(p.para) > 0 && (p.para[len(p.para)-1].group != l.group || p.lineParagraphs[l.group]) {
				p.flush()
			}
			p.para = append(p.para, l)
		}
	}
	p.flush()
}

// flush turns the gathered lines into one paragraph; its sentences come
// later (splitParagraphs).
func (p *parser) flush() {
	if len(p.para) == 0 {
		return
	}
	span := Span{p.para[0].span.Start, p.para[len(p.para)-1].span.End}
	p.para = p.para[:0]
	p.paragraphs = append(p.paragraphs, len(p.a.Blocks))
	p.a.Blocks = append(p.a.Blocks, Block{Kind: Paragraph, Text: collapseSpaces(p.padded[span.Start:span.End]), Span: span})
}

// splitParagraphs splits every paragraph into its sentences and numbers
// them in reading order. A paragraph splits on its own, so a long
// article's paragraphs are split on every core, each worker a run of
// them in turn; the sentences are numbered after, in order, so the
// article is the same however many cores split it.
func (p *parser) splitParagraphs() {
	split := make([][]Sentence, len(p.paragraphs))
	inTurn(len(p.paragraphs), func(i int) {
		for _, s := range splitSentences(p.padded, p.a.Blocks[p.paragraphs[i]].Span) {
			split[i] = append(split[i], Sentence{Block: p.paragraphs[i], Span: s, Text: collapseSpaces(p.padded[s.Start:s.End])})
		}
	})
	for i, sentences := range split {
		b := &p.a.Blocks[p.paragraphs[i]]
		for _, s := range sentences {
			s.Index = len(p.a.Sentences)
			p.a.Sentences = append(p.a.Sentences, s)
			b.Sentences = append(b.Sentences, s.Index)
		}
	}
}

// minPerWorker is the fewest paragraphs worth a goroutine of their own.
const minPerWorker = 200

// inTurn calls do(i) for every i below n: on one goroutine for a short
// article, else on one per core, each a run of consecutive i.
func inTurn(n int, do func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n/minPerWorker)
	if workers <= 1 {
		for i := range n {
			do(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				do(i)
			}
		})
	}
	wg.Wait()
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
	opens := len(before) == 0 || before[len(before)-1].group != l.group
	alone := opens && (len(after) == 0 || after[0].group != l.group)
	if len(after) == 0 || !opens || (!alone && !headsItsGroup(l, after[0])) {
		return false
	}
	words := CountWords(l.text)
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

// headsItsGroup reports whether a line that opens a group of lines is a
// subheading with its paragraph on the next line ("King not flying
// missions" then "Meanwhile, a Jordanian official …"): a few words, then
// a line at least twice as long that starts a sentence. Hard-wrapped
// text has lines of about one length.
func headsItsGroup(l, next line) bool {
	r := []rune(next.text)
	return CountWords(l.text) <= 8 && len(next.text) >= 2*len(l.text) && len(r) > 0 && unicode.IsUpper(r[0])
}

// lastRune returns the last rune of s as []rune(s) reads it (an invalid
// byte is utf8.RuneError either way), and false when s is empty. It
// decodes only the end: endsSentence asks it of every line, and making
// the runes of each line cost four bytes for each of the article's
// characters.
func lastRune(s string) (rune, bool) {
	if s == "" {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r, true
}

// CountWords counts the words strings.Fields would return, without
// making them (a long article counts every sentence's; the quiz counts
// every speaker's names).
//
// It reads ASCII a byte at a time, as strings.Fields does: every
// sentence of a long article is counted, several times, and decoding
// each of its runes was a tenth of the counting.
func CountWords(s string) int { return wordsUpTo(s, len(s)) }

// atMostWords reports whether CountWords(s) <= n, reading no further
// than the word after the nth: inList asks it of the lines around every
// line, most of them whole paragraphs.
func atMostWords(s string, n int) bool { return wordsUpTo(s, n) <= n }

// wordsUpTo counts the words of s, stopping at the one after the limit.
func wordsUpTo(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s) && n <= limit; {
		space, size := asciiSpace[s[i]] != 0, 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			inWord = false
		} else if !inWord {
			inWord, n = true, n+1
		}
		i += size
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports as space.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// looksLikeHeadline reports whether the first line is a headline: short,
// one line of its own, with more text after it, and not a sentence
// (a headline has no full stop). Bodies pasted without their headline
// start with a full sentence, or a long standfirst; those are body text.
func looksLikeHeadline(first line) bool {
	if strings.HasPrefix(first.text, "#") && stripMarkdownHeading(first.text) != first.text {
		return true
	}
	if CountWords(first.text) > headlineMaxWords || len(first.text) > 160 {
		return false
	}
	if innerSentenceEnd.MatchString(first.text) {
		return false
	}
	last, _ := lastRune(strings.TrimRight(first.text, `"'”’)`))
	return !strings.ContainsRune(".,;:", last)
}

// headlineMaxWords is longer than any news headline in practice (they run
// 5–15 words) and shorter than a typical opening sentence.
const headlineMaxWords = 18

// innerSentenceEnd finds a full stop that ends one sentence and starts
// another inside a line: a headline is never two sentences.
var innerSentenceEnd = lazyre.New(`\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}\p{Ll}`)

// lineParagraphGroups finds the groups of lines (no blank line between
// them) in which nearly every line ends a sentence: text pasted with a
// single line break between paragraphs. Hard-wrapped text ends most of its
// lines mid-sentence and stays one paragraph per group.
func lineParagraphGroups(lines []line) map[int]bool {
	total, ends, long := map[int]int{}, map[int]int{}, map[int]int{}
	for i, l := range lines {
		if i+1 < len(lines) && lines[i+1].group == l.group { // not the group's last line
			total[l.group]++
			if endsSentence(l.text) {
				ends[l.group]++
			}
			if utf8.RuneCountInString(l.text) > wrapWidth {
				long[l.group]++
			}
		}
	}
	out := map[int]bool{}
	for g, n := range total {
		// Two line ends in a row are the least evidence: one sentence
		// ending at a wrapped line's end is common. Lines mostly longer
		// than any wrap width were never wrapped: there, half the lines
		// ending a sentence is enough, the rest being captions and
		// subheadings pasted between the paragraphs.
		out[g] = n >= 2 && (ends[g]*10 >= n*8 || long[g]*2 > n && ends[g]*2 >= n)
	}
	return out
}

// wrapWidth is wider than any hard wrap (e-mail and plain-text news wrap
// at 65–80 characters).
const wrapWidth = 100

func endsSentence(text string) bool {
	last, _ := lastRune(strings.TrimRight(text, `"'”’)`))
	return strings.ContainsRune(".!?…", last)
}

// pullQuotes marks short lines whose words appear again, word for word,
// in a longer line: magazine pull-quotes and captions that repeat the body.
func pullQuotes(lines []line) map[int]bool {
	out := map[int]bool{}
	lower := make([]string, len(lines))
	for i, l := range lines {
		lower[i] = strings.ToLower(l.text)
	}
	for i, l := range lines {
		if len(l.text) > 300 || CountWords(l.text) < 6 {
			continue
		}
		needle := strings.Trim(lower[i], `"'“”‘’ `)
		// A pull-quote stands near what it repeats; looking a few dozen
		// lines either way keeps this linear on very long inputs.
		for j := max(0, i-pullQuoteReach); j < min(len(lines), i+pullQuoteReach); j++ {
			o := lines[j]
			if j != i && len(o.text) > len(l.text) && strings.Contains(lower[j], needle) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// pullQuoteReach is how many lines away a pull-quote's source may be.
const pullQuoteReach = 40

// inList reports whether line i is one of three or more short lines in a
// row with no closing punctuation: a list (a menu, a line-up), not
// subheadings, which are followed by paragraphs.
func inList(i int, lines []line) bool {
	short := func(k int) bool {
		if k < 0 || k >= len(lines) {
			return false
		}
		t := lines[k].text
		return atMostWords(t, 8) && !endsSentence(t) && !strings.HasPrefix(t, "#")
	}
	run := 1
	for k := i - 1; short(k); k-- {
		run++
	}
	for k := i + 1; short(k); k++ {
		run++
	}
	return short(i) && run >= 3
}
