package quiz

// "Why weigh this claim with care?": a source who speaks for the body a
// claim is about has a stake in it. The article itself says who they
// work for; the question asks the student to connect the two.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/lexicon"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// interestKind marks questions about a speaker's stake in their claim.
const interestKind facts.Kind = "interest"

// interest asks, for each quoted speaker whose post ties them to a body
// that their claim is about, or to the business their claim is about,
// why a reader should weigh the claim.
func (g *generator) interest() {
	asked := map[string]bool{}
	// A speaker's first statement first, then their later ones: a stake
	// the first statement shows keeps its question (and its ID) when a
	// later claim would show one too.
	for _, firstOnly := range []bool{true, false} {
		for _, f := range g.trustedSpeakers() {
			r, ok := g.roleOf(f)
			if !ok || g.surnameOfAnother(f) {
				continue // "Larsson said": Martin Larsson's claims are read as his
			}
			org := orgIn(r.role)
			if org == "" || genericBody[strings.ToLower(org)] {
				continue // "Council leader Judith Marr": "speaks for Council", and "Councils which …" read as hers (r127, W and K)
			}
			// One question a body: a second "speaks for WMC" beside the
			// first is answered by the first.
			if st, ok := g.stakeIn(f, r, org, firstOnly); ok && !asked[st.body] {
				asked[st.body] = true
				g.askStake(st, r)
			}
		}
	}
	g.ownStakes(asked)
}

// ownStakes asks, once a body, about a figure a body gives about itself
// in its own name: "WMC Resources has said it is worth up to 30% more
// than a hostile bid by rival Xstrata." The firm under bid values the
// firm; nobody independent is quoted for the figure. Only a body named
// as the sentence's speaker, its claim opening on its own "it" or
// "its" — the plainest sign the claim is about itself — and holding a
// figure: of a body's plans or its regrets ("it would be writing to
// every centre") whose else could they be (r171, V)?
func (g *generator) ownStakes(asked map[string]bool) {
	for _, f := range g.trustedSpeakers() {
		body := f.Subject
		if askedOfBody(asked, body) || looksLikePerson(body) || !isCapitalisedWord(firstField(body)) || reportingOutlet.MatchString(body) ||
			genericBody[strings.ToLower(body)] || namelessGroups.MatchString(body) {
			continue
		}
		for _, c := range g.statementsBy(body) {
			if !ownClaimOpening.MatchString(c.Claim) || !hasFigure(c.Claim) || ownIntention.MatchString(c.Claim) ||
				ownPlanOrHedge.MatchString(c.Claim) || expletiveItClaim.MatchString(c.Claim) || !opensOn(g.a.Sentences[c.Sentence].Text, body) {
				continue
			}
			named := c
			named.Claim = ownClaimOpening.ReplaceAllString(c.Claim, body+" ") // "It is worth …" opens on no one (stakeAskable)
			if !g.stakeAskable(named) || g.personNamed(body) {
				continue
			}
			asked[withThe(body)] = true
			g.askOwnStake(c, g.asWritten(body, c.Sentence))
			break
		}
	}
}

// ownPlanOrHedge finds what makes a body's figure no plain account of
// itself: its plans ("it would now add another 120 screens": the
// authoritative source for its own plan, r173, V), its own hedge ("it
// believed fewer than 5% …": "only guessing" is right too, r173, K), or
// the writer's aside run on ("…, although that figure has not been
// independently verified", r173, W and G).
var ownPlanOrHedge = lazyre.New(`(?i)\b(?:will|would|may|might|could|believed?|believes|thought|thinks|expected|estimated|although|though)\b`)

// askedOfBody reports whether a stake question on body, or on a body
// whose name begins the same ("WMC" for "WMC Resources"), is asked.
func askedOfBody(asked map[string]bool, body string) bool {
	first := firstField(strings.TrimPrefix(body, "the "))
	for b := range asked {
		if b == withThe(body) || firstField(strings.TrimPrefix(b, "the ")) == first {
			return true
		}
	}
	return false
}

// expletiveItClaim finds an "it" that stands for no body: "it was a
// scandal that …", "it was possible the timbers …".
var expletiveItClaim = lazyre.New(`^(?:that\s+)?it\s+(?:is|was|would\s+be|will\s+be)\s+(?:not\s+)?(?:a\s+|an\s+)?[\p{L}"“”-]+[”"]?\s+(?:that|to|for)\b`)

