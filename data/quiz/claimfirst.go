package quiz

// "In what way does the article say that …?" (footing.go) of a sentence that opens on
// a claim in the voice of fact and names whose claim it is only at its
// end: "Gordon Brown has failed to tackle the unfairness in the tax
// system, Charles Kennedy has said." A reader who skims takes the first
// half for the article's finding; the question asks them to read to the
// end. The answer is "a claim by someone it names"; the explanation
// names the source.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// claimFirstKind marks questions about a claim whose source comes last.
const claimFirstKind facts.Kind = "claim-first"

// claimFirst asks about statement or attribution f when its sentence
// opens on its claim, or (askSourceFirst) on its speaker and a verb of
// speech right before the claim.
func (g *generator) claimFirst(f facts.Fact) {
	if f.Kind != facts.Statement && f.Kind != facts.Attribution || f.Sentence < 0 || deniesClaim(f) {
		return // "…, Howard denied": no claim of his to report as fact or not
	}
	text := g.withoutDateline(f.Sentence)
	if unnamedCue(lowerFirstRune(text), g.wordSet(f.Sentence)) != "" {
		return // "an official …, who spoke on condition of anonymity, said": named by no one (held-out h2, K from both)
	}
	claim := strings.TrimSpace(f.Claim)
	if claim == "" || strings.ContainsAny(claim[:1], "\"“‘'") {
		return // a quotation
	}
	sourceFirst := !strings.HasPrefix(strings.ToLower(text), strings.ToLower(claim))
	pronoun := ""
	if sourceFirst && !g.sourceBeforeClaim(f, text, claim) {
		if pronoun = pronounBeforeClaim(f, text, claim); pronoun == "" {
			return
		}
	}
	if sourceFirst && pronoun == "" {
		claim = g.speakerForOwnPronoun(f, text, claim)
	}
	if quotesWords(claim) {
		return // a phrase in quotation marks shows the words are someone's (ab93, G)
	}
	if f.Kind == facts.Statement && (!speakerIsCertain(f) || !g.clean(f)) ||
		f.Kind == facts.Attribution && !isCapitalisedWord(f.Subject) && !theName.MatchString(f.Subject) {
		return // "according to the veterinarian" names no one (held-out h28-09, K); "the Hansard Society" does
	}
	if n := article.CountWords(claim); n < 6 || n > 30 || !standsAlone(upperFirst(claim)) || unresolvedClaimStart.MatchString(upperFirst(claim)) ||
		pointsBack(claim) || nestedReport.MatchString(claim) || strings.HasPrefix(strings.ToLower(claim), "if ") ||
		strings.Contains(claim, " but ") || // two claims in reported tenses: "all e-mails are …, but the thing was …"
		(leansOnContext(claim) || possessivePronoun.MatchString(claim)) && !opensOnName(claim) {
		return // "if Mr Blair did not want …" is a condition, not a claim of fact
	}
	if placeBack.MatchString(claim) || ageBack.MatchString(claim) || nowBackshifted.MatchString(claim) || timeBefore.MatchString(claim) {
		return // "… to the town's summer carnival": which town? (held-out h27-02, W), as for a hedged claim
	}
	if unnamedCredit.MatchString(f.Subject) {
		return // "according to British media reports" credits no one by name (ab94, K)
	}
	if g.restatedElsewhere(claim, f.Sentence) {
		return // told again elsewhere, perhaps in another way: two answers fit
	}
	source := creditedTo(f)
	if sourceFirst {
		g.askSourceFirst(f, claim, source, pronoun)
		return
	}
	claim = g.asClause(claim) // "Broadcasters should …" reads on as "that broadcasters should …"
	expl := fmt.Sprintf("It is a claim by %s: the sentence names its source only at the end. The article says: %s", g.asWritten(source, f.Sentence), quoteText(g.a.Sentences[f.Sentence].Text))
	claim, ok := g.namedDefinites(claim, f.Sentence)
	if !ok {
		return
	}
	answer, leave := creditedFooting, pastCredited(claim, source, g.a.Sentences[f.Sentence].Text)
	if p := pronounAfterClaim(f); p != "" {
		// "…, he said.": credited at the end, but to a "he" — by name
		// only in an earlier sentence, not this one.
		expl = fmt.Sprintf("It is a claim by %s, who is the “%s” at the end of this sentence and is named earlier in the article. The article says: %s",
			source, p, quoteText(g.a.Sentences[f.Sentence].Text))
		answer, leave = namedBeforeFooting, nil
	}
	q := footingQuestion(curlQuotes(claim), answer, leave, f.Sentence, expl, 78)
	q.Reason = "a claim whose source comes only at the end of the sentence"
	g.add(q, facts.Fact{Kind: claimFirstKind, Subject: source, Claim: claim})
}

