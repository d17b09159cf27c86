package quiz

// "Which of these does the article state as fact itself?" News mixes
// what the reporter states in the article's own voice with what it
// reports someone else saying, and a reader who skims takes both for
// the article's finding. Telling the two apart is the first thing media
// literacy courses teach about attribution; reviewers asked for it where
// "Who said …?" only matched a quote to a name (ab91). The options are
// the article's own words: one sentence it states plainly and claims it
// credits to named people, shown without their credit — or the other way
// round, so that the answer is not always the plain one.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// ownVoiceKind marks questions that ask what the article states itself.
const ownVoiceKind facts.Kind = "own-voice"

// Limits on an option: long enough to say something, short enough to
// read three side by side.
const (
	minVoiceWords = 6
	maxVoiceWords = 26
)

// voiced is one option: a claim as the article words it, and whose it is
// ("" for the article's own).
type voiced struct {
	text, speaker string
	sentence      int
}

// ownVoice asks, once an article, which of three claims the article
// states itself (one plain statement among claims credited to named
// people) or, where it states more than it credits, which one it credits
// to someone.
func (g *generator) ownVoice() {
	plain, credited := g.plainClaims(maxPlainOptions), g.creditedClaims()
	switch {
	case len(plain) >= 1 && len(credited) >= 2:
		g.askOwnVoiceBalanced(plain[0], credited, true)
	case len(plain) >= 2 && len(credited) >= 1:
		g.askOwnVoiceBalanced(credited[0], plain, false)
	}
}

// maxPlainOptions is how many of the article's plain statements, in
// reading order, may stand beside the answer: enough to find two of its
// length, few enough to stay near the opening.
const maxPlainOptions = 6

// askOwnVoiceBalanced asks about answer beside the first two of others
// in reading order or, where the answer would be far the longest of
// those three, the two nearest it in length; not at all where it would
// still be: a key twice as long as the rest is picked without reading
// (r108, G).
func (g *generator) askOwnVoiceBalanced(answer voiced, others []voiced, own bool) {
	words := func(v voiced) int { return article.CountWords(v.text) }
	farLongest := func(pair []voiced) bool { return 10*words(answer) > 14*max(words(pair[0]), words(pair[1])) }
	pair := others[:2]
	if farLongest(pair) {
		near := slices.Clone(others)
		slices.SortStableFunc(near, func(a, b voiced) int { return wordGap(words(a), words(answer)) - wordGap(words(b), words(answer)) })
		pair = near[:2]
		slices.SortStableFunc(pair, func(a, b voiced) int { return a.sentence - b.sentence })
	}
	if farLongest(pair) {
		return
	}
	g.askOwnVoice(answer, pair, own)
}

// wordGap is how many words apart two lengths are.
func wordGap(a, b int) int { return max(a-b, b-a) }

// plainClaims returns the first n sentences the article states in its
// own voice that an option can show whole, in reading order.
func (g *generator) plainClaims(n int) []voiced {
	var out []voiced
	for i := range g.a.Sentences {
		if len(out) == n {
			break
		}
		if claim, ok := g.plainOption(i); ok {
			out = append(out, voiced{claim, "", i})
		}
	}
	return out
}

// plainOption returns sentence i as an option, where the article states
// it plainly: as plainStatement, though not only of events ("Xstrata is a
// global mining giant" is as much the article's own as what someone did),
// and with no verb of speech ("Schroeder voiced concerns" states that
// someone spoke, which a student cannot be asked to call a fact or a
// claim).
func (g *generator) plainOption(i int) (string, bool) {
	text := strings.TrimSpace(g.withoutDateline(i))
	words := article.CountWords(text)
	if words < minVoiceWords+2 || words > maxVoiceWords || !strings.HasSuffix(text, ".") || strings.ContainsAny(text, "\"“”‘’?!:;()") ||
		!standsAlone(text) || notPlainFact.MatchString(text) || joinedOn.MatchString(text) || speechAct.MatchString(text) {
		return "", false
	}
	claim := strings.TrimSuffix(text, ".")
	if unresolvedClaimStart.MatchString(claim) || pointsBack(claim) || leansOnContext(claim) || pronounBeforeName(claim) ||
		g.flagged(i) || g.spokenNear(i) {
		return "", false
	}
	return claim, true
}

