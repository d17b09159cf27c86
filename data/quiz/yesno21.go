package quiz

import (
	"math"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/lexicon"
	"github.com/lede-app/lede/data/textnum"
)

// A yes or no with a reason whose figure is not the key's, as held-out
// set 21 wrote it (docs/quality.md): "no, it was 7 to 3" where the key
// says "No, it was approved by seven votes to four", "yes, from 28 to 52
// per cent" for "from 38 to 52 per cent", "Yes 68,000" for "more than
// 86,000 people", "yes, by 9 cent" for "38 cent compared with 42 cent",
// "no, it will open in 2030" for "delayed by a year to spring 2029". The
// writer marks a right yes or no with a wrong reason wrong; set 20's
// rule (otherReasonFigure) reads only a figure with its unit near one of
// the asked sentences', and most of these have no unit or another. Where
// the key's reason gives figures, each figure of the answer must be one
// of them, the question's, or the difference or sum of two of the key's
// ("by 4 cent" for 42 and 38 cent), a round form of one ("nearly 12,000"
// for 11,850), or a day of a date ("on 30 July"); another is wrong, and
// so is a figure given as a margin ("2,290 more") that is not the
// difference. Where the key's reason gives no figure, a figure the
// article does not give is wrong: "no, only students under 18 ride
// free" where it says under 23 (TestHeldOutTwentyOneReasonFigures).

