package quiz

// Reading a plain sentence as an event: who did what, "French stock
// market regulator AMF | has filed | complaints against …". The "report
// as fact?" question's Yes twin (stated.go) asks only of such sentences.
// "Who did it?" itself is no longer asked: strict reviewers failed it as
// copying the opening sentence (6 of 7, ab91: "Look-up of who did
// something, copied from the first sentence").

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/lexicon"
)

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

// agentHeads end a description of who can act: "About 300 fans", "Iran's
// parliament", "The US military". "Manchester United shares" closed at
// a price and "Mobile phones offer limited …" is a misreading: neither
// is anyone.
var agentHeads = wordSet(`fans leaders parliament body board regulator watchdog government army military police forces
	troops militants insurgents fighters rebels alliance coalition council committee court judge jury union party
	officials investigators prosecutors scientists researchers workers staff players team club company firm group
	bank authorities ministers ministry agency voters residents protesters activists supporters members students
	teachers parents doctors administration cabinet commission lawmakers senators congress assembly`)

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

// withoutTrailingAdverbs drops "also", "now" … from a subject's end.
func withoutTrailingAdverbs(subject string) string {
	words := strings.Fields(subject)
	for len(words) > 1 && trailingAdverbs[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
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
