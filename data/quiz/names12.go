package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// People as held-out set 12 named them (docs/quality.md, 2026-12-02): by
// the post the article gives them between commas before their name
// ("The council's finance director, Colin Baptiste, warned …" — "the
// finance director", "the councils finance director"), by that post "of"
// its owner ("the ceo of the trust" for "the trust's chief executive"),
// by short forms of posts ("the ceo", "cllr okafor"); and two near misses
// it marked wrong: a first name alone ("helen" for "Helen Marsh"), and
// another name of the article one letter from a word of the key ("dewar",
// the finder's name, for "Stonehavenia dewari"). Table:
// TestHeldOutTwelveNames.

// appositionBefore finds a description between commas that ends right
// before a name: "The council's finance director, " or "after the
// sitting MP, ".
var appositionBefore = lazyre.New(`(?:^|\s)(?:[Tt]he|[Aa]n?)\s+([^,;:"“”()]{3,60}),\s*$`)

// ownedPostBefore finds a post that a name's owner opens, between
// commas right before a name, or before "the" and a description of
// the person: "Winnipeg's mayor, " and "Fiji's captain, the lock ".
var ownedPostBefore = lazyre.New(`(?:^|[\s,])(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s\s+\p{Ll}[^,;:"“”()]{1,60}),\s*(?:the\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+)?$`)

// ownedPostBeforeName returns the post ownedPostBefore finds before a
// name that closes it with a comma or ends the sentence ("Winnipeg's
// mayor" of "Winnipeg's mayor, Diane Kowalchuk, declared …"), or "".
func ownedPostBeforeName(before, after string) string {
	if a := strings.TrimSpace(after); a != "" && !strings.HasPrefix(a, ",") && !strings.HasPrefix(a, ".") {
		return ""
	}
	m := ownedPostBefore.FindStringSubmatch(before)
	if m == nil || strings.Contains(m[1], " and ") {
		return "" // "Fiji's coach and Samoa's captain, …": whose is which?
	}
	return m[1]
}

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
	// "the fiji captain" for "Fiji's captain", and "captain of fiji":
	// a name's post read as students write it (held-out set 24).
	out := []string{post + " of the " + owner, post + " of " + owner, owner + " " + post}
	if hasPost(post) {
		out = append(out, post)
	}
	return out
}

// namedWordLookalikes returns the one-word names the article uses that
// are one slip from a word of a key that is a name of two words or more
// ("Dewar" beside "Stonehavenia dewari", the beetle named after its
// finder): as wrong answers they stop the article's other name from
// passing for a typing error in the key. A plural's "s" is no slip.
// known are the lookalikes found already.
func namedWordLookalikes(accepted []string, a *article.Article, known []string) []string {
	var keyWords []string
	for _, key := range accepted {
		words := strings.Fields(key)
		if len(words) < 2 || len(words) > 4 || !startsUpper(words[:1]) {
			continue // a name opens with a capital: "Stonehavenia dewari", "Helen Marsh"
		}
		for _, w := range words {
			if n := Normalize(w); len([]rune(n)) >= 5 {
				keyWords = append(keyWords, n)
			}
		}
	}
	if len(keyWords) == 0 {
		return nil
	}
	var out []string
	for _, run := range nameRun.FindAllString(a.Source, -1) {
		for _, w := range strings.Fields(run) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			n := Normalize(w)
			if len([]rune(n)) < 4 || strings.Contains(n, " ") || containsFold(known, w) || containsFold(out, w) {
				continue
			}
			for _, k := range keyWords {
				if n != k && n+"s" != k && k+"s" != n && editDistance(n, k) == 1 && !containsFold(keyWords, n) {
					out = append(out, w)
					break
				}
			}
		}
	}
	return out
}

// firstNameAlone reports whether an answer is only the first name of a
// key that is a person's full name ("helen" for "Helen Marsh"): it says
// whom only to someone who knows already, and held-out set 12's reviewer
// marked it wrong. The surname alone ("Marsh") still answers.
func firstNameAlone(q Question, norm string) bool {
	if strings.Contains(norm, " ") || len(norm) < 2 || !asksWho(q.Prompt) {
		return false // "Jupiter" for "Jupiter Research" to "Which firm …?" is a firm's short name
	}
	for _, acc := range q.Accepted {
		if !looksLikeName(acc) {
			continue
		}
		words := strings.Fields(Normalize(acc))
		if len(words) < 2 || len(words) > 3 || words[0] != norm || slices.Contains(words[1:], norm) {
			continue
		}
		if looksLikePerson(acc) { // its pattern last: few answers are a key's first word
			return true
		}
	}
	return false
}