// monthNames are the words that make a number beside them a day of a
// date, not a figure: "30 July", "July 30".
var monthNames = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// thousandUnits scale the figure before them: "86k", "86 thousand",
// "2m".
var thousandUnits = map[string]float64{"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}

// marginWords after a figure, or after its unit, make it a difference:
// "two fewer", "4 cent more".
var marginWords = wordSet(`more less fewer higher lower up down extra`)

// reasonFigure is a figure of a reason: its value, the value scaled by a
// "k" or "m" after it (the same where there is none), and whether it may
// be a margin ("by 4 cent", also "by 54 votes to 31") or must be one
// ("400 more").
type reasonFigure struct {
	value, scaled float64
	by, more      bool
}

// reasonFigures reads the figures of a text that are not days of a
// date: "30 July" and "July 30th" give none.
func reasonFigures(text string) []reasonFigure {
	text = strings.ToLower(text)
	text = ordinalEnd.Re().ReplaceAllString(text, "$1")      // "30th July"
	text = scoreDash.Re().ReplaceAllString(text, "$1 to $2") // "6-4", "2–2"
	text = figureRunOn.ReplaceAllString(text, "$1 $2")       // "86k", "38c"
	var out []reasonFigure
	for _, m := range textnum.Find(text) {
		if !m.Digits && !addedNumberWords[strings.Fields(m.Text)[0]] {
			continue // "one", "a": too often no figure
		}
		before, after := wordBefore(text[:m.Start]), wordAfter(text[m.End:])
		if monthNames[before] || monthNames[after] {
			continue
		}
		next := strings.Fields(text[m.End:])
		more := marginWords[after] || len(next) > 1 && marginWords[wordAfter(next[1])] // "5 pounds more"
		f := reasonFigure{value: math.Abs(m.Value), by: before == "by", more: more}
		f.scaled = f.value
		if s, ok := thousandUnits[after]; ok && f.value < 1000 {
			f.scaled *= s
		}
		out = append(out, f)
	}
	return out
}

// scoreDash finds a score or tally written with a dash: "6-4", "2–2".
var scoreDash = lazyre.New(`([0-9])\s*[-–—]\s*([0-9])`)

// ordinalEnd finds a day's ordinal ending: "30th", "1st".
var ordinalEnd = lazyre.New(`([0-9])(?:st|nd|rd|th)\b`)

// wordBefore and wordAfter return the word before and after a figure,
// without their punctuation.
func wordBefore(s string) string { return strings.Trim(lastField(s), ".,;:!?()\"'") }

func wordAfter(s string) string { return strings.Trim(firstField(s), ".,;:!?()\"'") }

// yearLike reports whether a figure reads as a year: a year misremembered
// by one ("2030" for 2029) is another year, not a round form.
func yearLike(v float64) bool {
	return v >= 1800 && v <= 2100 && v == math.Trunc(v)
}

// roundFormOf reports whether got is key rounded: within 2 % of it and
// with fewer significant figures ("12,000" for 11,850, "4,800" for
// 4,812), but not a year for another.
func roundFormOf(got, key float64) bool {
	if got == key {
		return true
	}
	if yearLike(got) || yearLike(key) || key < 100 {
		return false
	}
	return math.Abs(got-key) <= 0.02*key && trailingZeros(got) > trailingZeros(key)
}

// trailingZeros counts the zeros ending a whole number's digits.
func trailingZeros(v float64) int {
	n := 0
	for v >= 10 && math.Mod(v, 10) == 0 {
		v /= 10
		n++
	}
	return n
}

// unkeyedReasonFigure reports whether a yes/no answer gives a figure that
// the key's reason, where it gives any, does not: not one of its
// figures or the question's, a round form of one, nor, as a margin ("by
// 4 cent", "4 cent more"), the difference of two of the key's. Where the
// key's reason gives none, the figure must be one the article gives
// (said, its sentences) or the question's: "only students under 18"
// where the article says under 23 is wrong.
func unkeyedReasonFigure(q Question, answer string, said []string) bool {
	if len(q.Accepted) < 2 || !hasFigureWord(answer) {
		return false
	}
	var keyed []float64
	var keyedMargins []float64
	for _, acc := range q.Accepted[1:] {
		for _, f := range reasonFigures(acc) {
			keyed = append(keyed, f.scaled)
			if f.by || f.more { // "by 2%"
				keyedMargins = append(keyedMargins, f.scaled)
			}
		}
	}
	if len(keyed) == 0 {
		return unsaidReasonFigure(q, answer, said)
	}
	margins := keyedMargins
	for i, a := range keyed {
		for _, b := range keyed[i+1:] {
			margins = append(margins, math.Abs(a-b))
		}
	}
	for _, f := range reasonFigures(q.Prompt) {
		keyed = append(keyed, f.scaled)
	}
	for _, got := range reasonFigures(answer) {
		matches := func(k float64) bool { return roundFormOf(got.value, k) || roundFormOf(got.scaled, k) }
		switch {
		case got.more:
			// "2,290 more" where the key compares 4,812 with 2,290: a
			// margin must be the difference.
			if !slices.ContainsFunc(margins, matches) {
				return true
			}
		case !slices.ContainsFunc(keyed, matches) && !(got.by && slices.ContainsFunc(margins, matches)):
			return true
		}
	}
	return false
}

// unsaidReasonFigure reports whether a yes/no answer gives a figure
// that neither the article nor the question gives, nor a round form of
// one.
func unsaidReasonFigure(q Question, answer string, said []string) bool {
	var given []float64
	for _, s := range append(slices.Clip(said), q.Prompt) {
		for _, f := range reasonFigures(s) {
			given = append(given, f.scaled)
		}
	}
	for _, got := range reasonFigures(answer) {
		matches := func(k float64) bool { return roundFormOf(got.value, k) || roundFormOf(got.scaled, k) }
		if !slices.ContainsFunc(given, matches) {
			return true
		}
	}
	return false
}

// hasFigureWord is a cheap first look for a figure: a digit, or one of
// the number words figuresIn reads.
func hasFigureWord(answer string) bool {
	if strings.ContainsAny(answer, "0123456789") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(answer)) {
		if addedNumberWords[strings.Trim(w, ".,;:!?()\"'-")] {
			return true
		}
	}
	return false
}

// A "no" whose reason settles what the key says was not confirmed, as
// held-out set 21 wrote it: "no, it refused to pay" where the key says
// "No, it declined to confirm" (set 20's rule read "refused" as "would
// not say"), "no because the vaccine is too expensive" for "Has the
// ministry approved the vaccine?" where the key says the ministry
// declined to confirm when it would decide (not a question about
// saying, which set 20's rule alone read). And the right forms it
// refused: "not confirmed", "not yet", "No they havent confirmed it".
// A "no" to a question whose key's reason says the one asked about
// declined to confirm or say is read as set 20 reads one to a question
// about saying; a reason that they refused or declined to do something
// other than say is what happened, and "not confirmed", "not yet",
// "haven't confirmed" say it was not said (TestHeldOutTwentyOneNotConfirmed).

// keyNotConfirmed finds a key's reason that says the one asked about did
// not confirm or say: "No, he declined to confirm it", "No, it would not
// say".
var keyNotConfirmed = lazyre.New(`(?i)\b(?:declined|refused|would not|wouldn't|did not|didn't|has not|hasn't)\s+to\s+(?:confirm|say|comment|disclose|reveal|announce)\b|\b(?:would not|wouldn't|did not|didn't|has not|hasn't)\s+(?:confirm|say|comment|disclose|reveal|announce)(?:ed)?\b`)