// speechAct finds a verb that reports speech, a stance or a finding,
// beyond the ones notPlainFact already refuses: "voiced concerns",
// "called on", "made clear", "condemn" — and "Netcraft analysed … and
// found that …", which credits its finding to Netcraft (ab92, K). A
// word list, as notPlainFact.
var speechAct = lazyre.NewWordList(
	"found", "finds", "find", "showed", "shows", "concluded", "concludes", "analysed", "analyzed", "measured",
	"voiced", "voices", "called on", "calls on", "made clear", "makes clear", "condemn", "condemns", "condemned",
	"criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "praised", "praises",
	"welcomed", "welcomes", "blamed", "blames", "demanding", "demanded", "demands", "urged", "urges", "vowed",
	"vows", "pledged", "pledges", "promised", "promises", "wrote", "writes", "written",
	"pointed out", "points out", "point out", "noted", "notes", "argued", "argues", "suggested", "suggests",
	// "The council points to neighbouring Calderleigh, which introduced
	// a £25 charge": its argument, not the article's (held-out h30-03, K).
	"points to", "pointed to", "point to", "cites", "cited")

// creditedClaims returns the claims the article credits by name, in
// reported speech, that an option can show as plain words: no quotation
// marks, no hedge or modal that would mark them as someone's at a glance,
// one a sentence, in reading order.
func (g *generator) creditedClaims() []voiced {
	var out []voiced
	seen := map[int]bool{}
	for _, f := range g.an.Facts {
		if f.Kind != facts.Statement || f.Sentence < 0 || seen[f.Sentence] || !speakerIsCertain(f) || !g.clean(f) || deniesClaim(f) {
			continue
		}
		claim := strings.TrimSpace(strings.TrimSuffix(f.Claim, "."))
		n := article.CountWords(claim)
		if n < minVoiceWords || n > maxVoiceWords || strings.ContainsAny(claim, "\"“”‘’?!:;()") || notPlainFact.MatchString(claim) ||
			unresolvedClaimStart.MatchString(upperFirst(claim)) || fragmentStart.MatchString(lowerFirst(claim)) || // "Holding a German hostage …" is no claim
			leansOnContext(claim) || pointsBack(claim) || !standsAlone(upperFirst(claim)) || personPronoun.MatchString(claim) ||
			nowBackshifted.MatchString(claim) || thingReported(claim) {
			continue // "did not match his diner's system": shown without "Dempsey said", whose? (r131, W from both)
		}
		seen[f.Sentence] = true
		out = append(out, voiced{claim, g.fullestName(f.Subject), f.Sentence})
	}
	slices.SortStableFunc(out, func(a, b voiced) int { return a.sentence - b.sentence })
	return out
}

// thingReported reports whether a claim opens on the thing a verb of
// speech reported, not a clause: "The State Patrol reported more than
// 200 crashes statewide on Tuesday, and several school districts …
// closed" gives "More than 200 crashes statewide on Tuesday, and …" —
// shown alone, no sentence, and only its first half is the patrol's
// (held-out h29-07: W and K).
func thingReported(claim string) bool {
	first := claim
	if at := strings.Index(claim, ","); at > 0 {
		first = claim[:at]
	}
	return amountFirst.MatchString(claim) && !finiteVerb.MatchString(first)
}

// amountFirst finds a claim that opens on an amount or a thing counted:
// "More than 200 crashes", "about 40 calls", "a rise of 8%".
var amountFirst = lazyre.New(`^(?i:(?:more|fewer|less)\s+than|about|around|nearly|almost|over|under|some|several|dozens|hundreds|thousands|a|an|\d)\b`)

// askOwnVoice asks which option is the answer's kind: the article's own
// statement (own) or a claim it credits to someone.
func (g *generator) askOwnVoice(answer voiced, others []voiced, own bool) {
	if oddTense(answer, others) {
		return
	}
	prompt := "Which of these does the article state as fact in its own words, without saying that anyone claims it?"
	if !own {
		prompt = "Which of these does the article give as someone's claim, rather than state as fact in its own words?"
	}
	choices := []string{upperFirst(answer.text)}
	for _, o := range others {
		choices = append(choices, upperFirst(o.text))
	}
	plain, credited := []voiced{answer}, others
	if !own {
		plain, credited = others, []voiced{answer}
	}
	expl := fmt.Sprintf("The article states “%s” in its own words, crediting no one; %s", plainTexts(plain), g.creditsOf(credited))
	q := Question{Kind: Choice, Prompt: prompt, Answer: choices[0], Accepted: []string{choices[0]},
		Choices: shuffled(choices, prompt+choices[0]), Distractors: choices[1:], Sentence: answer.sentence, Difficulty: 3,
		score:       80,
		Explanation: expl,
		Reason:      "what the article states itself, and what it only reports someone saying",
		shows:       sentencesOf(others)}
	g.add(q, facts.Fact{Kind: ownVoiceKind, Subject: answer.speaker, Claim: answer.text})
}

// sentencesOf returns the sentences the options come from.
func sentencesOf(vs []voiced) []int {
	var at []int
	for _, v := range vs {
		at = append(at, v.sentence)
	}
	return at
}

