package quiz

// "Who did it?" News puts its main event in a plain sentence: "French
// stock market regulator AMF has filed complaints against media giant
// Vivendi Universal". Asking who acted, where the sentence names another
// party too, tests that the student read who did what to whom — the
// regulator accuses, the firm is accused — which a reader who skims
// headlines gets backwards. Where the article credits the report to
// someone ("…, security officials said"), the question says so: the
// answer is their account, not the article's own finding.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/lexicon"
)

// actorKind marks questions about who did what a sentence reports.
const actorKind facts.Kind = "actor"

// pastForms are irregular past tenses and participles an action may take.
const pastForms = `won|lost|made|took|taken|gave|given|sold|bought|struck|held|led|began|begun|caught|found|hit|left|` +
	`put|set|sent|spent|brought|built|chose|chosen|drew|drawn|drove|fought|flew|grew|kept|laid|lent|met|` +
	`paid|ran|rose|shot|shut|sought|stole|stolen|stood|threw|thrown|withdrew|withdrawn|beat|beaten|broke|broken|` +
	`overtook|overtaken|undertook|cut|quit|shown|showed`

// actorClause splits a sentence into its subject, its verb group and the
// rest: "AMF | has filed | complaints against …". Only actions: a verb
// in the past, the present perfect or "is …ing"; "is to move" and "looks
// set to" state plans and forecasts, which are other questions.
var actorClause = lazyre.New(`^([^,;:"“”()]{2,80}?)\s+((?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:` + pastForms + `|\p{Ll}{3,}ed)|(?:` + pastForms + `|\p{Ll}{3,}ed)|(?:is|are)\s+(?:now\s+)?\p{Ll}{3,}ing)\s+(\p{Ll}.+)$`)

// notActions are verbs the pattern takes for actions that are speech,
// belief or a state: who-said questions and hedges ask about those.
var notActions = wordSet(strings.Join(lexicon.English.SpeechVerbs, " ") + ` believed expected hoped feared suggested predicted
	revealed decided seemed appeared looked remained continued needed wanted used based aged called named
	considered described reported accused alleged rejected dismissed welcomed backed praised criticised
	criticized condemned refused declined questioned disputed responded reacted defended attacked
	being going getting trying saying hoping expecting planning`)

// subjectStop are words that show a run is not one noun phrase: a
// clause ("who leads"), a verb ("looks set to"), a time ("after").
var subjectStop = wordSet(`who which that whose when while after before as if because since though although
	to be been is are was were has have had do does did not no looks look seems seem appears appear
	will would could should may might can must he she it they we i you your our my us this these those there
	and or but ` +
	strings.Join(lexicon.English.SpeechVerbs, " "))

// trailingAdverbs end a subject run without being part of it: "Islamic
// State also released …".
var trailingAdverbs = wordSet("also now still already then later previously recently first again")

// secondClause finds a second finite verb with its object in the rest —
// "published on social media … described him as married" — where the
// pattern took a reduced relative ("A CV … published") for the action.
var secondClause = lazyre.New(`\b(?:\p{Ll}{3,}ed|gave|took|made|told)\s+(?:him|her|them|it|the|a|an|his|their|its)\b|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b`)

// ownPronoun is a pronoun straight after the name it stands for:
// "against Vivendi Universal, its boss".
var ownPronoun = lazyre.New(`\p{Lu}[\p{L}'’.-]*(?:,| and)\s+$`)

// groupNouns follow a group's name without changing who it is: "Islamic
// State insurgents" are Islamic State's.
var groupNouns = wordSet("insurgents militants fighters forces troops group members supporters officials government army police")

// trailingSource finds the report's source at the end: ", security
// officials said on Tuesday", ", according to British media reports".
var trailingSource = lazyre.New(`,\s+(?:according to ([^,]{3,60})|((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+(?:said|says|reported|revealed|told [\p{L} ]{2,30}?)(?:\s+on\s+\p{Lu}\p{Ll}+day|\s+\p{Lu}\p{Ll}+day|\s+yesterday|\s+today)?)(?:[,.].*)?$`)

// clauseTail is where a sentence goes on past its main event: ", in a
// move seen as …", ", while …".
var clauseTail = lazyre.New(`,\s+(?:in|while|but|and|which|who|after|as|amid|with|although|though|despite|where|when|saying)\b.*$`)

// restPronoun finds a pronoun the question would carry.
var restPronoun = lazyre.New(`\b(?:he|she|it|they|him|her|its|their|his|them|this|these|those|we|us|our|you|your|me|my)\b`)

