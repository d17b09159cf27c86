package store

import (
	"bytes"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
)

// TestCopiedFileDoesNotWinSilently reproduces issue 16's pre-emption: Eve
// hands in a copy of Ada's file under her own name before Ada's real file
// arrives. Ada's answers are not lost as "already imported": they wait
// as conflicts, grouped as one choice, and the teacher can give them back
// to Ada, keeping Eve's version on record.
func TestCopiedFileDoesNotWinSilently(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[{"id":"q1","kind":"yes-no","prompt":"Did it vote?","answer":"Yes","accepted":["yes"]},
		{"id":"q2","kind":"yes-no","prompt":"Did it pass?","answer":"No","accepted":["no"]}]`, 2, 0)
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	file := func(student string) []byte {
		var buf bytes.Buffer
		classroom.WriteResults(&buf, classroom.Results{LessonKey: "k1", Student: student, Attempts: []classroom.Attempt{
			{UUID: "u1", QuestionID: "q1", Answer: "yes", At: at}, {UUID: "u2", QuestionID: "q2", Answer: "no", At: at},
		}})
		return buf.Bytes()
	}
	if _, rep, _ := s.ImportResultsFile("eve.lederesults", file("Eve")); rep.Added != 2 {
		t.Fatalf("Eve's copy: %+v", rep)
	}
	_, rep, err := s.ImportResultsFile("ada.lederesults", file("Ada"))
	if err != nil || rep.Conflicts != 2 || rep.Added != 0 {
		t.Fatalf("Ada's real file: %+v, %v; want two conflicts", rep, err)
	}
	s.ImportResultsFile("ada.lederesults", file("Ada")) // again: no second copy of the conflicts
	groups, err := s.Conflicts()
	if err != nil || len(groups) != 1 || len(groups[0].Conflicts) != 2 || groups[0].Student != "Ada" ||
		groups[0].StoredStudent != "Eve" || groups[0].File != "ada.lederesults" {
		t.Fatalf("conflicts: %+v, %v; want one group: Ada's file against Eve's stored answers", groups, err)
	}
	if err := s.ResolveConflicts(groups[0].IDs(), true); err != nil {
		t.Fatal(err)
	}
	grades, _ := s.Grades()
	if len(grades) != 1 || grades[0].Student != "Ada" || grades[0].Correct != 2 {
		t.Errorf("grades after giving the answers to Ada: %+v", grades)
	}
	if groups, _ := s.Conflicts(); len(groups) != 0 {
		t.Errorf("settled conflicts still listed: %+v", groups)
	}
	var kept int
	s.db.QueryRow("SELECT COUNT(*) FROM import_conflicts WHERE student = 'Eve' AND resolution = 'swapped'").Scan(&kept)
	if kept != 2 {
		t.Errorf("Eve's version was not kept on record: %d rows", kept)
	}
}
