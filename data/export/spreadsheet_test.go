package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-app/lede/data/quiz"
)

// gameHeader is the header row of Kahoot's quiz spreadsheet, as
// exams2kahoot (R/exams) writes it for import.
var gameHeader = []string{"Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit (sec)", "Correct answer(s)"}

// fitsAGame restates the spreadsheet's rule from the games' limits: a
// question answered by picking, at most 4 answers, a question of at most
// 120 characters and answers of at most 75.
func fitsAGame(q quiz.Question) bool {
	options := q.Choices
	switch q.Kind {
	case quiz.YesNo:
		options = []string{"Yes", "No"}
	case quiz.Choice, quiz.WhatIsWrong, quiz.FindSentence:
	default:
		return false
	}
	if len(options) > 4 || utf8.RuneCountInString(fold(q.Prompt)) > 120 {
		return false
	}
	for _, o := range options {
		if utf8.RuneCountInString(fold(o)) > 75 {
			return false
		}
	}
	return true
}

// TestSpreadsheetRoundTrip reads each test lesson's spreadsheet back with
// encoding/csv: one row per question that fits a quiz game, with its
// answers in order and the number of the right one; every other question
// is listed as left out, with a reason.
func TestSpreadsheetRoundTrip(t *testing.T) {
	kept := 0
	for _, l := range lessons(t) {
		t.Run(l.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Spreadsheet(&buf, l.article, l.questions); err != nil {
				t.Fatal(err)
			}
			body, ok := strings.CutPrefix(buf.String(), "\ufeff")
			if !ok {
				t.Error("no byte-order mark: Excel would misread accents")
			}
			rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
			if err != nil || len(rows) == 0 || !slices.Equal(rows[0], gameHeader) {
				t.Fatalf("header %v, %v; want %v", rows, err, gameHeader)
			}
			rows = rows[1:]
			left := map[string]bool{}
			for _, o := range SpreadsheetLeftOut(l.questions) {
				left[o.ID] = o.Why != "" && l.questions[o.Number-1].ID == o.ID
			}
			for _, q := range l.questions {
				if !fitsAGame(q) {
					if !left[q.ID] {
						t.Errorf("%s (%s) is neither in the sheet nor listed as left out with a reason", q.ID, q.Kind)
					}
					continue
				}
				if left[q.ID] || len(rows) == 0 {
					t.Errorf("%s (%s) fits a quiz game but was left out", q.ID, q.Kind)
					continue
				}
				checkGameRow(t, q, rows[0])
				rows, kept = rows[1:], kept+1
			}
			if len(rows) > 0 {
				t.Errorf("%d rows more than questions that fit: %v", len(rows), rows)
			}
		})
	}
	if kept < 10 {
		t.Errorf("only %d questions in all the sheets; the test proves little", kept)
	}
}

func checkGameRow(t *testing.T, q quiz.Question, row []string) {
	t.Helper()
	options := q.Choices
	if q.Kind == quiz.YesNo {
		options = []string{"Yes", "No"}
	}
	var right []string
	want := []string{fold(q.Prompt), "", "", "", "", "60", ""}
	for i, o := range options {
		want[1+i] = fold(o)
		if strings.EqualFold(o, q.Answer) {
			right = append(right, strconv.Itoa(i+1))
		}
	}
	want[6] = strings.Join(right, ",")
	if len(right) != 1 || !slices.Equal(row, want) {
		t.Errorf("%s: row %q; want %q", q.ID, row, want)
	}
}

func TestSpreadsheetOmissions(t *testing.T) {
	long := strings.Repeat("word ", 30)
	tests := []struct {
		name string
		q    quiz.Question
		why  string
	}{
		{"typed", quiz.Question{Kind: quiz.Who, Prompt: "Who?"}, "students type its answer"},
		{"five options", quiz.Question{Kind: quiz.Choice, Prompt: "Which?", Choices: []string{"a", "b", "c", "d", "e"}}, "5 options"},
		{"long question", quiz.Question{Kind: quiz.YesNo, Prompt: long}, "120 characters"},
		{"long option", quiz.Question{Kind: quiz.FindSentence, Prompt: "Which?", Choices: []string{"a", long}}, "75 characters"},
		{"fits", quiz.Question{Kind: quiz.WhatIsWrong, Prompt: "What?", Choices: []string{"a", "b"}}, ""},
	}
	for _, tt := range tests {
		why, left := spreadsheetOmission(tt.q)
		if left != (tt.why != "") || !strings.Contains(why, tt.why) {
			t.Errorf("%s: left out %v, %q; want %q", tt.name, left, why, tt.why)
		}
	}
}

// TestSpreadsheetFormulaCells: an option that starts like a formula is
// kept as text, so opening the sheet runs nothing.
func TestSpreadsheetFormulaCells(t *testing.T) {
	a, qs := fixture(t)
	q := qs[5]
	q.Choices = []string{"=HYPERLINK(\"http://x\")", q.Answer}
	var buf bytes.Buffer
	if err := Spreadsheet(&buf, a, []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `'=HYPERLINK`) {
		t.Errorf("a formula went into the sheet as one:\n%s", buf.String())
	}
}
