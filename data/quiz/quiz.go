// Package quiz turns an article's facts into questions and checks a
// student's answers against them. Every question and every verdict carries
// its evidence: the sentence of the article that settles it.
//
// The package is pure: the same article always gives the same questions,
// with the same IDs, in the same order.
package quiz

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"

	"github.com/lede-app/lede/data/article"
)

// Kind is the form of a question and of the answer it expects.
type Kind string

// The kinds of question.
const (
	// YesNo expects yes or no, in the student's own words.
	YesNo Kind = "yes-no"
	// HowMany expects a number.
	HowMany Kind = "how-many"
	// Choice expects one of Choices.
	Choice Kind = "choice"
	// Who expects a name from the article.
	Who Kind = "who"
	// When expects a date.
	When Kind = "when"
	// WhatIsWrong asks which trap a headline or sentence holds; the
	// student picks one of Choices.
	WhatIsWrong Kind = "what-is-wrong"
	// FindSentence asks which sentence proves a fact; Choices are
	// sentences of the article.
	FindSentence Kind = "find-sentence"
	// ShortAnswer expects a short phrase in the student's own words: a
	// name, a term, a place. Teachers' own questions are of this kind.
	ShortAnswer Kind = "short-answer"
)

// Question is one quiz question with its answer key.
type Question struct {
	// ID is stable: the same article gives the same IDs on every run.
	ID     string `json:"id"`
	Kind   Kind   `json:"kind"`
	Prompt string `json:"prompt"`
	// Choices are the options of a Choice question, in display order.
	Choices []string `json:"choices,omitempty"`
	// Answer is the answer as shown to a student after checking.
	Answer string `json:"answer"`
	// Accepted lists every answer that counts as correct: for a Who
	// question, each name the article uses for the person.
	Accepted []string `json:"accepted"`
	// Value is the expected number of a HowMany question.
	Value float64 `json:"value,omitempty"`
	// Approx marks a HowMany question whose number the article gives as
	// approximate ("over 15 million"): a close answer is correct.
	Approx bool `json:"approx,omitempty"`
	// Date is the expected day of a When question, as 2006-01-02.
	Date string `json:"date,omitempty"`
	// Distractors are wrong answers of the same kind from the same
	// article: close in spelling to one of them is still wrong.
	Distractors []string `json:"distractors,omitempty"`
	// Said are the article's sentences that give a teacher's key
	// (KeySentences): a right answer that adds a figure, a place or a
	// period they do not give ("Murat Kaya, aged 16" where the article
	// says he is 61) is wrong. A teacher's yes/no question carries all
	// the article's sentences too (ArticleSentences): a reason the
	// article does not give is wrong (held-out set 20). Empty for
	// generated questions.
	Said []string `json:"said,omitempty"`
	// Sentence indexes the article's sentences; Evidence is its span.
	Sentence int          `json:"sentence"`
	Evidence article.Span `json:"evidence"`
	// Explanation says why the answer is what it is, in plain words.
	Explanation string `json:"explanation"`
	// Difficulty runs from 1 (read it off one sentence) to 3 (spot a trap).
	Difficulty int `json:"difficulty"`
	// Source names the fact the question was made from, for reviewers.
	Source string `json:"source"`
	// Reason says, in the teacher's words, why Lede chose to ask it:
	// "who said what, in the opening paragraph".
	Reason string `json:"reason,omitempty"`
	score  int    // rank among candidates
	key    string // one question per key: the evidence sentence or heading
	order  int    // reading order: headings first, then the text
	// shows are the other sentences a question shows whole, or as their
	// claims, in its options: a question on one of them is not asked
	// beside it, since the option answers it ("Michael Madden … said
	// Jong-un is desperate …" as an option answers "in what way does the
	// article say that Jong-un is desperate …?": r104, G).
	shows []int
}

// stableID derives a question's ID from its kind, what it asks about and
// its evidence.
func stableID(kind Kind, about, evidence string) string {
	h := sha1.Sum([]byte(string(kind) + "\x00" + about + "\x00" + evidence))
	return "q" + hex.EncodeToString(h[:5])
}

// Find returns the question with the given ID.
func Find(qs []Question, id string) (Question, bool) {
	for _, q := range qs {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// FirstUnanswered returns the index of the first question with no answer
// in answered, or len(qs) when every question has one.
func FirstUnanswered(qs []Question, answered map[string]bool) int {
	for i, q := range qs {
		if !answered[q.ID] {
			return i
		}
	}
	return len(qs)
}

// CountNote tells the teacher, in plain words, how many questions the
// article gave when asked for asked: a shorter quiz is said, not hidden.
func CountNote(got, asked int) string {
	switch {
	case got == 0:
		return "Lede found no questions it could ask well about this article. Add your own with “Add a question”."
	case got < asked:
		return fmt.Sprintf("%d good %s from this article. You asked for %d; Lede leaves out questions it cannot make well rather than pad the quiz. Add your own if you want more.", got, questions(got), asked)
	}
	return fmt.Sprintf("%d %s from this article.", got, questions(got))
}

// questions is "question" or "questions", as n needs: quizzes of one
// question are common on short articles now that drills are capped.
func questions(n int) string {
	if n == 1 {
		return "question"
	}
	return "questions"
}
