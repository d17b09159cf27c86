package facts

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestAheadSameAsLoop checks that reading the sentences ahead of the
// extractor's loop on another goroutine (readAhead) changes no fact, flag
// or entity: every test article, held-out news article and, when it is
// beside the project, development article is extracted with and without
// it (with it even below aheadSentences, so that both the goroutine's
// readings and the loop's own are used), and once more with all of them
// in one article.
func TestAheadSameAsLoop(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/articles/*")
	news, _ := filepath.Glob("../../testdata/heldout-news/*.txt")
	dev, _ := filepath.Glob("../../../shared/eval/articles/*.txt")
	var all []byte
	check := func(name string, raw []byte) {
		a, err := article.Read(raw)
		if err != nil {
			return // a test article may be one Lede refuses
		}
		loop := extract(a, false)
		for range 2 {
			if got := extract(a, true); !reflect.DeepEqual(got, loop) {
				t.Errorf("%s: read ahead, %d facts and %d flags, unlike the loop's %d and %d (or different)",
					name, len(got.Facts), len(got.Flags), len(loop.Facts), len(loop.Flags))
				return
			}
		}
	}
	for _, p := range append(append(paths, news...), dev...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		check(filepath.Base(p), raw)
		if filepath.Ext(p) != ".html" && len(all) < article.MaxSize/2 {
			all = append(append(all, raw...), "\n\n"...)
		}
	}
	check("all in one", all)
}
