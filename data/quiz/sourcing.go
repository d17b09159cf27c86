package quiz

// "How does the article present this claim?": the question at the heart
// of news literacy — on whose word does a claim rest, and how sure is it.
// Each way of presenting a claim is one declaration: the option the
// student sees, the words that show it, and how to explain it.

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/lede-app/lede/data/facts"
)

// sourcingKind marks questions about how a claim is sourced.
const sourcingKind facts.Kind = "sourcing"

// presentation is one way an article can present a claim.
type presentation struct {
	option string
	// cue finds the words that present a claim this way; nil for the
	// plain statement of fact, which is what has none of the others.
	cue   *regexp.Regexp
	score int
	// explain says why, given the cue found ("reportedly") or the
	// speaker named.
	explain string
}

// The ways, in the order they are tried: the first whose cue is found
// is the answer, and a sentence with cues of two ways is not asked about.
var (
	presentedUnnamed = presentation{
		option: "As what unnamed people say, believe or report",
		cue: regexp.MustCompile(`(?i)\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red|` +
			`it is (?:believed|thought|understood|claimed|said|alleged|reported)|` +
			`(?:is|are|was|were) (?:believed|thought|said|understood|reported|alleged|rumou?red) to|` +
			`(?:thought|believed|said|understood|reported|rumou?red|alleged) to (?:be|have)|` +
			`(?:a |an )?(?:sources?|insiders?|officials|people|aides) (?:close to|familiar with|who asked|said|say|told|claim)|` +
			`according to (?:reports|sources|media reports|local reports|unnamed|officials|people familiar|witnesses|reports in)|` +
			`(?:media|local|press|unconfirmed) reports|reports (?:said|say|suggest|claim)|who asked not to be (?:named|identified)|` +
			`on condition of anonymity|` +
			// "a Lebanese security official", "a senior political source"
			`(?:a|an) (?:[\p{L}-]+ ){0,3}(?:official|source|insider|aide|diplomat|spokesman|spokeswoman)\b[^A-Z]{0,12}(?:said|says|told|and)|` +
			// "experts warned", "analysts say": a plural with no names.
			`(?:experts|analysts|critics|observers|officials|insiders|witnesses|residents|campaigners|scientists|researchers|diplomats|investors|economists) (?:say|said|warned|warn|believe|believed|claim|claimed|told|fear|feared|suggest|suggested|predict|predicted|expect|expected|revealed|disclosed|confirmed|announced))\b`),
		score:   88,
		explain: "It says “%s”: the article does not name who says so, so a reader cannot check the source.",
	}
	presentedPossible = presentation{
		option: "As a possibility, not as a certainty",
		// Lower case only: "May" is a month as often as a hedge.
		cue: regexp.MustCompile(`\b(?:may|might|could|possibly|perhaps|probably|likely|is expected to|are expected to|` +
			`looks? set to|(?:is|are) set to|appears? to|seems? to|predicted|forecast)\b`),
		score:   76,
		explain: "It says “%s”: this is a possibility, not something the article says has happened.",
	}
	presentedNamed = presentation{
		option:  "As what a named person or organisation says",
		score:   68,
		explain: "It gives the claim as what %s says: a reader can ask who that is and what they gain.",
	}
	presentedFact = presentation{
		option:  "As a fact, without saying where it comes from",
		score:   62,
		explain: "The sentence states it with no source and no hedge: a careful reader asks how the reporter knows.",
	}
	presentations = []presentation{presentedUnnamed, presentedPossible, presentedNamed, presentedFact}
)

// speechOrQuote finds a sentence that reports speech: its source is
// whoever speaks, named or not.
var speechOrQuote = regexp.MustCompile(`["“”]|\b(?:` + `said|says|say|told|tells|tell|announced|stated|added|claimed|claims|according to|insisted|warned|argued|confirmed|denied|admitted|admits|acknowledged|conceded|suggested|believes|predicted` + `)\b`)

