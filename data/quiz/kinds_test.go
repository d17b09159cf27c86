package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/internal/constscan"
)

// TestEveryKindIsComplete parses this package for Kind constants and
// checks each has a full entry in the kinds table: a kind added without
// a checker would otherwise be judged by some other kind's rules.
func TestEveryKindIsComplete(t *testing.T) {
	names := constscan.Strings(t, "Kind")
	for _, name := range names {
		spec, ok := kinds[Kind(name)]
		switch {
		case !ok:
			t.Errorf("kind %q has no entry in the kinds table", name)
		case spec.Label == "" || spec.check == nil:
			t.Errorf("kind %q lacks a label or a checker", name)
		}
	}
	if len(names) < 8 {
		t.Fatalf("found %d Kind constants; the parse missed some", len(names))
	}
}

func TestUnknownKindIsNotGuessed(t *testing.T) {
	q := Question{Kind: "essay", Answer: "Paris", Accepted: []string{"Paris"}}
	if r := Check(q, "Paris"); r.Verdict != Unclear {
		t.Errorf("an unknown kind was judged %v; want unclear", r.Verdict)
	}
}
