package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
)

// seedSchoolYear fills a store as one school year would (issue 16): 30
// classes of 30 students, each taking 50 lessons of 15 questions, with
// one or two tries at each question — 1,012,500 tries in all (the
// issue's measured store had 947,112). It returns the first lesson's ID.
func seedSchoolYear(tb testing.TB, s *Store) int64 {
	tb.Helper()
	const classes, perClass, lessons, questions = 30, 30, 50, 15
	var first int64
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		for c := range classes {
			res, err := tx.Exec("INSERT INTO classes(name, created_at) VALUES (?, '2025-09-01T00:00:00Z')", fmt.Sprintf("Class %02d", c))
			if err != nil {
				return err
			}
			classID, _ := res.LastInsertId()
			for i := range perClass {
				res, err := tx.Exec("INSERT INTO students(name, created_at) VALUES (?, '2025-09-01T00:00:00Z')", fmt.Sprintf("Student %02d-%02d", c, i))
				if err != nil {
					return err
				}
				id, _ := res.LastInsertId()
				if _, err := tx.Exec("INSERT INTO class_students(class_id, student_id) VALUES (?, ?)", classID, id); err != nil {
					return err
				}
			}
		}
		ins, err := tx.Prepare(`INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at)
			VALUES (?, ?, ?, ?, ?, ?, '2025-10-01T00:00:00Z')`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for l := range lessons {
			res, err := tx.Exec(`INSERT INTO lessons(key, title, source, created_at, question_count, attempts_allowed)
				VALUES (?, ?, '', '2025-09-01T00:00:00Z', ?, 2)`, fmt.Sprint("k", l), fmt.Sprint("Lesson ", l), questions)
			if err != nil {
				return err
			}
			lid, _ := res.LastInsertId()
			if l == 0 {
				first = lid
			}
			for st := 1; st <= classes*perClass; st++ {
				for q := range questions {
					tries := 1 + (st+q+l)%2
					for a := range tries {
						verdict := []string{"incorrect", "partial", "correct"}[(st+q+a)%3]
						if _, err := ins.Exec(fmt.Sprintf("%d-%d-%d-%d", l, st, q, a), st, lid, fmt.Sprint("q", q),
							fmt.Sprint("answer ", (st*q+a)%7), verdict); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return first
}

// BenchmarkSchoolYear: one lesson's dashboard and the whole grade sheet
// over a school year's tries (seedSchoolYear). Targets (issue 16): the
// dashboard ≤ 50 ms, the grade sheet ≤ 200 ms. Seeding takes about a
// minute; run it on its own:
//
//	go test -run '^$' -bench SchoolYear -benchtime 5x -cpu 1 ./data/store
func BenchmarkSchoolYear(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	lesson := seedSchoolYear(b, s)
	b.Run("lesson-dashboard", func(b *testing.B) {
		for b.Loop() {
			if d, err := s.LessonDashboard(lesson); err != nil || len(d.Students) != 900 {
				b.Fatal(err, len(d.Students))
			}
		}
	})
	b.Run("grade-sheet", func(b *testing.B) {
		for b.Loop() {
			if g, err := s.Grades(); err != nil || len(g) != 45000 {
				b.Fatal(err, len(g))
			}
		}
	})
}

// TestTryNumbersFromAnOlderStore: a progress file from before tries were
// numbered gets them on opening, in the order the tries were made, and
// later tries continue the count.
func TestTryNumbersFromAnOlderStore(t *testing.T) {
	dir := t.TempDir()
	db := olderStore(t, dir, "0012_")
	db.Exec("INSERT INTO students(id, name, created_at) VALUES (1, 'Ada', 'x'), (2, 'Bob', 'x')")
	db.Exec("INSERT INTO lessons(id, key, title, source, created_at) VALUES (1, 'k', 'L', '', 'x')")
	for i, row := range [][2]any{{1, "q1"}, {2, "q1"}, {1, "q1"}, {1, "q2"}, {1, "q1"}} {
		db.Exec("INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at) VALUES (?, ?, 1, ?, 'a', 'incorrect', 'x')",
			fmt.Sprint("u", i), row[0], row[1])
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SaveAttempt(Attempt{UUID: "u5", StudentID: 1, LessonID: 1, QuestionID: "q1", Answer: "a", Verdict: "correct"})
	rows, _ := s.db.Query("SELECT uuid, try FROM attempts ORDER BY id")
	var got []string
	for rows.Next() {
		var uuid string
		var try int
		rows.Scan(&uuid, &try)
		got = append(got, fmt.Sprintf("%s:%d", uuid, try))
	}
	rows.Close()
	if want := "u0:1 u1:1 u2:2 u3:1 u4:3 u5:4"; strings.Join(got, " ") != want {
		t.Errorf("tries %v; want %s", got, want)
	}
}
