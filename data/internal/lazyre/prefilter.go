package lazyre

// A pattern's pre-check: strings one of which every match contains,
// derived from the pattern itself when it compiles. A text that holds
// none of them cannot match, and the pattern does not run on it. Go's
// regexp tries a pattern with no literal prefix at every position of the
// text, slowly for long case-insensitive alternations; Lede runs most of
// its patterns on every sentence, and most sentences lack the pattern's
// words. The check is exact: it says "no" only when the pattern cannot
// match, so every result is the pattern's own.
//
// The same strings say where a search may start (window): every match
// holds one of them within a bounded number of bytes of its start (for
// (?:the )?chief, 4 bytes before "chief"), so none starts before the
// first of them less that bound, and the pattern runs on the text from
// there, at a place after a space or punctuation, where \b reads as at a
// text's start. Patterns with ^ or \A, and texts whose folding changed a
// rune's length, run from the start.
//
// Strings are compared case-folded, each rune replaced by the smallest
// rune of its case-folding orbit (the equivalence (?i) matches by), so
// that "K" (U+212A KELVIN SIGN) and "k", or "ſ" (U+017F) and "s", fold
// alike. A case-sensitive literal is then checked case-insensitively: a
// looser check, never a wrong one.

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// prefilter holds a pattern's required strings, folded, each with the
// pairs of bytes it holds (pairHash), to rule it out before searching;
// also, when set, is a second set from another part of the pattern that
// every match needs as well.
type prefilter struct {
	needs [][]byte
	pairs [][]uint16
	also  *prefilter
	// before bounds how many bytes a match may start before the string
	// of needs it holds; -1 when it is not bounded (window).
	before int
	// windowed reports whether the pattern may run from a later start
	// (window): it has no ^ or \A, whose answer there would differ.
	windowed bool
	// core, when set, is a much smaller pattern that every match holds
	// a match of (coreOf); a text it does not match is ruled out.
	core *regexp.Regexp
}

// newPrefilter derives the pre-check of pattern src, or returns nil when
// no useful one is known (the pattern then always runs).
func newPrefilter(src string) *prefilter {
	re, err := syntax.Parse(src, syntax.Perl) // the flags regexp.Compile uses
	if err != nil {
		return nil
	}
	re = re.Simplify()
	needs, before := required(re)
	p := filterOf(needs, before)
	if p != nil {
		p.also = filterOf(alsoRequired(re, needs))
		p.windowed = !anchored(re)
		p.core = coreOf(src)
	}
	return p
}

// coreOf returns, for a pattern too large for Go's regexp to run by
// backtracking, the same pattern with each repeat of a large count
// (large) made a plain repeat of any count — [^"]{1,60} becomes [^"]*
// — when that is small enough to backtrack. The core matches every text
// the whole matches (its pieces match all the whole's pieces match and
// more), so a text it does not match is ruled out. The words a pattern
// needs are often in a sentence not of the pattern's shape ("said" with
// no ", said Name." at its end); the core finds that out by
// backtracking, where the whole, with [^"]{1,60} copied sixty times into
// its program, takes Go's slowest path over every byte of the sentence.
func coreOf(src string) *regexp.Regexp {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil || !large(re) || programSize(re) <= maxBacktrackProg {
		return nil // the whole backtracks already
	}
	relaxed := anyCount(re)
	if programSize(relaxed) > maxBacktrackProg {
		return nil
	}
	return regexp.MustCompile(relaxed.String())
}

// anyCount returns a copy of re with each repeat of a large count made a
// repeat of any count: x{2,80} becomes x*.
func anyCount(re *syntax.Regexp) *syntax.Regexp {
	c := *re
	c.Sub = nil
	for _, sub := range re.Sub {
		c.Sub = append(c.Sub, anyCount(sub))
	}
	if c.Op == syntax.OpRepeat && max(c.Min, c.Max) > maxSmallRepeat {
		c.Op, c.Min, c.Max = syntax.OpStar, 0, 0
	}
	return &c
}

// maxBacktrackProg is the largest program Go's regexp runs by
// backtracking (regexp/backtrack.go), much faster than the step-by-step
// way it runs a larger one.
const maxBacktrackProg = 500