// personNamed reports whether name is a person the article names in
// full elsewhere ("Kennedy" for Charles Kennedy).
func (g *generator) personNamed(name string) bool {
	return looksLikePerson(g.fullestName(name))
}

// ownClaimOpening finds a claim a body makes of itself: "it is worth
// …", "its fuel costs had risen …".
var ownClaimOpening = lazyre.New(`^(?:that\s+)?(?:it|its)\s`)

// askOwnStake asks why a reader should weigh a body's claim about itself.
func (g *generator) askOwnStake(f facts.Fact, body string) {
	decoys := g.stakeDecoys(f, upperFirst(body))
	if len(decoys) == 0 {
		return // one wrong option is a coin toss, not a question (round 48)
	}
	right := fmt.Sprintf("%s is speaking about itself, and no one independent is quoted for it", upperFirst(body))
	choices := append([]string{right, fmt.Sprintf("The article does not say who %s is", body)}, decoys...)
	prompt := fmt.Sprintf("Why should a reader weigh with care %s claim that %s?", possessive(body), lowerFirst(strings.TrimRight(f.Claim, ".")))
	q := Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: f.Sentence, Difficulty: 3,
		score: 84,
		Explanation: fmt.Sprintf("%s makes the claim about itself: a body's account of itself is not an independent check. %s",
			upperFirst(body), quoteText(f.Text)),
		Reason: "a source with a stake in the claim"}
	g.add(q, facts.Fact{Kind: interestKind, Subject: body, Claim: f.Claim})
}

// genericBody are the common nouns a role may capitalise for a body it
// does not name ("Council leader", "Party chairman"): no name to say
// whom the speaker speaks for, and the claim's "councils" are any.
var genericBody = wordSet("council government ministry department party club company firm trust board union authority agency committee police")

// stake is a claim whose speaker has a stake in it.
type stake struct {
	claim facts.Fact
	right string // why it needs weighing, the question's answer
	why   string // why that is no independent check, as the explanation says it
	body  string // the body the speaker works for
}

// stakeIn returns the first of a speaker's claims (f is their first
// statement; with firstOnly, f alone) that is about the body their post
// names, or about the business it is in.
//
// Tried and dropped (round 22): asking the same of any insider of a body
// the headline names, whatever the claim is about. The fixed wrong
// options ("Nothing: … no link …") were ruled out at a glance once the
// claim did not name the body.
func (g *generator) stakeIn(f facts.Fact, r personRole, org string, firstOnly bool) (stake, bool) {
	var claims []facts.Fact
	switch {
	case !firstOnly:
		claims = g.claimsOf(f)
	case g.stakeAskable(f):
		claims = []facts.Fact{f}
	}
	for _, c := range claims {
		if g.claimConcerns(c.Claim, org) {
			why := fmt.Sprintf("a claim about %s from someone who speaks for it is not an independent check", org)
			return stake{c, fmt.Sprintf("%s speaks for %s, which the claim is about", r.name, withThe(org)), why, withThe(org)}, true
		}
	}
	// A chief executive of a mobile music firm forecasting music on
	// mobiles, a storage maker's manager on the demand for storage:
	// reviewers asked for exactly this stake ("a hard-drive maker's
	// manager predicting a boom in hard drives", spot84), which the
	// body's name alone never finds — the claim names the trade, not
	// the firm.
	trade, firm := businessOf(r.role)
	if len(trade) == 0 {
		return stake{}, false
	}
	for _, c := range claims {
		if sharesTrade(c.Claim, trade) {
			right := fmt.Sprintf("%s works for %s, whose business the claim is about", r.name, firm)
			why := fmt.Sprintf("a claim about the business of %s from someone who works there is not an independent check", firm)
			return stake{c, right, why, firm}, true
		}
	}
	return stake{}, false
}

// surnameOfAnother reports whether statement f's speaker is named by a
// surname alone that another speaker's full name ends with.
func (g *generator) surnameOfAnother(f facts.Fact) bool {
	return slices.ContainsFunc(g.trustedSpeakers(), func(o facts.Fact) bool { return strings.HasSuffix(o.Subject, " "+f.Subject) })
}

