package lazyre

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// prefilterPatterns are patterns of the kinds Lede declares, and some
// whose case folding is unusual.
var prefilterPatterns = []string{
	`(?i)\b(?:not|no|never|nor|won['’]t|isn['’]t|rules? out|denies|denied)\b`,
	`\b(?:said|says|added)\s+(the\s+(?:[\p{L}'’-]+\s+){0,3}?(?i:chief|executive))`,
	`(?i)^(?:©|\(c\)|copyright\b)|all rights reserved`,
	`(?i)^.{0,160}\((?:photo|image|picture)\s*(?:by|credit|:)[^)]{0,80}\)$`,
	`(?i)\bis (?:expected|likely) to\b`,
	`(?i)kelvin|straße|σοφία`,
	`(?i)[kx]ey`,
	`Said|ASKED`,
	`(?:abc)?d*`,
	`(?i)é(?:t|u)é`,
	`\x{FFFD}x`,
	`@\w|—\s*\p{Lu}|pic\.twitter`,
	`(?m)^total:\s*(\d+)$`,
	`(?i)(?P<group>residents|customers) (?:say|said)`,
	// A class of currency signs or digits as the required strings.
	`(?:\bUS)?\$|[£€¥₹₦]\s*([0-9][0-9.,]*)\s*(bn|m)?\b`,
	// Searched from near their words (window): a bounded run before the
	// words, \b and \B at the start, and an unbounded run (no window).
	`\b((?:(?:the|a) )?(?:vice[- ])?(?i:chief|head|chair(?:man)?))\s+(\p{Lu}\w*)`,
	`\Bing\b|\bx?said\b`,
	`(?i)\b(?:one|two) (?:kelvin|straße)`,
	`[a-z]*said (\w+)`,
	`(?:^|\s)(?:said|told)\b`,
	// Too large to backtrack: a core with any counts runs first (coreOf).
	`^([^"“”\s](?:[^"“”]|["“][^"“”]{1,60}["”]){11,}?),\s+(said|says)\s+(\p{Lu}\w*)\.?$`,
}

// prefilterTexts hold the patterns' words in other cases, in runes that
// fold to ASCII (U+212A KELVIN SIGN, U+017F LONG S), in invalid UTF-8,
// and not at all.
var prefilterTexts = []string{
	"", "The minister said nothing.", "It is NOT true, he DENIED it.", "Copyright 2024 Lede",
	"A dog (Photo by Jane Doe)", "Prices IS EXPECTED TO rise", "The \u212Aelvin scale", "STRASSE and Straße",
	"ΣΟΦΊΑ σοφία ΣΟΦΙΑ", "\u212Aey and KEY and xEY", "said Said SAID asked ASKED", "ddd", "ÉTÉ été ÉuÉ",
	"a\xffx b\xef\xbf\xbdx", "mail me @home — Jane (@jane)", "total: 12\nTOTAL: 3", "Residents SAID so",
	"ſaid", "the \xe2\x84 broken", strings.Repeat("no ", 400) + "won’t",
	"On Friday the vice-chairman Ola spoke, and a head Bob and the CHIEF Carl, overhead Dan, xchief Eve",
	"singing, he said and xsaid, ring said Ann", "Two \u212Aelvin, one kelvin and TWO STRASSE, two straße",
	"Ünïcödé “quotes” — the chief Émile said",
	"Long before that, in a year no one here remembers well, the chief Alice said, and two kelvin, singing, xsaid Bob",
	"Long before that, in a year no one here remembers well, a vice chairman Ola and xchief Eve said one straße",
	"It cost £800m, or US$1bn, not ₹ 2,5 and no\u00a0€", "₦4.2 billion, ¥5bn", "no money here, just 42",
	"The council will meet again, said Ann.", "Short, said Ann.", "“Quoted,” said Ann.", "The council “will meet” again soon, says Bo",
}