// theName finds a name with its "the": "the Hansard Society", not "the
// veterinarian".
var theName = lazyre.New(`^the\s+\p{Lu}`)

// unnamedCredit finds a source that names no one: "British media
// reports", "sources", "reports".
var unnamedCredit = lazyre.New(`(?i)\b(?:reports?|sources?|media|officials|analysts|experts)$`)

// opensOnName reports whether a claim's subject is a name a pronoun
// after it can stand for: "Gordon Brown has failed … in his ninth
// Budget".
func opensOnName(claim string) bool {
	words := strings.Fields(claim)
	return len(words) > 1 && isCapitalisedWord(words[0]) && isCapitalisedWord(words[1]) &&
		!sentenceOpeners[strings.ToLower(words[0])] && looksLikePerson(words[0]+" "+words[1])
}

// sourceFirstKind marks questions about a claim whose source opens its
// sentence: "The LCC said Syrian government planes dropped …", "The
// Jordan Times reported that thousands of Jordanians gathered …". The prompt restates the claim alone, so the student has to
// find where the article got it: the skill of reading past a claim to
// its credit, without the skimmer's trap of claim-first.
const sourceFirstKind facts.Kind = "source-first"

// sourceFirstScore ranks the question below claim-first's (78), which
// asks the same of a claim a skimmer would take for the article's own.
const sourceFirstScore = 70

// sourceBeforeClaim reports whether sentence text credits f's claim to
// its speaker before the claim itself — "X said (that) claim" — with
// nothing between the two but the verb of speech and "that". The claim
// is found in the text as written, its first letter in either case: an
// index into the text in lower case is not one into the text where a
// letter lowers to more bytes ("İ"), and cut the words before the claim
// in the wrong place.
func (g *generator) sourceBeforeClaim(f facts.Fact, text, claim string) bool {
	at := strings.Index(text, claim)
	if at < 0 {
		at = strings.Index(text, upperFirst(claim))
	}
	if at < 0 {
		at = strings.Index(text, lowerFirstRune(claim))
	}
	if at <= 0 || f.Subject == "" {
		return false
	}
	before := text[:at]
	return strings.Contains(before, lastWord(f.Subject)) && (reportVerbBefore.MatchString(before) || accordingBefore.MatchString(before))
}

// accordingBefore is the words before a claim that "according to" opens:
// "According to The Washington Post, ".
var accordingBefore = lazyre.New(`^According\s+to\s+[^,;:"“”]{2,80},\s*$`)

// reportVerbBefore ends the words before a claim that a speaker opens:
// "has admitted that ", "reported that ", "says ", and with where or
// when it was said between ("said in a newspaper article that ", "said
// on Tuesday that ").
var reportVerbBefore = lazyre.New(`\b(?:said|says|say|told [\p{L} ]{1,40}?|admitted|admits|argued|argues|insisted|insists|believes|believed|claimed|claims|reported|reports|added|warned|stated|thinks|thought|explained)\s+` +
	saidWhereOrWhen + `(?:that\s+)?$`)

// saidWhereOrWhen is a short phrase of place or time after a verb of
// speech and before "that": "in a statement ", "on Monday ", "at a
// press conference ". Optional; it ends in a space.
const saidWhereOrWhen = `(?:(?:in|on|at|during)\s+(?:[\p{L}'’-]+\s+){1,5}?)?`

