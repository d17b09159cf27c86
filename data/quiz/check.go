package quiz

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/textnum"
)

// Verdict is the outcome of checking one answer.
type Verdict string

// The verdicts.
const (
	Correct   Verdict = "correct"
	Partial   Verdict = "partial"
	Incorrect Verdict = "incorrect"
	// Unclear means the answer could not be judged (empty, "I don't
	// know", "yes and no"): the student is asked to try again.
	Unclear Verdict = "unclear"
)

// Result is a verdict with its explanation and evidence.
type Result struct {
	QuestionID  string       `json:"question_id"`
	Verdict     Verdict      `json:"verdict"`
	Explanation string       `json:"explanation"`
	Sentence    int          `json:"sentence"`
	Evidence    article.Span `json:"evidence"`
}

// MaxAnswerLen bounds the answer text that is read; longer answers are
// judged on their first MaxAnswerLen bytes so a check never stalls.
const MaxAnswerLen = 4096

// Check judges a student's answer to q.
func Check(q Question, answer string) Result {
	if len(answer) > MaxAnswerLen {
		answer = answer[:MaxAnswerLen]
	}
	r := Result{QuestionID: q.ID, Sentence: q.Sentence, Evidence: q.Evidence}
	norm := Normalize(answer)
	if norm == "" {
		r.Verdict, r.Explanation = Unclear, "Type an answer first."
		return r
	}
	if isDontKnow(norm) && !isAccepted(q, norm) {
		r.Verdict, r.Explanation = Unclear, "Have another look at the article and give it a try."
		return r
	}
	if q.Explanation == "" {
		q.Explanation = "The answer is " + q.Answer + "."
	}
	switch q.Kind {
	case YesNo:
		r.Verdict, r.Explanation = checkYesNo(q, norm)
	case HowMany:
		r.Verdict, r.Explanation = checkNumber(q, answer)
	case Choice, WhatIsWrong, FindSentence:
		r.Verdict, r.Explanation = checkChoice(q, norm)
	case When:
		r.Verdict, r.Explanation = checkDate(q, answer)
	case ShortAnswer:
		r.Verdict, r.Explanation = checkPhrase(q, answer)
	default:
		r.Verdict, r.Explanation = checkName(q, norm)
	}
	return r
}

// isAccepted reports whether a normalised answer is one of the accepted
// answers word for word ("yes or no" can be the key, not a shrug).
func isAccepted(q Question, norm string) bool {
	for _, a := range q.Accepted {
		if Normalize(a) == norm {
			return true
		}
	}
	return false
}

func checkYesNo(q Question, norm string) (Verdict, string) {
	p := Polarity(norm)
	switch {
	case p == "":
		return Unclear, "Answer yes or no, then say why if you like."
	case p == q.Accepted[0]:
		return Correct, q.Explanation
	default:
		return Incorrect, q.Explanation
	}
}

func checkNumber(q Question, answer string) (Verdict, string) {
	v, ok := textnum.Parse(answer)
	if !ok {
		return Unclear, "Answer with one number, for example 1,200 or 3 million."
	}
	if v == q.Value {
		return Correct, q.Explanation
	}
	if q.Value != 0 && math.Abs(v-q.Value)/math.Abs(q.Value) <= 0.1 {
		return Partial, fmt.Sprintf("Close, but the article gives the exact number %s. %s", q.Answer, q.Explanation)
	}
	return Incorrect, q.Explanation
}

func checkChoice(q Question, norm string) (Verdict, string) {
	pick := ""
	if n, err := strconv.Atoi(norm); err == nil && n >= 1 && n <= len(q.Choices) {
		pick = q.Choices[n-1]
	}
	for _, c := range q.Choices {
		if Normalize(c) == norm {
			pick = c
		}
	}
	if pick == "" {
		// A typed answer rather than a picked one: judge it as a name.
		return checkName(q, norm)
	}
	if containsFold(q.Accepted, pick) {
		return Correct, q.Explanation
	}
	return Incorrect, q.Explanation
}

// checkName accepts any name the article uses for the answer, whole or
// inside a longer answer, and small typos; an answer that names another
// entity from the same article is wrong however close its spelling.
func checkName(q Question, norm string) (Verdict, string) {
	accepted := normalizeAll(q.Accepted)
	wrong := withSurnames(normalizeAll(q.Distractors), accepted)
	for _, a := range accepted {
		if norm == a || containsPhrase(norm, a) {
			if containsAnyPhrase(norm, wrong) {
				return Unclear, "Your answer names more than one person or source. Pick one."
			}
			return Correct, q.Explanation
		}
	}
	for _, w := range wrong {
		if norm == w || containsPhrase(norm, w) {
			return Incorrect, q.Explanation
		}
	}
	if best, typo := closestName(norm, accepted, wrong); best != "" && typo {
		return Correct, "Check the spelling: " + q.Answer + ". " + q.Explanation
	}
	return Incorrect, q.Explanation
}

func normalizeAll(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if n := Normalize(s); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// containsPhrase reports whether phrase occurs in s as whole words.
func containsPhrase(s, phrase string) bool {
	return strings.Contains(" "+s+" ", " "+phrase+" ")
}

func containsAnyPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if containsPhrase(s, p) {
			return true
		}
	}
	return false
}

// withSurnames adds the last word of each multi-word wrong name ("trump"
// for "donald trump"), as articles refer to people by surname, unless that
// word is itself an accepted answer.
func withSurnames(wrong, accepted []string) []string {
	out := append([]string(nil), wrong...)
	for _, w := range wrong {
		words := strings.Fields(w)
		if len(words) < 2 {
			continue
		}
		last := words[len(words)-1]
		if len(last) > 2 && !containsFold(accepted, last) && !containsFold(out, last) {
			out = append(out, last)
		}
	}
	return out
}
