// Package facts reads the facts of a parsed article — numbers and what
// they count, who said what, what sources are cited, what is promised or
// explicitly not promised, what the headline claims — and flags the traps
// a careful reader should catch. Every fact and flag carries its evidence:
// the sentence it comes from and that sentence's span in the source.
//
// The package is pure and uses only general rules of English news
// writing; nothing in it knows any particular article.
package facts

import (
	"github.com/lede-app/lede/data/article"
)

// Kind says what sort of fact a Fact is.
type Kind string

// The kinds of fact Lede extracts.
const (
	// Quantity is a number with what it counts: "36,446 full-time employees".
	Quantity Kind = "quantity"
	// Attribution is a claim credited to a source: "According to CNBC, …".
	Attribution Kind = "attribution"
	// Statement is what someone said, told or announced: "Ma said that …".
	Statement Kind = "statement"
	// Commitment is something promised, pledged or agreed to.
	Commitment Kind = "commitment"
	// NoCommitment is something explicitly not promised or not involved.
	NoCommitment Kind = "no-commitment"
	// HeadlineClaim is the claim of the headline or of a subheading.
	HeadlineClaim Kind = "headline-claim"
	// Title is a post the article gives a person: "executive chairman".
	Title Kind = "title"
	// Hedged is a reported claim that is only a possibility: "could be".
	Hedged Kind = "hedged"
	// DateMention is a date as written, resolved against publication.
	DateMention Kind = "date"
)

// Fact is one thing the article states, with its evidence.
type Fact struct {
	Kind Kind `json:"kind"`
	// Sentence indexes Article.Sentences; -1 for the headline and
	// subheadings, whose span is given in Span.
	Sentence int          `json:"sentence"`
	Span     article.Span `json:"span"`
	// Text is the evidence sentence or heading.
	Text string `json:"text"`
	// Subject is who or what the fact is about: the speaker of a
	// statement, the source of an attribution, the actor of a commitment,
	// the holder of a quantity ("the company").
	Subject string `json:"subject,omitempty"`
	// Verb is the verb that ties subject and fact together as written:
	// "said", "had", "does not involve".
	Verb string `json:"verb,omitempty"`
	// Claim is what is said, claimed, promised or denied.
	Claim string `json:"claim,omitempty"`
	// Quote is the directly quoted words, when there are quotation marks.
	Quote string `json:"quote,omitempty"`
	// Stated is a hedged claim rewritten as certain ("will be created"),
	// for a question that asks whether the article says so.
	Stated string `json:"stated,omitempty"`
	// Number, Counts, Hedge and AsOf describe a quantity: 36446,
	// "full-time employees", "over", "March 31".
	Number     float64 `json:"number,omitempty"`
	NumberText string  `json:"number_text,omitempty"`
	Counts     string  `json:"counts,omitempty"`
	Hedge      string  `json:"hedge,omitempty"`
	AsOf       string  `json:"as_of,omitempty"`
	// Source is who the article credits for a quantity or claim.
	Source string `json:"source,omitempty"`
	// Tense is "present", "past" or "future", for phrasing questions.
	Tense string `json:"tense,omitempty"`
	// Date is a date mention resolved against the publication date:
	// "2017-01-01", "2016" or "2017-01"; DateText says it in words.
	// Weekday is the weekday as written; Relative marks "on Monday",
	// "last week" and other dates that only publication pins down.
	Date     string `json:"date,omitempty"`
	DateText string `json:"date_text,omitempty"`
	Weekday  string `json:"weekday,omitempty"`
	Relative bool   `json:"relative,omitempty"`
	// Supported tells, for a headline claim, whether the body backs it.
	Supported *bool `json:"supported,omitempty"`
	// Support is the sentence index of the body's best evidence for or
	// against a headline claim, or -1.
	Support int `json:"support,omitempty"`
	// Resolved marks a statement whose speaker was taken from an earlier
	// sentence ("He added …"): likely, not certain.
	Resolved bool `json:"resolved,omitempty"`
	// Continued marks a statement whose sentence names no speaker: it
	// goes on with, or leads to, a quotation another sentence of its
	// paragraph credits ("“I was robbed.” / “Everybody saw it,” he
	// said."; continuedQuotations).
	Continued bool `json:"continued,omitempty"`
	// Aliases lists other names the article uses for Subject.
	Aliases []string `json:"aliases,omitempty"`
	// Channel is where a statement was made, as the article says it:
	// "on television station Canal Plus", "in a statement", "to the
	// BBC News website". Empty where the article does not say.
	Channel string `json:"channel,omitempty"`
	// Withheld is, for a NoCommitment, the verb of what the Subject
	// pointedly did not do, as a question asks it: "guarantee", "rule
	// out", "say" ("stopped short of guaranteeing that …", "would not say
	// whether …"); Claim is its object. Empty for a commitment not made
	// ("did not commit to …").
	Withheld string `json:"withheld,omitempty"`
}

// FlagKind names a media-literacy trap.
type FlagKind string