// TestPrefilterAgrees runs every method on every pattern and text, with
// the pre-check and without, and wants the same result.
func TestPrefilterAgrees(t *testing.T) {
	for _, src := range prefilterPatterns {
		r, plain := New(src), regexp.MustCompile(src)
		for _, text := range prefilterTexts {
			for _, c := range []struct {
				name      string
				got, want any
			}{
				{"MatchString", r.MatchString(text), plain.MatchString(text)},
				{"FindString", r.FindString(text), plain.FindString(text)},
				{"FindStringIndex", r.FindStringIndex(text), plain.FindStringIndex(text)},
				{"FindStringSubmatch", r.FindStringSubmatch(text), plain.FindStringSubmatch(text)},
				{"FindStringSubmatchIndex", r.FindStringSubmatchIndex(text), plain.FindStringSubmatchIndex(text)},
				{"FindAllString", r.FindAllString(text, -1), plain.FindAllString(text, -1)},
				{"FindAllStringIndex", r.FindAllStringIndex(text, -1), plain.FindAllStringIndex(text, -1)},
				{"FindAllStringSubmatch", r.FindAllStringSubmatch(text, -1), plain.FindAllStringSubmatch(text, -1)},
				{"FindAllStringSubmatchIndex", r.FindAllStringSubmatchIndex(text, -1), plain.FindAllStringSubmatchIndex(text, -1)},
				{"ReplaceAllString", r.ReplaceAllString(text, "<$0>"), plain.ReplaceAllString(text, "<$0>")},
				{"ReplaceAllStringFunc", r.ReplaceAllStringFunc(text, strings.ToUpper), plain.ReplaceAllStringFunc(text, strings.ToUpper)},
			} {
				if !reflect.DeepEqual(c.got, c.want) {
					t.Errorf("%#q.%s(%q) = %#v, want %#v", src, c.name, text, c.got, c.want)
				}
			}
		}
	}
}

// TestPrefilterWindow: a pattern runs from a little before the first of
// the words its matches need, at a place that reads as a text's start,
// and from the start when that place is not known.
func TestPrefilterWindow(t *testing.T) {
	const lead = "Long before that, in a year no one here remembers well, " // a text shorter than minWindowed runs from its start
	for _, c := range []struct {
		src, text string
		want      int
	}{
		// "THE " may come before "CHIEF": from the space before "the".
		{`\b(?:the )?chief (\w+)`, lead + "the chief Alice", len(lead)},
		// 4 bytes before "chief", then back to a space.
		{`\b(?:the )?chief (\w+)`, lead + "a chief Alice", len(lead) - len("well, ")},
		// Inside a word: back to the space before it, for \b.
		{`(?:x|\b)chief (\w+)`, lead + "xxchief Alice", len(lead)},
		// No bound on what comes before, ^, a rune folded to another
		// length, or a short text: from the start.
		{`\w+ chief (\w+)`, lead + "the chief Alice", 0},
		{`(?:^|\s)chief (\w+)`, lead + "the chief Alice", 0},
		{`(?i)\bkelvin`, lead + "in \u212Aelvin and kelvin", 0},
		{`\b(?:the )?chief (\w+)`, "Long before that, the chief Alice", 0},
		{`\b(?:the )?chief (\w+)`, lead + "No one", -1},
	} {
		r := New(c.src)
		if got := r.compile().filter.window(c.text); got != c.want {
			t.Errorf("%#q in %q: from %d, want %d", c.src, c.text, got, c.want)
		}
	}
}

