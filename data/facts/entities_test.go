package facts

import (
	"github.com/lede-app/lede/data/article"

	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestFoldKeyIsEqualFold checks that the entity index's key holds two
// names together exactly when strings.EqualFold does, with the runes
// whose folding is not plain lower case: the Kelvin sign, the long s,
// the final sigma, the sharp s, a stray byte.
func TestFoldKeyIsEqualFold(t *testing.T) {
	names := []string{"Kay", "kay", "\u212aay", "Sam", "\u017fam", "sam", "ΣΟΦΙΑ", "σοφια", "σοφιας", "σοφιaς", "Straße", "STRASSE",
		"strasse", "\xffAb", "\xfeab", "\ufffdAB", "Jack Ma", "jack ma", "Jack  Ma", "İstanbul", "istanbul", "ǅ", "ǆ", "Ǆ"}
	for _, a := range names {
		for _, b := range names {
			if got, want := FoldKey(a) == FoldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("FoldKey(%q) == FoldKey(%q) is %v, EqualFold %v", a, b, got, want)
			}
		}
	}
}

// TestEntityIsFirstMatch checks the index against the first entity in
// the list with the name, titles stripped, any case.
func TestEntityIsFirstMatch(t *testing.T) {
	x := &extractor{entities: []Entity{{Name: "Jack Ma", Aliases: []string{"Ma"}}, {Name: "Ma"}, {Name: "Helen Mörk", Aliases: []string{"MÖRK"}}}}
	for _, c := range []struct {
		name string
		want string
		ok   bool
	}{{"ma", "Jack Ma", true}, {"Mr Ma", "Jack Ma", true}, {"mörk", "Helen Mörk", true}, {"Chief Helen Mörk", "Helen Mörk", true}, {"Jack", "", false}} {
		e, ok := x.entity(c.name)
		if ok != c.ok || e.Name != c.want {
			t.Errorf("entity(%q) = %q, %v; want %q, %v", c.name, e.Name, ok, c.want, c.ok)
		}
	}
}

