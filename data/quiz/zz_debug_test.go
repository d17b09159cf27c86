package quiz

import (
	"fmt"
	"os"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

func TestZZDebugCandidates(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	a, err := article.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	g.candidates(false)
	for _, q := range g.out {
		fmt.Printf("%3d s%-3d %-12s %-14s %s | %s\n", q.score, q.Sentence, q.Kind, q.Source, q.Prompt, q.Answer)
	}
}

func TestZZDebugJudgements(t *testing.T) {
	path := os.Getenv("ZZJ")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	a, _ := article.Parse(b)
	g := newGenerator(a, facts.Extract(a))
	g.candidates(false)
	for i := range a.Sentences {
		if w, ok := g.judgement(i); ok {
			fmt.Printf("J s%d %v | %s\n", i, w, a.Sentences[i].Text)
		}
	}
}
