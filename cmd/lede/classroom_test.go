package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
)

// TestClassroomRoundTrip: the teacher packs a lesson; a student's laptop
// opens the pack and answers; the student's results go back; the
// teacher imports them (twice: the second adds nothing) and exports
// grades. A tampered file and a file for an unknown lesson are refused.
func TestClassroomRoundTrip(t *testing.T) {
	dir := t.TempDir()
	teacher, laptop := filepath.Join(dir, "teacher"), filepath.Join(dir, "laptop")
	pack := filepath.Join(dir, "alibaba.ledelesson")
	if code, _, errs := runCLI("pack", "sample", "-o", pack, "--count", "5", "--data", teacher); code != exitOK {
		t.Fatalf("pack: %s", errs)
	}

	// On the laptop: the pack opens as a lesson; Ada answers two questions.
	l, err := loadLesson(pack, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Questions) != 5 {
		t.Fatalf("the pack opened with %d questions; want the teacher's 5", len(l.Questions))
	}
	st, err := store.Open(laptop)
	if err != nil {
		t.Fatal(err)
	}
	ada, _ := st.AddStudent("Ada")
	stored, _ := st.AddLesson(l.Key, l.Article.Title, l.Article.Source)
	for _, q := range l.Questions[:2] {
		r := quiz.Check(q, q.Answer)
		if err := st.SaveAttempt(store.Attempt{UUID: store.NewAttemptID(), StudentID: ada.ID, LessonID: stored.ID,
			QuestionID: q.ID, Answer: q.Answer, Verdict: string(r.Verdict)}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	results := filepath.Join(dir, "ada.lederesults")
	if code, _, errs := runCLI("results", pack, "--student", "Ada", "-o", results, "--data", laptop); code != exitOK {
		t.Fatalf("results: %s", errs)
	}

	// Back on the teacher's computer.
	for i, want := range []string{`"Added":2`, `"Duplicates":2`} {
		code, out, errs := runCLI("import-results", results, "--data", teacher)
		if code != exitOK || !strings.Contains(out, want) {
			t.Fatalf("import %d: exit %d, %s %s; want %s", i+1, code, out, errs, want)
		}
	}
	grades := filepath.Join(dir, "grades.csv")
	if code, _, errs := runCLI("grades", "-o", grades, "--data", teacher); code != exitOK {
		t.Fatalf("grades: %s", errs)
	}
	csv, _ := os.ReadFile(grades)
	if !strings.Contains(string(csv), "Ada,Trump & Alibaba's Founder Jack Ma Discuss Plan To Generate 1M New American Jobs,2,2,5,40\r\n") {
		t.Errorf("grades:\n%s", csv)
	}

	// A tampered results file, and results for a lesson the teacher never made.
	raw, _ := os.ReadFile(results)
	tampered := filepath.Join(dir, "tampered.lederesults")
	os.WriteFile(tampered, tamper(t, raw), 0o644)
	code, out, errs := runCLI("import-results", tampered, "--data", filepath.Join(dir, "other-teacher"))
	if code != exitError || !strings.Contains(out, "changed since Lede wrote it") {
		t.Errorf("tampered file: exit %d, %s %s", code, out, errs)
	}
	code, out, _ = runCLI("import-results", results, "--data", filepath.Join(dir, "other-teacher"))
	var rep importReport
	json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &rep)
	if code != exitError || !strings.Contains(rep.Error, "open its lesson pack first") {
		t.Errorf("unknown lesson: exit %d, %s", code, out)
	}
}

// tamper changes the verdicts inside a results file without fixing its
// checksum, as editing it by hand would.
func tamper(t *testing.T, raw []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		body := b.Bytes()
		if f.Name == "results.json" {
			body = bytes.ReplaceAll(body, []byte(`"verdict": "incorrect"`), []byte(`"verdict": "correct"`))
			body = append(body, ' ')
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	zw.Close()
	return out.Bytes()
}

// TestStudentDataVerbsAskForThePIN: with a teacher PIN set, the verbs
// that read or change students' data refuse without it, refuse a wrong
// one, and run with the right one from LEDE_PIN (issue 16: `lede grades`
// read every student's data with no PIN). A verb that touches no
// student's data does not ask.
func TestStudentDataVerbsAskForThePIN(t *testing.T) {
	data := t.TempDir()
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	st.SetTeacherPIN("4821")
	st.Close()
	grades := filepath.Join(t.TempDir(), "grades.csv")
	t.Setenv(pinEnv, "")
	os.Unsetenv(pinEnv)
	if code, _, errs := runCLI("grades", "-o", grades, "--data", data); code == exitOK || !strings.Contains(errs, "LEDE_PIN") {
		t.Errorf("grades without a PIN: exit %d, %s", code, errs)
	}
	t.Setenv(pinEnv, "0000")
	if code, _, errs := runCLI("grades", "-o", grades, "--data", data); code == exitOK || !strings.Contains(errs, "not right") {
		t.Errorf("grades with a wrong PIN: exit %d, %s", code, errs)
	}
	t.Setenv(pinEnv, "4821")
	if code, _, errs := runCLI("grades", "-o", grades, "--data", data); code != exitOK {
		t.Errorf("grades with the right PIN: exit %d, %s", code, errs)
	}
	os.Unsetenv(pinEnv)
	pack := filepath.Join(t.TempDir(), "l.ledelesson")
	if code, _, errs := runCLI("pack", "sample", "-o", pack, "--data", data); code != exitOK {
		t.Errorf("pack asked for a PIN: %s", errs)
	}
}

// TestPackSwitchesKeepTheArticle: a switch such as --hide-score takes no
// value, so the article after it is still the article, wherever the
// switch stands.
func TestPackSwitchesKeepTheArticle(t *testing.T) {
	for _, args := range [][]string{
		{"pack", "--hide-score", "sample", "-o", "PACK"},
		{"pack", "sample", "--hide-score", "-o", "PACK"},
		{"pack", "sample", "-o", "PACK", "--hide-score"},
	} {
		pack := filepath.Join(t.TempDir(), "lesson.ledelesson")
		for i, a := range args {
			if a == "PACK" {
				args[i] = pack
			}
		}
		if code, _, errs := runCLI(append(args, "--data", t.TempDir())...); code != exitOK {
			t.Fatalf("%q: %s", args, errs)
		}
		l, err := loadLesson(pack, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !l.Settings.HideScore {
			t.Errorf("%q: the pack shows the score", args)
		}
	}
}
