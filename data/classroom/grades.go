package classroom

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// GradeRow is one student's result in one lesson.
type GradeRow struct {
	Student   string
	Lesson    string
	Answered  int
	Correct   int
	Questions int
}

// WriteGrades writes grades as CSV for a spreadsheet (see WriteTable).
func WriteGrades(w io.Writer, rows []GradeRow) error {
	records := make([][]string, 0, len(rows))
	for _, r := range rows {
		score := 0
		if r.Questions > 0 {
			score = (100*r.Correct + r.Questions/2) / r.Questions
		}
		records = append(records, []string{r.Student, r.Lesson,
			fmt.Sprint(r.Answered), fmt.Sprint(r.Correct), fmt.Sprint(r.Questions), fmt.Sprint(score)})
	}
	if err := WriteTable(w, []string{"Student", "Lesson", "Answered", "Correct", "Questions", "Score (%)"}, records); err != nil {
		return fmt.Errorf("write grades: %w", err)
	}
	return nil
}

// WriteTable writes a table as CSV that opens cleanly in Excel and
// LibreOffice: UTF-8 with a byte-order mark (so Excel reads accents),
// CRLF line ends, and cells that would start a formula ("=", "+", "-",
// "@") prefixed with an apostrophe, so a name cannot run as one.
func WriteTable(w io.Writer, header []string, rows [][]string) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	records := [][]string{header}
	for _, r := range rows {
		safe := make([]string, len(r))
		for i, c := range r {
			safe[i] = safeCell(c)
		}
		records = append(records, safe)
	}
	return cw.WriteAll(records)
}

// safeCell keeps a spreadsheet from reading a cell as a formula.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
