package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

func TestZZDump(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	bySource := map[string]int{}
	picked := map[string]int{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a, err := article.Parse(b)
		if err != nil {
			continue
		}
		g := newGenerator(a, facts.Extract(a))
		g.candidates(false)
		ps := pick(g.out, 12)
		in := map[string]bool{}
		for _, q := range ps {
			in[q.ID] = true
			picked[q.Source]++
		}
		for _, q := range g.out {
			bySource[q.Source]++
			if os.Getenv("ZZV") != "" {
				fmt.Printf("%s\t%v\t%d\t%s\t%s\t%q\t%q\n", filepath.Base(f), in[q.ID], q.score, q.Kind, q.Source, q.Prompt, q.Answer)
			}
		}
	}
	var ks []string
	for k := range bySource {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%-30s %4d %4d\n", k, bySource[k], picked[k])
	}
}
