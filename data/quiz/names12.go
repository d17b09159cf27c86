package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// People as held-out set 12 named them (docs/quality.md, 2026-12-02): by
// the post the article gives them between commas before their name
// ("The council's finance director, Colin Baptiste, warned …" — "the
// finance director", "the councils finance director"), by that post "of"
// its owner ("the ceo of the trust" for "the trust's chief executive"),
// by short forms of posts ("the ceo", "cllr okafor"). Table:
// TestHeldOutTwelveNames.

// appositionBefore finds a description between commas that ends right
// before a name: "The council's finance director, " or "after the
// sitting MP, ".
var appositionBefore = lazyre.New(`(?:^|\s)(?:[Tt]he|[Aa]n?)\s+([^,;:"“”()]{3,60}),\s*$`)

// appositionBeforeName returns the description an article sets between
// commas before a name, when the name closes it with a comma or ends the
// sentence: "The returning officer, Janet Osei, announced" gives
// "returning officer". before is the sentence up to the name, after the
// rest of it after the name; "" when there is none.
func appositionBeforeName(before, after string) string {
	if !strings.HasSuffix(strings.TrimRight(before, " "), ",") {
		return "" // most names have no comma before them
	}
	if a := strings.TrimSpace(after); a != "" && !strings.HasPrefix(a, ",") && !strings.HasPrefix(a, ".") {
		return "" // "In the end, John Smith won": no description closed by the name
	}
	m := appositionBefore.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	d := m[1]
	if strings.Contains(d, " and ") {
		// "the cycling charity Pedal Forward and a local parent, Simon
		// Reyes": the description is the last one, after its own "a".
		i := max(strings.LastIndex(d, " a "), strings.LastIndex(d, " an "), strings.LastIndex(d, " the "))
		if i < 0 || strings.Contains(d[i:], " and ") {
			return ""
		}
		_, d, _ = strings.Cut(d[i+1:], " ")
	}
	return d
}

// ownerForms writes a post its owner's possessive opens ("council's
// finance director") as students do: with "of the" and the owner ("finance
// director of the council"), and without the owner when what is left is
// still a post with a field ("finance director"; not "chief executive",
// which names anyone's). A post of two people is refused by the caller,
// which counts who holds each form.
func ownerForms(desc string) []string {
	owner, post, ok := strings.Cut(desc, "'s ")
	if !ok {
		owner, post, ok = strings.Cut(desc, "’s ")
	}
	if !ok || owner == "" || post == "" || strings.Contains(owner, " ") || strings.Contains(post, "'s ") {
		return nil
	}
	out := []string{post + " of the " + owner}
	if hasPost(post) {
		out = append(out, post)
	}
	return out
}
