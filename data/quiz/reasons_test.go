package quiz

import "testing"

// TestArticleVoteToldWrongly: "Yes, unanimously" to a bare "Yes" where
// the article's sentence on the asked vote gives a split tally is wrong;
// a reason that does not say the vote was one-sided, or a vote the
// question does not ask about, is not this rule's (held-out set 23).
func TestArticleVoteToldWrongly(t *testing.T) {
	q := teacherQuestion("Did the MCAs pass the Markets (Amendment) Bill?", "yes")
	said := []string{"Members of the County Assembly (MCAs) passed the Markets (Amendment) Bill by 38 votes to 21, with four abstentions."}
	other := []string{"The football club's members voted by 300 to 12 to move to a new ground."}
	for _, tt := range []struct {
		answer string
		said   []string
		want   bool
	}{
		{"yes, unanimously", said, true},
		{"yes everyone voted for it", said, true},
		{"yes, it wasn't unanimous", said, false},
		{"yes, by 38 votes to 21", said, false},
		{"yes, unanimously", other, false},
	} {
		if got := misToldArticleVote(q, Normalize(tt.answer), tt.said); got != tt.want {
			t.Errorf("misToldArticleVote(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}
