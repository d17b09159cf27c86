package quiz

import (
	"regexp"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// People as held-out set 11 described them (docs/quality.md,
// 2026-12-02): by who they are kin to, as the article says it ("Fidel
// Castro Odinga, the son of … Raila Odinga" is "Raila Odinga's son").
// Table: TestKinAnswerForNames (data/eval).

// kinWords are the family ties an article gives a person by.
const kinWords = `son|daughter|wife|husband|brother|sister|father|mother|widow|widower|nephew|niece|grandson|granddaughter|cousin|uncle|aunt`

// kinAfterName finds a name's family tie after it, between commas: ",
// the eldest son of prominent Kenyan politician Raila Odinga". Group 1
// is a word like "eldest", 2 the tie, 3 the words up to the relative's
// name, which is the last run of capitalised words.
var kinAfterName = lazyre.New(`^,\s+(?:the\s+|a\s+)?(?:(eldest|youngest|elder|younger|only|late|oldest)\s+)?(` + kinWords + `)\s+of\s+([^,;.()]{0,120})`)

// relativeName finds the last run of two or more capitalised words.
var relativeName = lazyre.New(`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+\s*$`)

// kinTie is a family tie the article gives a person: whose kin, and how.
type kinTie struct {
	relative, tie, rank string
}

// KinForms gives, for a key that is a person's name, the ways a student
// names that person by the family tie the article gives them after their
// name: "son of Raila Odinga", "Raila Odinga's son", "Odinga's son",
// "Odinga's eldest son". relatives are the people they are kin to, a
// different person each: "Raila Odinga" is not his son. A tie the article
// gives two people (two sons of one man) names neither, and gives no
// forms.
func KinForms(accepted []string, a *article.Article) (forms, relatives []string) {
	if len(accepted) == 0 || a == nil || !looksLikeName(accepted[0]) {
		return nil, nil
	}
	name := strings.TrimSpace(accepted[0])
	ties := kinTiesOf(name, a.Source)
	for _, t := range ties {
		if tieShared(t, name, a.Source) {
			continue
		}
		relatives = appendNew(relatives, t.relative)
		for _, f := range kinPhrases(t) {
			forms = appendNew(forms, f)
		}
	}
	return forms, relatives
}

// kinTiesOf reads each family tie the text gives name right after it.
func kinTiesOf(name, text string) []kinTie {
	var ties []kinTie
	for rest := text; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return ties
		}
		rest = rest[i+len(name):]
		m := kinAfterName.FindStringSubmatch(rest)
		if m == nil {
			continue
		}
		rel := strings.TrimSpace(relativeName.FindString(m[3]))
		if rel == "" || strings.EqualFold(rel, name) {
			continue
		}
		ties = append(ties, kinTie{relative: rel, tie: strings.ToLower(m[2]), rank: strings.ToLower(m[1])})
	}
}

// tieShared reports whether the text gives the same tie to the same
// relative for someone else too: "X, the son of Y" and "Z, the son of Y".
// Its pattern is made for the tie found, once a question is set, not at
// each check.
func tieShared(t kinTie, name, text string) bool {
	pattern := regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s+(?:the\s+|a\s+)?(?:\w+\s+)?` + t.tie + `\s+of\s+[^,;.()]{0,120}?` + regexp.QuoteMeta(t.relative))
	for _, m := range pattern.FindAllStringSubmatch(text, -1) {
		if !strings.HasSuffix(m[1], name) {
			return true
		}
	}
	return false
}

// kinPhrases writes a tie as students do: by the relative's full name or
// surname, with "of" or a possessive, with the article's "eldest" or
// without.
func kinPhrases(t kinTie) []string {
	words := strings.Fields(t.relative)
	surname := words[len(words)-1]
	ties := []string{t.tie}
	if t.rank != "" {
		ties = append(ties, t.rank+" "+t.tie)
	}
	var out []string
	for _, tie := range ties {
		for _, who := range []string{t.relative, surname} {
			out = append(out, tie+" of "+who, who+"'s "+tie)
		}
	}
	return out
}

func appendNew(list []string, s string) []string {
	if slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) }) {
		return list
	}
	return append(list, s)
}

// namedInKeyGiven reports whether another person an answer names is
// named inside an accepted answer the answer gives whole: "Raila Odinga's
// son" names Raila Odinga only to say whose son.
func namedInKeyGiven(q Question, norm, other string) bool {
	for _, acc := range q.Accepted {
		a := stripFillers(phraseNorm(acc))
		if a != other && containsPhrase(a, other) && containsPhrase(norm, a) {
			return true
		}
	}
	return false
}
