package facts

// Denial present: the opening (the headline and the first two sentences)
// states something as fact, and further down someone denies it — "An
// Islamic State fighter denied that al-Baghdadi's wife had been
// arrested", "a spokeswoman said the move was not about the new laws".
// A reader who stops after the opening takes a disputed claim as
// settled.
//
// Each way of denying is one declaration: the pattern, with a named group
// "what" for what is denied, an example it must find and a near miss it
// must not. Whether the denial undercuts the opening is decided on the
// article (deniesOpening): what is denied must be on the opening's
// subject, the opening must state it plainly (not as an allegation, a
// complaint or a rumour) and must not itself report the denial ("Howard
// denies split over ID cards" is upfront about the dispute).

import (
	"fmt"
	"maps"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
)

// denialRule is one way a sentence denies something.
type denialRule struct {
	*rule
	// only, when set, must hold for the match to count.
	only func(r *rule, s article.Sentence, m []int) bool
}

// accusedNouns name a claim made against someone.
const accusedNouns = `(?:claims?|allegations?|accusations?|reports?|suggestions?|charges?|rumou?rs?|story|stories|speculation)`

var denialRules = []denialRule{
	{declare("denied that", `(?i)\b(?:denied|denies|deny|denying)\b,? (?:that |(?:the |any |these |those |all |such )?`+accusedNouns+`\b(?: that)? ?)?(?P<what>(?:[\p{L}\p{N}’'-]+ ){1,6}?(?:was|were|is|are|had|has|have|did|does|would|could|will)\b[^.;,]*|being [^.;,]+|having [^.;,]+|(?:any )?(?:wrongdoing|involvement|responsibility|knowledge)\b[^.;,]*)`,
		"An Islamic State fighter denied that al-Baghdadi's wife had been arrested.", "The fighter was denied entry at the border."), notRefused},
	{declare("dismissed the claims", `(?i)\b(?:dismissed|rejected|refuted|rebutted|denied)\b (?:the |these |those |such |all |any |this |that |his |her |their |its )?(?:[\p{L}-]+ ){0,2}?(?P<what>`+accusedNouns+`\b[^.;,]*)`,
		"The company dismissed the allegations as baseless.", "The company dismissed the manager."), nil},
	{declare("said the report was untrue", `(?i)\b(?:said|says|insisted|added|stated)(?: that)? (?P<what>(?:the |this |these |those |such |its |his |her |their )?(?:[\p{L}-]+ ){0,3}?`+accusedNouns+`\b[^.;]{0,60}?) (?:was|were|is|are) (?:completely |totally |entirely |simply |absolutely |wholly )?(?:untrue|false|wrong|baseless|unfounded|inaccurate|incorrect|nonsense|groundless|fabricated|without foundation|not true|rubbish)\b`,
		"A spokesman said the report was untrue.", "A spokesman said the report was published on Monday."), nil},
	{declare("no truth in", `(?i)\b(?:there (?:is|was) no truth (?:in|to)|no (?:legal )?basis for) (?P<what>[^.;,]+)`,
		"The club said there was no truth in reports that the manager would leave.", "The club said there was truth in the reports."), nil},
	{declare("said it had not", `(?i)\b(?:said|says|insisted|maintained|stressed)(?: that)? (?P<what>(?:it|he|she|they|the (?:company|firm|group|government|ministry|club|party|move|decision|bank|agency|department|council|organi[sz]ation|army|police))(?: had| has| have| did| does| do| was| were| is| are)(?: not|n['’]t| never)(?: yet| ever| been)* (?P<next>\p{L}+)\b[^.;,]*)`,
		"A Cabinet Office spokeswoman said the move was not about the new laws.", "A Cabinet Office spokeswoman said the move was about the new laws."), notStance},
}

// notRefused vetoes "was denied entry": a refusal, not a denial.
func notRefused(_ *rule, s article.Sentence, m []int) bool {
	before := strings.Fields(strings.ToLower(s.Text[:m[0]]))
	return len(before) == 0 || !passiveAux[before[len(before)-1]]
}

// notStance vetoes "said it did not believe …", "said he had not
// decided": a view or a plan not held, not a denial of what happened.
func notStance(r *rule, s article.Sentence, m []int) bool {
	return !stanceVerbs[strings.ToLower(r.group(s.Text, m, "next"))]
}

var stanceVerbs = wordSet("believe think expect want plan intend see feel know consider wish hope like recall remember decide decided " +
	"believed thought expected wanted planned intended seen felt known considered wished hoped liked recalled remembered rule ruled comment commented")

var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "being": true, "is": true, "are": true}

var (
	// openingDenies: an opening that already reports a denial is upfront
	// about the dispute.
	openingDenies = lazyre.New(`(?i)\b(?:den(?:y|ies|ied|ial)|rejected|dismissed|refuted|disputed|untrue|not true|no (?:legal )?basis)\b`)
	// framedAsClaim: an opening sentence that puts the claim as someone's
	// allegation, complaint, suspicion or a rumour does not state it as
	// fact.
	framedAsClaim = lazyre.New(`(?i)\b(?:alleg\p{L}*|accus\p{L}*|complain\p{L}*|claim\p{L}*|charg(?:e|es|ed|ing)|suspect\p{L}*|rumou?r\p{L}*|reportedly|purported\p{L}*|potentially|whether|(?:may|might|could) have|prob(?:e|es|ed|ing)|investigat\p{L}*|inquiry)\b|\?`)
)