// TestHasWordIsSplitWords checks hasWord against the words splitWords
// makes, on texts with capitals, hyphens, curly quotes, letters whose
// lower case is longer or shorter, and bytes that are not UTF-8.
func TestHasWordIsSplitWords(t *testing.T) {
	set := map[string]bool{"said": true, "co-founder": true, "i": true, "kelvin": true, "straße": true, "ſam": true, "σοφια": true}
	for _, text := range []string{"", "He SAID so.", "the Co-Founder’s view", "“Said,” she", "İ said", "\u212aelvin", "KELVIN",
		"STRAẞE", "Straße", "ſam", "SAM", "ΣΟΦΙΑ", "sai\xffd", "said\xff", "-", "a--b", "x said", "Saidy", "unsaid"} {
		want := false
		for _, w := range splitWords(text) {
			want = want || set[w]
		}
		if got := hasWord(text, set); got != want {
			t.Errorf("hasWord(%q) = %v; splitWords says %v", text, got, want)
		}
	}
	// Random texts of the same pieces, against the words of others.
	pieces := []string{"a", "B", "-", " ", "’", "İ", "\u212a", "ß", "ẞ", "Σ", "ς", "\xff", ".", "é", "É", "ǅ", "Ⅰ", "\u0307"}
	rng := rand.New(rand.NewPCG(1, 2))
	text := func() string {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 20000 {
		set := map[string]bool{}
		for _, w := range splitWords(text()) {
			set[w] = true
		}
		s := text()
		want := false
		for _, w := range splitWords(s) {
			want = want || set[w]
		}
		if got := hasWord(s, set); got != want {
			t.Fatalf("hasWord(%q, %v) = %v; splitWords says %v", s, set, got, want)
		}
	}
}

// A bracket or a quotation opens another run: the words after a name in
// brackets spell it out or give a title, and are no name themselves; one
// word in brackets may be ("(AFP)").
func TestNameRunsStopAtBrackets(t *testing.T) {
	for text, want := range map[string][]string{
		"artists such as Ludacris (Stand Up) and Alicia Keys":          {"Ludacris", "Alicia Keys"},
		"hoarded on laptops and PDAs (Personal Digital Assistants), a": {"PDAs"},
		"the news agency (AFP) said":                                   {"AFP"},
		"the song 'Slow Jamz' with Jamie Foxx":                         {"Slow Jamz", "Jamie Foxx"},
		"Bank of America and Jack Ma":                                  {"Bank of America", "Jack Ma"},
		"Then I told Tom Reed I'm leaving, and I'd go":                 {"Then", "Tom Reed"},
		"said Tom Reed of Amarillo and Ann Cole":                       {"Tom Reed", "Amarillo", "Ann Cole"},
		"the Burnley Chamber of Commerce and Lord Mayor of London":     {"Burnley Chamber of Commerce", "Lord Mayor of London"},
		"King Abdullah of Jordan":                                      {"King Abdullah of Jordan"},
	} {
		if got := nameRuns(text, false); !slices.Equal(got, want) {
			t.Errorf("nameRuns(%q) = %q, want %q", text, got, want)
		}
	}
	// A sentence's opening quantifier is no part of the name after it:
	// "Several Twitter", "Both Libyan Dawn", "Each MRSA" were entities.
	for text, want := range map[string][]string{
		"Several Twitter accounts shared the photo":  {"Twitter"},
		"Both Libyan Dawn and the army deny it":      {"Libyan Dawn"},
		"Bank of America said it would cut 400 jobs": {"Bank of America"},
	} {
		if got := nameRuns(text, true); !slices.Equal(got, want) {
			t.Errorf("nameRuns(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestJobBeforeANameIsNoPartOfIt: a sentence that opens on a job, in
// the singular or the plural, capitalises it ("Singers Alicia Keys and
// Chaka Khan …", "Producer Mark Ronson …"); the person is the name after
// it, offered as "Singers Alicia Keys" otherwise (r108). A job word
// that is part of a name that is not a person's stays.
func TestJobBeforeANameIsNoPartOfIt(t *testing.T) {
	for run, want := range map[string]string{
		"Singers Alicia Keys": "Alicia Keys", "Producer Mark Ronson": "Mark Ronson", "Striker Wayne Rooney": "Wayne Rooney",
		"Star Wars": "Star Wars", "Host Europe": "Host Europe", "President Joe Biden": "Joe Biden", "Alicia Keys": "Alicia Keys",
	} {
		if got := stripTitles(run); got != want {
			t.Errorf("stripTitles(%q) = %q, want %q", run, got, want)
		}
	}
}

// TestVerbOpeningAQuoteIsNoPartOfAName: a verb in -ing that opens a
// sentence or quotation before a name is not part of it (“Buying
// Loopchat gets them a young audience”, h14-06, offered as who gave a
// figure); a run the article also writes mid-sentence stays a name.
func TestVerbOpeningAQuoteIsNoPartOfAName(t *testing.T) {
	for _, c := range []struct {
		text, want, not string
	}{
		{"Talks\n\nOrrin may buy Loopchat. \"Buying Loopchat gets them users,\" said Karen Doyle.\n", "Loopchat", "Buying Loopchat"},
		{"Talks\n\nEverton wanted Rooney. Signing Rooney was easy, said Moyes.\n", "Rooney", "Signing Rooney"},
		{"Match\n\nReading Football Club won. Fans of Reading Football Club sang.\n", "Reading Football Club", "Football Club"},
	} {
		a, err := article.Parse([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range findEntities(a) {
			names = append(names, e.Name)
		}
		if !slices.Contains(names, c.want) || slices.Contains(names, c.not) {
			t.Errorf("findEntities(%q) = %q, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}

// A question's auxiliary that opens a sentence is no part of a name:
// "Are Paper Hearts over?" names "Paper Hearts".
func TestAuxiliaryOpensNoName(t *testing.T) {
	a, err := article.Parse([]byte("Are Paper Hearts over? Fans of the pop duo Paper Hearts are worried after both singers deleted their photos.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range Extract(a).Entities {
		if strings.HasPrefix(e.Name, "Are ") {
			t.Errorf("entity %q", e.Name)
		}
	}
}
