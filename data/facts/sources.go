package facts

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"

	"github.com/lede-app/lede/data/textnum"
)

var (
	// Words that make a source a report rather than a witness or a
	// record: "a report", "media reports", "sources familiar with …".
	reportWords = lazyre.New(`(?i)\b(?:(?:media|news|press) reports?|reports in|media|newspapers?|sources|people familiar|insiders?|unnamed|anonymous|rumou?rs?|leaked)\b`)
	// Names news outlets are built from, at the end of the name ("The
	// Daily Herald", "Computerworld", "Business Insider" — but not "the
	// World Health Organization"), or known agencies and broadcasters.
	outletName = lazyre.New(`(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Independent|Express|Mirror|Daily|Weekly|Magazine|Radio|TV|Television|Wire|[Ww]orld|Insider|Wired|Observer|Chronicle|Reporter|Courier|Standard|Review|Monitor|Bulletin|Today)$|^(?:[Tt]he\s+)?(?:Reuters|AP|AFP|Associated Press|Bloomberg|CNBC|CNN|BBC|NBC|ABC|CBS|NPR|Fox News|Sky News|Al Jazeera|Xinhua|Axios|Politico|TechCrunch|Forbes|Fortune|Vox|Slate|Quartz|Mashable|Engadget|Gizmodo|Variety|Deadline)\b`)
	// Sources that are posts: "a video uploaded by …".
	postedWords = lazyre.New(`\b(?:[Vv]ideos?|posts?|[Tt]weets?|uploaded|posted|[Bb]log)\b`)
	// Sources with no name: "sources familiar with the talks".
	unnamedWords = lazyre.New(`(?i)\b(?:sources|people familiar|insiders?|unnamed|anonymous)\b`)
	// Documents are primary sources, not hearsay: "SEC filings".
	documentWords = lazyre.New(`(?i)\b(?:filings?|records?|documents?|minutes|data|figures|statistics|census|study|survey|court|statement|report(?:ed)? to (?:the )?(?:SEC|regulators?))\b`)
	// Verbs of a subject's own, unchecked figures.
	ownEstimate = lazyre.New(`(?i)^(?:estimates?|estimated|claims?|claimed|says?|said|boasts?|boasted|reports?|reported|announced|announces)$`)
	// Verbs that make any figure the speaker's own: "estimates", "claims".
	estimateVerb = lazyre.New(`(?i)^(?:estimates?|estimated|claims?|claimed|boasts?|boasted)$`)
	// The claim is about the speaker's organisation: "its marketplaces",
	// "the firm expected". A person's "he" is not: that is their own word,
	// not their organisation's figure.
	orgReference  = lazyre.New(`(?i)^(?:its|our|we|the company|the firm|the group|the business)\b`)
	selfReference = lazyre.New(`(?i)^(?:its|their|our|we|it|they|the company|the firm|the group|the business)\b`)
	// Modal hedges inside a reported claim, with the verb they qualify.
	modalHedge = lazyre.New(`\b(could|might|may)\s+(?:possibly\s+|potentially\s+)?(be|\p{Ll}+)\b`)
)

// sourcing flags claims credited to another outlet's report or to
// unnamed sources, figures that come only from the subject itself, and
// records hedged claims. It runs after every sentence has been read;
// second-hand wording inside a sentence ("reportedly") is a trap rule.
func (x *extractor) sourcing() {
	for _, f := range x.facts {
		if f.Kind != Attribution || !isSecondHandSource(f.Subject) {
			continue
		}
		s := x.a.Sentences[f.Sentence]
		if postedWords.MatchString(f.Subject) {
			// "according to a video uploaded by a media group": the source
			// is a post, not an outlet.
			if !x.flaggedSentence(SocialMedia, s.Index) {
				x.flag(SocialMedia, s, f.Subject, fmt.Sprintf(trapExplanations[SocialMedia], f.Subject))
			}
			continue
		}
		if unnamedWords.MatchString(f.Subject) {
			if !x.flaggedSentence(AnonymousSource, s.Index) {
				x.flag(AnonymousSource, s, f.Subject, fmt.Sprintf(trapExplanations[AnonymousSource], f.Subject))
			}
			continue
		}
		if !x.flaggedSentence(SecondHand, s.Index) {
			x.flag(SecondHand, s, f.Subject, fmt.Sprintf(
				"This claim comes from %s, another news outlet or report, not from the people involved or from a record: the article passes it on second-hand. A careful reader looks for the original source.",
				f.Subject))
		}
	}
	x.selfReported()
	x.unpublishedFigures()
	x.studyCaveats()
	x.hedgedClaims()
}

