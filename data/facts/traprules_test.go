package facts

import (
	"strings"
	"testing"
)

// A stake rule's explanation quotes to the sentence's end, not the match.
func TestToSentenceEnd(t *testing.T) {
	for _, c := range []struct{ text, match, want string }{
		{"The plan would benefit the typical household by more than £450 a year, with half paying no tax.", "The plan would benefit the typical household by more than £4",
			"The plan would benefit the typical household by more than £450 a year, with half paying no tax"},
		{"On its suspension, the party said those who selected him knew nothing of his views.", "said those who selected him knew nothing of",
			"said those who selected him knew nothing of his views"},
		{"It cost £4,500.50 in all; no more.", "It cost", "It cost £4,500.50 in all"},
		{"Forces carried out strikes that destroyed IS positions, an IS building and a large IS unit.", "Forces carried out strikes that destroyed",
			"Forces carried out strikes that destroyed IS positions, an IS building and a large IS unit"},
	} {
		start := strings.Index(c.text, c.match)
		if got := toSentenceEnd(c.text, start, start+len(c.match)); got != c.want {
			t.Errorf("toSentenceEnd(%q) = %q, want %q", c.match, got, c.want)
		}
	}
}

// "According to figures" names no source unless the words after it do:
// "according to figures released by the company" names the company
// (held-out h13-08, a false flag).
func TestFiguresWhoseSourceFollows(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Shipments fell 18 percent, according to figures released by the company last month.": false,
		"Crime rose by a third, according to official figures from the Home Office.":          false,
		"Crime rose by a third, according to official figures.":                               true,
		"According to figures, the rate rose by 5 percent.":                                   true,
	} {
		if got := raisedBy(t, sentence, "according to figures"); got != want {
			t.Errorf("%q: flagged %v, want %v", sentence, got, want)
		}
	}
}

// A report by the body that wrote it is its own finding, not a report of
// a report (held-out h16-04); a report in or by a newspaper is one.
func TestOwnReportIsNoChain(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Young people are being priced out, according to a report by a building society.":    false,
		"Prices rose, according to a new report from the Office for National Statistics.":    false,
		"The singer has split from her husband, according to a report in the Daily Mirror.":  true,
		"The singer has split from her husband, according to a report by the Sun newspaper.": true,
	} {
		if got := raisedBy(t, sentence, "citing"); got != want {
			t.Errorf("%q: flagged %v, want %v", sentence, got, want)
		}
	}
}
