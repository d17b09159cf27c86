package facts

import (
	"slices"
	"strings"
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
	quoted := map[int]Fact{} // the first statement with a quotation, by sentence
	for _, f := range x.facts {
		if _, ok := quoted[f.Sentence]; f.Kind == Statement && f.Quote != "" && !ok {
			quoted[f.Sentence] = f
		}
	}
	if len(quoted) == 0 {
		return
	}
	credit := x.quotationCredits(quoted)
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

// quotationCredits returns, for each sentence, the sentence whose
// statement its words are credited to, or -1.
func (x *extractor) quotationCredits(quoted map[int]Fact) []int {
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
	open := x.openAfter()
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
		credit[i] = src
		for k := i + 1; k < len(sentences) && sentences[k].Block == sentences[i].Block && open[k-1] && x.unspoken(k); k++ {
			credit[k] = src
		}
	}
	return credit
}

// unspoken reports whether sentence i has no statement or attribution of
// its own and is short enough to be read as one.
func (x *extractor) unspoken(i int) bool {
	_, spoken := x.speakers[i]
	s := x.a.Sentences[i].Text
	return !spoken && len(s) <= maxSentence && len(strings.Fields(s)) >= 3
}

// opensOnQuote reports whether a sentence opens on a quotation mark.
func opensOnQuote(text string) bool {
	return strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"")
}

// openAfter reports, for each sentence, whether a quotation is still
// open at its end, counting the marks from its paragraph's start: curly
// marks open and close, a straight mark turns the state over.
func (x *extractor) openAfter() []bool {
	sentences := x.a.Sentences
	open := make([]bool, len(sentences))
	state := false
	for i, s := range sentences {
		if i == 0 || s.Block != sentences[i-1].Block {
			state = false
		}
		for _, r := range s.Text {
			switch r {
			case '“':
				state = true
			case '”':
				state = false
			case '"':
				state = !state
			}
		}
		open[i] = state
	}
	return open
}
