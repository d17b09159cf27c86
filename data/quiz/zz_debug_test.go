package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

func TestZZWhy(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("ARTS"))
	reasons := map[string]int{}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		a, _ := article.Read(raw)
		an := facts.Extract(a)
		g := newGenerator(a, an)
		for _, f := range an.ByKind(facts.Statement) {
			r := "ok"
			switch {
			case genericSpeaker(f.Subject):
				r = "generic"
			case !speakerIsCertain(f):
				r = "uncertain"
			case !g.clean(f):
				r = "unclean:"
				if os.Getenv("V") != "" {
					fmt.Println("UNCLEAN", f.Subject, "|", f.Text[:min(100, len(f.Text))])
				}
			case g.namedSpeakers() < 2:
				r = "one speaker"
			case unresolvedPronoun.MatchString(f.Claim) || len(strings.Fields(f.Claim)) < 5:
				r = "pronoun/short"
			case nestedReport.MatchString(f.Claim):
				r = "nested"
			case fragmentStart.MatchString(f.Claim):
				r = "fragment"
			case objectPronoun.MatchString(outsideQuotes(curlQuotes(f.Claim))):
				r = "objpronoun"
			case claimWeight(f)+g.centrality(f.Sentence) < minScore:
				r = "weak"
			}
			reasons[r]++
		}
	}
	fmt.Println(reasons)
}

func TestZZCands(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("ARTS"))
	cand := map[string]int{}
	passed := map[string]int{}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		a, _ := article.Read(raw)
		an := facts.Extract(a)
		g := newGenerator(a, an)
		for _, f := range an.Facts {
			g.fromFact(f)
		}
		for _, fl := range an.Flags {
			g.whatIsWrong(fl)
		}
		for i := range a.Sentences {
			g.sourcing(i)
		}
		g.role()
		g.interest()
		for _, q := range g.out {
			k := string(q.Kind) + "/" + q.Source
			cand[k]++
			if passesGates(q) && q.score >= minScore {
				passed[k]++
			}
		}
	}
	fmt.Println(cand)
	fmt.Println(passed)
}