// maxSmallRepeat is the largest count a repeat in a small piece may have:
// {0,4} of a word is small, [^,]{2,80} is not.
const maxSmallRepeat = 8

// large reports whether re holds a counted repeat with a large count,
// which Go's regexp copies into its program that many times.
func large(re *syntax.Regexp) bool {
	if re.Op == syntax.OpRepeat && max(re.Min, re.Max) > maxSmallRepeat {
		return true
	}
	return slices.ContainsFunc(re.Sub, large)
}

// programSize is the number of instructions re compiles to.
func programSize(re *syntax.Regexp) int {
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0
	}
	return len(prog.Inst)
}

// coreIn reports whether text may hold a match as far as the core can
// tell: false means the pattern does not match text.
func (p *prefilter) coreIn(text string) bool {
	return p == nil || p.core == nil || p.core.MatchString(text)
}

// anchored reports whether re holds ^ or \A (in any mode), which match
// at a text's start and not at the same place inside a longer text.
func anchored(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, sub := range re.Sub {
		if anchored(sub) {
			return true
		}
	}
	return false
}

// alsoRequired returns, for a sequence, the most selective set one part
// of it requires that needs does not already imply (none of its strings
// inside one of needs): a match needs a string of each.
func alsoRequired(re *syntax.Regexp, needs []string) ([]string, int) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return nil, -1
	}
	var best []string
	bestBefore := -1
	for i, sub := range re.Sub {
		lits, before := required(sub)
		if lits == nil || !better(lits, best) || implied(lits, needs) {
			continue
		}
		best, bestBefore = lits, plus(maxWidth(re.Sub[:i]...), before)
	}
	return best, bestBefore
}

// implied reports whether a string of lits lies inside one of needs, so
// that finding needs says little more about lits.
func implied(lits, needs []string) bool {
	for _, l := range lits {
		for _, n := range needs {
			if strings.Contains(n, l) {
				return true
			}
		}
	}
	return false
}

// filterOf makes the pre-check for needs, or nil when they rule out too
// little to be worth checking.
func filterOf(needs []string, before int) *prefilter {
	if selectivity(needs) == 0 {
		return nil
	}
	// Any of needs will do, so one that contains another is redundant.
	// The string kept may lie further into a match than the one dropped,
	// by up to the length of the one dropped.
	var kept [][]byte
	dropped := 0
	for _, n := range needs {
		redundant := false
		for _, o := range needs {
			if o != n && strings.Contains(n, o) {
				redundant = true
				break
			}
		}
		if !redundant {
			kept = append(kept, []byte(n))
		} else {
			dropped = max(dropped, len(n))
		}
	}
	p := &prefilter{needs: kept, pairs: make([][]uint16, len(kept)), before: plus(before, dropped)}
	for i, n := range kept {
		for j := 0; j+1 < len(n); j++ {
			if h := pairHash(n[j], n[j+1]); !slices.Contains(p.pairs[i], h) {
				p.pairs[i] = append(p.pairs[i], h)
			}
		}
	}
	return p
}

// pairHash places a pair of adjacent bytes among the bits of a folding's
// pairs.
func pairHash(a, b byte) uint16 { return (uint16(a)*131 + uint16(b)) % pairBits }

// pairBits is the size of a folding's set of byte pairs.
const pairBits = 1024

// mayMatch reports whether text holds one of the required strings: false
// means the pattern cannot match text.
func (p *prefilter) mayMatch(text string) bool {
	if p == nil {
		return true
	}
	f := foldedText(text)
	for ; p != nil; p = p.also {
		if !p.holdsOne(f) {
			return false
		}
	}
	return true
}

// holdsOne reports whether folded text f holds one of p's strings.
func (p *prefilter) holdsOne(f *folding) bool {
	return p.firstAt(f, len(f.folded)) >= 0
}

