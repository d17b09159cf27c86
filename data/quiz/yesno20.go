package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// A yes or no with a reason the article does not give, as held-out set
// 20 wrote it (docs/quality.md): "No, she said climate change was to
// blame" and "No, she said it was the federal government's job" passed
// to "Did Premier Crossley say the state would pay for rebuilding
// homes?" (the article: she declined to say), "No, it will be held in
// Sharjah" to "Did Ghukasyan confirm that a qualifier would be held in
// Yerevan?" (he did not confirm the reports), "yes, at 930 pesos" to
// "Did the President confirm that fares would stay at the current
// level?" (830 pesos), "yes, forever" where the key says until the end
// of next year. The writer marks a right yes or no with a wrong or
// invented reason wrong; the checker read only the yes or no. A yes/no
// question now carries its article's sentences (ArticleSentences, in
// Question.Said) and is read in those that share most of its words (the
// asked sentences), and:
//   - where they say that the one asked about did not say, confirm or
//     announce it (declined to say, did not confirm reports), a "no"
//     whose reason says what they said, or what happened, is wrong; one
//     that says they did not say ("she wouldn't commit", "he did not
//     confirm the reports"), left it open, or said only something else
//     ("she only announced emergency payments") stays right
//     (TestHeldOutTwentyNotSaid);
//   - a reason's figure with its unit that those sentences give with
//     another value near it (within half or twice), and the article
//     never with this one, is wrong
//     (TestHeldOutTwentyReasonFigures);
//   - a "yes" for ever, where the key's reason says until when, is wrong
//     (TestHeldOutTwentyUntilNotForever).

// ArticleSentences returns an article's sentences, for a yes/no
// question's Said: where the checker looks for a reason the article
// gives.
func ArticleSentences(a *article.Article) []string {
	if a == nil {
		return nil
	}
	out := make([]string, 0, len(a.Sentences))
	for _, s := range a.Sentences {
		out = append(out, s.Text)
	}
	return out
}

// askedSentences returns the sentences that share most of a yes/no
// question's words, at least two of them: where the article answers it.
func askedSentences(prompt string, sentences []string) []string {
	asked := contentWordList(Normalize(prompt))
	best, out := 1, []string(nil)
	for _, s := range sentences {
		words := strings.Fields(Normalize(s))
		n := 0
		for _, a := range asked {
			if slices.ContainsFunc(words, func(w string) bool { return sameStem(a, w) }) {
				n++
			}
		}
		switch {
		case n > best:
			best, out = n, []string{s}
		case n == best && n > 1:
			out = append(out, s)
		}
	}
	return out
}

// notSaidInArticle finds where the article says someone did not say,
// confirm or announce what is asked: "declined to say whether", "did not
// confirm reports that", "She did not say whether".
var notSaidInArticle = lazyre.New(`(?i)\b(?:(?:did|would|could|does|will)\s*(?:not|n't)|declined\s+to|refused\s+to)\s+(?:say|confirm|announce|reveal|disclose|comment|specify)\s+(?:whether|if|reports?|rumou?rs?|when|how|who|that)\b`)

// speechAsked finds a question that asks whether someone said something:
// "Did she say …?", "Did he confirm that …?", "Did she announce …?".
var speechAsked = lazyre.New(`(?i)^\s*(?:did|has|have|had)\b.*\b(?:say|said|confirm|confirmed|announce|announced|reveal|revealed|disclose|disclosed|state|stated)\b`)

// notSayingReason finds a reason that says they did not say, or said
// only something else: "she didn't say", "he would not confirm it", "she
// wouldn't commit", "she declined to say", "he refused", "she left it
// open", "he only said the prize fund would double", "he just said he was
// disappointed".
var notSayingReason = lazyre.New(`(?:\bnot|n't|\b(?:didnt|wouldnt|doesnt|wont|hasnt|couldnt))\s+(?:\w+\s+)?(?:say|said|confirm|confirmed|announce|announced|commit|committed|comment|reveal|revealed|disclose|disclosed|answer|specify|promise|rule|decide|decided|tell|give)\b|\b(?:decli|decil|refu)\w*|\bleft (?:it|that|the question) open\b|\b(?:open|undecided|unclear|no comment)\b|\b(?:only|just)\b`)

// onlyNotSaid finds a reason that is no more than "she didn't", "he did
// not", "no one".
var onlyNotSaid = lazyre.New(`^(?:(?:he|she|they|it|i)\s+)?(?:did not|didn'?t|didnt|has not|hasn'?t|had not|hadn'?t|would not|wouldn'?t|will not|won'?t|wont|does not|doesn'?t)(?:\s+(?:do|say|have))?(?:\s+(?:it|that|so|this))?$`)

