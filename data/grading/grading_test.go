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