// firstAt returns where the first of p's strings starts in folded text
// f, or -1 when it holds none; a string found at enough or before will
// do, as the first.
func (p *prefilter) firstAt(f *folding, enough int) int {
	first := -1
	for i, n := range p.needs {
		if !f.mayHold(p.pairs[i]) {
			continue
		}
		hay := f.folded
		if first >= 0 {
			hay = hay[:min(len(hay), first+len(n)-1)] // only an earlier start counts
		}
		if at := bytes.Index(hay, n); at >= 0 {
			if at <= enough {
				return at
			}
			first = at
		}
	}
	return first
}

// window returns where in text a search for the pattern may start with
// the same answer as from the text's start, 0 when none later is known,
// or -1 when the pattern cannot match text at all. No match starts
// before the first of a required set's strings less the set's bound
// (before); the start returned also follows an ASCII byte that is not a
// word character, so that \b and \B read it as they read a text's
// start, and the pattern has no ^ or \A (windowed). Positions in the
// folding are the text's only when folding kept every rune's length.
func (p *prefilter) window(text string) int {
	if p == nil {
		return 0
	}
	f := foldedText(text)
	start := 0
	for q := p; q != nil; q = q.also {
		if !p.windowed || !f.sameLen || q.before < 0 || len(text) < minWindowed {
			if !q.holdsOne(f) {
				return -1
			}
			continue
		}
		// A string found where the start would not move past start will do.
		at := q.firstAt(f, start+q.before)
		if at < 0 {
			return -1
		}
		start = max(start, at-q.before)
	}
	for start > 0 && !notWordASCII(text[start-1]) {
		start--
	}
	return start
}

// minWindowed is the shortest text worth looking for a later start in:
// in a shorter one the search saves less than finding the start costs.
const minWindowed = 64

// notWordASCII reports whether c is an ASCII byte that \b does not count
// as a word character: after it, a text reads as if it started there.
func notWordASCII(c byte) bool {
	return c < utf8.RuneSelf && !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_')
}

// folding is a text folded (appendFolded), with the set of byte pairs
// it holds; never changed once made.
type folding struct {
	text   string
	folded []byte
	pairs  [pairBits / 64]uint64
	// sameLen reports that every rune folded to as many bytes as it had,
	// so that a position in folded is the same position in text.
	sameLen bool
}

func newFolding(text string) *folding {
	f := &folding{text: text}
	f.folded, f.sameLen = appendFolded(make([]byte, 0, len(text)), text)
	for j := 0; j+1 < len(f.folded); j++ {
		h := pairHash(f.folded[j], f.folded[j+1])
		f.pairs[h/64] |= 1 << (h % 64)
	}
	return f
}

// mayHold reports whether the text holds every pair of pairs: false
// means a string with those pairs is not in it, and the slower search
// for it is skipped.
func (f *folding) mayHold(pairs []uint16) bool {
	for _, h := range pairs {
		if f.pairs[h/64]&(1<<(h%64)) == 0 {
			return false
		}
	}
	return true
}

// recentFolds keeps the texts folded last, by a hash of the text: Lede
// runs its patterns one after another on the same sentence or claim, so
// each text is folded once rather than once a pattern. An entry is
// replaced whole, atomically, so any goroutine may read it; keeping the
// text keeps an entry right (it is compared whole before use).
var recentFolds [1024]atomic.Pointer[folding]

// maxRecentFold is the longest text recentFolds keeps: a whole article
// does not push the sentences out.
const maxRecentFold = 4096

// lastLongFold keeps the last text longer than maxRecentFold folded: the
// options of a quiz ask several patterns about the whole article
// (facts.OptionJudge), each of which folded all 2 MiB of a long one
// again.
var lastLongFold atomic.Pointer[folding]

// foldedText returns text folded, from recentFolds or lastLongFold when
// it is there.
func foldedText(text string) *folding {
	if len(text) > maxRecentFold {
		if f := lastLongFold.Load(); f != nil && f.text == text {
			return f
		}
		f := newFolding(text)
		lastLongFold.Store(f)
		return f
	}
	h := uint(len(text))
	if len(text) > 0 {
		h = h*31 + uint(text[0])
		h = h*31 + uint(text[len(text)/2])
		h = h*31 + uint(text[len(text)-1])
	}
	slot := &recentFolds[h%uint(len(recentFolds))]
	if f := slot.Load(); f != nil && f.text == text {
		return f
	}
	f := newFolding(text)
	slot.Store(f)
	return f
}

