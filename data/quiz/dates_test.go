package quiz

import "testing"

// TestWordsAroundKeepsPromptsShort: a "which date does … mean?" prompt
// quotes a short sentence whole, and of a long one only the words around
// the date — never cutting a name in two — so that at large text sizes
// the prompt leaves room for its answer (issue 11: a 50-word sentence
// quoted whole pushed the choices under "More below").
func TestWordsAroundKeepsPromptsShort(t *testing.T) {
	for _, c := range []struct{ text, phrase, want string }{
		{"The council met on Monday to vote on the plan.", "on Monday",
			"In the sentence “The council met on Monday to vote on the plan”"},
		{"PORTHAVEN — The ferry between Portnew Quay and Eastside Pier will run through the night from May 4, the operator Bay Crossings said on Wednesday, ending a 40-year gap in late-night service across the harbour.", "on Wednesday",
			"Where the article says “… from May 4, the operator Bay Crossings said on Wednesday, ending a 40-year gap …”"},
		{"Teenagers at schools that moved their start time later slept an average of 34 minutes more each night, according to a study published on Wednesday in the journal Sleep Health.", "on Wednesday",
			"Where the article says “… more each night, according to a study published on Wednesday in the journal Sleep Health”"},
		{"On Tuesday the Greater Manchester Combined Authority Transport Committee, which had been asked by councillors from six boroughs to look again at fares, voted to freeze them for a year.", "On Tuesday",
			"Where the article says “On Tuesday the Greater Manchester Combined Authority Transport Committee …”"},
	} {
		if got := wordsAround(c.text, c.phrase); got != c.want {
			t.Errorf("wordsAround(%q)\n got  %s\n want %s", c.phrase, got, c.want)
		}
	}
}