// TestPrefilterNeeds shows what the pre-check looks for: the most
// selective part of a sequence, every branch of an alternation, folded,
// a string that holds another dropped, and nothing for a pattern that
// may match without a known string.
func TestPrefilterNeeds(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string // nil: no pre-check
	}{
		{`(?i)\bis (?:expected|likely) to\b`, []string{"IS EXPECTED", "IS LIKELY"}}, // long enough; " TO" adds nothing
		{`(?i)\b(?:not|no|never|nor)\b`, []string{"NEVER", "NO"}},
		{`Said|ASKED`, []string{"ASKED", "SAID"}},
		// A run of pieces with few spellings beats any one piece.
		{`(?i)\b(?:said|told) (?:BBC|AP)`, []string{"SAID AP", "SAID BBC", "TOLD AP", "TOLD BBC"}},
		{`(?i)\b(?:said|told) reporters`, []string{" REPORTERS"}},
		{`\bplan(?:s|ned)? to\b`, []string{"PLAN TO", "PLANNED TO", "PLANS TO"}},
		// Common words are no pre-check: "the " would pass every sentence.
		{`(?i)\bthe (?:favourite|favorite) to\b`, []string{"THE FAVO"}},
		{`a?b`, []string{"B"}},
		{`(?:x|\d+)y`, []string{"Y"}},
		{`(?i)[kx]ey`, []string{"EY"}}, // (?i)[kx] is five runes with U+212A: too many to spell
		{`[kx]ey`, []string{"KEY", "XEY"}},
		{`(?i)straße`, []string{"STRAßE"}},
		{`(?:abc)?d*`, nil},
		{`\p{Lu}\p{Ll}+`, nil},
		{`\x{FFFD}x`, nil}, // an invalid byte reads as U+FFFD too
		{`the\s+cat`, []string{"CAT"}},
		{`the\s+\w+`, nil}, // "THE" is in nearly every sentence
		// A class required on its own is spelled out up to ten runes —
		// a currency's sign, a digit — but not into a run of pieces.
		{`[£€¥₹₦]\s*\d`, []string{"£", "¥", "₦", "€", "₹"}},
		{`(?:₺|₫|₩|₱|₽|₪|₴|₵)[0-9]`, []string{"₩", "₪", "₫", "₱", "₴", "₵", "₺", "₽"}}, // eight signs beat ten digits
		{`[a-k]x`, []string{"X"}},
		{`[a-z]`, nil},
	} {
		var got []string
		if p := newPrefilter(c.src); p != nil {
			for _, n := range p.needs {
				got = append(got, string(n))
			}
			slices.Sort(got)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("needs of %#q = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestPrefilterNeedsBoth: a sequence with two parts that each need a
// word needs both, and a text with only one of them is ruled out.
func TestPrefilterNeedsBoth(t *testing.T) {
	r := New(`\b(?:said|says)\s+(?:the\s+)?(?:minister|mayor)\b`)
	if !r.MayMatch("Smith said the mayor would resign.") {
		t.Error("a text with both words is ruled out")
	}
	for _, text := range []string{"Smith said he would resign.", "The mayor would resign."} {
		if r.MayMatch(text) {
			t.Errorf("%q, with one of the two words, is not ruled out", text)
		}
	}
}

// TestPrefilterCore: a pattern too large to backtrack gets a core with
// any counts, which rules out a text with the pattern's words in another
// shape; a small pattern gets none.
func TestPrefilterCore(t *testing.T) {
	r := New(`^([^"“”\s](?:[^"“”]|["“][^"“”]{1,60}["”]){11,}?),\s+(said|says)\s+(\p{Lu}\w*)\.?$`)
	if f := r.compile().filter; f == nil || f.core == nil {
		t.Fatal("no core")
	}
	if !r.MayMatch("The council will meet again, said Ann.") {
		t.Error("a text of the pattern's shape is ruled out")
	}
	if r.MayMatch("Ann said the council will meet again.") {
		t.Error("a text with the word in another shape is not ruled out")
	}
	if p := newPrefilter(`\b(?:said|says)\s+(\p{Lu}\w*)`); p == nil || p.core != nil {
		t.Error("a small pattern has a core, or no pre-check")
	}
}

// FuzzPrefilter checks the pre-check against the pattern on any text.
func FuzzPrefilter(f *testing.F) {
	for _, text := range prefilterTexts {
		f.Add(text)
	}
	var rs []*Regexp
	var plains []*regexp.Regexp
	for _, src := range prefilterPatterns {
		rs, plains = append(rs, New(src)), append(plains, regexp.MustCompile(src))
	}
	f.Fuzz(func(t *testing.T, text string) {
		for i, r := range rs {
			if got, want := r.FindAllStringSubmatchIndex(text, -1), plains[i].FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%#q on %q: %v, want %v", r.src, text, got, want)
			}
		}
	})
}

// BenchmarkPrefilter measures a long case-insensitive alternation on a
// sentence that lacks its words, with the pre-check and without.
func BenchmarkPrefilter(b *testing.B) {
	src := `(?i)\b(?:not|no|never|nor|won['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t|rules? out|denies|denied)\b`
	text := "The council’s finance committee approved the library budget on Tuesday after a long debate about opening hours."
	r, plain := New(src), regexp.MustCompile(src)
	b.Run("prefiltered", func(b *testing.B) {
		for b.Loop() {
			r.MatchString(text)
		}
	})
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			plain.MatchString(text)
		}
	})
}

// TestLongFoldKept: the last text too long for recentFolds is folded
// once, not once a pattern, another long text replaces it, and Release
// lets it go.
func TestLongFoldKept(t *testing.T) {
	long := strings.Repeat("The Minister said so. ", maxRecentFold/10)
	f := foldedText(long)
	if foldedText(long) != f {
		t.Error("the same long text was folded again")
	}
	other := strings.Repeat("Ann denied it. ", maxRecentFold/10)
	if g := foldedText(other); g == f || string(g.folded) != strings.ToUpper(other) {
		t.Errorf("another long text got %q", g.folded[:20])
	}
	Release()
	if lastLongFold.Load() != nil {
		t.Error("Release kept the long text's folding")
	}
}
