package quiz

import "strings"

// Everything about each kind of question, in one table: what a teacher
// calls it, whether the student picks from choices, whether the answer
// key takes the article's other names for a person, and the checker. A
// test parses this package and fails if a Kind constant is missing here.

// kindSpec describes one kind of question.
type kindSpec struct {
	// Label names the kind for a teacher: "Yes or no".
	Label string
	// Picks is true when the student picks one of Choices.
	Picks bool
	// aliases widens the key with the article's other names for it.
	aliases bool
	// check judges an answer, given as typed and normalised.
	check func(q Question, answer, norm string) (Verdict, string)
}

var kinds = map[Kind]kindSpec{
	YesNo:        {"Yes or no", false, false, func(q Question, _, norm string) (Verdict, string) { return checkYesNo(q, norm) }},
	HowMany:      {"How many", false, false, func(q Question, answer, _ string) (Verdict, string) { return checkNumber(q, answer) }},
	Choice:       {"Multiple choice", true, true, func(q Question, _, norm string) (Verdict, string) { return checkChoice(q, norm) }},
	Who:          {"Who", false, true, func(q Question, _, norm string) (Verdict, string) { return checkName(q, norm) }},
	When:         {"When", false, false, func(q Question, answer, _ string) (Verdict, string) { return checkDate(q, answer) }},
	WhatIsWrong:  {"Spot the trap", true, false, func(q Question, _, norm string) (Verdict, string) { return checkChoice(q, norm) }},
	FindSentence: {"Find the sentence", true, false, func(q Question, _, norm string) (Verdict, string) { return checkChoice(q, norm) }},
	ShortAnswer:  {"Short answer", false, true, checkShortAnswer},
}

// TeacherKinds are the kinds a teacher may give a question of their own,
// each checked by its own checker.
var TeacherKinds = []Kind{ShortAnswer, YesNo, HowMany, Choice, Who, When, FindSentence}

// KindLabel names a kind of question for a teacher, or returns "" for a
// kind this version does not know.
func KindLabel(k Kind) string { return kinds[k].Label }

// Picks reports whether a student answers k by picking one of Choices.
func Picks(k Kind) bool { return kinds[k].Picks }

// Known reports whether k is a kind of question this version can check.
func Known(k Kind) bool {
	_, ok := kinds[k]
	return ok
}

// auxiliaries open a question that asks yes or no: "Does …?", "Was …?".
var auxiliaries = wordSet("do does did is are was were has have had can could will would should shall may might must")

// InferKind says how to check a teacher's question from its wording and
// its key, as a teacher adding a question expects: "Did they sign it?"
// keyed "No" is a yes-or-no question, whatever words the student uses
// ("nope", "not really, he has doubts"). Anything else is a short answer,
// whose checker reads numbers, units and names.
func InferKind(prompt string, accepted []string) Kind {
	if len(accepted) == 0 {
		return ShortAnswer
	}
	key := Normalize(accepted[0])
	if (key == "yes" || key == "no") && opensWithAuxiliary(prompt) {
		return YesNo
	}
	return ShortAnswer
}

// opensWithAuxiliary reports whether a question opens with an auxiliary
// verb, or does so after a lead-in clause: "According to Tanase, were the
// comments strong enough?", "Under the new Act, is it an offence?".
func opensWithAuxiliary(prompt string) bool {
	clauses := []string{prompt}
	if _, rest, ok := strings.Cut(prompt, ","); ok {
		clauses = append(clauses, rest)
	}
	for _, c := range clauses {
		if f := strings.Fields(Normalize(c)); len(f) > 0 && auxiliaries[f[0]] {
			return true
		}
	}
	return false
}