// appendFolded appends text to dst with every rune folded (foldRune),
// and reports whether every rune kept its length in bytes. An invalid
// byte becomes U+FFFD, as the pattern reads it; no required string holds
// U+FFFD.
func appendFolded(dst []byte, text string) ([]byte, bool) {
	sameLen := true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r >= 0x2000 && r <= 0x206f {
			// General punctuation (’ “ ” — …) has no case: copied as it is,
			// without looking up its folding.
			dst = append(dst, text[i:i+n]...)
		} else {
			before := len(dst)
			dst = utf8.AppendRune(dst, foldRune(r))
			sameLen = sameLen && len(dst)-before == n
		}
		i += n
	}
	return dst, sameLen
}

// foldRune returns the smallest rune of r's case-folding orbit: two
// runes (?i) treats as equal fold to the same rune.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// fold folds a string of runes (foldRune).
func fold(runes []rune) string {
	var b strings.Builder
	for _, r := range runes {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// required returns folded strings one of which every match of re
// contains, or nil when no such set is known. For a sequence it keeps
// the most selective part — one piece, or a run of pieces whose every
// spelling is known ("is expected to" rather than " to"); for
// alternatives it needs a set from every branch. It also returns how
// many bytes into a match, at most, the string starts (-1: no bound
// known): a match of (?:the )?(?:chief|head) starts at most 4 bytes
// before its "CHIEF" or "HEAD".
func required(re *syntax.Regexp) ([]string, int) {
	switch re.Op {
	case syntax.OpLiteral:
		return known(fold(re.Rune)), 0
	case syntax.OpCharClass:
		// Any of a class's runes will do as a required string, as long
		// as there are few: "[£€¥₹₦]" or "[0-9]" before an amount.
		return classSpellings(re, maxClassRunes), 0
	case syntax.OpCapture, syntax.OpPlus:
		// A repetition's first round holds the string, from its start.
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		return sequence(re.Sub)
	case syntax.OpAlternate:
		var all []string
		most := 0
		for _, sub := range re.Sub {
			lits, before := required(sub)
			if lits == nil {
				return nil, -1
			}
			all = append(all, lits...)
			if most >= 0 {
				most = max(most, before)
				if before < 0 {
					most = -1
				}
			}
		}
		slices.Sort(all)
		return slices.Compact(all), most
	}
	return nil, -1
}

// maxWidth returns the most bytes a match of the sequence res may take,
// or -1 when there is no bound. A rune counts as many bytes as the
// longest rune it matches (an invalid byte, read as U+FFFD, is one).
func maxWidth(res ...*syntax.Regexp) int {
	total := 0
	for _, re := range res {
		total = plus(total, width(re))
	}
	return total
}

func width(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			most := runeWidth(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					most = max(most, runeWidth(f))
				}
			}
			n += most
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return runeWidth(re.Rune[len(re.Rune)-1]) // the ranges are sorted
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return width(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if width(re.Sub[0]) == 0 {
			return 0
		}
		return -1
	case syntax.OpRepeat:
		w := width(re.Sub[0])
		if w == 0 {
			return 0
		}
		if re.Max < 0 || w < 0 {
			return -1
		}
		return re.Max * w
	case syntax.OpConcat:
		return maxWidth(re.Sub...)
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			w := width(sub)
			if w < 0 {
				return -1
			}
			most = max(most, w)
		}
		return most
	}
	return -1
}

// runeWidth is the bytes rune r takes in UTF-8, at most utf8.UTFMax.
func runeWidth(r rune) int {
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return utf8.UTFMax
}

