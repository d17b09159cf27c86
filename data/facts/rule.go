package facts

// Rules are declared once: a pattern, an example it must find and a near
// miss it must not. The cheap check that runs before the pattern — "does
// the sentence hold a word this rule needs?" — is derived from the
// pattern itself, so the two can never drift apart (a hand-copied word
// list once lacked "plan" and silently hid "does not include any plan
// to hire").

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// rule is one declared pattern with the examples that prove it.
type rule struct {
	name    string
	pattern *regexp.Regexp
	// needs holds lower-case strings one of which every match contains;
	// nil when the pattern has no such literal and must always run.
	needs []string
	// fires is a sentence the rule must match; misses a near miss it
	// must not. The rule tests run every declared rule on both.
	fires, misses string
}

// declared lists every rule, for the tests.
var declared []*rule

// declare compiles a rule and derives its pre-check. It panics on a bad
// pattern, like regexp.MustCompile: rules are fixed at build time.
func declare(name, pattern, fires, misses string) *rule {
	r := &rule{name: name, pattern: regexp.MustCompile(pattern), fires: fires, misses: misses}
	if parsed, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		r.needs = requiredLiterals(parsed.Simplify())
	}
	declared = append(declared, r)
	return r
}

// mayMatch reports whether lower (a sentence in lower case) could match:
// false means the pattern certainly does not, without running it.
func (r *rule) mayMatch(lower string) bool {
	if r.needs == nil {
		return true
	}
	for _, w := range r.needs {
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

// find returns the submatch indexes of the rule's first match in text.
func (r *rule) find(text string) []int {
	return r.findLower(text, strings.ToLower(text))
}

// findLower is find for a caller that already holds text in lower case.
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
// it keeps the most selective part (the set whose shortest string is
// longest); for alternatives it needs a set from every branch.
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
		var best []string
		for _, sub := range re.Sub {
			if lits := requiredLiterals(sub); lits != nil && selectivity(lits) > selectivity(best) {
				best = lits
			}
		}
		return best
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

// selectivity is the length of the shortest string in lits: a longer
// required string rules out more sentences. Nil scores zero.
func selectivity(lits []string) int {
	if lits == nil {
		return 0
	}
	shortest := len(lits[0])
	for _, l := range lits[1:] {
		shortest = min(shortest, len(l))
	}
	return shortest
}
