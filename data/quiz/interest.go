package quiz

// "Why weigh this claim with care?": a source who speaks for the body a
// claim is about has a stake in it. The article itself says who they
// work for; the question asks the student to connect the two.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// interestKind marks questions about a speaker's stake in their claim.
const interestKind facts.Kind = "interest"

// interest asks, for each quoted speaker whose post ties them to a body
// that their claim is about, why a reader should weigh the claim.
func (g *generator) interest() {
	for _, f := range g.trustedSpeakers() {
		r, ok := g.roleOf(f)
		if !ok {
			continue
		}
		org := orgIn(r.role)
		if org == "" || len(strings.Fields(f.Claim)) > 30 || deniesClaim(f) {
			continue // what a speaker denied is not "this claim by" them
		}
		// Tried and dropped (round 22): asking the same of any insider of a
		// body the headline names, whatever the claim is about. The fixed
		// wrong options ("Nothing: … no link …") were ruled out at a glance
		// once the claim did not name the body.
		if !g.claimConcerns(f.Claim, org) {
			continue
		}
		right := fmt.Sprintf("%s speaks for %s, which the claim is about", r.name, withThe(org))
		claim := curlQuotes(upperFirst(f.Claim))
		if unresolvedClaimStart.MatchString(claim) {
			continue
		}
		choices := append([]string{right, fmt.Sprintf("The article does not say who %s is", r.name)}, g.stakeDecoys(f, r.name, org)...)
		// Words quoted are shown as a quotation, whole and without their
		// full stop; reported speech as reported, never in quotation
		// marks its speaker did not use (round 66).
		prompt := fmt.Sprintf("Why should a reader weigh with care %s's claim that %s?", r.name, lowerFirst(strings.TrimRight(f.Claim, ".")))
		if strings.HasPrefix(claim, "“") {
			prompt = fmt.Sprintf("Why should a reader weigh this claim by %s with care: %s?", r.name, quotedClaim(f.Claim))
		}
		q := Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
			Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: f.Sentence, Difficulty: 3,
			score: 84,
			Explanation: fmt.Sprintf("The article describes %s as %s: a claim about %s from someone who speaks for it is not an independent check. %s",
				r.name, asDescribed(r.role), org, quoteText(f.Text)),
			Reason: "a source with a stake in the claim"}
		g.add(q, facts.Fact{Kind: interestKind, Subject: r.name, Claim: f.Claim})
	}
}

// withThe puts "the" before a body named in several ordinary words:
// "the National Security Council", but "WMC" and "Finjan".
func withThe(org string) string {
	words := strings.Fields(org)
	if len(words) < 2 || !bodyNouns[words[len(words)-1]] {
		return org // "WMC", "Northwind Solar", "Bay Crossings"
	}
	return "the " + org
}

// bodyNouns end the names of bodies English writes with "the": the
// National Security Council, the Bar Council, the Foreign Office.
var bodyNouns = map[string]bool{"Council": true, "Committee": true, "Department": true, "Ministry": true,
	"Commission": true, "Agency": true, "Office": true, "Service": true, "Society": true, "Institute": true,
	"Association": true, "Federation": true, "Union": true, "Party": true, "Command": true, "Board": true,
	"Authority": true, "Court": true, "Parliament": true, "Government": true, "Observatory": true}

// claimConcerns reports whether a claim is about org: it names org, or
// calls it "the company" in an article whose headline names it.
func (g *generator) claimConcerns(claim, org string) bool {
	if strings.Contains(claim, org) {
		return true
	}
	// ("We" alone is not enough: a spokeswoman's "we express our
	// condolences" is not a claim about her employer.)
	return strings.Contains(g.a.Title, org) && ownBody.MatchString(claim)
}

// ownBody finds a body named by its kind: "the company", "the club".
var ownBody = lazyre.New(`\bthe (?:company|firm|group|club|bank|party|government|council|team|board|business)\b`)

// orgIn returns the organisation a post names: its capitalised words
// that are not role words ("WMC" in "WMC chief executive", "Finjan" in
// "spokesman for anti-virus firm Finjan"), or "".
func orgIn(role string) string {
	var run []string
	var best string
	flush := func() {
		if len(run) > 0 && len(strings.Join(run, " ")) > len(best) {
			best = strings.Join(run, " ")
		}
		run = nil
	}
	prev := ""
	for _, w := range strings.Fields(role) {
		after := prev
		prev = strings.ToLower(w)
		if after == "from" || after == "in" || after == "near" {
			flush() // "a doctor from Bolton": where they are from, not whom they speak for
			continue
		}
		w = strings.Trim(w, ",.;:'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if strings.HasSuffix(w, "-born") || strings.HasSuffix(w, "-based") {
			flush() // "Swansea-born": where from, as "from Bolton" is
			continue
		}
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || roleNouns.MatchString(w) || honorifics[w] {
			flush()
			continue
		}
		run = append(run, w)
	}
	flush()
	return best
}

// stakeDecoys are two reasons to doubt a claim that are plausible and
// wrong for this one: its words did not come second-hand, and the
// speaker did not hedge them. "Nothing: no link" and "no source given"
// fell at a glance, the prompt saying the opposite (rounds 59 and 66).
// Where a decoy might be true it gives way to the "no link" option.
func (g *generator) stakeDecoys(f facts.Fact, name, org string) []string {
	var out []string
	if f.Channel == "" && !strings.HasPrefix(f.Verb, "report") && !strings.HasPrefix(f.Verb, "told") {
		out = append(out, fmt.Sprintf("%s's words reach the article second-hand, through another outlet", name))
	}
	if !hedgeInClaim.MatchString(f.Text) {
		out = append(out, fmt.Sprintf("%s is only guessing, and says so", name))
	}
	if len(out) < 2 {
		out = append(out, fmt.Sprintf("Nothing: %s has no link to %s", name, withThe(org)))
	}
	return out
}

// hedgeInClaim finds the words of a speaker who is not sure.
var hedgeInClaim = lazyre.New(`(?i)\b(?:may|might|could|perhaps|possibly|probably|believes?|thinks?|unsure|not sure|guess|suspects?|expects?|hopes?)\b`)