var (
	// "but the district did not publish its figures"
	unpublished = declare("unpublished data", `(?i)\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|would not|wouldn['’]t|declined to|refused to)\s+(?:publish|release|share|disclose|provide|show)\s+(?:its|their|the|any|his|her)?\s*(?:figures|data|numbers|results|evidence|details|workings)\b`,
		"The district said 4,000 pupils took part but did not publish its figures.", "The district published its figures.")
	// "The study was paid for by a chocolate makers' trade group"
	fundedBy = declare("funded by", `(?i)\b(?:paid for|funded|financed|sponsored|commissioned|bankrolled)\s+(?:in part\s+|partly\s+|mostly\s+)?by\s+([^.,;]{3,80})`,
		"The study was paid for by a chocolate makers' trade group.", "The study paid participants for their time.")
	// Funders with a stake in the result.
	interested = lazyre.New(`(?i)\b(?:industry|trade (?:group|body|association)|makers|manufacturers?|producers?|company|companies|firm|corporation|lobby|brand|maker|(?:industry|trade|manufacturers'?|producers'?) association)\b`)
	// research marks a sentence about a study, whose review matters.
	research = lazyre.New(`(?i)\b(?:study|studies|research|researchers|findings|paper|trial|results|scientists|preprint|journal)\b`)
	// "It has not yet been reviewed by other scientists"
	unreviewed = declare("not reviewed", `(?i)\b(?:not (?:yet )?been (?:peer[- ])?reviewed|not (?:yet )?peer[- ]reviewed|has not been published in a (?:peer-reviewed )?journal|preprint|yet to be (?:peer[- ])?reviewed)\b`,
		"The study has not been published in a journal.", "The study was published in a journal last year.")
)

// aboutResearch reports whether sentence i or the one before it speaks of
// a study.
func (x *extractor) aboutResearch(i int) bool {
	for j := max(0, i-1); j <= i; j++ {
		if research.MatchString(x.a.Sentences[j].Text) {
			return true
		}
	}
	return false
}

// unpublishedFigures flags a figure whose source has not published the
// data behind it: no one outside can check it.
func (x *extractor) unpublishedFigures() {
	for _, s := range x.a.Sentences {
		if len(s.Text) > maxSentence {
			continue
		}
		m := x.find(unpublished, s)
		if m == nil || x.flaggedSentence(SelfReported, s.Index) {
			continue
		}
		var figure string
		for _, n := range textnum.Find(s.Text) {
			if !isDateOrYear(s.Text, n) {
				figure = s.Text[n.Start:n.End]
				break
			}
		}
		if figure == "" {
			continue
		}
		x.flag(SelfReported, s, figure, fmt.Sprintf(
			"The figure %s cannot be checked: the article says the data behind it was not published (“%s”).", figure, s.Text[m[0]:m[1]]))
	}
}

// studyCaveats flags research paid for by an interested party, and
// findings no other scientists have reviewed yet.
func (x *extractor) studyCaveats() {
	for _, s := range x.a.Sentences {
		if len(s.Text) > maxSentence {
			continue
		}
		if m := x.find(fundedBy, s); m != nil && interested.MatchString(s.Text[m[2]:m[3]]) {
			funder := strings.TrimSpace(s.Text[m[2]:m[3]])
			x.flag(FundingConflict, s, funder, fmt.Sprintf(
				"The work was paid for by %s, who may gain from the result. That does not make it wrong, but a careful reader looks for independent studies.", funder))
		}
		// "The plan has not been reviewed by the council" is not a study:
		// the sentence, or the one before, must be about research.
		if loc := x.find(unreviewed, s); loc != nil && x.aboutResearch(s.Index) {
			m := s.Text[loc[0]:loc[1]]
			x.flag(NotReviewed, s, m, fmt.Sprintf(
				"The article says the findings have not been checked by other experts yet (“%s”), so they may not hold up.", m))
		}
	}
}

func isSecondHandSource(source string) bool {
	if documentWords.MatchString(source) {
		return false
	}
	return reportWords.MatchString(source) || outletName.MatchString(source)
}

// flaggedSentence reports whether a flag of kind has sentence as its
// evidence.
func (x *extractor) flaggedSentence(kind FlagKind, sentence int) bool {
	return x.flaggedAt[flagPlace{kind, sentence}]
}

