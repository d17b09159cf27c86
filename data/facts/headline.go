package facts

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/textnum"
)

// hedgeWords mark a claim as possible rather than certain.
var hedgeWords = regexp.MustCompile(`(?i)\b(?:could|can|may|might|would|possib(?:le|ly|ility)|plans?|planned|planning|propos(?:e|es|ed|al|als)|discuss(?:es|ed|ing|ion)?|consider(?:s|ed|ing)?|hopes?|aims?|seeks?|envisag(?:e|es|ed)|potential(?:ly)?|eyes?|mulls?|weighs?|talks?|if|expects?|expected|estimates?|likely|rumou?r(?:s|ed)?|report(?:s|edly)?)\b|\?`)

var (
	negation = regexp.MustCompile(`(?i)\b(?:not|no|never|nor|won['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t|rules? out|denies|denied)\b`)
	// "the study does not show that chocolate cures colds", "there is no
	// evidence that …": the body says the headline's claim is not so.
	denial = regexp.MustCompile(`(?i)\b(?:does|do|did|has|have|had|is|are|was|were)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:show|shown|prove|proven|proved|mean|confirm|confirmed|demonstrate|demonstrated|establish|established|found|find)\s+(?:that\s+)?([^,;]+)|\bno (?:evidence|proof|sign) (?:that|of)\s+([^,;]+)`)
)

// debunkWords say that a story or claim is false.
var debunkWords = regexp.MustCompile(`(?i)\b(?:hoax(?:es)?|fake|false(?:ly)?|untrue|not true|debunk(?:ed|s|ing)?|fabricat(?:ed|ion)|bogus|made[- ]up|myth|satir(?:e|ical)|never happened|no evidence|baseless|unfounded)\b`)

// negatedDebunk denies that a story is false: "not fake", "isn't a hoax".
var negatedDebunk = regexp.MustCompile(`(?i)\b(?:not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|never|no)\s+(?:a\s+|an\s+)?(?:hoax|fake|false|myth|made[- ]up|fabricated|satire)\b`)

// headlines reads the claim of the headline and of each subheading and
// checks it against the body.
func (x *extractor) headlines() {
	x.headline(x.a.Title, x.a.TitleSpan, "headline")
	for _, h := range x.a.Headings() {
		x.headline(h.Text, h.Span, "subheading")
	}
}

func (x *extractor) headline(text string, span article.Span, role string) {
	if countWords(text) < 3 {
		return
	}
	f := Fact{Kind: HeadlineClaim, Sentence: -1, Span: span, Text: text, Claim: text, Subject: role, Support: -1}
	hedged := hedgeWords.MatchString(text)
	against, how := x.contradiction(text, hedged)
	switch {
	case against >= 0:
		no := false
		f.Supported, f.Support = &no, against
		s := x.a.Sentences[against]
		x.flags = append(x.flags, Flag{
			Kind: HeadlineUnsupported, Sentence: against, Span: s.Span, About: text,
			Message: fmt.Sprintf("The %s %q states as a fact what the article %s: %q", role, text, how, s.Text),
		})
	default:
		if best := x.bestSupport(text); best >= 0 {
			yes := true
			f.Supported, f.Support = &yes, best
		}
	}
	x.add(f)
}

// contradiction returns the body sentence that undercuts an assertive
// headline, and how: a denial of a commitment on the same topic, or a
// number the body mentions only as a possibility.
func (x *extractor) contradiction(headline string, hedged bool) (int, string) {
	if hedged {
		return -1, ""
	}
	topic := conceptsOf(headline)
	if !negation.MatchString(headline) {
		// A denial backs a headline that itself denies: "Governor Has Not
		// Promised To Sign" is what "has not committed to signing" says.
		for _, f := range x.facts {
			if f.Kind == NoCommitment && overlap(topic, conceptsOf(f.Text)) >= 0.4 {
				return f.Sentence, "explicitly rules out"
			}
		}
		for _, s := range x.a.Sentences {
			if m := denial.FindStringSubmatch(s.Text); m != nil && overlap(topic, conceptsOf(m[1]+m[2])) >= 0.4 {
				return s.Index, "explicitly denies"
			}
		}
	}
	// "They're not fake" claims the story is true, so the body's "hoax"
	// contradicts it; "Photo is fake" agrees with it.
	claimsTrue := !debunkWords.MatchString(headline) || negatedDebunk.MatchString(headline)
	if claimsTrue && x.onTopic(topic) {
		// The body, which is about the headline's story, calls it a hoax,
		// fake or false: the headline repeats as fact what the article
		// debunks.
		for _, s := range x.a.Sentences {
			if debunkWords.MatchString(s.Text) && overlap(topic, conceptsOf(s.Text)) > 0 {
				return s.Index, "says is false"
			}
		}
	}
	nums := textnum.Find(headline)
	for _, n := range nums {
		mentions, hedgedMentions, first := 0, 0, -1
		for _, s := range x.a.Sentences {
			for _, m := range textnum.Find(s.Text) {
				if m.Value == n.Value && overlap(topic, conceptsOf(s.Text)) >= 0.3 {
					mentions++
					if hedgeWords.MatchString(s.Text) {
						hedgedMentions++
						if first < 0 {
							first = s.Index
						}
					}
					break
				}
			}
		}
		if mentions > 0 && mentions == hedgedMentions {
			return first, "only reports as a possibility"
		}
	}
	return -1, ""
}

// onTopic reports whether the body as a whole covers at least half of the
// headline's concepts: a body about another story debunks nothing in it.
func (x *extractor) onTopic(topic map[string]bool) bool {
	body := map[string]bool{}
	for _, s := range x.a.Sentences {
		for c := range conceptsOf(s.Text) {
			body[c] = true
		}
	}
	return overlap(topic, body) >= 0.5
}

// bestSupport returns the body sentence that shares most of the
// headline's concepts, if it shares at least 60% of them.
func (x *extractor) bestSupport(headline string) int {
	topic := conceptsOf(headline)
	best, bestScore := -1, 0.6
	for _, s := range x.a.Sentences {
		if score := overlap(topic, conceptsOf(s.Text)); score >= bestScore {
			best, bestScore = s.Index, score
		}
	}
	return best
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func countWords(s string) int { return len(strings.Fields(s)) }
