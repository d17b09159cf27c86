package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// Spreadsheet writes the questions a student answers by picking — yes or
// no, and multiple choice — as CSV in the layout of Kahoot's quiz
// spreadsheet, which Quizizz-style quiz games import too: a question, up
// to four answers, a time limit and the number of the right answer. The
// rest are left out (see SpreadsheetLeftOut): a quiz game has no typed
// answers, and limits the length of questions and answers. There is no
// column for the article or the explanation.
func Spreadsheet(w io.Writer, a *article.Article, qs []quiz.Question) error {
	rows, err := spreadsheetRows(a, qs)
	if err != nil {
		return err
	}
	if err := classroom.WriteTable(w, gameColumns, rows); err != nil {
		return fmt.Errorf("export: spreadsheet: %w", err)
	}
	return nil
}

// gameColumns head the quiz game's sheet, as Kahoot's template names
// them.
var gameColumns = []string{"Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit (sec)", "Correct answer(s)"}

// spreadsheetRows are the sheet's rows under its header, one for each
// question a quiz game can hold: the same for CSV and .xlsx.
func spreadsheetRows(a *article.Article, qs []quiz.Question) ([][]string, error) {
	if err := quiz.ValidateAll(qs, len(a.Source), len(a.Sentences)); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	var rows [][]string
	for _, q := range qs {
		if _, left := spreadsheetOmission(q); left {
			continue
		}
		options := spreadsheetOptions(q)
		row := []string{plain(q.Prompt), "", "", "", "", strconv.Itoa(gameSeconds), ""}
		var right []string
		for i, o := range options {
			row[1+i] = o
			if rightOption(q, o) {
				right = append(right, strconv.Itoa(i+1))
			}
		}
		row[6] = strings.Join(right, ",")
		rows = append(rows, row)
	}
	return rows, nil
}

// Limits of a quiz game's question, from Kahoot's spreadsheet template.
const (
	gameQuestionRunes = 120
	gameAnswerRunes   = 75
	gameAnswers       = 4
	// gameSeconds is each question's time limit, one of the game's own
	// (5, 10, 20, 30, 60, 90, 120, 240): a minute to read a question
	// about an article and think.
	gameSeconds = 60
)

// yesNoOptions are a yes-or-no question's two answers.
var yesNoOptions = []string{"Yes", "No"}

// spreadsheetOptions are the answers a question offers, folded.
func spreadsheetOptions(q quiz.Question) []string {
	if q.Kind == quiz.YesNo {
		return yesNoOptions
	}
	out := make([]string, len(q.Choices))
	for i, c := range q.Choices {
		out[i] = plain(c)
	}
	return out
}

// rightOption reports whether an answer of q is a right one.
func rightOption(q quiz.Question, o string) bool {
	if q.Kind == quiz.YesNo {
		return (o == "Yes") == isYes(q)
	}
	return rightChoice(q, o)
}

// spreadsheetOmission says why q has no place in a quiz game's
// spreadsheet, in a teacher's words.
func spreadsheetOmission(q quiz.Question) (why string, left bool) {
	if q.Kind != quiz.YesNo && kindTypes[q.Kind] != multiChoice {
		return "students type its answer; a quiz game only has answers to pick", true
	}
	options := spreadsheetOptions(q)
	if len(options) > gameAnswers {
		return fmt.Sprintf("it has %d options; a quiz game shows at most %d", len(options), gameAnswers), true
	}
	if utf8.RuneCountInString(plain(q.Prompt)) > gameQuestionRunes {
		return fmt.Sprintf("its wording is longer than the %d characters a quiz game's question may have", gameQuestionRunes), true
	}
	for _, o := range options {
		if utf8.RuneCountInString(o) > gameAnswerRunes {
			return fmt.Sprintf("an option is longer than the %d characters a quiz game's answer may have", gameAnswerRunes), true
		}
	}
	return "", false
}

// Omission is a question a format leaves out, and why.
type Omission struct {
	// Number counts from 1 in the lesson.
	Number   int
	ID, Kind string
	Why      string
}

// SpreadsheetLeftOut lists the questions Spreadsheet leaves out.
func SpreadsheetLeftOut(qs []quiz.Question) []Omission {
	var out []Omission
	for i, q := range qs {
		if why, left := spreadsheetOmission(q); left {
			out = append(out, Omission{Number: i + 1, ID: q.ID, Kind: quiz.KindLabel(q.Kind), Why: why})
		}
	}
	return out
}
