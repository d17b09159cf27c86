package quiz

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// when asks for a date: which day a relative date ("on Wednesday") means,
// worked out from the publication date, or the date a sentence gives.
func (g *generator) when(f facts.Fact) {
	if len(f.Date) != len("2006-01-02") {
		return
	}
	d, err := time.Parse("2006-01-02", f.Date)
	if err != nil {
		return
	}
	q := Question{Kind: When, Date: f.Date, Sentence: f.Sentence,
		Answer:   d.Format("Monday, January 2, 2006"),
		Accepted: []string{d.Format("January 2, 2006"), d.Format("2 January 2006")}}
	if f.Relative {
		if g.a.Published.IsZero() || f.Weekday == "" {
			return
		}
		q.Prompt = fmt.Sprintf("The article was published on %s. %s, which date does “%s” mean?",
			g.a.Published.Format("Monday, January 2, 2006"), wordsAround(f.Text, f.Claim), f.Claim)
		q.Explanation = fmt.Sprintf("%s: the %s before publication. News articles name recent days by weekday; the publication date pins them down.",
			q.Answer, f.Weekday)
		if d.After(g.a.Published) {
			// Said from the answer's date, not the sentence's wording: "the
			// ferry will run …, the operator said on Wednesday" is the
			// Wednesday before a Thursday's paper, for all its "will".
			q.Explanation = fmt.Sprintf("%s: the next %s after publication.", q.Answer, f.Weekday)
		}
		q.Difficulty, q.score = 3, 76
	} else {
		// A date copied out of its sentence tests copying, not reading:
		// only dates a reader must work out are asked.
		return
	}
	g.add(q, f)
}

// wordsAround shows where a sentence says phrase: the whole sentence
// when it is short, else the words around the phrase, cut with "…". A
// prompt that quoted a 50-word sentence whole took the quiz panel at
// large text sizes, its choices under "More below" (issue 11).
func wordsAround(text, phrase string) string {
	at := strings.Index(text, phrase)
	spans := wordSpans.FindAllStringIndex(text, -1)
	if len(spans) <= maxQuotedWords || at < 0 {
		return "In the sentence " + quoteText(withoutFullStop(text))
	}
	first := slices.IndexFunc(spans, func(w []int) bool { return w[1] > at }) // the phrase's first word
	last := slices.IndexFunc(spans, func(w []int) bool { return w[0] >= at+len(phrase) })
	if last < 0 {
		last = len(spans)
	}
	from, to := max(0, first-wordsBeforeDate), min(len(spans), last+wordsAfterDate)
	capital := func(k int) bool { return isCapitalisedWord(text[spans[k][0]:spans[k][1]]) }
	for from > 0 && capital(from) && capital(from-1) {
		from-- // not into a name: "the journal Sleep …" for "Sleep Health"
	}
	for to < len(spans) && capital(to) && capital(to-1) {
		to++
	}
	excerpt := text[spans[from][0]:spans[to-1][1]]
	if from > 0 {
		excerpt = "… " + excerpt
	}
	if to < len(spans) {
		excerpt = strings.TrimRight(excerpt, ",;:") + " …"
	}
	return "Where the article says " + quoteText(withoutFullStop(excerpt)) // "…”, which date" reads on; "….”, which date" stops twice
}

// wordSpans finds the words of a sentence, each with the punctuation
// that clings to it.
var wordSpans = lazyre.New(`\S+`)

// A sentence of up to maxQuotedWords is quoted whole; a longer one by
// the words before and after the date that say what happened on it.
const (
	maxQuotedWords  = 24
	wordsBeforeDate = 8
	wordsAfterDate  = 4
)

var (
	monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
	monthDay     = lazyre.New(`\b` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	dayMonth     = lazyre.New(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPattern + `\b\.?(?:,?\s+(\d{4}))?`)
	isoDate      = lazyre.New(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	weekdayName  = lazyre.New(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
)

// answerDate reads a date from a student's answer: month and day, and
// the year when given (0 when not).
func answerDate(s string) (year int, month time.Month, day int, ok bool) {
	l := strings.ToLower(s)
	if m := isoDate.FindStringSubmatch(l); m != nil {
		return atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), true
	}
	if m := monthDay.FindStringSubmatch(l); m != nil {
		return atoi(m[3]), monthOf(m[1]), atoi(m[2]), true
	}
	if m := dayMonth.FindStringSubmatch(l); m != nil {
		return atoi(m[3]), monthOf(m[2]), atoi(m[1]), true
	}
	return 0, 0, 0, false
}

func monthOf(name string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), name[:3]) {
			return m
		}
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// checkDate accepts the expected day however it is written; a wrong year
// or weekday written beside it makes the answer wrong, a missing year is
// fine when the question does not turn on it.
func checkDate(q Question, answer string) (Verdict, string) {
	want, err := time.Parse("2006-01-02", q.Date)
	if err != nil {
		return checkName(q, Normalize(answer))
	}
	year, month, day, ok := answerDate(answer)
	if !ok {
		if w := weekdayName.FindString(answer); w != "" {
			if strings.EqualFold(w, want.Weekday().String()) {
				return Partial, "Right day of the week; now give the date too. " + q.Explanation
			}
			return Incorrect, q.Explanation
		}
		return Unclear, "Answer with a date, for example March 13 or 13 March 2024."
	}
	if month != want.Month() || day != want.Day() || (year != 0 && year != want.Year()) {
		return Incorrect, q.Explanation
	}
	if w := weekdayName.FindString(answer); w != "" && !strings.EqualFold(w, want.Weekday().String()) {
		return Incorrect, fmt.Sprintf("The date is right but %s was a %s. %s", want.Format("January 2"), want.Weekday(), q.Explanation)
	}
	return Correct, q.Explanation
}