// forecastWord finds a claim about what may come: asked as a claim by
// someone, "a forecast" would be right as well (K).
var forecastWord = lazyre.NewWordList("will", "would", "could", "may", "might", "can", "should", "likely", "unlikely",
	"chance", "expect", "expects", "expected", "set to", "going to", "soon")

// askSourceFirst asks in what way the article says claim, credited to
// source at the opening of its sentence — by name, or (pronoun) by the
// "He" or "She" of a speaker named just before. A claim about what may
// come is a forecast as well, and a pronoun in it ("had made him deputy
// leader") stands for someone the prompt does not name.
func (g *generator) askSourceFirst(f facts.Fact, claim, source, pronoun string) {
	if forecastWord.MatchString(claim) || personalPronoun.MatchString(claim) || leansOnContext(claim) || speakersOwnVerb.MatchString(claim) ||
		opensOnWhoseMembers(claim) || nounObject(claim) ||
		theCommonNoun.MatchString(claim) && (!ofDefined.MatchString(claim) || g.definiteFromBefore(claim, f.Sentence)) {
		return
	}
	claim = g.asClause(claim)
	claim, ok := g.namedDefinites(claim, f.Sentence)
	if !ok {
		return
	}
	sentence := quoteText(g.a.Sentences[f.Sentence].Text)
	if pronoun != "" && g.definiteFromBefore(claim, f.Sentence) {
		return // "He said costs at the site had risen": which site? A "he said" goes on from the sentences before (r162, W)
	}
	if pronoun != "" {
		expl := fmt.Sprintf("It is a claim by %s, who is the “%s” of this sentence and is named earlier in the article. The article reports the claim rather than stating it in its own words: %s",
			g.asWritten(source, f.Sentence), strings.ToLower(pronoun), sentence)
		q := footingQuestion(curlQuotes(claim), namedBeforeFooting, nil, f.Sentence, expl, sourceFirstScore)
		q.Reason = "a claim the article credits to someone it has just named, not its own"
		g.add(q, facts.Fact{Kind: sourceFirstKind, Subject: source, Claim: claim})
		return
	}
	expl := fmt.Sprintf("It is a claim by %s, which the article reports rather than states in its own words: %s", g.asWritten(source, f.Sentence), sentence)
	q := footingQuestion(curlQuotes(claim), creditedFooting, pastCredited(claim, source, g.a.Sentences[f.Sentence].Text), f.Sentence, expl, sourceFirstScore)
	q.Reason = "a claim the article credits to someone, not its own"
	g.add(q, facts.Fact{Kind: sourceFirstKind, Subject: source, Claim: claim})
}

// nounObject reports whether what follows "reported" or "announced" is
// the thing reported, not a clause: "Hartwell reported an 8% rise in
// pre-tax profits to £21.6m" has no claim to restate — asked, "say that
// an 8% rise in pre-tax profits …?" (held-out h26-01, W). "reported a
// man had been arrested" is a clause: its verb says so.
func nounObject(claim string) bool {
	return indefiniteStart.MatchString(claim) && !finiteVerb.MatchString(claim)
}

// indefiniteStart finds a claim that opens on "a": a clause only where
// finiteVerb finds its verb.
var indefiniteStart = lazyre.New(`^(?i:a|an)\s`)

// whoseMembers finds a claim that opens on people who belong to a body
// it does not name: "members had learned of the defection from a
// television news bulletin" — members of what? The sentence's speaker
// said whose (held-out h24-02, W). Only "members": "staff had been left
// anxious" in a story about one firm was its staff (h21-02, usable).
var whoseMembers = lazyre.New(`^(?i:members)\b`)

// opensOnWhoseMembers reports whether claim opens on whoseMembers' people
// with no "of" after them to say whose: "members of the club" says.
func opensOnWhoseMembers(claim string) bool {
	loc := whoseMembers.FindStringIndex(claim)
	return loc != nil && !strings.HasPrefix(claim[loc[1]:], " of ")
}

// theNoun finds "the" and the word after it, and the word after that:
// "the site", "the three branches".
var theNoun = lazyre.New(`\bthe\s+(\p{Ll}[\p{L}-]+)(?:\s+(\p{Ll}[\p{L}-]+))?`)

