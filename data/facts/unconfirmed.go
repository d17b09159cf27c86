package facts

// Claims the article itself says are not confirmed: "The video has not
// yet been independently verified", "Scotland Yard has refused to
// confirm the reports". Each way of saying so is one declaration: the
// words it needs (a cheap check before the pattern) and the pattern, with
// named groups for what is unconfirmed and, where given, who did not
// confirm it.

import (
	"regexp"
	"strings"

	"github.com/lede-app/lede/data/article"
)

// Unconfirmed is a claim the article says has not been confirmed:
// Subject is who did not confirm it (may be empty), Claim what was not
// confirmed ("the video"), Verb how ("verified", "confirm").
const Unconfirmed Kind = "unconfirmed"

// unconfirmedRule is one way an article says a claim is unconfirmed.
type unconfirmedRule struct {
	needs   map[string]bool // one of these words must be in the sentence
	pattern *regexp.Regexp
}

var unconfirmedRules = []unconfirmedRule{
	// "The video has not yet been independently verified."
	{wordSet("verified confirmed authenticated"),
		regexp.MustCompile(`(?:^|[^\p{L}])(?P<what>[Tt]he (?:[\p{L}-]+ ){0,3}[\p{L}-]+) (?:has|have) not (?:yet )?been (?:independently )?(?P<verb>verified|confirmed|authenticated)\b`)},
	// "Scotland Yard has refused to confirm the reports", "The German
	// Foreign Ministry has thus far refused to comment on the video".
	{wordSet("confirm verify comment"),
		regexp.MustCompile(`(?:^|[^\p{L}])(?P<who>(?:[Tt]he )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}) (?:has |have |had )?(?:thus far |so far )?(?:refused|declined|did not|was unable|were unable|could not) (?:to )?(?:independently )?(?P<verb>confirm|verify|comment on) (?P<what>the [\p{L}-]+(?: [\p{L}-]+){0,3})[,.;]`)},
}

// unconfirmed finds claims sentence s says are not confirmed.
func (x *extractor) unconfirmed(s article.Sentence) {
	for _, r := range unconfirmedRules {
		if !x.has(s.Index, r.needs) {
			continue
		}
		m := r.pattern.FindStringSubmatch(s.Text)
		if m == nil {
			continue
		}
		f := fact(Unconfirmed, s)
		for i, name := range r.pattern.SubexpNames() {
			switch name {
			case "who":
				f.Subject = strings.TrimSpace(m[i])
			case "what":
				f.Claim = strings.TrimSpace(m[i])
			case "verb":
				f.Verb = m[i]
			}
		}
		x.add(f)
		return
	}
}