// sourcing asks how the article presents the claim of sentence i.
func (g *generator) sourcing(i int) {
	s := g.a.Sentences[i]
	words := len(strings.Fields(s.Text))
	if words < 8 || words > 45 || strings.HasSuffix(s.Text, "?") {
		return
	}
	if pronounStart.MatchString(s.Text) || embeddedPost.MatchString(s.Text) {
		return // "He calculated …" names no one; a pasted tweet is not the article's claim
	}
	p, cue, ok := g.presentationOf(i)
	if !ok || p.option == presentedFact.option {
		// A plain statement may be sourced in the next sentence, and is
		// often a mere event: asking how it is presented teaches little.
		return
	}
	prompt := fmt.Sprintf("How does the article present this claim: %s?", quoteText(strings.TrimRight(s.Text, ".")))
	var choices []string
	for _, o := range presentations {
		choices = append(choices, o.option)
	}
	expl := p.explain
	if strings.Contains(expl, "%s") {
		expl = fmt.Sprintf(expl, cue)
	}
	q := Question{Kind: Choice, Prompt: prompt, Answer: p.option, Accepted: []string{p.option},
		Choices: choices, Distractors: without(choices, p.option), Sentence: i, Difficulty: 2,
		score: p.score, Explanation: expl}
	g.add(q, facts.Fact{Kind: sourcingKind, Subject: p.option, Claim: s.Text})
}

// presentationOf reads how sentence i presents its claim, and the words
// that show it; false when the signs disagree or are unclear.
func (g *generator) presentationOf(i int) (presentation, string, bool) {
	text := g.a.Sentences[i].Text
	unnamed := presentedUnnamed.cue.FindString(text)
	possible := presentedPossible.cue.FindString(text)
	speaker := g.namedSpeakerOf(i)
	speech := speechOrQuote.MatchString(text)
	switch {
	case unnamed != "" && speaker == "":
		return presentedUnnamed, unnamed, true
	case speaker != "" && unnamed == "":
		// A hedge inside a named speaker's words is theirs: the claim
		// still rests on the speaker.
		return presentedNamed, speaker, true
	case speech:
		return presentation{}, "", false // speech with no clear speaker
	case possible != "" && mainClauseHedge(text, possible):
		return presentedPossible, possible, true
	case possible != "":
		return presentation{}, "", false // a hedge inside a clause: about part of the claim only
	}
	return presentedFact, "", true
}

// claimVerbs report a claim, not an act ("announced plans").
var claimVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "claimed": true,
	"claims": true, "argued": true, "insisted": true, "warned": true, "stated": true, "states": true,
	"estimates": true, "estimated": true, "wrote": true, "added": true, "explained": true, "noted": true}

// embeddedPost finds a social-media post pasted into the text.
var embeddedPost = regexp.MustCompile(`@\w|—\s*\p{Lu}[^—]{1,60}\(@|pic\.twitter`)

// pronounStart finds a sentence that opens with a pronoun.
var pronounStart = regexp.MustCompile(`^[“"]?(?:He|She|They|It|We|I|This|These|Those|His|Her|Their|Its|Our|My)\b`)

// subordinate finds words that open a clause inside a sentence.
var subordinate = regexp.MustCompile(`(?i)\b(?:that|which|who|whom|whether|if|when|because|although|though|while|as|where|than|so)\b`)

// mainClauseHedge reports whether the hedge governs the sentence's own
// claim: it comes early, before any clause opens ("The move could mean
// …"), not inside one ("a platform that could be used").
func mainClauseHedge(text, cue string) bool {
	i := strings.Index(text, cue)
	if i < 0 {
		return false
	}
	before := text[:i]
	return len(strings.Fields(before)) <= 8 && !subordinate.MatchString(before)
}

// namedSpeakerOf returns the named speaker or source the sentence itself
// gives for its claim, or "".
func (g *generator) namedSpeakerOf(i int) string {
	for _, f := range g.an.Facts {
		if f.Sentence != i || (f.Kind != facts.Statement && f.Kind != facts.Attribution) {
			continue
		}
		if f.Kind == facts.Attribution && isCapitalisedWord(f.Subject) {
			return f.Subject
		}
		// A report of what someone said, covering most of the sentence:
		// not "West announced plans …" (an act) nor "…, but Lindsay said"
		// (half the sentence has no source).
		if f.Kind == facts.Statement && speakerIsCertain(f) && cleanSpeaker(f.Subject, f.Text, f.Aliases) &&
			claimVerbs[strings.Fields(f.Verb)[0]] && len(f.Claim)*10 >= len(f.Text)*6 {
			return f.Subject
		}
	}
	return ""
}
