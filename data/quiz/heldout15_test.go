package quiz

import "testing"

// Held-out h15 (r139): a claim that opens on "Others" or a bare "Many"
// names no one it is about; a key alone in the present among claims in
// the past is picked by its tense (a key alone in the past among claims
// in the present was not, h3-07).
func TestHeldOut15Shapes(t *testing.T) {
	for text, want := range map[string]bool{
		"Others are thought to be buying cheap ponies at markets.": true,
		"Many were unable to cut grass at all.":                    true,
		"Some of them have left the moor.":                         true,
		"Many farmers were unable to cut grass at all.":            false,
		"Most ponies on the moor are owned by farmers.":            false,
		"Othersley Council said the bins would be emptied weekly.": false,
	} {
		if got := unresolvedClaimStart.MatchString(text); got != want {
			t.Errorf("unresolvedClaimStart(%q) = %v, want %v", text, got, want)
		}
		if got := opensOnPronoun(text); got != want {
			t.Errorf("opensOnPronoun(%q) = %v, want %v", text, got, want)
		}
	}
	v := func(text string) voiced { return voiced{text: text} }
	for _, c := range []struct {
		answer string
		others []string
		want   bool
	}{
		{"Ponies on the moor are traditionally owned by farmers", []string{"Too many ponies were being bred", "Volunteers had found ponies tied to gates"}, true},
		{"Collapses on tour were more common than fans realised", []string{"His management has not responded", "The video has been viewed 1.8 million times"}, true},
		{"Blue badge holders needed to be able to get close to the shops", []string{"The scheme still needs the approval of the council", "Cars are to be banned from the high street"}, true}, // r158
		{"Blue badge holders needed to be able to get close to the shops", []string{"The scheme gained the council's approval", "Cars are to be banned from the high street"}, false},
		{"The ferry carries 300 cars a day", []string{"The route is losing money", "Fuel costs had risen by 40 per cent"}, false},
		{"Fuel costs had risen by 40 per cent", []string{"The route was losing money", "Crossings were often half empty"}, true},
	} {
		var others []voiced
		for _, o := range c.others {
			others = append(others, v(o))
		}
		if got := oddTense(v(c.answer), others); got != c.want {
			t.Errorf("oddTense(%q) = %v, want %v", c.answer, got, c.want)
		}
	}
}

// No footing question keeps reported speech's "were now" (held-out
// h15-03, W from both).
func TestShiftedNow(t *testing.T) {
	for text, want := range map[string]bool{
		"In what way does the article say that bales that sold for about £2 last year were now fetching up to £3 each?": true,
		"In what way does the article say that the ferry now runs twice a day?":                                         false,
	} {
		if got := shiftedNow.MatchString(text); got != want {
			t.Errorf("shiftedNow(%q) = %v, want %v", text, got, want)
		}
	}
}
