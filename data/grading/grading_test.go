package grading

import "testing"

func tries(vs ...string) []Try {
	out := make([]Try, len(vs))
	for i, v := range vs {
		out[i] = Try{Verdict: v}
	}
	return out
}

func TestCounted(t *testing.T) {
	for _, c := range []struct {
		name    string
		tries   []Try
		allowed int
		want    string
		ok      bool
	}{
		{"no try", nil, 2, "", false},
		{"right first time", tries(Correct), 2, Correct, true},
		{"right at the second try", tries(Incorrect, Correct), 2, Correct, true},
		// The exploit the issue found: the key typed after it was shown.
		{"right only after the tries ran out", tries(Incorrect, Incorrect, Correct), 2, Incorrect, true},
		{"a later wrong try keeps the mark", tries(Correct, Incorrect), 2, Correct, true},
		{"partly right is kept over wrong", tries(Partial, Incorrect), 2, Partial, true},
		{"no limit: the first right one", tries(Incorrect, Incorrect, Incorrect, Correct), 0, Correct, true},
		{"the teacher's verdict wins", []Try{{Verdict: Incorrect, Override: Correct}}, 1, Correct, true},
		{"the teacher can mark a right one wrong", []Try{{Verdict: Correct, Override: Incorrect}}, 1, Incorrect, true},
	} {
		got, ok := Counted(c.tries, c.allowed)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: Counted = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

func TestKeyShown(t *testing.T) {
	for _, c := range []struct {
		name    string
		tries   []Try
		allowed int
		want    bool
	}{
		{"before any try", nil, 2, false},
		{"wrong with a try left", tries(Incorrect), 2, false},
		{"wrong with none left", tries(Incorrect, Incorrect), 2, true},
		{"right", tries(Correct), 2, true},
		{"no limit: never while wrong", tries(Incorrect, Incorrect, Incorrect), 0, false},
		{"partly right with a try left", tries(Partial), 2, false},
	} {
		if got := KeyShown(c.tries, c.allowed); got != c.want {
			t.Errorf("%s: KeyShown = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCountedByRule: the teacher's choice of which try counts — the best
// (the first right within the tries allowed), only the first, or the last
// within the tries allowed — with the teacher's verdict first and tries
// beyond the allowance never counting.
func TestCountedByRule(t *testing.T) {
	for _, c := range []struct {
		name    string
		tries   []Try
		allowed int
		rule    Rule
		want    string
	}{
		{"best: right at the second try", tries(Incorrect, Correct), 2, Best, Correct},
		{"first: right at the second try", tries(Incorrect, Correct), 2, First, Incorrect},
		{"first: right at once, wrong later", tries(Correct, Incorrect), 2, First, Correct},
		{"last: right, then wrong", tries(Correct, Incorrect), 2, Last, Incorrect},
		{"last: wrong, then right", tries(Incorrect, Correct), 2, Last, Correct},
		{"last: the last allowed, not beyond", tries(Incorrect, Partial, Correct), 2, Last, Partial},
		{"last with no limit", tries(Incorrect, Partial, Correct), 0, Last, Correct},
		{"first: the teacher's verdict", []Try{{Verdict: Incorrect, Override: Correct}, {Verdict: Incorrect}}, 2, First, Correct},
	} {
		if got, ok := CountedBy(c.tries, c.allowed, c.rule); got != c.want || !ok {
			t.Errorf("%s: %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
	if _, ok := CountedBy(nil, 2, Last); ok {
		t.Error("no try counted")
	}
}
