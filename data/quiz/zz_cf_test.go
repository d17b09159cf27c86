package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

func TestZZLede(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, fn := range files {
		b, _ := os.ReadFile(fn)
		a, _ := article.Parse(b)
		g := newGenerator(a, facts.Extract(a))
		g.candidates(false)
		var got []string
		for _, q := range g.out {
			if q.Sentence == 0 {
				got = append(got, q.Source)
			}
		}
		var fk []string
		for _, f := range g.an.Facts {
			if f.Sentence == 0 {
				fk = append(fk, string(f.Kind)+":"+f.Subject)
			}
		}
		fmt.Printf("%s\t%v\t%v\t%.150q\n", filepath.Base(fn), got, fk, a.Sentences[0].Text)
	}
}
