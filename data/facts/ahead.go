package facts

import (
	"runtime"
	"sync/atomic"

	"github.com/lede-app/lede/data/article"
)

// sentenceReading is what the sentence rules read of a sentence by its
// patterns alone, before they read the facts before it: its words
// (splitWords), what it says someone said (spokenIn) and its quantities
// (quantitiesIn). It depends on the sentence's text alone, so it is the
// same whichever goroutine reads it.
type sentenceReading struct {
	words      []string
	spoken     spoken
	quantities []Fact
	// traps holds trapRules' matches, by the rule's index, of the rules
	// readAhead's goroutine ran (trapsRead); the loop runs the others.
	traps     []trapMatch
	trapsRead trapSet
}

// trapMatch is trap rule rule's match on a sentence.
type trapMatch struct {
	rule  int
	match []int
}

// trapSet is a set of trap rules, by index; rules from the 64th are
// never in it.
type trapSet uint64

func (t trapSet) has(rule int) bool { return rule < 64 && t&(1<<rule) != 0 }

// trapMatchOf returns rule's match in r, and whether r holds it.
func (r *sentenceReading) trapMatchOf(rule int) ([]int, bool) {
	if !r.trapsRead.has(rule) {
		return nil, false
	}
	for _, t := range r.traps {
		if t.rule == rule {
			return t.match, true
		}
	}
	return nil, true // read, and no match
}

// readSentence reads s as sentenceReading says.
func readSentence(s article.Sentence, numbers *sentenceNumbers) sentenceReading {
	words := splitWords(s.Text)
	return sentenceReading{words: words, spoken: spokenIn(s.Text, words), quantities: quantitiesIn(s, numbers.of(s))}
}

// aheadSentences is the length, in sentences, from which the sentences'
// readings are made on a second core ahead of the extractor's loop
// (readAhead), when there is one (worthReadingAhead); below it the goroutine costs more than
// it saves.
const aheadSentences = 400

// aheadLead is how many sentences after the loop's the goroutine goes on
// from once the loop has caught it up.
const aheadLead = 32

// ahead reads the sentences (readSentence) on another goroutine, in
// order, ahead of the extractor's loop, which takes a reading that is
// ready and reads the sentence itself otherwise: the loop, which must
// read the sentences in turn (each reads the facts before it), then does
// only that part on its own core. A reading is the same from either
// goroutine, so the facts are the same whichever read it.
type ahead struct {
	readings []sentenceReading
	// ready[i] is set once readings[i] is written, and readings[i] is
	// read only after ready[i] is seen set.
	ready []atomic.Bool
	// at is the sentence the loop is at: the goroutine skips to the one
	// after it, never reading what the loop reads itself.
	at atomic.Int64
	// full marks the kinds of trap the loop has as many flags of as the
	// article keeps (extractor.full): their rules run no more, so the
	// goroutine stops running them too. A kind not yet marked full may
	// be by the time the loop reads the sentence; a match read for it
	// then goes unused.
	full map[FlagKind]*atomic.Bool
	// ruleFull is full by trap rule, and shows whether the article can
	// show each rule's kind (canShow), asked once by the goroutine: the
	// goroutine asks both of every rule on every sentence.
	ruleFull []*atomic.Bool
	shows    []bool
}

// worthReadingAhead reports whether a's sentences are read ahead of the
// loop: from aheadSentences sentences, with more than one core.
func worthReadingAhead(a *article.Article) bool {
	return len(a.Sentences) >= aheadSentences && runtime.GOMAXPROCS(0) > 1
}

// readAhead starts reading a's sentences on another goroutine, ahead of
// the extractor's loop, their numbers into numbers.
func readAhead(a *article.Article, numbers *sentenceNumbers) *ahead {
	n := len(a.Sentences)
	ah := &ahead{readings: make([]sentenceReading, n), ready: make([]atomic.Bool, n), full: map[FlagKind]*atomic.Bool{}}
	ah.ruleFull = make([]*atomic.Bool, len(trapRules))
	for j, r := range trapRules {
		if ah.full[r.kind] == nil {
			ah.full[r.kind] = new(atomic.Bool)
		}
		ah.ruleFull[j] = ah.full[r.kind]
	}
	ah.at.Store(-1)
	go func() {
		// The article's conditions for kinds of trap (canShow) read the
		// article alone; this extractor answers them for the goroutine.
		cond := &extractor{a: a}
		ah.shows = make([]bool, len(trapRules))
		for j, r := range trapRules {
			ah.shows[j] = cond.canShow(r.kind)
		}
		for i := 0; i < n; i++ {
			if at := int(ah.at.Load()); i <= at {
				// The loop has come this far: on from aheadLead sentences
				// after it, which the loop reads itself meanwhile. Taking
				// the next one, the two would read the same sentences in
				// step whenever the loop is the faster.
				i = at + aheadLead - 1
				continue
			}
			if s := a.Sentences[i]; len(s.Text) <= maxSentence {
				ah.readings[i] = readSentence(s, numbers)
				ah.readTraps(&ah.readings[i], s)
			}
			ah.ready[i].Store(true)
		}
	}()
	return ah
}

// readTraps runs on s the trap rules the article can show whose kind is
// not yet full, into r.
func (ah *ahead) readTraps(r *sentenceReading, s article.Sentence) {
	for j, rule := range trapRules {
		if j >= 64 || !ah.shows[j] || ah.ruleFull[j].Load() {
			continue
		}
		if m := rule.findIn(s.Text); m != nil {
			r.traps = append(r.traps, trapMatch{j, m})
		}
		r.trapsRead |= 1 << j
	}
}

// filled tells the goroutine that the loop's flags of kind are full.
func (ah *ahead) filled(kind FlagKind) {
	if ah != nil {
		if f := ah.full[kind]; f != nil {
			f.Store(true)
		}
	}
}

// done tells the goroutine the loop has read every sentence.
func (ah *ahead) done() {
	if ah != nil {
		ah.at.Store(int64(len(ah.readings)))
	}
}

// read returns the reading of sentence s, from ahead if it is ready, or
// read now. The loop asks for its sentences in order.
func (x *extractor) read(s article.Sentence) *sentenceReading {
	if x.reading != nil && x.readingOf == s.Index {
		return x.reading
	}
	var r *sentenceReading
	if ah := x.ahead; ah != nil {
		ah.at.Store(int64(s.Index))
		if ah.ready[s.Index].Load() {
			r = &ah.readings[s.Index]
		}
	}
	if r == nil {
		x.own = readSentence(s, x.numbers)
		r = &x.own
	}
	if x.words == nil {
		x.words = make([][]string, len(x.a.Sentences))
	}
	if x.words[s.Index] == nil {
		x.words[s.Index] = r.words
	}
	x.reading, x.readingOf = r, s.Index
	return r
}
