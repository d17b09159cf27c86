package quiz

// Deciding whether a candidate question is good enough to ask. Questions
// are over-generated; each must pass every gate below (a question that
// fails one is never asked, however few are left) and is then ranked by
// its score plus the features in rank. Each gate is one declaration with
// a name, so a teacher-facing reason or a test can point at it.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// gate is one reason to refuse a candidate question.
type gate struct {
	name  string
	fails func(q Question) bool
}

// gates every candidate must pass.
var gates = []gate{
	{"doubled word", func(q Question) bool { return hasWordPair(q.Prompt, doubledPairs) }},
	// Outside the quotation only: "We have had a good year" is the
	// article's own English, where "Did they have had" is the template's.
	{"fragment joined to a function word", func(q Question) bool { return hasWordPair(outsideQuotes(q.Prompt), brokenPairs) }},
	{"nested quotation marks", func(q Question) bool {
		return strings.ContainsAny(q.Prompt, "\"") && nestedQuotes.MatchString(q.Prompt)
	}},
	{"answer in the prompt", answerInPrompt},
	{"empty answer", func(q Question) bool { return strings.TrimSpace(q.Answer) == "" }},
	{"two sentences run together", func(q Question) bool { return runTogether(outsideQuotes(q.Prompt)) }},
	{"unbalanced quotation marks", func(q Question) bool { return unbalancedQuotes(q.Prompt) }},
	{"first person outside a quotation", firstPersonOutsideQuotes},
}

// runTogether finds a sentence or caption glued into another, or a name
// cut short: "no ceasefire The new video", "told The “I thought …”"
// (with the quotation already dropped: "told The ?").
func runTogether(s string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "The" && w != "A" && w != "An" || i == 0 {
			continue
		}
		if i == len(words)-1 || strings.HasPrefix(words[i+1], "?") {
			return true // "told The" and nothing after it
		}
		if startsLower(words[i-1]) && startsLower(words[i+1]) && !strings.ContainsAny(words[i-1], ",.;:") {
			return true
		}
	}
	return false
}

func startsLower(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsLower(r[0])
}

// unbalancedQuotes reports an opening quotation mark never closed, or
// the reverse, in straight or curly quotes.
func unbalancedQuotes(s string) bool {
	return strings.Count(s, "“") != strings.Count(s, "”") || strings.Count(s, "\"")%2 != 0
}

// firstPerson are words that speak for someone: outside a quotation,
// "our campaigning" in a question names no one.
var firstPerson = map[string]bool{"I": true, "we": true, "We": true, "our": true, "Our": true, "us": true,
	"my": true, "My": true, "me": true}

func firstPersonOutsideQuotes(q Question) bool {
	for _, w := range strings.FieldsFunc(outsideQuotes(q.Prompt), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if firstPerson[w] {
			return true
		}
	}
	return false
}

// insideQuotes returns the words of s within curly quotation marks.
func insideQuotes(s string) string {
	in, _ := splitQuotes(s)
	return in
}

// outsideQuotes drops what stands between curly quotation marks.
func outsideQuotes(s string) string {
	_, out := splitQuotes(s)
	return out
}

// splitQuotes parts s into what stands within curly quotation marks
// (each quotation followed by a space) and what stands outside them.
func splitQuotes(s string) (inside, outside string) {
	var in, out strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '“':
			depth++
		case r == '”' && depth > 0:
			depth--
			in.WriteRune(' ')
		case depth > 0:
			in.WriteRune(r)
		default:
			out.WriteRune(r)
		}
	}
	return in.String(), out.String()
}

var (
	// "that that", "the the": a claim glued to a verb that already had it.
	doubledPairs = wordPairs("that that", "the the", "a a", "an an", "to to", "of of", "said said", "is is",
		"was was", "and and", "in in")
	// "Did has commit", "the that BBC", "Who claims to be that": words
	// that cannot follow each other in a well-formed question.
	brokenPairs = wordPairs("did has", "did have", "did had", "did is", "did was", "did are", "did were",
		"did did", "did does", "does has", "does have", "does had", "does is", "does was", "does did", "does does",
		"do has", "do have", "do had", "do is", "do was", "has has", "has have", "has had", "has is", "has was",
		"have has", "have have", "have had", "have is", "have was", "will has", "will have", "will had",
		"will is", "will was", "the that", "be that")
	// “"…"”: a quotation already in quotes, quoted again.
	nestedQuotes = lazyre.New(`[“"]\s*["“]|["”]\s*[”"]`)
)

// wordPairs makes a set of two-word sequences.
func wordPairs(pairs ...string) map[string]bool {
	out := make(map[string]bool, len(pairs))
	for _, p := range pairs {
		out[p] = true
	}
	return out
}

