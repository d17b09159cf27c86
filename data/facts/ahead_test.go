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
// in one article. A fixed article (withheldArticle) holds the rules main
// gained after perf17's base — what someone would not say or refused to
// rule out, "she said" after an unnamed speaker in the paragraph before,
// a forum online beside a body's Forum, "made up of", a group placed by
// what follows it ("Campaigners for older people said") — and the test
// checks they fire, read ahead as in the loop.
func TestAheadSameAsLoop(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/articles/*")
	news, _ := filepath.Glob("../../testdata/heldout-news/*.txt")
	dev, _ := filepath.Glob("../../../shared/eval/articles/*.txt")
	var all []byte
	check := func(name string, raw []byte) *Analysis {
		a, err := article.Read(raw)
		if err != nil {
			return nil // a test article may be one Lede refuses
		}
		loop := extract(a, false)
		for range 2 {
			if got := extract(a, true); !reflect.DeepEqual(got, loop) {
				t.Errorf("%s: read ahead, %d facts and %d flags, unlike the loop's %d and %d (or different)",
					name, len(got.Facts), len(got.Flags), len(loop.Facts), len(loop.Flags))
				break
			}
		}
		return loop
	}
	an := check("withheld", []byte(withheldArticle))
	if an == nil {
		t.Fatal("withheld: the article is refused")
	}
	withheld := map[string]bool{}
	for _, f := range an.ByKind(NoCommitment) {
		if f.Withheld != "" {
			withheld[f.Subject+" "+f.Withheld] = true
		}
	}
	for _, want := range []string{"Sarah Cole rule out", "Harbour Foods say", "Graham Tollett guarantee"} {
		if !withheld[want] {
			t.Errorf("withheld: no withheld fact %q among %v: the test no longer reads the withheld rules", want, withheld)
		}
	}
	social := 0
	for _, fl := range an.Flags {
		if fl.Kind == SocialMedia {
			social++
		}
	}
	if social == 0 {
		t.Error("withheld: no social-media flag for the forum online")
	}
	all = append(all, withheldArticle+"\n\n"...)
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

// withheldArticle holds, in one short article, sentences for the rules
// main gained after perf17's base (TestAheadSameAsLoop).
const withheldArticle = `Harbour Foods To Close Leeds Plant

By Test Writer, March 3, 2025 10:00 AM GMT

Harbour Foods said on Monday that it would close its Leeds plant by the summer. Harbour Foods would not say whether any jobs would go at its other sites.

A company spokeswoman would not say whether the Bradford depot would stay open. "We are reviewing every site," she said.

The chief executive, Sarah Cole, refused to rule out further closures next year. "Nothing is off the table," she said.

Graham Tollett, the union's regional officer, said the firm would not raise prices again this year, although he stopped short of guaranteeing that prices would not rise in 2026.

But one worker, who asked not to be named, said the staff had been told nothing. "I have worked here for twenty years," she said.

Campaigners for older people said the closure would hurt pensioners who rely on the plant's shop. The campaign is made up of volunteers from the town.

Shoppers complained on one local forum about the queues. The Fuel Consumers' Forum said the rise in prices was unwelcome.

Part 2 Of The Story

The company denied that the closure was made up to cut its wage bill. It gave no guarantee that the shop would reopen.
`
