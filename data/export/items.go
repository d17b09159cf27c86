package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/textnum"
)

// qtype is a native question type, by Moodle's name for it.
type qtype string

// The native types Lede's kinds become.
const (
	trueFalse   qtype = "truefalse"
	shortAnswer qtype = "shortanswer"
	numerical   qtype = "numerical"
	multiChoice qtype = "multichoice"
)

// kindTypes maps each kind of question to the nearest native type. A
// date has no type of its own on the platforms, so a when question is a
// short answer that takes the usual spellings of its day.
var kindTypes = map[quiz.Kind]qtype{
	quiz.YesNo:        trueFalse,
	quiz.HowMany:      numerical,
	quiz.Choice:       multiChoice,
	quiz.Who:          shortAnswer,
	quiz.When:         shortAnswer,
	quiz.WhatIsWrong:  multiChoice,
	quiz.FindSentence: multiChoice,
	quiz.ShortAnswer:  shortAnswer,
}

// item is one question as both formats write it: texts already folded,
// HTML where the platform reads HTML, not yet escaped for the file.
type item struct {
	ID       string
	Kind     quiz.Kind
	Type     qtype
	Text     string // HTML
	Feedback string // HTML
	// True is a true/false question's answer.
	True    bool
	Answers []answer
}

// answer is one answer of a short-answer, numerical or multiple-choice
// question.
type answer struct {
	// Text is HTML for a multiple-choice option, a pattern (see
	// shortAnswerPattern) for a short answer, a number for a numerical
	// question.
	Text string
	// Fraction is the share of the marks, in per cent.
	Fraction int
	// Tolerance is a numerical answer's margin, either way.
	Tolerance string
	Feedback  string // HTML; may be empty
}

// items turns the questions into the formats' common model, or says
// which question cannot be exported: one Lede itself could not ask or
// check (no answer key, no right option) would be misread by the
// platform — a short answer with no answers is an essay to Moodle.
func items(a *article.Article, qs []quiz.Question) ([]item, error) {
	if err := quiz.ValidateAll(qs, len(a.Source), len(a.Sentences)); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	out := make([]item, 0, len(qs))
	for _, q := range qs {
		t, ok := kindTypes[q.Kind]
		if !ok {
			return nil, fmt.Errorf("export: question %s: Lede cannot export a question of kind %q", q.ID, q.Kind)
		}
		it := item{ID: q.ID, Kind: q.Kind, Type: t, Text: promptHTML(q), Feedback: feedbackHTML(a, q)}
		switch t {
		case trueFalse:
			it.True = isYes(q)
		case shortAnswer:
			for _, s := range shortAnswers(q) {
				it.Answers = append(it.Answers, answer{Text: shortAnswerPattern(s), Fraction: 100})
			}
		case numerical:
			it.Answers = numberAnswers(q)
		case multiChoice:
			for _, c := range q.Choices {
				it.Answers = append(it.Answers, answer{Text: htmlText(c), Fraction: 100 * boolInt(rightChoice(q, c))})
			}
		}
		out = append(out, it)
	}
	return out, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// shortAnswers are the answers a short-answer question accepts: every
// answer in the key and, for a date, the usual ways to write that day.
// A platform matches them whole (ignoring case), not as forgivingly as
// Lede does, so the list is what keeps a right answer right.
func shortAnswers(q quiz.Question) []string {
	all := q.Accepted
	if q.Kind == quiz.When {
		all = append(append([]string{}, q.Accepted...), dateSpellings(q.Date)...)
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range all {
		s = plain(s)
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// dateSpellings writes a day (2006-01-02) as students write it, with and
// without the year and the weekday; nothing for a day that is not one.
func dateSpellings(day string) []string {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return nil
	}
	var out []string
	for _, layout := range dateLayouts {
		out = append(out, d.Format(layout))
	}
	return out
}

// dateLayouts are the spellings of a day a when question accepts: month
// first and day first, with and without the year and the weekday. Only
// names of months, never 3/6/2025, which reads differently on each side
// of the Atlantic.
var dateLayouts = []string{
	"January 2, 2006", "January 2 2006", "2 January 2006", "January 2", "2 January",
	"Monday, January 2, 2006", "Monday 2 January 2006", "Monday, January 2", "Monday 2 January",
}

// shortAnswerPattern writes an answer as a Moodle short-answer pattern,
// where * stands for any text: a star in the answer itself is escaped.
// GIFT reads "->" in an answer as a matching question, so it is written
// "-*>", which still matches it.
func shortAnswerPattern(s string) string {
	s = strings.ReplaceAll(s, "*", `\*`)
	return strings.ReplaceAll(s, "->", "-*>")
}

// numberAnswers are a how-many question's answers. An approximate number
// is right within ApproxTolerancePercent. An exact one is right when
// exact, and earns closeCredit within the same margin, as Lede calls it
// close; the platform takes the first answer that matches, so the exact
// one comes first. A place in an order ("the 81st minute") is right or
// wrong, never close.
func numberAnswers(q quiz.Question) []answer {
	v := number(q.Value)
	margin := number(math.Abs(q.Value) * ApproxTolerancePercent / 100)
	if q.Approx {
		return []answer{{Text: v, Fraction: 100, Tolerance: margin}}
	}
	exact := []answer{{Text: v, Fraction: 100, Tolerance: "0"}}
	if _, ordinal := textnum.Ordinal(q.Answer); ordinal || q.Value == 0 {
		return exact
	}
	close := "<p>" + htmlText("Close, but the article gives the exact number "+plain(q.Answer)+".") + "</p>"
	return append(exact, answer{Text: v, Fraction: closeCredit, Tolerance: margin, Feedback: close})
}

// number writes a number as both formats read it: plain decimals, no
// exponent, no digit grouping.
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