// hasWordPair reports whether two neighbouring words of s, lower-cased
// and stripped of punctuation, form one of pairs. Word pairs, not
// case-insensitive patterns: the gates run on every candidate.
func hasWordPair(s string, pairs map[string]bool) bool {
	prev := ""
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ",.;:!?“”\"‘’()"))
		if prev != "" && pairs[prev+" "+w] {
			return true
		}
		prev = w
	}
	return false
}

// answerInPrompt: a typed answer the prompt already shows teaches
// nothing. Yes/no and choice answers are not words to find.
func answerInPrompt(q Question) bool {
	if q.Kind != Who && q.Kind != HowMany && q.Kind != ShortAnswer {
		return false
	}
	return namesAny(q.Prompt, q.Accepted)
}

// passesGates reports whether q may be asked at all.
func passesGates(q Question) bool {
	for _, g := range gates {
		if g.fails(q) {
			return false
		}
	}
	return true
}

// cleanSpeakerIn is cleanSpeaker with the whole article's text, where a
// one-word name may be shown to be a real one.
func cleanSpeakerIn(name, sentence string, aliases []string, article string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		particle, _, _ := strings.Cut(strings.ToLower(w), "-") // "al-Baghdadi"
		if !unicode.IsUpper(r[0]) && !nameParticles[particle] {
			return false
		}
		if strings.ContainsAny(w, "’'") && strings.HasSuffix(strings.ToLower(w), "s") && len(words) == 1 {
			return false // "It's"
		}
	}
	if notSpeakers[strings.ToLower(words[0])] || calendarWords[strings.ToLower(words[0])] {
		return false // "April says …" is a misread date, not a speaker
	}
	content := words
	if strings.EqualFold(words[0], "the") {
		content = words[1:] // "The Pyongyang" is one word of name
	}
	if len(content) == 0 || (len(content) == 1 && !knownSingleName(content[0], aliases, article)) {
		return false
	}
	return !partOfLongerName(name, sentence)
}

// honorifics come before a name without being part of it.
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Sir": true,
	"Dame": true, "Lord": true, "Lady": true, "Prof": true, "Professor": true, "President": true, "Minister": true,
	"Senator": true, "Sen": true, "Rep": true, "Gov": true, "Governor": true, "General": true, "Gen": true,
	"Chancellor": true, "Secretary": true, "Judge": true, "Coach": true, "Captain": true, "Rev": true,
	"Chairman": true, "Chief": true, "Officer": true, "Inspector": true, "Sheriff": true, "MP": true, "Mayor": true}

// clean is cleanSpeaker for a statement of this article, remembered.
func (g *generator) clean(f facts.Fact) bool {
	key := f.Subject + "\x00" + f.Text
	if v, ok := g.cleanNames[key]; ok {
		return v
	}
	if g.cleanNames == nil {
		g.cleanNames = map[string]bool{}
	}
	v := cleanSpeakerIn(f.Subject, f.Text, f.Aliases, g.a.Source)
	g.cleanNames[key] = v
	return v
}

// knownSingleName reports whether a one-word speaker is a name a student
// can write: an acronym or brand with capitals inside ("IAAF",
// "F-Secure"), a surname the article gives in full ("Taylor" of "Shelley
// Taylor"), or a body the article names again ("Lycos" said … Lycos
// claims); not a place word ("Europe") nor a word that is never a name.
func knownSingleName(w string, aliases []string, article string) bool {
	if notSpeakers[strings.ToLower(w)] || placeWords[w] || groupPlural.MatchString(w) {
		return false
	}
	if hasLongerAlias(w, aliases) {
		return true
	}
	r := []rune(w)
	for _, c := range r[1:] {
		if unicode.IsUpper(c) || unicode.IsDigit(c) {
			return true
		}
	}
	if article == "" {
		return false
	}
	if givenInFull(w, article) {
		return true // "Duncan Hunter" somewhere, "Hunter" here
	}
	return strings.Count(article, w) >= 3
}

// givenInFull reports whether article has w right after a capitalised
// word and a space ("Duncan Hunter"), w ending a word: the scan the
// pattern \p{Lu}\p{Ll}+ w\b would do, without compiling a pattern for
// every name.
func givenInFull(w, article string) bool {
	for from := 0; ; {
		i := strings.Index(article[from:], " "+w)
		if i < 0 {
			return false
		}
		i += from
		end := i + 1 + len(w)
		if (end == len(article) || !isASCIIWordByte(article[end])) && endsCapitalisedWord(article[:i]) {
			return true
		}
		from = i + 1
	}
}

