// Package corpus reads the sentences of the articles the tests check
// patterns against: the project's test articles and, when it is beside
// the project, the development set. For tests only.
package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// Sentences returns every sentence of the test articles and of the
// development set (when ../shared is here), read from root, the
// project's top folder as a relative path ("../.."), after extra.
func Sentences(tb testing.TB, root string, extra ...string) []string {
	tb.Helper()
	texts := append([]string(nil), extra...)
	paths, _ := filepath.Glob(filepath.Join(root, "testdata/articles/*"))
	dev, _ := filepath.Glob(filepath.Join(root, "../shared/eval/articles/*.txt"))
	for _, p := range append(paths, dev...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := article.Read(raw)
		if err != nil {
			continue // a test article may be one Lede refuses
		}
		for _, s := range a.Sentences {
			texts = append(texts, s.Text)
		}
	}
	return texts
}
