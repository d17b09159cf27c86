package store

import (
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/grading"
)

// questionRow and lessonRow are rows of question_scores and lesson_scores.
type questionRow struct {
	tries, firstRight int
	rightMask         int64
	lastRight         int
	lastAt            string
	id                string
}

type lessonRow struct {
	answered, correct, firstTry int
	lastAt                      string
}

type scoreKey struct{ lesson, student int64 }

// expectedScores sums up the attempts in Go, the rule applied by
// grading.CountedBy: what the tables kept by triggers must hold.
func expectedScores(t *testing.T, db *sql.DB) (map[string]questionRow, map[scoreKey]lessonRow) {
	t.Helper()
	type rule struct {
		counts  string
		allowed int
	}
	rules := map[int64]rule{}
	rows, err := db.Query("SELECT id, counts, attempts_allowed FROM lessons")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var r rule
		rows.Scan(&id, &r.counts, &r.allowed)
		rules[id] = r
	}
	rows.Close()
	rows, err = db.Query(`SELECT a.lesson_id, a.student_id, a.question_id, a.verdict, COALESCE(o.verdict, ''), a.created_at
		FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	tries := map[string][]grading.Try{}
	last := map[string]string{}
	questions := map[scoreKey][]string{}
	for rows.Next() {
		var lesson, student int64
		var question, at string
		var try grading.Try
		if err := rows.Scan(&lesson, &student, &question, &try.Verdict, &try.Override, &at); err != nil {
			t.Fatal(err)
		}
		k := fmt.Sprint(lesson, "/", student, "/", question)
		if tries[k] == nil {
			questions[scoreKey{lesson, student}] = append(questions[scoreKey{lesson, student}], k)
		}
		tries[k] = append(tries[k], try)
		last[k] = max(last[k], at)
	}
	rows.Close()
	right := func(t grading.Try) bool {
		v, _ := grading.CountedBy([]grading.Try{t}, 0, grading.First)
		return v == grading.Correct
	}
	qs := map[string]questionRow{}
	ls := map[scoreKey]lessonRow{}
	for key, ks := range questions {
		var l lessonRow
		for _, k := range ks {
			q := questionRow{tries: len(tries[k]), lastAt: last[k]}
			for i, try := range tries[k] {
				if right(try) {
					if q.firstRight == 0 {
						q.firstRight = i + 1
					}
					if i < 62 {
						q.rightMask |= 1 << i
					}
				}
			}
			if right(tries[k][len(tries[k])-1]) {
				q.lastRight = 1
			}
			qs[k] = q
			l.answered++
			if v, _ := grading.CountedBy(tries[k], rules[key.lesson].allowed, rules[key.lesson].counts); v == grading.Correct {
				l.correct++
			}
			if q.firstRight == 1 {
				l.firstTry++
			}
			l.lastAt = max(l.lastAt, q.lastAt)
		}
		ls[key] = l
	}
	return qs, ls
}

// checkScores fails when question_scores or lesson_scores differ from the
// attempts summed up again, or when the grade sheet or a lesson's
// dashboard differs from grading.CountedBy.
func checkScores(t *testing.T, s *Store, step string) {
	t.Helper()
	wantQ, wantL := expectedScores(t, s.db)
	gotQ := map[string]questionRow{}
	rows, err := s.db.Query(`SELECT lesson_id, student_id, question_id, tries, first_right, right_mask, last_right, last_at
		FROM question_scores`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var lesson, student int64
		var q questionRow
		rows.Scan(&lesson, &student, &q.id, &q.tries, &q.firstRight, &q.rightMask, &q.lastRight, &q.lastAt)
		gotQ[fmt.Sprint(lesson, "/", student, "/", q.id)] = questionRow{tries: q.tries, firstRight: q.firstRight,
			rightMask: q.rightMask, lastRight: q.lastRight, lastAt: q.lastAt}
	}
	rows.Close()
	for _, k := range slices.Sorted(maps.Keys(wantQ)) {
		if gotQ[k] != wantQ[k] {
			t.Errorf("%s: question %s: kept %+v; the attempts say %+v", step, k, gotQ[k], wantQ[k])
		}
	}
	for k := range gotQ {
		if _, ok := wantQ[k]; !ok {
			t.Errorf("%s: question %s kept with no attempt: %+v", step, k, gotQ[k])
		}
	}
	gotL := map[scoreKey]lessonRow{}
	rows, err = s.db.Query("SELECT lesson_id, student_id, answered, correct, first_try, last_at FROM lesson_scores")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k scoreKey
		var l lessonRow
		rows.Scan(&k.lesson, &k.student, &l.answered, &l.correct, &l.firstTry, &l.lastAt)
		gotL[k] = l
	}
	rows.Close()
	if !maps.Equal(gotL, wantL) {
		t.Errorf("%s: lesson scores kept\n%+v\nthe attempts say\n%+v", step, gotL, wantL)
	}
	grades, err := s.Grades()
	if err != nil || len(grades) != len(wantL) {
		t.Errorf("%s: %d grades (%v); want %d", step, len(grades), err, len(wantL))
	}
	byLesson := map[int64]int{}
	for k, l := range wantL {
		byLesson[k.lesson]++
		d, err := s.LessonDashboard(k.lesson)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(d.Students, func(sc StudentScore) bool { return sc.StudentID == k.student })
		if i < 0 {
			t.Errorf("%s: student %d missing from lesson %d's dashboard", step, k.student, k.lesson)
			continue
		}
		sc := d.Students[i]
		at, _ := time.Parse(time.RFC3339Nano, l.lastAt)
		if sc.Answered != l.answered || sc.Correct != l.correct || sc.FirstTry != l.firstTry || !sc.LastActive.Equal(at) {
			t.Errorf("%s: lesson %d's dashboard has %+v; the attempts say %+v", step, k.lesson, sc, l)
		}
		title := lessonTitle(s, k.lesson)
		j := slices.IndexFunc(grades, func(g Grade) bool { return g.Student == sc.Name && g.Lesson == title })
		if j < 0 || grades[j].Answered != l.answered || grades[j].Correct != l.correct {
			t.Errorf("%s: %s in %s: grade sheet %+v; the attempts say %+v", step, sc.Name, title, grades, l)
		}
	}
	for lesson, n := range byLesson {
		d, _ := s.LessonDashboard(lesson)
		if len(d.Students) != n {
			t.Errorf("%s: lesson %d's dashboard lists %d students; want %d", step, lesson, len(d.Students), n)
		}
		for id, q := range d.Questions {
			students, first := 0, 0
			for k, row := range wantQ {
				if strings.HasPrefix(k, fmt.Sprint(lesson, "/")) && strings.HasSuffix(k, "/"+id) {
					students++
					if row.firstRight == 1 {
						first++
					}
				}
			}
			if q.Students != students || q.FirstTryCorrect != first {
				t.Errorf("%s: lesson %d question %s: %d students, %d right at once; want %d, %d", step, lesson, id,
					q.Students, q.FirstTryCorrect, students, first)
			}
		}
	}
}

func lessonTitle(s *Store, id int64) string {
	var title string
	s.db.QueryRow("SELECT title FROM lessons WHERE id = ?", id).Scan(&title)
	return title
}

// TestScoresFollowTheAttempts: the scores kept by triggers (migration
// 0016) never drift from the attempts, whatever changes them — tries
// saved and imported, the teacher's verdicts set, changed and taken back,
// conflicts settled, students merged, attempts changed or deleted behind
// the app's back, and the lesson's rule and tries changed after the fact,
// past the 62 tries a row's mask holds too.
func TestScoresFollowTheAttempts(t *testing.T) {
	s, _ := openTemp(t)
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	ada, _ := s.AddStudent("Ada")
	bob, _ := s.AddStudent("Bob")
	cy, _ := s.AddStudent("Cy")
	a, _ := s.AddLesson("kA", "Lesson A", "text")
	b, _ := s.AddLesson("kB", "Lesson B", "text")
	s.SetLessonQuestions(a.ID, "[]", 3, 2)
	s.SetLessonQuestions(b.ID, "[]", 1, 0)
	save := func(uuid string, st Student, l Lesson, q, verdict string) {
		t.Helper()
		if err := s.SaveAttempt(Attempt{UUID: uuid, StudentID: st.ID, LessonID: l.ID, QuestionID: q, Answer: "x " + uuid, Verdict: verdict}); err != nil {
			t.Fatal(err)
		}
	}
	save("a1", ada, a, "q1", grading.Incorrect)
	save("a2", ada, a, "q1", grading.Correct)
	save("a3", ada, a, "q1", grading.Correct) // beyond the two tries allowed
	save("a4", ada, a, "q2", grading.Partial)
	save("a5", ada, a, "q2", grading.Incorrect)
	save("a6", ada, a, "q2", grading.Correct) // beyond the two tries allowed
	save("b1", bob, a, "q1", grading.Correct)
	save("b2", bob, a, "q3", grading.Incorrect)
	for i := 1; i <= 70; i++ {
		verdict := grading.Incorrect
		if i%3 == 0 {
			verdict = grading.Correct
		}
		save(fmt.Sprint("c", i), cy, b, "q1", verdict)
	}
	save("a7", ada, a, "q3", grading.Correct)
	checkScores(t, s, "saved")

	for _, v := range []string{grading.Correct, grading.Partial, ""} {
		if err := s.Override("a1", v); err != nil {
			t.Fatal(err)
		}
		checkScores(t, s, "override a1 "+v)
	}
	s.Override("a2", grading.Incorrect)
	s.Override("c66", grading.Correct)
	s.Override("c70", grading.Incorrect)
	checkScores(t, s, "overrides")

	if rep, err := s.ImportAttempts("kA", "Dee", []Attempt{
		{UUID: "d1", QuestionID: "q1", Answer: "no", Verdict: grading.Incorrect, At: clock.Add(time.Hour)},
		{UUID: "d2", QuestionID: "q1", Answer: "yes", Verdict: grading.Correct, At: clock.Add(2 * time.Hour)},
		{UUID: "a7", QuestionID: "q2", Answer: "copied", Verdict: grading.Correct, At: clock.Add(3 * time.Hour)},
	}); err != nil || rep.Added != 2 || rep.Conflicts != 1 {
		t.Fatalf("import: %+v, %v", rep, err)
	}
	checkScores(t, s, "imported")
	groups, _ := s.Conflicts()
	if len(groups) != 1 {
		t.Fatalf("conflicts %+v", groups)
	}
	if err := s.ResolveConflicts(groups[0].IDs(), true); err != nil {
		t.Fatal(err)
	}
	checkScores(t, s, "conflict settled for the file (a7 moved from Ada's q3 to Dee's q2)")

	if err := s.MergeStudents(bob.ID, ada.ID); err != nil {
		t.Fatal(err)
	}
	checkScores(t, s, "Bob merged into Ada")

	for _, q := range []string{
		"UPDATE attempts SET verdict = 'correct' WHERE uuid = 'a4'",
		"UPDATE attempts SET created_at = '2027-01-01T00:00:00Z' WHERE uuid = 'a5'",
		"DELETE FROM overrides WHERE attempt_uuid = 'a2'",
		"DELETE FROM attempts WHERE uuid = 'a2'", // a middle try: the later tries move up
		"DELETE FROM attempts WHERE uuid = 'd1'",
		"DELETE FROM attempts WHERE uuid IN ('d2', 'a7')", // Dee's last tries: her rows go
		"UPDATE overrides SET verdict = 'incorrect' WHERE attempt_uuid = 'c66'",
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
		checkScores(t, s, q)
	}

	for _, c := range []struct {
		lesson  Lesson
		counts  string
		allowed int
	}{
		{a, grading.First, 2}, {a, grading.Last, 2}, {a, grading.Last, 1}, {a, grading.Best, 0}, {a, grading.Last, 0},
		{b, grading.Last, 40}, {b, grading.Last, 66}, {b, grading.Last, 69}, {b, grading.Best, 64}, {b, grading.First, 0},
		{b, grading.Best, 2}, {b, grading.Best, 3}, {b, grading.Last, 0},
	} {
		if err := s.SetLessonRules(c.lesson.ID, classroom.Settings{Counts: c.counts}); err != nil {
			t.Fatal(err)
		}
		s.SetLessonQuestions(c.lesson.ID, "[]", 3, c.allowed)
		checkScores(t, s, fmt.Sprintf("lesson %s counts %q of %d tries", c.lesson.Title, c.counts, c.allowed))
	}
	var n int
	s.db.QueryRow("SELECT COUNT(*) FROM lesson_scores").Scan(&n)
	if n != 2 { // Ada in A, Cy in B
		t.Errorf("%d lesson scores at the end; want 2", n)
	}
}

// olderStore makes a progress file as Lede wrote it before the migration
// whose name holds before, and returns it open without the store.
func olderStore(t *testing.T, dir, before string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+dir+"/"+FileName)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := migrationNames()
	for i, name := range names {
		if strings.Contains(name, before) {
			return db
		}
		body, _ := migrationFiles.ReadFile(name)
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatal(err)
		}
		db.Exec(fmt.Sprintf("PRAGMA user_version = %d", i+1))
	}
	t.Fatalf("no migration %s", before)
	return nil
}

// TestScoresFromAnOlderStore: a progress file from before the scores were
// kept gets them on opening, overrides and each lesson's rule counted,
// and later tries keep them up to date.
func TestScoresFromAnOlderStore(t *testing.T) {
	dir := t.TempDir()
	db := olderStore(t, dir, "0016_")
	for _, q := range []string{
		"INSERT INTO students(id, name, created_at) VALUES (1, 'Ada', 'x'), (2, 'Bob', 'x')",
		`INSERT INTO lessons(id, key, title, source, created_at, attempts_allowed, counts) VALUES
			(1, 'k1', 'L1', '', 'x', 2, ''), (2, 'k2', 'L2', '', 'x', 0, 'last'), (3, 'k3', 'L3', '', 'x', 3, 'first')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	verdicts := []string{grading.Incorrect, grading.Partial, grading.Correct}
	for i := range 60 {
		_, err := db.Exec(`INSERT INTO attempts(uuid, student_id, lesson_id, question_id, answer, verdict, created_at)
			VALUES (?, ?, ?, ?, 'a', ?, ?)`, fmt.Sprint("u", i), 1+i%2, 1+i%3, fmt.Sprint("q", i%4), verdicts[i*7%3],
			fmt.Sprintf("2026-01-01T00:00:%02dZ", i))
		if err != nil {
			t.Fatal(err)
		}
	}
	db.Exec("INSERT INTO overrides(attempt_uuid, verdict, created_at) VALUES ('u3', 'correct', 'x'), ('u10', 'incorrect', 'x')")
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	s.db.QueryRow("SELECT COUNT(*) FROM lesson_scores").Scan(&n)
	if n != 6 {
		t.Errorf("%d lesson scores after the migration; want 6", n)
	}
	checkScores(t, s, "migrated")
	s.SaveAttempt(Attempt{UUID: "new", StudentID: 1, LessonID: 1, QuestionID: "q9", Answer: "a", Verdict: grading.Correct})
	s.Override("u4", grading.Correct)
	checkScores(t, s, "after the migration")
}
