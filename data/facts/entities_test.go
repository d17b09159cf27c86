package facts

import (
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
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold %v", a, b, got, want)
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