// plus adds two bounds, either of which may be -1 (no bound).
func plus(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// known returns s as a one-string set, or nil when s is empty or holds
// U+FFFD (which an invalid byte of the text also reads as).
func known(s string) []string {
	if s == "" || strings.ContainsRune(s, utf8.RuneError) {
		return nil
	}
	return []string{s}
}

// sequence picks, for a sequence, the most selective required set: each
// part's own, or the spellings of a run of parts whose spellings are all
// known and few (Go's parser factors "expected|likely" into shared
// prefixes, which alone would leave only " to").
func sequence(subs []*syntax.Regexp) ([]string, int) {
	var best []string
	bestBefore := -1
	consider := func(lits []string, before int) {
		if lits != nil && better(lits, best) {
			best, bestBefore = lits, before
		}
	}
	for i, sub := range subs {
		lits, before := required(sub)
		consider(lits, plus(maxWidth(subs[:i]...), before))
		run := []string{""}
		for _, next := range subs[i:] {
			set := exact(next)
			if set == nil {
				break
			}
			if run = product(run, set); run == nil {
				break
			}
			if !slices.Contains(run, "") {
				consider(run, maxWidth(subs[:i]...))
				if selectivity(run) >= enoughChars {
					break // a longer run has as many spellings or more: no better
				}
			}
		}
	}
	return best, bestBefore
}

// maxSpellings bounds the spellings a run of pieces may have.
const maxSpellings = 64

// exact returns every string re matches, folded, when they are few;
// nil otherwise.
func exact(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		s := fold(re.Rune)
		if strings.ContainsRune(s, utf8.RuneError) {
			return nil
		}
		return []string{s}
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		if set := exact(re.Sub[0]); set != nil {
			return append(set, "")
		}
	case syntax.OpCharClass:
		return classSpellings(re, maxSpelledRunes)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := exact(sub)
			if set == nil || len(all)+len(set) > maxSpellings {
				return nil
			}
			all = append(all, set...)
		}
		return all
	case syntax.OpConcat:
		run := []string{""}
		for _, sub := range re.Sub {
			set := exact(sub)
			if set == nil {
				return nil
			}
			if run = product(run, set); run == nil {
				return nil
			}
		}
		return run
	}
	return nil
}

// maxSpelledRunes bounds the runes of a class spelled out in a run of
// pieces (exact), where each multiplies the run's spellings.
const maxSpelledRunes = 4

// maxClassRunes bounds the runes of a class that is required on its own
// (required): each is one more string to look for, not a product. Ten
// takes in the digits, which an amount's pattern needs where its sign
// or code is an alternation Go's parser makes a class ("₺|₫|₩").
const maxClassRunes = 10

// classSpellings returns the runes of character class re, folded, when
// it has at most limit of them; nil otherwise.
func classSpellings(re *syntax.Regexp, limit int) []string {
	var set []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if len(set) >= limit || r == utf8.RuneError {
				return nil
			}
			set = append(set, fold([]rune{r}))
		}
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// product joins every string of a with every string of b, or returns nil
// when there would be too many.
func product(a, b []string) []string {
	if len(a)*len(b) > maxSpellings {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// enoughChars is the length from which a required string rules out
// nearly every sentence that lacks the pattern's words; past it, fewer
// strings to look for beat longer ones.
const enoughChars = 6

// better reports whether required set a is a cheaper, surer pre-check
// than b: more selective up to enoughChars, then fewer strings.
func better(a, b []string) bool {
	sa, sb := min(selectivity(a), enoughChars), min(selectivity(b), enoughChars)
	return sa > sb || sa == sb && sa > 0 && len(a) < len(b)
}

// selectivity scores how much of a sentence a required set rules out:
// the length of its shortest string, not counting spaces, with common
// short words ("the ", "it is ") worth nothing. Nil scores zero.
func selectivity(lits []string) int {
	if lits == nil {
		return 0
	}
	score := -1
	for _, l := range lits {
		n := len(strings.ReplaceAll(l, " ", ""))
		if commonPiece[strings.TrimSpace(l)] {
			n = 0
		}
		if score < 0 || n < score {
			score = n
		}
	}
	return score
}

// commonPiece are strings nearly every English sentence holds (folded).
var commonPiece = map[string]bool{"THE": true, "IT IS": true, "TO": true, "IN": true, "OF": true, "A": true,
	"AN": true, "AND": true, "IS": true, "IT": true, "ON": true, "BY": true, "AS": true, "AT": true, ",": true, ".": true}
