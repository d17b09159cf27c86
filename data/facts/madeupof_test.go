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
		// A share or an amount, and a loss offset (held-out h27-01).
		"He said fuel now made up about a third of running costs.": false,
		"Exports made up the bulk of sales last year.":             false,
		"Food sales made up for the fall in drinks sales.":         false,
		"Diesel made up 30% of the firm's costs.":                  false,
		"The blogger admitted he had made up the story.":           true,
		"Police said the report was made up by a former employee.": true,
	} {
		if got := debunkPhrase(text); got != want {
			t.Errorf("debunkPhrase(%q) = %v; want %v", text, got, want)
		}
	}
}

// "No evidence that X" calls X unproven, not the story false: it
// undercuts a headline only where X is what the headline says.
func TestNoEvidenceIsAboutItsClaim(t *testing.T) {
	for _, c := range []struct {
		text, headline string
		undercuts      bool
	}{
		{"She said there was no evidence that the flaw had been used against any customers.", "Warning over phone Bluetooth flaw", false},
		{"Police said there was no evidence that the school had been burgled.", "School burgled overnight", true},
		{"Experts said the photos were fake and there was no evidence of a crash.", "Warning over phone Bluetooth flaw", true},
	} {
		unproven := unprovenClaim(c.text)
		got := unproven == nil || overlap(conceptsOf(c.headline), unproven) >= 0.4
		if got != c.undercuts {
			t.Errorf("%q against %q: undercuts = %v; want %v", c.text, c.headline, got, c.undercuts)
		}
	}
}
