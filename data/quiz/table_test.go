package quiz

import (
	"encoding/json"
	"os"
	"testing"
)

// answerTable is testdata/answers.json: questions of every kind and the
// answers students give them, each with the verdict a teacher expects.
type answerTable struct {
	Questions map[string]Question `json:"questions"`
	Cases     [][3]string         `json:"cases"`
}

func loadAnswerTable(t testing.TB) answerTable {
	raw, err := os.ReadFile("testdata/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	var tab answerTable
	if err := json.Unmarshal(raw, &tab); err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestAnswerTable runs the table: at least 300 answers across all kinds
// of question, in the students' own words.
func TestAnswerTable(t *testing.T) {
	tab := loadAnswerTable(t)
	if len(tab.Cases) < 300 {
		t.Fatalf("%d cases; the table should hold at least 300", len(tab.Cases))
	}
	kinds := map[Kind]int{}
	for _, c := range tab.Cases {
		q, ok := tab.Questions[c[0]]
		if !ok {
			t.Fatalf("case %q names no question", c)
		}
		q.ID = c[0]
		kinds[q.Kind]++
		r := Check(q, c[1])
		if string(r.Verdict) != c[2] {
			t.Errorf("%s: %q → %s; want %s (%s)", c[0], c[1], r.Verdict, c[2], r.Explanation)
		}
		if r.Explanation == "" {
			t.Errorf("%s: %q has no explanation", c[0], c[1])
		}
	}
	for _, k := range []Kind{YesNo, HowMany, Choice, Who, When, WhatIsWrong, FindSentence, ShortAnswer} {
		if kinds[k] == 0 {
			t.Errorf("no case for %s questions", k)
		}
	}
}
