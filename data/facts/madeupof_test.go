package facts

import "testing"

// "Made up of" says what a thing consists of; only "made up" alone says
// a story was invented (held-out h6: a cast "made up mostly of
// non-professional actors" was read as the body calling its headline
// false).
func TestMadeUpOfIsNoDebunk(t *testing.T) {
	for text, want := range map[string]bool{
		"The story was made up, the police said.":                       true,
		"Officials said the claims were made up by a rival.":            true,
		"Its cast, made up mostly of non-professional actors, won.":     false,
		"The jury was made up of five critics and two directors.":       false,
		"A panel made-up of local residents will decide.":               false,
		"The panel, made up of residents, said the report was made up.": true,
	} {
		if got := debunkPhrase(text); got != want {
			t.Errorf("debunkPhrase(%q) = %v; want %v", text, got, want)
		}
	}
}