// endsCapitalisedWord reports whether s ends with an upper-case letter
// followed by one or more lower-case letters.
func endsCapitalisedWord(s string) bool {
	lower := 0
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case unicode.IsLower(r):
			lower++
			s = s[:len(s)-n]
			continue
		case unicode.IsUpper(r):
			return lower > 0
		}
		return false
	}
	return false
}

func isASCIIWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// groupPlural matches a party or people named as a plural ("Tories",
// "Conservatives", "Democrats"): an article calls them several things,
// and a student's other name for them would be marked wrong.
var groupPlural = lazyre.New(`(?:ies|ives|ats|ans|ists|als)$`)

// placeWords are regions that stand before "says" in a loose sense
// ("whatever Europe says") but are not a source a student can weigh.
var placeWords = map[string]bool{"Europe": true, "Asia": true, "Africa": true, "America": true, "West": true,
	"East": true, "Allah": true, "God": true}

// nameParticles may be lower case inside a name: "Abu Bakr al-Baghdadi".
var nameParticles = map[string]bool{"al": true, "de": true, "van": true, "von": true, "bin": true, "da": true,
	"del": true, "la": true, "le": true, "of": true, "and": true, "for": true, "the": true}

// notSpeakers open capitalised runs that are not names.
var notSpeakers = map[string]bool{"it": true, "its": true, "his": true, "her": true, "their": true, "it's": true, "this": true, "that": true, "there": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "analysts": true, "experts": true,
	"officials": true, "sources": true, "reports": true, "critics": true, "police": true, "but": true,
	"and": true, "so": true, "instead": true, "however": true, "meanwhile": true, "also": true}

func hasLongerAlias(name string, aliases []string) bool {
	for _, a := range aliases {
		if article.CountWords(a) > 1 && strings.Contains(a, name) {
			return true
		}
	}
	return false
}

// partOfLongerName reports whether every place name stands in sentence
// is inside a longer run of capitalised words: the sentence names
// something else, of which this is a piece.
func partOfLongerName(name, sentence string) bool {
	found := false
	for from := 0; ; {
		i := strings.Index(sentence[from:], name)
		if i < 0 {
			break
		}
		i += from
		found = true
		before := lastWord(sentence[:i])
		after := firstWord(sentence[i+len(name):])
		glued := (i > 0 && !unicode.IsSpace(rune(sentence[i-1])) && sentence[i-1] != '"' && sentence[i-1] != '(') ||
			(i+len(name) < len(sentence) && isWordByte(sentence[i+len(name)]))
		partOfBefore := (isCapitalisedWord(before) && !honorifics[strings.TrimSuffix(before, ".")] && i > len(before)+1 && !endsClause(sentence[:i])) ||
			isNumber(before) // "50 Cent"
		// "Syrian Observatory for Human Rights": a name joined by "for",
		// "of" or "and" to capitalised words before it.
		if nameJoiners[before] {
			partOfBefore = isCapitalisedWord(lastWord(strings.TrimSuffix(strings.TrimSpace(sentence[:i]), before)))
		}
		if !glued && !isCapitalisedWord(after) && !partOfBefore {
			return false
		}
		from = i + 1
	}
	return found
}

// nameJoiners join the words of one name: "Institute for Fiscal Studies".
var nameJoiners = map[string]bool{"for": true, "of": true, "and": true, "&": true, "de": true}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isWordByte(b byte) bool { return b == '-' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func endsClause(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":")
}

func lastWord(s string) string {
	return strings.Trim(lastField(s), `"“”‘’(`)
}

func firstWord(s string) string {
	w := firstField(s)
	if w == "" {
		return ""
	}
	if strings.ContainsAny(w[len(w)-1:], ",.;:!?") {
		return "" // the name ends a clause
	}
	return strings.Trim(w, `"“”‘’)`)
}

// firstField and lastField return the first and the last of the words
// strings.Fields would return, "" when it returns none, without making
// the words between: the quiz asks them of sentences by the thousand.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// unresolvedPronoun finds a pronoun for a thing opening a claim: "it
// is", "this was". (A claim that opens with "he" or "they" reads as the
// speaker's own, as in "Who said they would …?".)
var unresolvedPronoun = lazyre.New(`(?i)^(?:[“"]?)(?:it|this|these|those|its)\b`)

func (g *generator) centrality(i int) int {
	if i < 0 {
		return 20 // the headline and subheadings
	}
	if i >= len(g.a.Sentences) {
		return 0
	}
	paras := g.paragraphNumber(g.a.Sentences[i].Block)
	switch {
	case paras <= 1 || i == 0:
		return 20
	case paras == 2:
		return 10
	case paras <= 4:
		return 4
	}
	return 0
}