// selfReported flags a number a company or person gives about itself:
// "Alibaba estimates that its marketplaces helped create over 15 million
// job opportunities". Only figures with no other source are flagged.
func (x *extractor) selfReported() {
	for _, f := range x.facts {
		if f.Kind != Statement || !ownEstimate.MatchString(f.Verb) || x.flaggedSentence(SelfReported, f.Sentence) {
			continue // a trap rule may have flagged the sentence already
		}
		if outletByKind.MatchString(f.Subject) {
			continue // "The paper claims Ferrandis would earn around £110,000 a week": a report on someone else
		}
		claim := strings.TrimSpace(f.Claim)
		person := x.isPerson(f.Subject)
		switch {
		case person && !orgReference.MatchString(claim):
			continue
		case !person && !selfReference.MatchString(claim) && !estimateVerb.MatchString(f.Verb):
			continue
		}
		nums := textnum.Find(claim)
		var figure string
		for _, n := range nums {
			if !isDateOrYear(claim, n) && (n.Value >= 100 || strings.Contains(claim[n.Start:n.End], "%")) {
				figure = claim[n.Start:n.End]
				break
			}
		}
		if figure == "" || x.otherSourceFor(figure, f.Sentence) {
			continue
		}
		whose := "its own"
		if person {
			whose = "their own organisation's"
		}
		who := lowerArticle(f.Subject)
		x.flag(SelfReported, x.a.Sentences[f.Sentence], figure, fmt.Sprintf(
			"The figure %s comes only from %s, talking about %s work (the article says %s %s it). No independent source in the article checks it.",
			figure, who, whose, who, f.Verb))
	}
}

// lowerArticle writes "The company" as "the company" inside a sentence.
func lowerArticle(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "the " + s[4:]
	}
	return s
}

// isPerson reports whether a speaker is a person: the article gives them
// a title, or refers to them by surname alone.
func (x *extractor) isPerson(name string) bool {
	if x.titled == nil {
		// Built once, after the titles pass: asked for every speaker,
		// a scan of every fact made long articles quadratic.
		x.titled = map[string]bool{}
		for _, f := range x.facts {
			if f.Kind == Title {
				x.titled[x.canonical(f.Subject)] = true
			}
		}
	}
	if x.titled[x.canonical(name)] {
		return true
	}
	if e, ok := x.entity(name); ok {
		return len(e.Aliases) > 0 && article.CountWords(e.Name) >= 2
	}
	return false
}

// otherSourceFor reports whether another sentence gives the same figure
// with a different source: "according to" someone.
func (x *extractor) otherSourceFor(figure string, except int) bool {
	if x.according == nil {
		// Indexed once: asked for every self-reported figure, a search of
		// every sentence made an article naming thousands of people's
		// figures quadratic (issue 16).
		var sourced []article.Sentence
		for _, s := range x.a.Sentences {
			if len(s.Text) <= maxSentence && mayHoldAccordingTo(s.Text) && strings.Contains(strings.ToLower(s.Text), "according to") {
				sourced = append(sourced, s)
			}
		}
		x.according = newSubstringIndex(sourced)
	}
	for _, s := range x.according.holding(figure) {
		if s.Index != except {
			return true
		}
	}
	return false
}

// mayHoldAccordingTo reports whether text may say "according to" in any
// case: it holds "ccord" in ASCII letters of any case, as it must, since
// no other letter lower-cases to c, o, r or d. It spares lower-casing
// every sentence of the article.
func mayHoldAccordingTo(text string) bool {
	const want = "ccord"
	for i := 0; i+len(want) <= len(text); i++ {
		j := 0
		for j < len(want) && text[i+j]|0x20 == want[j] {
			j++
		}
		if j == len(want) {
			return true
		}
	}
	return false
}

// hedgedClaims records reported claims that are only possibilities: "Ma
// said most of the jobs could be created in the Midwest".
func (x *extractor) hedgedClaims() {
	for _, f := range x.facts {
		if f.Kind != Statement {
			continue
		}
		m := modalHedge.FindStringSubmatchIndex(f.Claim)
		if m == nil || strings.Contains(f.Claim[:m[0]], ",") || f.Claim[m[4]:m[5]] == "not" {
			continue // "could not say" is not a possibility
		}
		h := Fact{Kind: Hedged, Sentence: f.Sentence, Span: f.Span, Text: f.Text, Support: -1,
			Subject: f.Subject, Verb: f.Verb, Aliases: f.Aliases,
			Claim: f.Claim, Hedge: f.Claim[m[2]:m[3]]}
		// The same claim stated as certain, for a question that asks
		// whether the article says so: "could be created" → "will be created".
		h.Stated = f.Claim[:m[2]] + "will" + f.Claim[m[3]:]
		x.add(h)
	}
}
