// Package grading decides which of a student's tries at a question
// counts, and when the answer may be shown. The dashboard, the grade
// sheet and the quiz panel all ask this one package, so a teacher sees
// the same score everywhere and a student cannot turn a wrong answer
// into a right one by typing the key the panel revealed.
package grading

// Verdicts, as the checker and the store spell them.
const (
	Correct   = "correct"
	Partial   = "partial"
	Incorrect = "incorrect"
)

// Try is one checked answer, in the order it was given: Lede's verdict
// and, when the teacher replaced it, theirs.
type Try struct {
	Verdict  string
	Override string
}

// verdict is the try's verdict, the teacher's first.
func (t Try) verdict() string {
	if t.Override != "" {
		return t.Override
	}
	return t.Verdict
}

// Counted returns the verdict that counts for a question, given the tries
// in the order they were made and how many tries the lesson allows
// (0: no limit). The rule: the first correct answer within the allowed
// tries counts; failing that, a partly right one; failing that, the
// answer is wrong. Tries beyond the allowance never count (a results file
// may hold them; the panel does not offer them), and a later wrong try
// never takes away a right one. ok is false when there is no try.
func Counted(tries []Try, allowed int) (verdict string, ok bool) {
	return CountedBy(tries, allowed, Best)
}

// Rule says which try counts, the teacher's choice for a lesson.
type Rule = string

// The rules: Best, the default, is the first right try within the tries
// allowed (else a partly right one); First is the first try alone; Last
// is the last try within the tries allowed.
const (
	Best  Rule = ""
	First Rule = "first"
	Last  Rule = "last"
)

// Rules lists the rules, the default first.
var Rules = []Rule{Best, First, Last}

// CountedBy returns the verdict that counts for a question under rule:
// ok is false when there is no try.
func CountedBy(tries []Try, allowed int, rule Rule) (verdict string, ok bool) {
	if allowed > 0 && len(tries) > allowed {
		tries = tries[:allowed]
	}
	if len(tries) == 0 {
		return "", false
	}
	switch rule {
	case First:
		return tries[0].verdict(), true
	case Last:
		return tries[len(tries)-1].verdict(), true
	}
	return best(tries), true
}

// best is the first right try's verdict, else partly right if any try
// was, else wrong.
func best(tries []Try) string {
	verdict := Incorrect
	for _, t := range tries {
		switch t.verdict() {
		case Correct:
			return Correct
		case Partial:
			verdict = Partial
		}
	}
	return verdict
}

// KeyShown reports whether the panel may show the answer after the tries
// so far: once the student is right, or has no tries left. While tries
// remain, showing the key would let them copy it into the next one.
func KeyShown(tries []Try, allowed int) bool {
	for _, t := range tries {
		if t.verdict() == Correct {
			return true
		}
	}
	return allowed > 0 && len(tries) >= allowed
}
