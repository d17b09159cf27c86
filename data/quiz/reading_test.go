package quiz

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// TestPreparedSameAsGenerate: a quiz made from a Reading (Prepare, read
// beside the extraction) is the quiz Generate makes, question for
// question.
func TestPreparedSameAsGenerate(t *testing.T) {
	for name, a := range testArticles(t) {
		r := Prepare(a)
		an := facts.Extract(a)
		if got, want := r.Generate(an, 100), Generate(a, an, 100); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: prepared %d questions, unlike Generate's %d (or different)", name, len(got), len(want))
		}
	}
}

// TestForkedSameAsOne: the candidates made with the sentences' questions
// on a second generator (candidates(true), as on two cores for a long
// article) are those one generator makes, in the same order. With -race
// it also checks that the two generators share nothing they write.
func TestForkedSameAsOne(t *testing.T) {
	for name, a := range testArticles(t) {
		r := Prepare(a)
		an := facts.Extract(a)
		one, forked := newGenerator(a, an), newGenerator(a, an)
		one.reading, forked.reading = r, r
		one.candidates(false)
		forked.candidates(true)
		if !reflect.DeepEqual(one.out, forked.out) || !reflect.DeepEqual(one.teaches, forked.teaches) {
			t.Errorf("%s: forked made %d candidates, unlike one generator's %d (or different)", name, len(forked.out), len(one.out))
		}
	}
}

// testArticles reads the project's test articles, by file name.
func testArticles(t *testing.T) map[string]*article.Article {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/articles/*")
	if len(paths) == 0 {
		t.Fatal("no test articles")
	}
	out := map[string]*article.Article{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = a
	}
	return out
}