// The traps Lede flags.
const (
	HeadlineUnsupported FlagKind = "headline-unsupported"
	WeekdayMismatch     FlagKind = "weekday-mismatch"
	YearMissing         FlagKind = "year-missing"
	FooterYearMismatch  FlagKind = "footer-year-mismatch"
	TitleChange         FlagKind = "title-change"
	SecondHand          FlagKind = "second-hand"
	SelfReported        FlagKind = "self-reported"
	FundingConflict     FlagKind = "funding-conflict"
	NotReviewed         FlagKind = "not-reviewed"
	NotConfirmed        FlagKind = "unconfirmed"
	AnonymousSource     FlagKind = "anonymous-source"
	SourceChain         FlagKind = "source-chain"
	SocialMedia         FlagKind = "social-media"
	UnsourcedClaim      FlagKind = "unsourced-claim"
	RelativeDate        FlagKind = "relative-date"
	Denial              FlagKind = "denial"
	HeadlineHedged      FlagKind = "headline-hedged"
	InterestedParty     FlagKind = "interested-party"
)

// Flag is a trap a careful reader should catch.
type Flag struct {
	Kind FlagKind `json:"kind"`
	// Message explains the trap to a student in one or two sentences.
	Message string `json:"message"`
	// Sentence and Span point at the evidence, as in Fact.
	Sentence int          `json:"sentence"`
	Span     article.Span `json:"span"`
	// About is the text the flag is about (the headline, the date).
	About string `json:"about"`
	// Rule names the declared rule that raised the flag, when one did.
	Rule string `json:"rule,omitempty"`
}

// Analysis is everything extracted from one article.
type Analysis struct {
	Facts    []Fact   `json:"facts"`
	Flags    []Flag   `json:"flags"`
	Entities []Entity `json:"entities"`
}

// Extract reads the facts and flags of a.
func Extract(a *article.Article) *Analysis {
	return extract(a, worthReadingAhead(a))
}

// extract is Extract, its sentences read ahead of its loop on another
// goroutine when withAhead holds (readAhead): the facts are the same
// either way (TestAheadSameAsLoop).
func extract(a *article.Article, withAhead bool) *Analysis {
	// Room for about as many facts as an article has sentences and half
	// as many again (a long article has 1.4 a sentence): grown one fact
	// at a time, the slice of large facts was copied over and over, a
	// tenth of a 2 MB article's extraction.
	// What the sentences' patterns read of each sentence alone is read
	// ahead of the loop below on another core, if there is one.
	numbers := newSentenceNumbers(len(a.Sentences))
	var reading *ahead
	if withAhead {
		reading = readAhead(a, numbers)
	}
	x := &extractor{a: a, entities: findEntities(a), facts: make([]Fact, 0, len(a.Sentences)*3/2), ahead: reading, numbers: numbers}
	// The titles' patterns and the body's index for the headline checks
	// read the sentences alone: they run on another core, if there is
	// one, while the sentences are read (together a third of a long
	// article's extraction), and are taken, in this order, when needed.
	x.titling, x.indexing = make(chan []personTitle, 1), make(chan bodyIndexes, 1)
	go func() {
		x.titling <- titlesIn(a.Sentences)
		x.indexing <- indexBody(a.Sentences, numbers)
	}()
	// The dates read no other fact: they are read on a third goroutine,
	// and come last, as if read after the rest.
	dating := make(chan *extractor, 1)
	go func() { dating <- datesIn(a) }()
	for _, s := range a.Sentences {
		x.sentence(s)
	}
	x.ahead.done()
	x.continuedQuotations()
	x.titles()
	x.sourcing()
	x.headlines()
	x.adoptDates(<-dating)
	an := &Analysis{Facts: x.facts, Flags: withinLimits(x.flags), Entities: x.entities}
	if an.Flags == nil {
		an.Flags = []Flag{} // "no traps found" reads as [] in JSON, not null
	}
	return an
}

// datesIn reads the body's dates (dates) with an extractor of their own.
func datesIn(a *article.Article) *extractor {
	d := &extractor{a: a}
	d.dates()
	return d
}

// adoptDates adds the facts and flags of datesIn after x's own. A date is
// neither a speaker's fact nor a commitment, so nothing else is kept of it.
func (x *extractor) adoptDates(d *extractor) {
	x.facts = append(x.facts, d.facts...)
	for _, fl := range d.flags {
		x.addFlag(fl)
	}
}

// withinLimits keeps, of each kind of trap, the first flags up to the
// kind's limit: a list of twelve "relative date" flags buries the one
// that matters.
func withinLimits(flags []Flag) []Flag {
	seen := map[FlagKind]int{}
	out := flags[:0]
	for _, fl := range flags {
		t, _ := TrapOf(fl.Kind)
		if seen[fl.Kind]++; t.Limit == 0 || seen[fl.Kind] <= t.Limit {
			out = append(out, fl)
		}
	}
	return out
}

