package facts

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

func extractFile(t *testing.T, path string) (*article.Article, *Analysis) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return a, Extract(a)
}

func TestSampleFacts(t *testing.T) {
	_, an := extractFile(t, "../../assets/lessons/alibaba-jobs.txt")
	has := func(kind Kind, ok func(Fact) bool) bool {
		for _, f := range an.ByKind(kind) {
			if ok(f) {
				return true
			}
		}
		return false
	}
	checks := []struct {
		what string
		ok   bool
	}{
		{"36,446 full-time employees", has(Quantity, func(f Fact) bool {
			return f.Number == 36446 && f.Counts == "full-time employees" && f.AsOf == "March 31" && f.Source == "SEC filings"
		})},
		{"over 15 million job opportunities", has(Quantity, func(f Fact) bool { return f.Number == 15e6 && f.Hedge == "over" })},
		{"According to Computerworld", has(Attribution, func(f Fact) bool { return f.Subject == "Computerworld" })},
		{"According to CNBC", has(Attribution, func(f Fact) bool { return f.Subject == "CNBC" })},
		{"He also said → Ma", has(Statement, func(f Fact) bool {
			return f.Subject == "Ma" && strings.HasPrefix(f.Claim, "he envisaged")
		})},
		{"no commitment to hiring", has(NoCommitment, func(f Fact) bool {
			return f.Subject == "Alibaba" && f.Claim == "hiring new staff in the U.S."
		})},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("missing fact: %s", c.what)
		}
	}
	kinds := map[FlagKind]bool{}
	for _, fl := range an.Flags {
		kinds[fl.Kind] = true
	}
	if !kinds[HeadlineUnsupported] || !kinds[WeekdayMismatch] {
		t.Errorf("flags = %+v; want an unsupported subheading and a wrong weekday", an.Flags)
	}
}

// TestNoFalseFlags: articles whose headlines are supported and whose
// weekdays are right must not be flagged: a false flag teaches students
// the wrong lesson.
func TestNoFalseFlags(t *testing.T) {
	for _, p := range []string{"../../testdata/articles/council-libraries.txt", "../../testdata/articles/harriers-cup-final.txt"} {
		_, an := extractFile(t, p)
		if len(an.Flags) != 0 {
			t.Errorf("%s: unexpected flags %+v", p, an.Flags)
		}
	}
}

// TestPurePackage keeps data/ free of UI and storage.
func TestPurePackage(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skip("go list unavailable:", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") || dep == "database/sql" {
			t.Errorf("data/facts depends on %s", dep)
		}
	}
}
