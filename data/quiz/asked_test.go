package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// checkAsked parses text as an article, lets ask make its questions, and
// checks that the last one asks want (none when want is "") with the
// answer given: the shared body of the yes/no kinds' table tests.
func checkAsked(t *testing.T, text, want, answer string, ask func(g *generator, a *article.Article, an *facts.Analysis)) {
	t.Helper()
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	an := facts.Extract(a)
	g := newGenerator(a, an)
	ask(g, a, an)
	got := ""
	for _, q := range g.out {
		got = q.Prompt
		if q.Answer != answer {
			t.Errorf("answer %q; want %s", q.Answer, answer)
		}
	}
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// eachFact asks of every fact.
func eachFact(ask func(g *generator, f facts.Fact)) func(*generator, *article.Article, *facts.Analysis) {
	return func(g *generator, _ *article.Article, an *facts.Analysis) {
		for _, f := range an.Facts {
			ask(g, f)
		}
	}
}