// denials flags, once an article, a sentence that denies what the
// opening states as fact: of the sentences that deny something on the
// opening's subject, the one that shares most with it.
func (x *extractor) denials() {
	opening, ok := x.openingConcepts()
	if !ok {
		return
	}
	d := x.denialOf(opening, min(openingSentences, len(x.a.Sentences)), 2)
	if d.sentence < 0 {
		return
	}
	words := shortened(d.words, 14)
	x.flag(Denial, x.a.Sentences[d.sentence], words, fmt.Sprintf(trapExplanations[Denial], words))
	x.flags[len(x.flags)-1].Rule = d.rule
}

// bodyDenial is the body sentence that best denies a topic.
type bodyDenial struct {
	sentence    int // -1 for none
	shared      int
	rule, words string
}

// denialOf returns, of the sentences from index from on that deny
// something, the one that shares most concepts with topic, at least
// least: what is denied must be on the topic — a thing done or said,
// not only the same names ("he didn't endorse Le Pen" under an opening
// on Le Pen's good press) — and the sentence with it (its speaker counts:
// the accused named in the opening) must share least concepts with it.
func (x *extractor) denialOf(topic map[string]bool, from, least int) bodyDenial {
	best := bodyDenial{sentence: -1}
	for _, s := range x.a.Sentences[from:] {
		if len(s.Text) > maxSentence {
			continue
		}
		for _, r := range denialRules {
			m := x.find(r.rule, s)
			if m == nil || r.only != nil && !r.only(r.rule, s, m) || insideQuotes(s.Text, m[0]) {
				continue
			}
			denied := x.denied(s, r.group(s.Text, m, "what"))
			if shared(denied, topic) == 0 {
				continue
			}
			maps.Copy(denied, conceptsOf(s.Text))
			if n := shared(denied, topic); n >= least && n > best.shared {
				best = bodyDenial{s.Index, n, r.name, strings.TrimSpace(s.Text[m[0]:m[1]])}
			}
			break
		}
	}
	return best
}

// openingSentences is how many body sentences make the opening, with
// the headline: a news lede is often one sentence, its claim spelt out
// in the next.
const openingSentences = 2

// openingConcepts returns the concepts of the opening sentences that
// state things as fact, and false when the opening already reports a
// denial or states nothing plainly.
func (x *extractor) openingConcepts() (map[string]bool, bool) {
	texts := []string{x.a.Title}
	for _, s := range x.a.Sentences[:min(openingSentences, len(x.a.Sentences))] {
		texts = append(texts, s.Text)
	}
	concepts := map[string]bool{}
	for _, t := range texts {
		if openingDenies.MatchString(t) {
			return nil, false
		}
		if t == "" || framedAsClaim.MatchString(t) {
			continue
		}
		for c := range conceptsOf(t) {
			concepts[c] = true
		}
	}
	return concepts, len(concepts) > 0
}

// denied returns the concepts of what sentence s denies: what itself,
// or, when that only names the claim ("denied the allegations"), the
// sentence before in the same paragraph, which made it.
func (x *extractor) denied(s article.Sentence, what string) map[string]bool {
	c := commonConcepts(what)
	for k := range c {
		if accusedNoun.MatchString(k) {
			delete(c, k)
		}
	}
	if len(c) > 0 || s.Index == 0 || x.a.Sentences[s.Index-1].Block != s.Block {
		return c
	}
	return commonConcepts(x.a.Sentences[s.Index-1].Text)
}

// accusedNoun matches the concept of one of accusedNouns, or a word that
// only says how the claim is judged.
var accusedNoun = lazyre.New(`^(?:claim|allegation|accusation|report|suggestion|charge|rumou?r|story|stori|speculation|baseless|untrue|false|wrong|nonsense|unfounded|as)$`)

// commonConcepts returns the concepts of text's words written in lower
// case: what is done or said, leaving out names.
func commonConcepts(text string) map[string]bool {
	var common []string
	for _, w := range strings.Fields(text) {
		if r := []rune(strings.Trim(w, "“”\"'‘’(")); len(r) > 0 && !unicode.IsUpper(r[0]) {
			common = append(common, w)
		}
	}
	return conceptsOf(strings.Join(common, " "))
}

// shared counts the concepts of a that b also has.
func shared(a, b map[string]bool) int {
	n := 0
	for c := range a {
		if b[c] {
			n++
		}
	}
	return n
}

// shortened keeps the first n words of text, marking a cut with "…".
func shortened(text string, n int) string {
	words := strings.Fields(text)
	if len(words) <= n {
		return text
	}
	return strings.Join(words[:n], " ") + " …"
}