// claimsOf returns the claims a stake question may show of the speaker
// of statement f, in the article's order: every statement by the same
// name, or by their surname alone ("Larsson said" after "Martin Larsson,
// general manager of …") where no other speaker has that surname.
func (g *generator) claimsOf(f facts.Fact) []facts.Fact {
	surname := f.Subject[strings.LastIndex(f.Subject, " ")+1:]
	shared := 0
	for _, o := range g.trustedSpeakers() {
		if o.Subject != f.Subject && strings.HasSuffix(o.Subject, " "+surname) {
			shared++
		}
	}
	out := slices.Clone(g.statementsBy(f.Subject))
	if shared == 0 && surname != f.Subject {
		out = append(out, g.statementsBy(surname)...)
	}
	out = slices.DeleteFunc(out, func(c facts.Fact) bool { return !g.stakeAskable(c) })
	slices.SortStableFunc(out, func(a, b facts.Fact) int { return a.Sentence - b.Sentence })
	return out
}

// statementsBy returns the statements whose speaker is named subject,
// indexed once: every speaker's stake reads them, and an article naming
// thousands of people must not read every fact for each (issue 16).
func (g *generator) statementsBy(subject string) []facts.Fact {
	if g.bySpeaker == nil {
		g.bySpeaker = map[string][]facts.Fact{}
		for _, c := range g.an.Facts {
			if c.Kind == facts.Statement {
				g.bySpeaker[c.Subject] = append(g.bySpeaker[c.Subject], c)
			}
		}
	}
	return g.bySpeaker[subject]
}

// stakeAskable reports whether a statement's claim can be shown in a stake
// question: short enough, and not one its speaker denied ("this claim
// by" them would be wrong).
func (g *generator) stakeAskable(f facts.Fact) bool {
	opening := curlQuotes(upperFirst(f.Claim))
	return article.CountWords(f.Claim) <= 30 && !deniesClaim(f) && !unresolvedClaimStart.MatchString(opening) &&
		!secondReport.MatchString(f.Claim) && !contactsReceived.MatchString(f.Claim)
}

// contactsReceived finds a count of the calls, letters or questions a
// body has received: its own record, which nothing gives it cause to
// inflate — "city hall had received more than 300 phone calls and emails
// about the story", "it had received more than 600 questions from
// readers". Asked why a reader should weigh it with care, the key taught
// distrust of a first-hand source on a harmless count (held-out h27-10,
// h11-07: K and V). "It has 45 million users" is a business's own boast
// and stays.
var contactsReceived = lazyre.New(`(?i)\b(?:had|has|have)\s+(?:been\s+)?(?:received|fielded|logged|handled|answered|had)\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|at\s+least\s+|dozens\s+of\s+|hundreds\s+of\s+|thousands\s+of\s+)?[\d,]*\s*` +
	`(?:(?:phone|telephone)\s+)?(?:calls?|e-?mails?|letters?|questions?|queries|enquiries|inquiries|complaints?|messages?|requests?)\b`)

// secondReport finds a claim that runs on into a second report with a
// subject of its own: "… had not been given enough information, and he
// accused the council of …" — shown after "claim that", two sentences
// spliced into one (held-out h9, W from both reviewers).
var secondReport = lazyre.New(`,\s+and\s+(?:he|she|they|it|we)\s+\p{Ll}{3,}(?:ed|s)\b`)

// askStake asks why a reader should weigh speaker r's claim with care.
func (g *generator) askStake(st stake, r personRole) {
	f, right := st.claim, st.right
	decoys := g.stakeDecoys(f, r.name)
	if len(decoys) == 0 {
		return // one wrong option is a coin toss, not a question (round 48)
	}
	choices := append([]string{right, fmt.Sprintf("The article does not say who %s is", r.name)}, decoys...)
	// Words quoted are shown as a quotation, whole and without their
	// full stop; reported speech as reported, never in quotation
	// marks its speaker did not use (round 66).
	prompt := fmt.Sprintf("Why should a reader weigh with care %s claim that %s?", possessive(r.name), lowerFirst(strings.TrimRight(f.Claim, ".")))
	if strings.HasPrefix(curlQuotes(f.Claim), "“") {
		prompt = fmt.Sprintf("Why should a reader weigh this claim by %s with care: %s?", r.name, quotedClaim(f.Claim))
	}
	q := Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: f.Sentence, Difficulty: 3,
		score: 84,
		Explanation: fmt.Sprintf("The article describes %s as %s: %s. %s",
			r.name, asDescribed(r.role), st.why, quoteText(f.Text)),
		Reason: "a source with a stake in the claim"}
	g.add(q, facts.Fact{Kind: interestKind, Subject: r.name, Claim: f.Claim})
}