// agentHeads end a description of who can act: "About 300 fans", "Iran's
// parliament", "The US military". "Manchester United shares" closed at
// a price and "Mobile phones offer limited …" is a misreading: neither
// is anyone.
var agentHeads = wordSet(`fans leaders parliament body board regulator watchdog government army military police forces
	troops militants insurgents fighters rebels alliance coalition council committee court judge jury union party
	officials investigators prosecutors scientists researchers workers staff players team club company firm group
	bank authorities ministers ministry agency voters residents protesters activists supporters members students
	teachers parents doctors administration cabinet commission lawmakers senators congress assembly`)

// actor asks who did what sentence i reports, where the sentence names
// its actor — someone who can act, not "shares" or an album — and
// another party, and reads whole without the sentences around it: no
// pronoun or "the announcement" that points back.
func (g *generator) actor(i int) {
	s := g.a.Sentences[i]
	if g.centrality(i) < 20 {
		return // the opening paragraph's event; later lines are background (round 51: 0 of 6 usable)
	}
	text := strings.TrimRight(strings.TrimSpace(g.withoutDateline(i)), ".")
	if strings.ContainsAny(text, "\"“”?!") || len(strings.Fields(text)) > 45 {
		return
	}
	m := actorClause.FindStringSubmatch(text)
	if m == nil {
		return
	}
	subject, verb, rest := withoutTrailingAdverbs(m[1]), m[2], m[3]
	if !actorSubject(subject) || notActions[lastWord(verb)] || notActions[strings.Fields(verb)[0]] {
		return
	}
	source := ""
	if t := trailingSource.FindStringSubmatch(rest); t != nil {
		source = strings.TrimSpace(t[1] + t[2])
		rest = rest[:len(rest)-len(t[0])] // the pattern ends the rest
	}
	rest = clauseTail.ReplaceAllString(rest, "")
	if n := len(strings.Fields(rest)); n < 3 || n > 25 || !namesAnotherParty(rest) || pronounWithoutName(rest) ||
		secondClause.MatchString(rest) || hasDoubledWord(rest) || pointsBack(rest) {
		return
	}
	answer := lowerFirstWordIfCommon(subject)
	if unnamedGroup(answer) {
		return // "European leaders": any European the article quotes may be one (round 51)
	}
	names := actorNames(answer)
	if namesAny(rest, names) || (source != "" && namesAny(source, names)) {
		return
	}
	prompt := fmt.Sprintf("Who %s %s?", whoVerb(verb), rest)
	if source != "" {
		prompt = fmt.Sprintf("According to %s, who %s %s?", lowerFirstWordIfCommon(source), whoVerb(verb), rest)
	}
	// Picked, not typed: the article names its actors several ways
	// ("Iran's parliament", "MPs", "the Iranian parliament"), and a typed
	// key refused the others (round 51: 7 of 10 failed K).
	shown := optionName(answer)
	choices := g.notNamedOptions(shown, text+" "+source, func(string) bool { return true })
	if len(choices) < 3 || !slices.ContainsFunc(choices[1:], func(c string) bool { return looksLikePerson(c) == looksLikePerson(shown) }) {
		return // a group among people only is picked without reading (round 52)
	}
	q := Question{Kind: Choice, Prompt: prompt, Answer: shown, Accepted: []string{shown},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: i, Difficulty: 1, score: 72,
		Explanation: fmt.Sprintf("%s did: %s", upperFirst(answer), quoteText(s.Text)),
		Reason:      "who did what the article reports"}
	g.add(q, facts.Fact{Kind: actorKind, Subject: answer, Claim: rest})
}

// actorSubject reports whether a run reads as one noun phrase that names
// someone: a name in it ("French stock market regulator AMF", "The
// Lebanese army"), no clause, verb or list.
func actorSubject(subject string) bool {
	words := strings.Fields(subject)
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	head := strings.Trim(words[len(words)-1], "'’")
	if !agentHeads[strings.ToLower(head)] && (!isCapitalisedWord(head) || titleOfWork(words)) {
		return false
	}
	named := false
	for j, w := range words {
		lw := strings.ToLower(strings.Trim(w, "'’"))
		if subjectStop[lw] {
			return false
		}
		if isCapitalisedWord(w) && (j > 0 || !sentenceOpeners[lw]) {
			named = true
		}
	}
	return named
}

// sentenceOpeners are capitalised only because they open the sentence.
var sentenceOpeners = wordSet("the a an some many most several")

// namesAnotherParty reports whether the rest of the sentence names
// someone or something besides its actor: a capitalised word.
func namesAnotherParty(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if isCapitalisedWord(w) {
			return true
		}
	}
	return false
}

// pronounWithoutName reports whether the rest uses a pronoun before any
// name it could stand for: "access to its books" points back at the
// answer; "Vivendi Universal, its boss" points at Vivendi.
func pronounWithoutName(rest string) bool {
	for _, loc := range restPronoun.FindAllStringIndex(rest, -1) {
		if !ownPronoun.MatchString(rest[:loc[0]]) {
			return true
		}
	}
	return false
}

