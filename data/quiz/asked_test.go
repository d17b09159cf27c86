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
	got := ""
	for _, q := range askedOf(t, text, func(g *generator) { ask(g, g.a, g.an) }) {
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

// askedOf parses text as an article and returns the candidates ask
// makes of it: the set-up every generator table test shares.
func askedOf(t *testing.T, text string, ask func(g *generator)) []Question {
	t.Helper()
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	ask(g)
	return g.out
}

// asFactsAndTwin makes the "report as fact?" candidates of every
// sentence, then the Yes twin.
func asFactsAndTwin(g *generator) {
	for i := range g.a.Sentences {
		g.asFact(i)
	}
	g.statedAsFact()
}

// everyFlag runs ask on every flag of the article.
func everyFlag(ask func(*generator, facts.Flag)) func(*generator) {
	return func(g *generator) {
		for _, fl := range g.an.Flags {
			ask(g, fl)
		}
	}
}

// eachSentence runs ask on every sentence of the article.
func eachSentence(ask func(g *generator, i int)) func(g *generator) {
	return func(g *generator) {
		for i := range g.a.Sentences {
			ask(g, i)
		}
	}
}

// askedAtMostOnce makes text's questions with ask and returns the one
// asked where want is a prompt, failing where it is not asked, or
// where want is "" and a question is.
func askedAtMostOnce(t *testing.T, text string, ask func(g *generator), want string) (Question, bool) {
	t.Helper()
	qs := askedOf(t, text, ask)
	switch {
	case want == "" && len(qs) > 0:
		t.Errorf("asked %q", qs[0].Prompt)
	case want != "" && len(qs) != 1:
		t.Errorf("got %d questions, want %q", len(qs), want)
	case want != "":
		return qs[0], true
	}
	return Question{}, false
}
