package store

import (
	"errors"
	"testing"

	"github.com/lede-app/lede/data/classroom"
)

// TestMergeStudentsKeepsEveryAnswer: a student who signed in twice, as
// "Ada" and "Ada L", becomes one: every try counts for her, in the order
// made, and her classes and drafts come along (issue 12, item 7).
func TestMergeStudentsKeepsEveryAnswer(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	s.SetLessonQuestions(l.ID, `[]`, 2, 2)
	ada, _ := s.AddStudent("Ada")
	twin, _ := s.AddStudent("Ada L")
	s.AddClass("8B", []string{"Ada L"})
	save := func(st Student, uuid, q, verdict string) {
		if err := s.SaveAttempt(Attempt{UUID: uuid, StudentID: st.ID, LessonID: l.ID, QuestionID: q, Answer: "a", Verdict: verdict}); err != nil {
			t.Fatal(err)
		}
	}
	save(ada, "u1", "q1", "incorrect") // Ada's first try at q1
	save(twin, "u2", "q1", "correct")  // her second, under the other name
	save(twin, "u3", "q2", "correct")
	s.SaveDraft(twin.ID, l.ID, "q3", "draft")
	if err := s.MergeStudents(twin.ID, ada.ID); err != nil {
		t.Fatal(err)
	}
	grades, _ := s.Grades()
	if len(grades) != 1 || grades[0].Student != "Ada" || grades[0].Answered != 2 || grades[0].Correct != 2 {
		t.Errorf("grades after the merge: %+v; want Ada, 2 answered, 2 right", grades)
	}
	p, _ := s.Progress(ada.ID, l.ID)
	if len(p.Tries["q1"]) != 2 || p.Drafts["q3"] != "draft" {
		t.Errorf("progress after the merge: tries %v, drafts %v", p.Tries, p.Drafts)
	}
	classes, _ := s.Classes()
	in, _ := s.ClassStudents(classes[0].ID)
	if len(in) != 1 || in[0].ID != ada.ID {
		t.Errorf("8B after the merge: %+v; want Ada", in)
	}
	if students, _ := s.Students(); len(students) != 1 {
		t.Errorf("students after the merge: %+v", students)
	}
	if err := s.MergeStudents(ada.ID, ada.ID); !errors.Is(err, ErrInvalid) {
		t.Errorf("merging a student into herself: %v", err)
	}
}

// TestDeleteClassCanBeUndone: deleting a class keeps its students and
// their answers; Undo brings the class back with them.
func TestDeleteClassCanBeUndone(t *testing.T) {
	s, _ := openTemp(t)
	c, _ := s.AddClass("8B", []string{"Ada", "Bob"})
	d, err := s.DeleteClass(c.ID)
	if err != nil || len(d.Students) != 2 {
		t.Fatalf("delete: %+v, %v", d, err)
	}
	if cs, _ := s.Classes(); len(cs) != 0 {
		t.Errorf("classes after delete: %+v", cs)
	}
	if st, _ := s.Students(); len(st) != 2 {
		t.Errorf("students after deleting their class: %+v", st)
	}
	if err := s.RestoreClass(d); err != nil {
		t.Fatal(err)
	}
	if in, _ := s.ClassStudents(c.ID); len(in) != 2 {
		t.Errorf("restored class holds %+v", in)
	}
}

// TestLessonDisplaySettings: when the answer shows and whether the score
// does are stored with the lesson; an unknown choice is refused.
func TestLessonDisplaySettings(t *testing.T) {
	s, _ := openTemp(t)
	l, _ := s.AddLesson("k1", "Council Votes", "text")
	if err := s.SetLessonRules(l.ID, classroom.Settings{Reveal: "never", HideScore: true, Counts: "last"}); err != nil {
		t.Fatal(err)
	}
	pub, _ := s.LessonByKey("k1")
	if got := pub.Settings(); got.Reveal != "never" || !got.HideScore || got.Counts != "last" {
		t.Errorf("stored settings %+v", got)
	}
	if err := s.SetLessonRules(l.ID, classroom.Settings{Reveal: "sometimes"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an unknown reveal choice: %v", err)
	}
	if err := s.SetLessonRules(l.ID, classroom.Settings{Counts: "median"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an unknown rule: %v", err)
	}
}
