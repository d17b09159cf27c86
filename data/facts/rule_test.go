package facts

import (
	"regexp/syntax"
	"slices"
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
			if !r.in(r.fires) {
				t.Errorf("pre-check %q rules out its own example %q", r.required(), r.fires)
			}
			if r.in(r.misses) {
				t.Errorf("matches its near miss %q", r.misses)
			}
		})
	}
}

func TestRequiredLiterals(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`(?i)\breportedly\b`, []string{"reportedly"}},
		// A run of pieces with few spellings beats any one piece.
		{`(?i)\b(?:said|told) (?:BBC|AP)`, []string{"said ap", "said bbc", "told ap", "told bbc"}},
		{`(?i)\b(?:said|told) reporters`, []string{" reporters"}},
		{`(?i)(?:not|never) (?:published|released)`, []string{" published", " released"}},
		{`\bplan(?:s|ned)? to\b`, []string{"plan to", "planned to", "plans to"}},
		// Go factors "expected|likely" into prefixes; the run restores them.
		{`(?i)\bis (?:expected|likely) to\b`, []string{"is expected", "is likely"}},
		// Common words are no pre-check: "the " would pass every sentence.
		{`(?i)\bthe (?:favourite|favorite) to\b`, []string{"the favo"}},
		{`a?b`, []string{"b"}},
		{`(?:x|\d+)y`, []string{"y"}},
		{`\d+`, nil},
		{`(?:foo)?`, nil},
	} {
		re, err := syntax.Parse(c.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := requiredLiterals(re.Simplify())
		if !slices.Equal(got, c.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", c.pattern, got, c.want)
		}
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
			if r.pattern.MatchString(text) && !r.mayMatch(strings.ToLower(text)) {
				t.Errorf("rule %q: pre-check %q hides a match in %q", r.name, r.required(), text)
			}
		}
	}
}