// passOver are words between "the" and its noun that say nothing of
// which one is meant: "the three branches", "the new fee".
var passOver = wordSet("two three four five six seven eight nine ten new old same main other whole")

// definiteFromBefore reports whether claim names with "the" something
// the sentences before i brought in — "the site", "the three branches",
// both written so earlier — with nothing after it ("of", "that",
// "earmarked for") to say which one: shown alone, the prompt leaves the
// student to guess. Nouns a report takes as known ("the government")
// are not taken for such.
func (g *generator) definiteFromBefore(claim string, i int) bool {
	for _, m := range theNoun.Re().FindAllStringSubmatchIndex(claim, -1) {
		word, end := claim[m[2]:m[3]], m[3]
		if passOver[word] && m[4] >= 0 {
			word, end = claim[m[4]:m[5]], m[5]
		}
		if knownNouns[word] || definedAfter.MatchString(claim[end:]) || strings.HasPrefix(claim[end:], " of ") {
			continue
		}
		for j := range i {
			if g.wordSet(j)[word] {
				return true
			}
		}
	}
	return false
}

// knownNouns are what a news report names with "the" as known to every
// reader: "the government", "the police".
var knownNouns = wordSet("government police public economy market industry internet army world country weather " +
	"year years week weeks month months day days season weekend morning afternoon evening night summer winter spring autumn " +
	"north south east west")

// pronounSpeakerBefore is the whole of a sentence before its claim where
// a "he" or "she" speaks it: "He said ", "But she also told the BBC
// that ". Group 1 is the pronoun.
var pronounSpeakerBefore = lazyre.New(`^(?:(?:But|And|However,?|Meanwhile,?)\s+)?(He|She)\s+(?:also\s+|later\s+|then\s+)?` +
	`(?:said|says|told (?:the |a |an )?[\p{L} ]{1,30}?|admitted|admits|argued|argues|insisted|insists|claimed|claims|added|warned|stated|explained)\s+` +
	saidWhereOrWhen + `(?:that\s+)?$`)

// pronounSpeakerAfter is a credit to "he" or "she" that closes a
// sentence: ", he said.", ", she added on Monday.". Group 1 is the
// pronoun.
var pronounSpeakerAfter = lazyre.New(`(?i),?\s+(he|she)\s+(?:also\s+)?(?:said|says|added|adds|told [\p{L} ]{1,30}?|claimed|claims|insisted|insists|argued|argues|warned|warns|explained|admitted|admits)(?:\s+(?:on|in|at)\s+[\p{L} ]{1,20}?)?\.?$`)

