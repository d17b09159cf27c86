package facts

// Rules are declared once: a pattern, an example it must find and a near
// miss it must not. The cheap check that runs before the pattern — "does
// the sentence hold a word this rule needs?" — is derived from the
// pattern itself, so the two can never drift apart (a hand-copied word
// list once lacked "plan" and silently hid "does not include any plan
// to hire").

import (
	"regexp/syntax"
	"slices"
	"strings"
	"sync"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// rule is one declared pattern with the examples that prove it.
type rule struct {
	name    string
	pattern *lazyre.Regexp
	// needs holds lower-case strings one of which every match contains;
	// nil when the pattern has no such literal and must always run. It is
	// derived from the pattern on first use, like the pattern's compiling.
	needs     []string
	needsOnce sync.Once
	// fires is a sentence the rule must match; misses a near miss it
	// must not. The rule tests run every declared rule on both.
	fires, misses string
	// message, when set, explains this rule's flag in place of its
	// kind's explanation; %s is the words that show the trap.
	message string
}

// declared lists every rule, for the tests.
var declared []*rule

// declare declares a rule and derives its pre-check. The pattern compiles
// when first used (lazyre); a bad one panics then, and the rule tests
// compile every one.
func declare(name, pattern, fires, misses string) *rule {
	r := &rule{name: name, pattern: lazyre.New(pattern), fires: fires, misses: misses}
	declared = append(declared, r)
	return r
}

// saying gives the rule its own explanation for a student (see
// message), when the kind's general one would read oddly.
func (r *rule) saying(message string) *rule {
	r.message = message
	return r
}

// required returns what every match must contain (see needs).
func (r *rule) required() []string {
	r.needsOnce.Do(func() {
		if parsed, err := syntax.Parse(r.pattern.String(), syntax.Perl); err == nil {
			r.needs = requiredLiterals(parsed.Simplify())
		}
	})
	return r.needs
}

// mayMatch reports whether lower (a sentence in lower case) could match:
// false means the pattern certainly does not, without running it.
func (r *rule) mayMatch(lower string) bool {
	needs := r.required()
	if needs == nil {
		return true
	}
	for _, w := range needs {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// in reports whether the rule matches text, running the pattern only
// when the cheap check passes.
func (r *rule) in(text string) bool {
	return r.mayMatch(strings.ToLower(text)) && r.pattern.MatchString(text)
}

// inLower is in for a caller that already holds text in lower case.
func (r *rule) inLower(text, lower string) bool {
	return r.mayMatch(lower) && r.pattern.MatchString(text)
}

// findLower returns the submatch indexes of the rule's first match in
// text, given text in lower case too for the cheap check.
func (r *rule) findLower(text, lower string) []int {
	if !r.mayMatch(lower) {
		return nil
	}
	return r.pattern.FindStringSubmatchIndex(text)
}

// group returns the text of the named group in match m, or "".
func (r *rule) group(text string, m []int, name string) string {
	i := r.pattern.SubexpIndex(name)
	if i < 0 || m == nil || m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// requiredLiterals returns lower-case strings one of which every match
// of re must contain, or nil when no such set is known. For a sequence
// it keeps the most selective part — a single piece, or a run of pieces
// whose every spelling is known ("is expected to" rather than " to");
// for alternatives it needs a set from every branch.
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatLiterals(re.Sub)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lits := requiredLiterals(sub)
			if lits == nil {
				return nil
			}
			all = append(all, lits...)
		}
		slices.Sort(all)
		return slices.Compact(all)
	}
	return nil
}

// concatLiterals picks, for a sequence, the most selective required set:
// each part's own, or the spellings of a run of parts whose spellings are
// all known and few (Go's parser factors "expected|likely" into shared
// prefixes, which alone would leave only " to").
func concatLiterals(subs []*syntax.Regexp) []string {
	var best []string
	consider := func(lits []string) {
		if lits != nil && better(lits, best) {
			best = lits
		}
	}
	for i, sub := range subs {
		consider(requiredLiterals(sub))
		run := []string{""}
		for _, next := range subs[i:] {
			set := exactSet(next)
			if set == nil {
				break
			}
			run = product(run, set)
			if run == nil {
				break
			}
			if !slices.Contains(run, "") {
				consider(run)
			}
		}
	}
	return best
}

// maxSpellings bounds the spellings a run of pieces may have.
const maxSpellings = 64

// exactSet returns every string re matches, lower-cased, when they are
// few; nil otherwise.
func exactSet(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpQuest:
		if set := exactSet(re.Sub[0]); set != nil {
			return append(set, "")
		}
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) >= 4 {
					return nil
				}
				set = append(set, strings.ToLower(string(r)))
			}
		}
		slices.Sort(set)
		return slices.Compact(set)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := exactSet(sub)
			if set == nil || len(all)+len(set) > maxSpellings {
				return nil
			}
			all = append(all, set...)
		}
		return all
	case syntax.OpConcat:
		run := []string{""}
		for _, sub := range re.Sub {
			set := exactSet(sub)
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
// nearly every sentence that lacks the rule's words; past it, fewer
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

// commonPiece are strings nearly every English sentence holds.
var commonPiece = map[string]bool{"the": true, "it is": true, "to": true, "in": true, "of": true, "a": true,
	"an": true, "and": true, "is": true, "it": true, "on": true, "by": true, "as": true, "at": true, ",": true}