// refusedToDo finds a reason that says they refused or declined to do
// something, and what: "it refused to pay".
var refusedToDo = lazyre.New(`\b(?:refu|decli|decil)\w*\s+to\s+(\w+)`)

// speechVerbs are what one declines to do in not saying.
var speechVerbs = wordSet(`say confirm comment announce reveal disclose specify answer tell give commit discuss talk respond reply speak elaborate`)

// notYetSaid finds a reason that says it was not said or not settled
// yet: "not confirmed", "not yet", "they havent confirmed it".
var notYetSaid = lazyre.New(`^(?:not|no|nope)\s+(?:yet|confirmed|said|announced|decided)\b|\b(?:havent|hadnt|isnt|arent|wasnt|werent|cant|cannot|have not|had not|is not|was not)\s+(?:\w+\s+)?(?:confirm|confirmed|say|said|announce|announced|decide|decided)\b|\b(?:yet|so far)\b`)

// leavesUnsaid reports whether a "no" answer's reason says the one
// asked about did not say, or said only something else.
func leavesUnsaid(reason, norm string) bool {
	if m := refusedToDo.FindStringSubmatch(reason); m != nil && !speechVerbs[m[1]] {
		return false // "it refused to pay": what happened
	}
	return notSayingReason.MatchString(reason) || onlyNotSaid.MatchString(reason) || notYetSaid.MatchString(norm)
}

// keySaysNotConfirmed reports whether a "no" key's reason says the one
// asked about did not confirm or say.
func keySaysNotConfirmed(q Question) bool {
	return q.Accepted[0] == "no" && slices.ContainsFunc(q.Accepted[1:], keyNotConfirmed.MatchString)
}

// A yes or no whose reason names a country, a people or a language the
// article never names, as held-out set 21 wrote it: "no, in britain" to
// "Will the trams be built in Portugal?" (the article: in Zaragoza,
// Spain), "no, also in chinese" where the leaflets are in Vietnamese and
// English. Such a reason is invented: where the key's reason names a
// country or a people, the answer's must be one of those or the
// question's ("no, in britain": the article names a British consultancy,
// not where the trams are built); where it names none, one the article
// names, or its people's word ("the Spanish firm" where it says Spain)
// (TestHeldOutTwentyOneUnsaidCountry).

// countryWords pairs each country's name and its people's word with
// the other, in lower case: "spain" with "spanish" and back.
var countryWords = func() map[string]string {
	out := map[string]string{}
	for _, m := range []map[string]string{lexicon.English.Demonyms, lexicon.English.MoreDemonyms} {
		for c, d := range m {
			if c == "us" {
				continue // the pronoun
			}
			out[c], out[d] = d, c
		}
	}
	return out
}()

// countriesIn returns the country and people words a folded text
// names.
func countriesIn(norm string) []string {
	words := strings.Fields(norm)
	var out []string
	for i := 0; i < len(words); i++ {
		for _, n := range []int{2, 1} { // "new zealand" before "zealand"
			if i+n > len(words) {
				continue
			}
			if w := strings.Join(words[i:i+n], " "); countryWords[w] != "" {
				out = append(out, w)
				i += n - 1
				break
			}
		}
	}
	return out
}

// unsaidCountry reports whether a yes/no answer's reason names a country
// or its people that the article (said, its sentences) and the question
// do not, or, where the key's reason names a country ("No, in Zaragoza,
// Spain"), one that it and the question do not.
func unsaidCountry(q Question, norm string, said []string) bool {
	reason := yesNoReason(norm)
	if reason == "" || len(said) == 0 {
		return false
	}
	named := countriesIn(reason)
	if len(named) == 0 {
		return false
	}
	var keyed []string
	for _, acc := range q.Accepted[1:] {
		keyed = append(keyed, countriesIn(Normalize(acc))...)
	}
	text := " " + Normalize(strings.Join(said, " ")) + " "
	if len(keyed) > 0 {
		text = " " + strings.Join(keyed, " ") + " "
	}
	text += Normalize(q.Prompt) + " "
	for _, w := range named {
		if !strings.Contains(text, " "+w+" ") && !strings.Contains(text, " "+countryWords[w]+" ") {
			return true
		}
	}
	return false
}
