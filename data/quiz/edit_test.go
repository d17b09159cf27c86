package quiz

import "testing"

func TestTidy(t *testing.T) {
	q := Question{Kind: Choice, Prompt: " Which source? ", Answer: "CNBC ", Distractors: []string{"Reuters", "", "reuters", "CNBC"}}
	if !q.Tidy() {
		t.Fatal("a complete question was refused")
	}
	if q.Prompt != "Which source?" || len(q.Accepted) != 1 || q.Accepted[0] != "CNBC" || len(q.Distractors) != 2 || len(q.Choices) != 2 {
		t.Errorf("tidied: %+v", q)
	}
	n := Question{Kind: HowMany, Prompt: "How many?", Answer: "36,446"}
	if !n.Tidy() || n.Value != 36446 || Check(n, "36446").Verdict != Correct {
		t.Errorf("how-many: %+v", n)
	}
	y := Question{Kind: YesNo, Prompt: "Does it?", Answer: "No", Accepted: []string{"yes"}}
	if !y.Tidy() || y.Accepted[0] != "no" || Check(y, "nope").Verdict != Correct {
		t.Errorf("yes/no: %+v", y)
	}
	if (&Question{Kind: ShortAnswer, Prompt: "Who?"}).Tidy() {
		t.Error("a question without an answer was accepted")
	}
	if a, b := NewQuestionID(), NewQuestionID(); a == b {
		t.Error("two new questions got the same ID")
	}
}
