package facts

import (
	"strings"
	"testing"

	"github.com/lede-app/lede/data/internal/constscan"
)

// TestEveryTrapKindIsComplete parses this package for FlagKind constants
// and checks each has a full entry in the Traps table, and that every
// sentence-level rule's kind has an explanation.
func TestEveryTrapKindIsComplete(t *testing.T) {
	kinds := constscan.Strings(t, "FlagKind")
	for _, name := range kinds {
		tr, ok := TrapOf(FlagKind(name))
		switch {
		case !ok:
			t.Errorf("trap kind %q has no entry in Traps", name)
		case tr.Label == "" || tr.Option == "" || tr.Score <= 0:
			t.Errorf("trap kind %q lacks a label, an option or a score", name)
		}
	}
	if len(kinds) < 15 {
		t.Fatalf("found %d FlagKind constants; the parse missed some", len(kinds))
	}
	for _, r := range trapRules {
		if trapExplanations[r.kind] == "" {
			t.Errorf("rule %q raises %s, which has no explanation", r.name, r.kind)
		}
		if r.message != "" && strings.Count(r.message, "%s") != 1 {
			t.Errorf("rule %q: its own message must show the words once (one %%s): %q", r.name, r.message)
		}
	}
}

func TestGoodWrongOption(t *testing.T) {
	whole := "The minister said the bill would pass. Nobody denies it."
	for _, c := range []struct {
		kind FlagKind
		text string
		want bool
	}{
		// Plausible and clearly absent: no online words at all.
		{SocialMedia, "The minister said the bill would pass.", true},
		// Present: the sentence rests on a video.
		{SocialMedia, "A video posted online shows the attack.", false},
		// A full date with its year settles "no year"; with no date it is implausible.
		{YearMissing, "The law came in on 4 March 2016.", true},
		{YearMissing, "The minister said the bill would pass.", false},
		// Research worries only fit research.
		{FundingConflict, "The minister said the bill would pass.", false},
		{FundingConflict, "The study found that sleep helps.", true},
		// "It rests on someone else's report" is no wrong option about a
		// study's finding: the study is someone else's report (r98, K).
		{SecondHand, "The minister opened the new bridge on time.", true},
		{SecondHand, "Texts are being hoarded on phones, a Toshiba study found.", false},
		// "Someone the article quotes denies it" is judged on the whole article.
		{Denial, "The minister said the bill would pass.", false},
		// Kinds with nothing to show absence never stand as wrong options.
		{TitleChange, "The minister said the bill would pass.", false},
	} {
		if got := NewOptionJudge(whole).GoodWrongOption(c.kind, c.text); got != c.want {
			t.Errorf("GoodWrongOption(%s, %q) = %v, want %v", c.kind, c.text, got, c.want)
		}
	}
}
