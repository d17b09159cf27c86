package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// A date without the parts that may go, as held-out set 21 wrote it
// (docs/quality.md): "monday 14th oct" and "14 october" for "At 6 am on
// Monday 14 October", "in august" for "In August 2025" — refused, though
// "6 am" alone and "aug 2025" passed. The writer takes a date in any
// form, its year may go, and a date's time of day is a detail the date
// stands without. Where a key to a "When …?" question is a date with a
// time of day, or a month with its year, an answer right for
// the key without the time, or without the year, is right; the year
// alone, or another day or month, stays wrong (TestHeldOutTwentyOneDateParts).

// keyTimeOfDay finds a key's time of day and the words that join it to
// the date: "At 6 am on ", "at 10.30pm, ".
var keyTimeOfDay = lazyre.New(`(?i)\b(?:at\s+)?(?:about\s+|around\s+)?[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?:\s*,)?(?:\s+on\b)?\s*`)

// keyTrailingYear finds the year that ends a key after a month: "August
// 2025". A season's year stays: the writer counts "in the spring" wrong
// for "In the spring of 2029".
var keyTrailingYear = lazyre.New(`(?i)(\b(?:january|february|march|april|may|june|july|august|september|october|november|december))(?:\s+of)?,?\s+[0-9]{4}\s*\.?\s*$`)

// asksWhenDate finds a question that asks when.
var asksWhenDate = lazyre.New(`(?i)^\s*(?:when|on what date|on which date|what date|in which month|in what month)\b`)

// withoutDateDetails returns the keys without their time of day, and
// without the year after a month; ok is false where no key has
// either.
func withoutDateDetails(q Question) ([]string, bool) {
	if !asksWhenDate.MatchString(q.Prompt) || !keyIsDate(q) && !keyTrailingYear.MatchString(strings.Join(q.Accepted, " ")) {
		return nil, false
	}
	var out []string
	for _, acc := range q.Accepted {
		bare := strings.TrimSpace(keyTimeOfDay.Re().ReplaceAllString(acc, ""))
		bare = strings.TrimSpace(keyTrailingYear.Re().ReplaceAllString(bare, "$1"))
		if bare != acc && bare != "" && !yearOnly.MatchString(bare) {
			out = append(out, bare)
		}
	}
	return out, len(out) > 0
}

// answerDetail finds a time of day or a year in an answer: those it
// gives, the key's full reading judges.
var answerDetail = lazyre.New(`(?i)[0-9]\s*(?:am|pm|a\.m\.|p\.m\.|h\b|o'clock)|[0-9]{1,2}[:.][0-9]{2}|\b[0-9]{4}\b|\btwenty\b|\bnoon\b|\bmidnight\b`)

// rightWithoutDateDetails reports whether an answer with no time of day
// or year is right for a date key without its time of day or year.
func rightWithoutDateDetails(q Question, answer string) bool {
	keys, ok := withoutDateDetails(q)
	if !ok || answerDetail.MatchString(answer) {
		return false
	}
	given := numbersOf(strings.Join(keys, " "))
	for _, n := range numbersOf(answer) {
		if !slices.Contains(given, n) {
			return false // "june 08" for "June 2007": a year, or a day the key does not give
		}
	}
	bare := q
	bare.Accepted, bare.Answer = keys, keys[0]
	v, _ := checkPhrase(bare, answer)
	return v == Correct
}

// checkShortAnswer judges a short answer: as a phrase, and where that
// refuses it, as a date without its time of day or year.
func checkShortAnswer(q Question, answer, _ string) (Verdict, string) {
	v, expl := checkPhrase(q, answer)
	if v != Correct && rightWithoutDateDetails(q, answer) {
		return Correct, q.Explanation // "14 october" for "At 6 am on Monday 14 October" (set 21)
	}
	return v, expl
}
