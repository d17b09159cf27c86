package quiz

import (
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Names as held-out set 15 wrote them (docs/quality.md, 2026-12-02): a
// post before a surname ("Mayor Soto", "Trustee Fell", "Secretary
// Delaney") and a person's name with where they work ("Ms Lindsay from
// Scottish Hill Farmers Together", "Karen Liu of Arizona State
// University") were partly right or wrong. Table:
// TestHeldOutFifteenNames.

// postTitles are posts said before a surname alone, as news writes them
// after the first mention, beside rankTitles.
var postTitles = wordSet(`mayor trustee secretary chair chairman chairwoman councilman councilwoman alderman
	supervisor speaker premier treasurer director bishop pastor rabbi imam principal dean justice attorney ranger`)

// affiliation finds where a name ends and the body it belongs to begins:
// " of ", " from ", " at ", " with ".
var affiliation = lazyre.New(`(?i)\s+(?:of|from|at|with)\s+(?:the\s+)?`)

// affiliationMarks are the strings without which an answer names no
// body after a name.
var affiliationMarks = newFoldMarks(" of ", " from ", " at ", " with ")

// personAndBody splits an answer that names a person and the body they
// belong to, "Mr Rutherford of Lawrie & Symington": the person, and ok
// when the rest is a name (its words capitalised, "&" and small words
// between). The key must be a person's name.
func personAndBody(q Question, answer string) (string, bool) {
	if !affiliationMarks.in(answer) || !looksLikePerson(withoutTitle(q.Answer)) {
		return "", false // most answers name no body
	}
	loc := affiliation.FindStringIndex(answer)
	if loc == nil || loc[0] == 0 {
		return "", false
	}
	head, body := answer[:loc[0]], answer[loc[1]:]
	if len(strings.Fields(head)) > 4 || afterName.MatchString(head) || !isBodyName(body) {
		return "", false // "the daughter of Tom Hale" is a description, not a name and a body
	}
	return head, true
}

// isBodyName reports whether s is written as a name: its first word and
// every word of four letters or more capitalised ("Scottish Hill Farmers
// Together", "Lawrie & Symington", "Arizona State University").
func isBodyName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for i, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && (i == 0 || len(r) >= 4) && w != "&" {
			return false
		}
	}
	return true
}

// withoutTitle returns a name without the title that opens it: "Karen
// Liu" for "Dr. Karen Liu".
func withoutTitle(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	w := Normalize(first)
	if titleWords[w] || rankTitles[w] || postTitles[w] {
		return rest
	}
	return name
}
