package facts

// Claims the article itself says are not confirmed: "The video has not
// yet been independently verified", "Scotland Yard has refused to
// confirm the reports". Each way of saying so is one declaration: the
// words it needs (a cheap check before the pattern) and the pattern, with
// named groups for what is unconfirmed and, where given, who did not
// confirm it.

import (
	"strings"

	"github.com/lede-app/lede/data/article"
)

// Unconfirmed is a claim the article says has not been confirmed:
// Subject is who did not confirm it (may be empty), Claim what was not
// confirmed ("the video"), Verb how ("verified", "confirm").
const Unconfirmed Kind = "unconfirmed"

var unconfirmedRules = []*rule{
	declare("has not been verified", `(?:^|[^\p{L}])(?P<what>[Tt]he (?:[\p{L}-]+ ){0,3}[\p{L}-]+) (?:has|have) not (?:yet )?been (?:independently )?(?P<verb>verified|confirmed|authenticated)\b`,
		"The video has not yet been independently verified.", "The video has been verified by the BBC."),
	declare("who refused to confirm what", `(?:^|[^\p{L}])(?P<who>(?:[Tt]he )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}) (?:has |have |had )?(?:thus far |so far )?(?:refused|declined|did not|was unable|were unable|could not) (?:to )?(?:independently )?(?P<verb>confirm|verify|comment on) (?P<what>the [\p{L}-]+(?: [\p{L}-]+){0,3})[,.;]`,
		"Scotland Yard has refused to confirm the reports.", "Scotland Yard has confirmed the reports."),
	// "The network aired the recording but has not verified its
	// authenticity": "its" is the thing just named, so what is not
	// confirmed is the recording's authenticity.
	declare("could not confirm what it had", `(?:^|[^\p{L}])(?P<who>(?:[Tt]he )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}|[Tt]he [\p{L}-]+) (?:had |has |have )?(?:\p{Ll}+ed|seen|shown|given|taken|made|got|won) the (?P<thing>[\p{L}-]+)(?: \p{Lu}\p{Ll}+day| on \p{Lu}\p{Ll}+day)? but (?:has not|had not|hasn't|have not|could not|couldn't|was unable to|were unable to|did not|didn't) (?:yet )?(?:independently )?(?P<verb>verified|verify|confirmed|confirm) its (?P<attr>authenticity|accuracy|origin|source|contents?)\b`,
		"The network aired the recording Monday but has not verified its authenticity.", "The network aired the recording Monday and has verified its authenticity."),
	// "The footage could not be independently verified": the same as
	// "has not been", said of what no one could check.
	declare("could not be verified", `(?:^|[^\p{L}])(?P<what>[Tt]he (?:[\p{L}-]+ ){0,3}[\p{L}-]+) (?:could not|cannot|can not|could not yet) be (?:independently )?(?P<verb>verified|confirmed|authenticated)\b`,
		"The footage could not be independently verified.", "The footage could be verified by the BBC."),
	// "The photographs are numerous but unverifiable": an adjective says
	// it. The thing opens the sentence, named with "the" (its words are
	// the question's: "Arabic reports of a planned attack" said neither
	// whose nor which attack, round 68), and "but" may join a second
	// adjective to it.
	declare("is unverified", `^(?P<what>[Tt]he (?:[\p{L}-]+ ){0,5}?[\p{L}-]+) (?:is|are|was|were|remains?) (?:still )?(?:\p{Ll}+ (?:but|and) )?(?P<verb>unverified|unconfirmed|unverifiable)\b`,
		"The photographs of the crash are numerous but unverifiable.", "The photographs of the crash are numerous and verified."),
	// "It is not yet clear if the attacks were carried out by Boko
	// Haram": the article says nobody knows whether the claim is true.
	// What follows "whether" is the claim, up to a clause of its own
	// (", though …"); Verb "known" marks that it is a whole clause.
	declare("not known whether", `(?:^|[^\p{L}])(?:[Ii]t (?:is|was|remains) (?:still )?(?:not (?:yet )?clear|unclear)|[Ss]peculation (?:as to|over|about)|[Nn]o one knows|[Ii]t is not known) (?:whether|if) (?P<what>\p{L}[^,;:"“”()]+?)(?P<verb>)(?:,|;|\.|$)`,
		"It is not yet clear if the attacks were carried out by Boko Haram, though the group has targeted commuters.", "It is clear that the attacks were carried out by Boko Haram."),
}

// KnownWhether is the Verb of a claim the article says nobody knows to
// be true ("it is not yet clear whether …"): Claim is the whole clause.
const KnownWhether = "known"

// baseVerb gives a question's "Did … verify?" for "has not verified".
var baseVerb = map[string]string{"verified": "verify", "confirmed": "confirm"}

// unconfirmed finds claims sentence s says are not confirmed.
func (x *extractor) unconfirmed(s article.Sentence) {
	for _, r := range unconfirmedRules {
		m := x.find(r, s)
		if m == nil {
			continue
		}
		f := fact(Unconfirmed, s)
		f.Subject = strings.TrimSpace(r.group(s.Text, m, "who"))
		f.Claim = strings.TrimSpace(r.group(s.Text, m, "what"))
		f.Verb = r.group(s.Text, m, "verb")
		switch f.Verb {
		case "":
			f.Verb = KnownWhether
		case "unverified", "unverifiable":
			f.Verb = "verified"
		case "unconfirmed":
			f.Verb = "confirmed"
		}
		if thing := r.group(s.Text, m, "thing"); thing != "" {
			f.Claim = "the " + thing + "'s " + r.group(s.Text, m, "attr")
			if base, ok := baseVerb[f.Verb]; ok {
				f.Verb = base
			}
		}
		x.add(f)
		return
	}
}