// pronounAfterClaim returns the pronoun, in small letters, of a
// statement whose sentence ends on "…, he said." and "" otherwise.
func pronounAfterClaim(f facts.Fact) string {
	if f.Kind != facts.Statement {
		return ""
	}
	m := pronounSpeakerAfter.FindStringSubmatch(strings.TrimSpace(f.Text))
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

// pronounBeforeClaim returns the pronoun that speaks statement f's claim
// in text ("He said the valuation …"), where the extractor took its
// speaker for certain — named in the sentence just before, in the same
// paragraph, with no one else between (facts: Resolved is false) — and
// "" otherwise.
func pronounBeforeClaim(f facts.Fact, text, claim string) string {
	if f.Kind != facts.Statement || f.Resolved || f.Subject == "" {
		return ""
	}
	at := strings.Index(text, claim)
	if at <= 0 {
		return ""
	}
	m := pronounSpeakerBefore.FindStringSubmatch(text[:at])
	if m == nil {
		return ""
	}
	return m[1]
}

// speakersOwnVerb finds a second verb joined on with no subject of its
// own — "the IAAF said the sprinters had failed … and ordered Segas to
// hold an inquiry" — whose subject is the speaker, not the claim's: cut
// there, the claim says the sprinters ordered it.
var speakersOwnVerb = lazyre.New(`\b(?:and|but) (?:also |then )?(?:ordered|asked|called|urged|added|told|warned|announced|promised|pledged|demanded|suggested|insisted|argued|admitted)\b`)

// theCommonNoun finds a claim that opens on "the" and a common noun:
// after "X said", "the extra sleep", "the sprinters", "the idea" name
// what the sentences before introduced, which the prompt does not show.
// "the UK", "the IAAF" name themselves.
var theCommonNoun = lazyre.New(`^(?:the|The) \p{Ll}`)

// ofDefined finds a claim whose opening "the" and noun are pinned down
// by what follows: "the number of first-time buyers …", "the format of
// the Rhodes hoax …" say what they are.
var ofDefined = lazyre.New(`^(?:the|The) \p{Ll}[\p{L}-]* of \S`)

// asWritten is a source's name as sentence i writes it, with its "the"
// where the sentence has one ("the IAAF", "the LCC"), or as withItsThe
// gives a newspaper's.
func (g *generator) asWritten(source string, i int) string {
	text := g.a.Sentences[i].Text
	if !strings.HasPrefix(strings.ToLower(source), "the ") &&
		(strings.Contains(text, "the "+source) || strings.HasPrefix(text, "The "+source)) {
		return "the " + source
	}
	return withItsThe(source)
}

// speakerForOwnPronoun writes the speaker's name for the pronoun that
// opens their own claim, where the sentence opens on them: "WMC
// Resources has said it is worth up to 30% more …" claims that WMC
// Resources is worth it; "Grant Samuel said its valuation …", that Grant
// Samuel's valuation …; "Lindsay said he understood …", that Maurice
// Lindsay understood. "It" and "its" stand for a body, "he", "she",
// "his" and "her" for a person; another pronoun after them, or a
// sentence opening on someone else, leaves the claim as it is (and the
// checks after refuse it).
func (g *generator) speakerForOwnPronoun(f facts.Fact, text, claim string) string {
	first, rest, ok := strings.Cut(claim, " ")
	if !ok || f.Subject == "" || !opensOn(text, f.Subject) {
		return claim
	}
	if personalPronoun.MatchString(rest) || possessivePronoun.MatchString(rest) {
		return claim // "he has thrown The Game out of his gang": one pronoun written in, another left
	}
	if ownIntention.MatchString(firstWords(rest, 4)) {
		return claim // "she was considering putting a sign up", "her team hoped to run a trial": whose else could they be? (r171, V)
	}
	if len(judgingWords(rest)) > 0 {
		return claim // "his side had deserved at least a replay": an opinion, asked as one (opinion.go)
	}
	full := g.namedInFull(f.Subject)
	person := looksLikePerson(full)
	switch {
	case first == "it" && !person:
		return g.asWritten(f.Subject, f.Sentence) + " " + rest // "the Food Standards Agency was working …"
	case first == "its" && !person:
		return possessive(g.asWritten(f.Subject, f.Sentence)) + " " + rest
	case (first == "he" || first == "she") && person:
		return full + " " + rest
	case (first == "his" || first == "her") && person:
		return possessive(full) + " " + rest
	}
	return claim
}

// ownIntention finds a speaker's account of their own hopes, plans,
// thoughts and feelings: only they could say it, so whose claim it is
// asks nothing ("Lindqvist was not bothered by the doubters", held-out
// h25-08).
var ownIntention = lazyre.New(`(?i)\b(?:hope[sd]?|hoping|plan(?:s|ned|ning)?|want(?:s|ed)?|intend(?:s|ed)?|considering|thinking|wish(?:es|ed)?|would\s+like|feel|felt|understood|` +
	`bothered|worried|concerned|pleased|delighted|disappointed|upset|angry|proud|happy|unhappy|thrilled|excited|saddened|relieved|sorry)\b`)

// opensOn reports whether a sentence opens on name, with its "the" or a
// post before it: "The Food Standards Agency said …", "Australian mining
// firm WMC Resources has said …".
func opensOn(text, name string) bool {
	return strings.HasPrefix(strings.TrimPrefix(text, "The "), strings.TrimPrefix(name, "the ")) || strings.Contains(firstWords(text, 6), name)
}

// firstWords returns text's first n words.
func firstWords(text string, n int) string {
	words := strings.Fields(text)
	return strings.Join(words[:min(n, len(words))], " ")
}
