package quiz

// "Which of these did X say?": the who-question turned round. A news
// story sets several people's words side by side; telling whose is whose
// is the first thing a careful reader does with them. The answer is one
// speaker's claim, the wrong options two other speakers' claims from the
// same article — real words, of the same kind, that a student rules out
// only by reading who said them.

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/lede-app/lede/data/facts"
)

// saidWhatKind marks questions that ask which claim is a speaker's.
const saidWhatKind facts.Kind = "said-what"

// Limits on a claim shown as an option: long enough to say something,
// short enough to read three side by side.
const (
	minOptionWords = 6
	maxOptionWords = 26
	minQuoteWords  = 8
)

// spokenClaim is one speaker's claim that may stand as an option.
type spokenClaim struct {
	speaker string // the name shown, in full where the article gives it
	fact    facts.Fact
	score   int
}

// saidWhat asks, for each speaker with a claim in reported speech,
// which of three claims is theirs, when the article reports at least
// three people's claims.
func (g *generator) saidWhat() {
	bySpeaker := g.spokenClaims()
	if len(bySpeaker) < 3 {
		return
	}
	speakers := make([]string, 0, len(bySpeaker))
	for s := range bySpeaker {
		speakers = append(speakers, s)
	}
	sort.Strings(speakers)
	for _, s := range speakers {
		for _, answer := range askedLastFirst(bySpeaker[s]) {
			if wrong := g.otherClaims(bySpeaker, s, answer.fact); len(wrong) >= 2 {
				g.addSaidWhat(answer, wrong[:2])
				break
			}
		}
	}
}

// spokenClaims gathers, by speaker, the claims that read well as
// options: whole, the speaker named for certain.
func (g *generator) spokenClaims() map[string][]spokenClaim {
	out := map[string][]spokenClaim{}
	for _, f := range g.an.Facts {
		if f.Kind != facts.Statement || deniesClaim(f) {
			continue // "Which of these did Howard say?" is no place for what he denied
		}
		if n := len(strings.Fields(f.Claim)); n < minOptionWords || n > maxOptionWords || (quoted(f) && n < minQuoteWords) {
			continue // a short quotation ("What a statement that would make") leans on what came before
		}
		names, ok := g.askableStatement(f)
		if !ok || namesAny(f.Claim, names) {
			continue // "that Taylor's report …" names its own speaker
		}
		speaker := g.canonicalSpeaker(names)
		out[speaker] = append(out[speaker], spokenClaim{speaker, f, claimWeight(f) + g.topicality(f.Claim)})
	}
	return out
}

// canonicalSpeaker folds the forms of one person's name into one key:
// "Taylor" and "Shelley Taylor" are one speaker, shown in full.
func (g *generator) canonicalSpeaker(names []string) string {
	best := names[0]
	for _, n := range names {
		if looksLikePerson(n) && len(n) > len(best) && strings.HasSuffix(n, " "+best) {
			best = n
		}
	}
	return best
}

// askedLastFirst orders a speaker's claims from the one the who-question
// is least likely to take (it takes the best-scoring): a second look at
// the same person, where they have more than one claim.
func askedLastFirst(claims []spokenClaim) []spokenClaim {
	out := slices.Clone(claims)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score < out[j].score })
	return out
}

// otherClaims returns one claim from each other speaker, the most topical
// first, each quoted if the answer is, none from the answer's sentence.
func (g *generator) otherClaims(bySpeaker map[string][]spokenClaim, speaker string, answerOf facts.Fact) []spokenClaim {
	skip := answerOf.Sentence
	var out []spokenClaim
	for s, claims := range bySpeaker {
		if s == speaker || strings.HasSuffix(s, " "+speaker) || strings.HasSuffix(speaker, " "+s) {
			continue
		}
		var best *spokenClaim
		for i := range claims {
			c := &claims[i]
			if c.fact.Sentence == skip || quoted(c.fact) != quoted(answerOf) {
				continue // a quotation among reported claims stands out unread
			}
			if best == nil || c.score > best.score || (c.score == best.score && c.fact.Sentence < best.fact.Sentence) {
				best = c
			}
		}
		if best != nil {
			out = append(out, *best)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].speaker < out[j].speaker
	})
	return out
}

func (g *generator) addSaidWhat(answer spokenClaim, wrong []spokenClaim) {
	option := func(c spokenClaim) string {
		if quoted(c.fact) {
			return quotedClaim(c.fact.Claim)
		}
		return "That " + lowerFirst(curlQuotes(c.fact.Claim))
	}
	choices := []string{option(answer)}
	for _, w := range wrong {
		choices = append(choices, option(w))
	}
	prompt := fmt.Sprintf("Which of these did %s say, according to the article?", answer.speaker)
	q := Question{Kind: Choice, Prompt: prompt, Answer: choices[0], Accepted: choices[:1],
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: answer.fact.Sentence,
		Difficulty: 2, score: answer.score,
		// Not whose the other options are: a later "Who said …?" on one of
		// them would be answered here (spot84, ab87: G).
		Explanation: fmt.Sprintf("%s said this: %s The other options are the words of other people the article quotes.",
			answer.speaker, quoteText(answer.fact.Text)),
		Reason: "whose words are whose"}
	g.add(q, facts.Fact{Kind: saidWhatKind, Subject: answer.speaker, Claim: answer.fact.Claim})
}

// quoted reports whether a statement's claim is the speaker's own words
// in quotation marks, not reported speech.
func quoted(f facts.Fact) bool {
	return strings.HasPrefix(f.Claim, "“") || strings.HasPrefix(f.Claim, "\"")
}