// extractor carries the state of one Extract call.
type extractor struct {
	a *article.Article
	// quotedAfter holds, for each sentence, whether a quotation is
	// still open at its end (openAfter); nil until openAtEnds first asks.
	quotedAfter []bool
	entities    []Entity
	// entityAt indexes the entities by their names' FoldKey; nil until
	// entity first asks.
	entityAt map[string]int
	// entityByName indexes the entities by name as written; nil until
	// entityNamed first asks.
	entityByName map[string]int
	facts        []Fact
	flags        []Flag
	// flagCounts and flaggedAt count the flags by kind, and by kind and
	// sentence, as they are added (addFlag).
	flagCounts map[FlagKind]int
	flaggedAt  map[flagPlace]bool
	// flagsOn marks the sentences with a flag of any kind (addFlag).
	flagsOn map[int]bool
	// shows holds, by trap rule, whether the article can show its kind
	// (canShow), read when sentenceTraps first asks.
	shows []bool
	// lastSpeaker is the most recent named speaker, for "He also said".
	lastSpeaker string
	// lastSpeakerAt is the sentence that named lastSpeaker.
	lastSpeakerAt int
	// words caches each sentence's lower-cased words, for cheap checks
	// before the slow patterns. A list, not a set: a sentence has fewer
	// words than the sets it is checked against, and a list costs no
	// hashing to build.
	words [][]string
	// anchored caches whether the article gives a date a reader can
	// place relative dates against; nil until asked.
	anchored *bool
	// bodyIndexes is what headline checks need of the body, from
	// indexing (built while the sentences are read) or built when first
	// asked (bodyIndex).
	bodyIndexes
	indexing chan bodyIndexes
	// titling brings the titles titlesIn finds, from Extract's start.
	titling chan []personTitle
	// noCommitments maps a sentence to its first NoCommitment fact (an
	// index into facts), kept as facts are added.
	noCommitments map[int]int
	// speakers maps a sentence to the first speaker (an attribution's or
	// a statement's subject) found in it, kept as facts are added: looking
	// it up by scanning every fact made long articles quadratic.
	speakers map[int]string
	// titled holds the canonical names the article gives a title; nil
	// until isPerson first asks, after the titles pass.
	titled map[string]bool
	// posts are the article's posts in a firm, read when sellsFor first
	// asks (sellerPosts).
	posts sellerPostings
	// according indexes the sentences that say "according to", made
	// when otherSourceFor first asks.
	according *substringIndex
	// ahead reads the sentences ahead of the loop (readAhead); nil for a
	// short article or one core. reading is the last sentence's reading
	// (read), of sentence readingOf; own holds it when the loop read it.
	ahead *ahead
	// numbers holds the sentences' numbers, read once for the loop, the
	// goroutine ahead of it and the body's index; nil in the dates' own
	// extractor, which reads none.
	numbers   *sentenceNumbers
	reading   *sentenceReading
	readingOf int
	own       sentenceReading
}

// maxSentence is the longest sentence whose grammar is read: longer
// "sentences" are lists, tables or scrapes without full stops, and the
// patterns would spend seconds on them for nothing.
const maxSentence = 2000

func (x *extractor) sentence(s article.Sentence) {
	if len(s.Text) > maxSentence {
		return
	}
	x.attributions(s)
	x.statements(s)
	x.commitments(s)
	x.quantities(s)
	x.unconfirmed(s)
	x.sentenceTraps(s)
}

func (x *extractor) add(f Fact) {
	if _, ok := x.noCommitments[f.Sentence]; !ok && f.Kind == NoCommitment {
		if x.noCommitments == nil {
			x.noCommitments = map[int]int{}
		}
		x.noCommitments[f.Sentence] = len(x.facts)
	}
	x.facts = append(x.facts, f)
	if f.Kind == Attribution || f.Kind == Statement {
		if x.speakers == nil {
			x.speakers = map[int]string{}
		}
		if _, ok := x.speakers[f.Sentence]; !ok {
			x.speakers[f.Sentence] = f.Subject
		}
	}
}

// has reports whether sentence i holds any of the words in set. Go's
// regexp is slow on long case-insensitive alternations, so each pattern
// first checks that a word it needs is there.
func (x *extractor) has(i int, set map[string]bool) bool {
	if x.words == nil {
		x.words = make([][]string, len(x.a.Sentences))
	}
	if x.words[i] == nil {
		x.words[i] = splitWords(x.a.Sentences[i].Text)
	}
	for _, w := range x.words[i] {
		if set[w] {
			return true
		}
	}
	return false
}

// find runs rule r on sentence s, skipping the pattern when the
// sentence lacks every string the rule needs.
func (x *extractor) find(r *rule, s article.Sentence) []int {
	return r.findIn(s.Text)
}

// fact starts a Fact whose evidence is sentence s.
func fact(kind Kind, s article.Sentence) Fact {
	return Fact{Kind: kind, Sentence: s.Index, Span: s.Span, Text: s.Text, Support: -1}
}

// ByKind returns the facts of one kind, in article order.
func (an *Analysis) ByKind(k Kind) []Fact {
	var out []Fact
	for _, f := range an.Facts {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}