// yesNoReason returns what a yes/no answer says after its yes or no and
// "because": "she said it was the federal government's job" of "No, she
// said …"; "" for no reason.
func yesNoReason(norm string) string {
	words := strings.Fields(norm)
	for len(words) > 0 && (words[0] == "i" || words[0] == "think" || words[0] == "guess") {
		words = words[1:]
	}
	if len(words) == 0 || !yesWords[answerWord(words[0])] && !noWords[answerWord(words[0])] {
		return ""
	}
	words = words[1:]
	for len(words) > 0 && (words[0] == "because" || words[0] == "as" || words[0] == "since" || words[0] == "and" || words[0] == "but") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// saysWhatWasNotSaid reports whether a "no" answer's reason says what
// the one asked about said, or what happened, where the article says
// they did not say.
func saysWhatWasNotSaid(q Question, norm string, said []string) bool {
	if q.Accepted[0] != "no" || !speechAsked.MatchString(q.Prompt) && !keySaysNotConfirmed(q) {
		return false
	}
	reason := yesNoReason(norm)
	if reason == "" || leavesUnsaid(reason, norm) { // set 21's reading
		return false
	}
	return keySaysNotConfirmed(q) || slices.ContainsFunc(askedSentences(q.Prompt, said), notSaidInArticle.MatchString)
}

// otherReasonFigure reports whether a yes/no answer's reason gives a
// figure with its unit that the asked sentences give only with another
// value near it: "yes, at 930 pesos" where they say 830 pesos.
func otherReasonFigure(q Question, answer, norm string, said []string) bool {
	if !strings.ContainsAny(answer, "0123456789") || yesNoReason(norm) == "" {
		return false
	}
	var asked, given []figure
	for _, s := range askedSentences(q.Prompt, said) {
		asked = append(asked, figuresIn(s)...)
	}
	for _, f := range figuresIn(answer) { // a yes or no has no figure: the reason's
		if f.unit == "" || f.unit == "percent" {
			continue
		}
		near := false
		for _, g := range asked {
			// Within half or twice: the figure misremembered, not
			// another the article gives ("after rising 40 pesos").
			near = near || unitStem(g.unit) == unitStem(f.unit) && f.value > g.value/2 && f.value < g.value*2
		}
		if !near {
			continue
		}
		if given == nil {
			for _, s := range said {
				given = append(given, figuresIn(s)...)
			}
		}
		if !slices.ContainsFunc(given, func(g figure) bool { return g.value == f.value }) {
			return true
		}
	}
	return false
}

// untilKey finds a key's reason that says until when: "Yes, until the
// end of next year".
var untilKey = lazyre.New(`(?i)\buntil\b|\btill\b|\bfor now\b|\bfor the time being\b`)

// forEver finds an answer that says for ever.
var forEver = lazyre.New(`\bfor ?ever\b|\bpermanently\b|\bfor good\b|\bindefinitely\b|\bno end date\b`)

// foreverForUntil reports whether a "yes" says for ever where the key's
// reason says until when.
func foreverForUntil(q Question, norm string) bool {
	if q.Accepted[0] != "yes" || !forEver.MatchString(norm) {
		return false
	}
	return slices.ContainsFunc(q.Accepted[1:], untilKey.MatchString)
}

// declinedToSay finds an answer that opens by saying they would not say:
// "she refused to say whether it would", "he declined to confirm it".
var declinedToSay = lazyre.New(`^(?:(?:he|she|they|it|the \w+)\s+)?(?:(?:decli|decil|refu)\w*\s+to|would not|wouldn't|wouldnt|did not|didn't|didnt)\s+(?:say|confirm|announce|reveal|disclose|comment|specify)\b`)

// declinesToSay reports whether an answer with no plain no says that the
// one asked about would not say, to a question whether they said it:
// a no, though "would" reads as a yes (held-out set 20).
func declinesToSay(prompt, norm string) bool {
	return declinedToSay.MatchString(norm) && speechAsked.MatchString(prompt)
}

// leadingHedge finds "I think" and the like before a yes or no: "i think
// no he didnt" is a no, though its two negations read as a yes
// (held-out set 20).
var leadingHedge = lazyre.New(`^(?:i think|i guess|i believe|i reckon|i'd say|i would say)\s+`)

// withoutLeadingHedge drops "I think" from an answer that goes on with a
// yes or a no.
func withoutLeadingHedge(norm string) string {
	loc := leadingHedge.FindStringIndex(norm)
	if loc == nil {
		return norm
	}
	rest := norm[loc[1]:]
	first, _, _ := strings.Cut(rest, " ")
	if first = answerWord(first); !yesWords[first] && !noWords[first] {
		return norm
	}
	return rest
}

// turnedDown finds an answer that says it was turned down: "they turned
// it down", "turned down".
var turnedDown = lazyre.New(`\bturn(?:ed|s)?\s+(?:it\s+|them\s+|that\s+|this\s+|the \w+\s+)?down\b`)

// turnsDown reports whether an answer with no yes or no says it was
// turned down, to a question that does not ask about turning down: a no,
// as "they refused" is (held-out set 20).
func turnsDown(prompt, norm string) bool {
	return turnedDown.MatchString(norm) && !strings.Contains(strings.ToLower(prompt), "turn")
}
