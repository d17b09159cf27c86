package facts

import (
	"strings"
	"testing"
)

// TestEveryRuleFiresOnItsExample runs each declared rule on its own
// example (it must match, and its derived pre-check must let it through)
// and on its near miss (it must not match): a rule whose pre-check can
// never pass, or whose pattern drifted from what it was written for,
// fails here.
func TestEveryRuleFiresOnItsExample(t *testing.T) {
	if len(declared) < 10 {
		t.Fatalf("%d rules declared; the package declares more", len(declared))
	}
	names := map[string]bool{}
	for _, r := range declared {
		t.Run(r.name, func(t *testing.T) {
			if names[r.name] {
				t.Errorf("two rules are called %q", r.name)
			}
			names[r.name] = true
			if r.fires == "" || r.misses == "" {
				t.Fatalf("rule %q lacks an example or a near miss", r.name)
			}
			if !r.pattern.MatchString(r.fires) {
				t.Errorf("pattern does not match its example %q", r.fires)
			}
			if !r.mayMatch(r.fires) {
				t.Errorf("pre-check %q rules out its own example %q", r.pattern.Needs(), r.fires)
			}
			if r.in(r.misses) {
				t.Errorf("matches its near miss %q", r.misses)
			}
		})
	}
}

// TestPreCheckNeverHidesAMatch checks, for every rule and many texts,
// that whenever the pattern matches, the pre-check lets it through.
func TestPreCheckNeverHidesAMatch(t *testing.T) {
	texts := []string{}
	for _, r := range declared {
		texts = append(texts, r.fires, strings.ToUpper(r.fires), r.misses)
	}
	for _, r := range declared {
		for _, text := range texts {
			if r.pattern.MatchString(text) && !r.mayMatch(text) {
				t.Errorf("rule %q: pre-check %q hides a match in %q", r.name, r.pattern.Needs(), text)
			}
		}
	}
}