// plainTexts joins the plain statements of a question for its
// explanation, each within its own quotation marks.
func plainTexts(plain []voiced) string {
	var texts []string
	for _, p := range plain {
		texts = append(texts, upperFirst(p.text))
	}
	return strings.Join(texts, "” and “")
}

// creditsOf says whose the credited claims are, for the explanation,
// each source with its "the" where its sentence gives one: "to Sun" for
// "The Sun reported …" (held-out h4, W from both reviewers).
func (g *generator) creditsOf(credited []voiced) string {
	// One speaker's claims together: "credits X to Helen Carver and Y to
	// Helen Carver" read as a slip (r127, W from both).
	var parts []string
	var speakers []string
	texts := map[string][]string{}
	for _, c := range credited {
		who := g.asWritten(c.speaker, c.sentence)
		if _, ok := texts[who]; !ok {
			speakers = append(speakers, who)
		}
		texts[who] = append(texts[who], "“"+upperFirst(c.text)+"”")
	}
	for _, who := range speakers {
		parts = append(parts, joinAnd(texts[who])+" to "+who)
	}
	return "it credits " + joinAnd(parts) + "."
}

// backshifted finds reported speech's shifted tense: "had forgotten",
// "was due to open", "would".
var backshifted = lazyre.New(`\b(?:had\s+(?:been\s+|not\s+|never\s+|already\s+|just\s+)?\p{Ll}+|(?:was|were)\s+due\s+to|would)\b`)

// oddTense reports whether the answer alone of its options is, or alone
// is not, in reported speech's shifted tense: the verb form picks it out
// before the student reads (r127, G from both on two quizzes).
func oddTense(answer voiced, others []voiced) bool {
	shifted := backshifted.MatchString(answer.text)
	if !slices.ContainsFunc(others, func(o voiced) bool { return backshifted.MatchString(o.text) == shifted }) {
		return true
	}
	// The key alone in the present among claims in the past ("are
	// traditionally owned" beside "were being bred" and "had found")
	// stood out as much (held-out h15-04, G from both), and so did the
	// key alone in the past among claims in the present ("Blue badge
	// holders needed to …" beside "still needs" and "are to be banned":
	// r158, G from both; r150 and r154 the same, from one). h3-07's
	// "Collapses on tour were more common …" had passed once.
	if inPresent(answer.text) {
		return !slices.ContainsFunc(others, func(o voiced) bool { return inPresent(o.text) })
	}
	return inPast(answer.text) && !slices.ContainsFunc(others, func(o voiced) bool { return inPast(o.text) })
}

// inPast reports whether text is told in the past and not the present:
// a past form ("was", "said", "lost") or a regular one ("needed").
func inPast(text string) bool {
	return !inPresent(text) && (pastVerb.MatchString(text) || backshifted.MatchString(text) || pastAction.MatchString(text))
}

// inPresent reports whether a claim's first finite verb is in the
// present: "The buildings have stood empty since the last books were
// moved out" is in the present, its "were" a clause inside it.
func inPresent(text string) bool {
	present := presentVerb.FindStringIndex(text)
	if present == nil {
		return false
	}
	for _, other := range []*lazyre.Regexp{pastVerb, backshifted} {
		if loc := other.FindStringIndex(text); loc != nil && loc[0] < present[0] {
			return false
		}
	}
	return true
}

// presentVerb and pastVerb are the commonest finite verbs of each tense.
var (
	presentVerb = lazyre.New(`\b(?:is|are|has|have|does|do|says|can|will)\b`)
	pastVerb    = lazyre.New(`\b(?:was|were|had|did|said|could)\b`)
)

// withItsThe is a name as English writes it in a sentence: a newspaper's
// name takes its "the" ("credits it to the Jordan Times", where "to
// Jordan Times" reads as a slip — spot82, W).
func withItsThe(name string) string {
	words := strings.Fields(name)
	if len(words) > 1 && !strings.EqualFold(words[0], "the") && newspaperWords[words[len(words)-1]] {
		return "the " + name
	}
	return name
}

// newspaperWords end the names of newspapers that are written with "the".
// "a claim by Aldine Courier" read as a slip too (held-out h20, W from
// both reviewers).
var newspaperWords = wordSet(mastheads)

// mastheads are the words newspapers' names end on, as written:
// newspaperWords reads them, and reportingOutlet (restson.go) takes
// them, in any case, for an outlet.
const mastheads = "Times Post Journal Herald Tribune Gazette Telegraph Guardian Independent Express Mirror Observer Chronicle Standard " +
	"Courier Echo Star Mail Record Advertiser Examiner Argus Bulletin Courant Inquirer Enquirer Sentinel Dispatch Despatch Register Globe Press"
