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
	if allowed > 0 && len(tries) > allowed {
		tries = tries[:allowed]
	}
	if len(tries) == 0 {
		return "", false
	}
	best := Incorrect
	for _, t := range tries {
		switch t.verdict() {
		case Correct:
			return Correct, true
		case Partial:
			best = Partial
		}
	}
	return best, true
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