// paragraphNumber is block's place among the blocks that hold sentences
// (1 for the first), counted once for the whole article: counting again
// for every question made a long article's quiz quadratic.
func (g *generator) paragraphNumber(block int) int {
	if g.paragraphs == nil {
		g.paragraphs = make([]int, len(g.a.Blocks))
		n := 0
		for k, b := range g.a.Blocks {
			if len(b.Sentences) > 0 {
				n++
			}
			g.paragraphs[k] = n
		}
	}
	if block < 0 || block >= len(g.paragraphs) {
		return 0
	}
	return g.paragraphs[block]
}

// namedSpeakers counts the distinct named people and bodies quoted: a
// question that names a speaker beside others' words needs two or more.
func (g *generator) namedSpeakers() int {
	if g.named < 0 {
		// People, not names: "Maurice Lindsay" and "Lindsay" are one
		// speaker, and an article that quotes only him gives the answer
		// to every who-question away (full review: two such, both G).
		var counted []facts.Fact
		for _, s := range g.allSpeakers() {
			if g.clean(s) && !slices.ContainsFunc(counted, func(c facts.Fact) bool { return sameSpeaker(c, s) }) {
				counted = append(counted, s)
			}
		}
		g.named = len(counted)
	}
	return g.named
}

// speakerIsCertain reports whether the speaker is named in the sentence
// or in the one just before it; one taken over from further back ("he
// added", paragraphs later) may be the wrong person.
func speakerIsCertain(f facts.Fact) bool {
	if f.Resolved {
		return false
	}
	// "Sources close to Mr Hockney said": the speakers are unnamed.
	if i := strings.Index(f.Text, f.Subject); i > 0 && closeTo.MatchString(f.Text[:i]) {
		return false
	}
	// "…, claims technology writer John Gruber": the speaker follows the
	// verb; a capitalised run before it is the end of the claim. Not
	// where the speaker opens the sentence ("Michael Madden, editor of
	// …, said Jong-un is desperate …"): the capital after "said" is the
	// claim's. "Instead, said Mr Doctorow, …" opens on no person.
	at := strings.Index(f.Text, f.Subject)
	if m := invertedAttributionIndex(f.Text); m != nil && at < m[0] && !(looksLikePerson(f.Subject) && opensSentence(f.Text, at)) {
		return false
	}
	return true
}

// opensSentence reports whether the name at byte i stands in the
// sentence's opening words, with no comma, quotation or clause before it:
// "Fellow expert Jenny Town, of …, said …".
func opensSentence(text string, i int) bool {
	return i >= 0 && !strings.ContainsAny(text[:i], ",;:\"“”") && article.CountWords(text[:i]) <= 3
}

// namedForCertain reports whether statement f's speaker is someone the
// article names, for certain, by a clean name: whom a question may
// credit with the claim.
func (g *generator) namedForCertain(f facts.Fact) bool {
	return !genericSpeaker(f.Subject) && speakerIsCertain(f) && g.clean(f)
}

// closeTo ends the words that make a named person's circle the source.
var closeTo = lazyre.New(`(?i)\b(?:sources?|friends?|aides?|allies|people|those|insiders?) (?:close to|of|familiar with|around|near)\s+(?:(?:Mr|Mrs|Ms|Dr|the)\.?\s+)?$`)

// invertedAttribution finds "…, said X" and "…, claims writer X".
var invertedAttribution = lazyre.New(`[,”"]\s*(?:said|says|claims|claimed|added|told|argued|insisted|warned|wrote)\s+(?:\p{Ll}+\s+){0,3}\p{Lu}`)

// invertedAttributionIndex is invertedAttribution.FindStringIndex(text).
// A match opens on a comma or a quotation mark, and is tried, anchored,
// there alone (lazyre's FindStringSubmatchIndexAt; the pattern has no
// groups, so the match is the same two numbers): from every place of
// every statement, as Go's regexp tries a pattern that opens on a class,
// it was among the costliest patterns of a long article.
func invertedAttributionIndex(text string) []int {
	if !invertedAttribution.MayMatch(text) {
		return nil
	}
	var starts []int
	for i := 0; i < len(text); i++ {
		if text[i] == ',' || text[i] == '"' || strings.HasPrefix(text[i:], "”") {
			starts = append(starts, i)
		}
	}
	return invertedAttribution.FindStringSubmatchIndexAt(text, starts)
}

// looksLikePerson reports whether a name reads as one person's.
func looksLikePerson(name string) bool { return facts.LooksLikePerson(name) }