// withoutTrailingAdverbs drops "also", "now" … from a subject's end.
func withoutTrailingAdverbs(subject string) string {
	words := strings.Fields(subject)
	for len(words) > 1 && trailingAdverbs[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// hasDoubledWord finds a word written twice ("photos of of"): a typo
// the question would copy.
func hasDoubledWord(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for j := 1; j < len(words); j++ {
		if words[j] == words[j-1] {
			return true
		}
	}
	return false
}

// whoVerb is the verb group as "who" takes it: "Who has identified …",
// not "Who have identified …".
func whoVerb(verb string) string {
	first, more, ok := strings.Cut(verb, " ")
	if !ok {
		return verb
	}
	switch first {
	case "have":
		first = "has"
	case "are":
		first = "is"
	}
	return first + " " + more
}

// lowerFirstWordIfCommon lowers an opening "The", "Security" …: a common
// word capitalised only because it starts the sentence. Names stay.
func lowerFirstWordIfCommon(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	if lower := strings.ToLower(first); commonOpeners[lower] || commonSources[lower] {
		return strings.TrimSpace(lower + " " + rest)
	}
	return s
}

// commonSources are plain nouns that open a source's description.
var commonSources = wordSet(`security officials activists police analysts sources witnesses residents
	diplomats investigators prosecutors experts critics local state government military intelligence militant
	rebel british american european western`)

// actorNames are the ways the sentence names its actor — the phrase as
// written, without "the", and the name inside it where the name is who
// acted: "AMF" of "French stock market regulator AMF", with its
// description; "Islamic State" of "Islamic State insurgents"; not "Iran"
// of "Iran's parliament" or "Greek" of "Greek athletics' governing
// body" — so that a prompt which names them is not asked.
func actorNames(answer string) []string {
	names := []string{answer}
	if bare := withoutArticle(answer); bare != answer {
		names = append(names, bare)
	}
	core := capitalisedRun(answer)
	if core == "" || containsFold(names, core) || commonSources[strings.ToLower(core)] || len([]rune(core)) < 2 {
		return names
	}
	before, after, _ := strings.Cut(answer, core)
	switch {
	case strings.TrimSpace(after) == "":
		names = append(names, core)
		if desc := withoutArticle(strings.TrimSpace(before)); len(strings.Fields(desc)) >= 2 {
			names = append(names, desc) // "French stock market regulator"
		}
	case allWords(strings.Fields(after), groupNouns):
		names = append(names, core)
	}
	return names
}

// allWords reports whether every word is in set.
func allWords(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// capitalisedRun is the longest run of capitalised words in s, without
// a possessive: "Manchester United" of "Manchester United's board".
func capitalisedRun(s string) string {
	var best, cur []string
	for _, w := range strings.Fields(s) {
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if isCapitalisedWord(bare) && !sentenceOpeners[strings.ToLower(bare)] {
			cur = append(cur, bare)
			if len(cur) >= len(best) { // a tie goes to the later run: names close a description
				best = append([]string(nil), cur...)
			}
			if bare != w {
				cur = nil
			}
			continue
		}
		cur = nil
	}
	return strings.Join(best, " ")
}

// titleOfWork reports whether a subject reads as the title of a work —
// "The College Dropout" — rather than someone who acts.
func titleOfWork(words []string) bool {
	if len(words) < 2 || words[0] != "The" {
		return false
	}
	for _, w := range words[1:] {
		if !isCapitalisedWord(w) {
			return false
		}
	}
	return true
}

// unnamedGroup reports whether an actor is a plural group that no name
// pins down — "European leaders", "About 300 fans" — so that a person
// the article names elsewhere may belong to it and no wrong option is
// surely wrong. "Islamic State insurgents" are named by their group.
func unnamedGroup(actor string) bool {
	words := strings.Fields(actor)
	head := strings.ToLower(words[len(words)-1])
	if isCapitalisedWord(words[len(words)-1]) || !strings.HasSuffix(head, "s") {
		return false
	}
	core := strings.ToLower(capitalisedRun(actor))
	return core == "" || commonSources[core] || isDemonym(core)
}

// isDemonym reports whether a word names a people or a country's
// adjective: "French" (countryOf's), "European".
func isDemonym(w string) bool {
	return countryOf(w) != "" || w == "european" || w == "western" || w == "arab"
}

// optionName is the actor as an option shows it: the name that closes a
// description ("AMF" of "French stock market regulator AMF"), so that
// the right option does not stand out as the only long one among names.
func optionName(actor string) string {
	if core := capitalisedRun(actor); core != "" && core != actor && strings.HasSuffix(actor, " "+core) {
		return core
	}
	return upperFirst(actor)
}
