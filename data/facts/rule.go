package facts

// Rules are declared once: a pattern, an example it must find and a near
// miss it must not. The cheap check that runs before the pattern — "does
// the sentence hold a string this rule needs?" — is derived from the
// pattern itself (data/internal/lazyre does it for every pattern), so the
// two can never drift apart (a hand-copied word list once lacked "plan"
// and silently hid "does not include any plan to hire").

import (
	"github.com/lede-app/lede/data/internal/lazyre"
)

// rule is one declared pattern with the examples that prove it.
type rule struct {
	name    string
	pattern *lazyre.Regexp
	// fires is a sentence the rule must match; misses a near miss it
	// must not. The rule tests run every declared rule on both.
	fires, misses string
	// message, when set, explains this rule's flag in place of its
	// kind's explanation; %s is the words that show the trap.
	message string
}

// declared lists every rule, for the tests.
var declared []*rule

// declare declares a rule. The pattern compiles, and derives its
// pre-check, when first used (lazyre); a bad one panics then, and the
// rule tests compile every one.
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

// mayMatch reports whether text could match: false means the pattern
// certainly does not, without running it.
func (r *rule) mayMatch(text string) bool { return r.pattern.MayMatch(text) }

// in reports whether the rule matches text; the pattern runs only when
// its pre-check passes.
func (r *rule) in(text string) bool { return r.pattern.MatchString(text) }

// findIn returns the submatch indexes of the rule's first match in
// text, or nil. (The pattern folds text itself for its pre-check, once
// for every pattern that reads the same text: no caller lower-cases it.)
func (r *rule) findIn(text string) []int {
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
