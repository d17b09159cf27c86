package quiz

// "How does the article present this?" — the footing of a claim: stated
// as fact, forecast, reported without a named source, or credited to
// someone named. Asked as "Does the article report as fact that …?",
// the question was nearly always answered No, and strict reviewers failed
// it as guessable (ab92: G five times of nine, the Yes twin too rare to
// keep a student honest). As a choice among the four footings, the
// answer differs from claim to claim, and the student has to find the
// words that set it.

import (
	"slices"
	"strings"
)

// footing is how an article presents a claim.
type footing int

const (
	statedFooting      footing = iota // in its own words, crediting no one
	forecastFooting                   // "looks set to", "is likely to"
	unconfirmedFooting                // "reportedly", "is believed to", "appears to"
	creditedFooting                   // "…, Charles Kennedy has said"
)

// footingOptions are the four answers, one declaration each, in the order
// of footing. Each excludes the others: "no one named" and "someone it
// names" split what is not stated plainly by whether a source is named.
var footingOptions = []string{
	statedFooting:      "As a fact, in its own words, crediting no one",
	forecastFooting:    "As a forecast of what is likely to happen",
	unconfirmedFooting: "As something reported or believed, which it does not confirm itself",
	creditedFooting:    "As a claim by someone it names in the same sentence",
}

// footingPrompt opens every question about a claim's footing; the claim
// follows as the callers word it after "that" ("that militant group Boko
// Haram is holding …").
const footingPrompt = "In what way does the article say that "

// footingOverlaps are, for each answer, the options left out of its
// question. A forecast is a belief too ("is expected to"), and a claim
// credited at a sentence's end is reported too, so "reported or
// believed" goes beside either (ab93, K). Beside a report, "a forecast"
// of a claim about the past or present fell at a glance and left a
// coin toss (r95, G six times): the claim credited in the same sentence
// takes its place — wrong for "Boko Haram is reportedly holding …",
// which names no one for the report, and no longer arguable where the
// article names the claimant elsewhere (ab94, K).
var footingOverlaps = map[footing][]footing{
	forecastFooting:    {unconfirmedFooting},
	unconfirmedFooting: {forecastFooting},
	creditedFooting:    {unconfirmedFooting},
}

// footingQuestion asks how the article presents claim, whose footing is
// answer, without the options footingOverlaps leaves out — or, where a
// caller knows better, without leave (a group "claimed to have killed …"
// is both reported and credited in the same sentence).
func footingQuestion(claim string, answer footing, leave []footing, sentence int, expl string, score int) Question {
	if len(leave) == 0 {
		leave = footingOverlaps[answer] // a caller's own leave replaces them: three options stay
	}
	var choices []string
	for f, option := range footingOptions {
		if footing(f) == answer || !slices.Contains(leave, footing(f)) {
			choices = append(choices, option)
		}
	}
	right := footingOptions[answer]
	wrong := slices.DeleteFunc(slices.Clone(choices), func(c string) bool { return c == right })
	prompt := footingPrompt + strings.TrimSpace(claim) + "?"
	return Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: wrong, Sentence: sentence, Explanation: expl, Difficulty: 2, score: score}
}

// restatedElsewhere reports whether another sentence of the article
// than i tells the same claim — holds most of its words that carry
// content — where it may present it differently: asked in what way the
// article says that "Boko Haram is holding a German hostage", a student
// who found "Boko Haram claims to be holding a German hostage" two
// paragraphs on could fairly answer "a claim by someone it names"
// (r108, K).
func (g *generator) restatedElsewhere(claim string, i int) bool {
	var content []string
	for w := range lowerWordSet(claim) {
		if len(w) > 2 && !stopWords[w] {
			content = append(content, w)
		}
	}
	if len(content) < minRestatedWords {
		return false
	}
	for j := range g.a.Sentences {
		if j == i {
			continue
		}
		set, shared := g.wordSet(j), 0
		for _, w := range content {
			if set[w] {
				shared++
			}
		}
		if shared >= minRestatedWords && 10*shared >= restatedTenths*len(content) {
			return true
		}
	}
	return false
}

// A claim is told again where another sentence shares at least
// minRestatedWords of its content words and restatedTenths tenths of
// them.
const (
	minRestatedWords = 4
	restatedTenths   = 5
)