// tradeFirm finds a post's firm described by its trade: "of mobile music
// firm Musiwave", "for anti-virus firm Finjan", "of Toshiba's European
// storage device division". Group 1 is the firm as the post names it,
// group 2 the words before the firm noun.
var tradeFirm = lazyre.New(`\b(?:of|for|at|with)\s+(((?:[\p{L}'’-]+\s+){1,4})(?:firm|company|maker|manufacturer|site|website|service|division|provider|retailer|chain|label|studio|business)\b(?:\s+\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)*)?)`)

// businessOf returns the words a post uses for its firm's trade, lower
// case ("mobile", "music"), and the firm as the post names it; none when
// the post does not describe the firm by what it does.
func businessOf(role string) (trade []string, firm string) {
	m := tradeFirm.FindStringSubmatch(role)
	if m == nil {
		return nil, ""
	}
	for _, w := range strings.Fields(m[2]) {
		for _, part := range strings.Split(w, "-") {
			if r := []rune(part); len(r) >= 4 && unicode.IsLower(r[0]) && !tradeStops[part] {
				trade = append(trade, part)
			}
		}
	}
	return trade, strings.TrimSpace(m[1])
}

// tradeStops describe a firm without saying what it does.
var tradeStops = wordSet("anti leading major large small biggest largest global international national european american british local independent online based")

// sharesTrade reports whether a claim speaks of a trade's words, in the
// singular or plural: "music downloads", "hard drives … storage".
func sharesTrade(claim string, trade []string) bool {
	words := lowerWordSet(claim)
	for _, t := range trade {
		if words[t] || words[t+"s"] || words[strings.TrimSuffix(t, "s")] {
			return true
		}
	}
	return false
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
		return !aboutSomeoneNamed(claim, org)
	}
	// ("We" alone is not enough: a spokeswoman's "we express our
	// condolences" is not a claim about her employer.)
	return strings.Contains(g.a.Title, org) && ownBody.MatchString(claim)
}

// aboutSomeoneNamed reports whether a claim opens on a name other than
// org's — "Calum came to see us last season and made it very clear he
// wanted to play for Scotland" is about Calum, told first-hand by his
// coach, not a claim about Scotland from someone who speaks for it
// (held-out h7, K and V from both reviewers).
func aboutSomeoneNamed(claim, org string) bool {
	words := strings.Fields(strings.TrimLeft(claim, "\"“‘'"))
	if len(words) > 2 && strings.EqualFold(words[0], "the") && isCapitalisedWord(words[1]) {
		// "the Xstrata offer was aimed at creating value for Xstrata's
		// shareholders, and not … WMC's": about Xstrata's offer, told by
		// WMC's chief executive, whose stake is that he fights it (r136,
		// K from both: "speaks for WMC, which the claim is about").
		words = words[1:]
	}
	if len(words) < 2 || !isCapitalisedWord(words[0]) || notANameOpener[strings.ToLower(words[0])] {
		return false
	}
	opening := strings.Join(words[:min(3, len(words))], " ")
	return !strings.Contains(opening, org) && !strings.Contains(org, strings.Trim(words[0], ",.'’"))
}

// notANameOpener are capitalised words a claim opens on that name no one.
var notANameOpener = lexicon.Set(strings.Fields(`The A An We I It This That These Those Our My He She They There Its Their His Her
	If When While Although Some Many Most All No Every Each One Two Three Any`))

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

// stakeDecoys are up to two reasons to doubt a claim that are plausible
// and wrong for this one: its words did not come second-hand, and the
// speaker did not hedge them. Where a decoy might be true it is left
// out. "Nothing: no link to …", once the stand-in, fell at a glance: the
// article's own words say the opposite (rounds 59 and 66; r96, G).
func (g *generator) stakeDecoys(f facts.Fact, name string) []string {
	var out []string
	if f.Channel == "" && !strings.HasPrefix(f.Verb, "report") && !strings.HasPrefix(f.Verb, "told") {
		out = append(out, fmt.Sprintf("%s words reach the article second-hand, through another outlet", possessive(name)))
	}
	if !hedgeInClaim.MatchString(f.Text) {
		out = append(out, fmt.Sprintf("%s is only guessing, and says so", name))
	}
	return out
}

// hedgeInClaim finds the words of a speaker who is not sure.
var hedgeInClaim = lazyre.New(`(?i)\b(?:may|might|could|perhaps|possibly|probably|believes?|thinks?|unsure|not sure|guess|suspects?|expects?|hopes?)\b`)
