package facts

import (
	"testing"

	"github.com/lede-app/lede/data/internal/corpus"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// TestCuesHoldEveryMatch checks, on every sentence of the test articles
// and of the development set (when it is here) and on sentences made to
// sit at their edges, that a text the patterns of reported speech match
// holds a match of their cues (findCued), which rule it out otherwise.
func TestCuesHoldEveryMatch(t *testing.T) {
	texts := corpus.Sentences(t, "../..",
		"If Mr Blair did not want to take part, the broadcasters could go ahead, Lord Holme said.",
		"It will go ahead,\tthe Associated Press news agency has reported", "It will go ahead, he told the BBC News website on Monday.",
		"It will go ahead, she told reporters yesterday.", "It will go ahead, “she said.", "It will go ahead, Ann Lee’s aide  said", "It will go, ahead he said.",
		"It will go ahead as planned, said Lord Holme, the party's leader.", "It will go ahead as planned,\nsaid\tLord Holme.", "It will go ahead, saidLord Holme.",
		"Ann Lee, who was not involved in the study, said so.", "Ann Lee, a researcher at Carnegie said so.", "Ann Lee, an expert, and Bo,  told them",
		"Ann Lee, of the US-Korea Institute, a frequent visitor, said", "Ann Lee, the head of \"Plan\" at Acme said", "Ann, a b at Cy  saidx",
	)
	for _, c := range []struct {
		name    string
		cue, re *lazyre.Regexp
	}{
		{"reportedFirst", reportedFirstCue, reportedFirst},
		{"reportedSaidName", reportedSaidNameCue, reportedSaidName},
		{"relativeClause", relativeClauseCue, relativeClause},
	} {
		matched, cued := 0, 0
		for _, text := range texts {
			match, cue := c.re.MatchString(text), c.cue.MatchString(text)
			if match && !cue {
				t.Errorf("%s matches %q, its cue does not", c.name, text)
			}
			if match {
				matched++
			}
			if cue {
				cued++
			}
		}
		if matched == 0 || cued == len(texts) {
			t.Errorf("%s: %d of %d texts matched, %d cued: the check proves nothing", c.name, matched, len(texts), cued)
		}
	}
}
