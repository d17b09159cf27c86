package store

import (
	"errors"
	"math"
	"testing"
)

// TestStudentViewsAreKept: a student's View settings are kept in the
// progress file: read back after reopening, replaced by later ones,
// carried by a merge (where the student merged into chose none), and
// refused for a student who is not there or values that are not numbers.
func TestStudentViewsAreKept(t *testing.T) {
	s, path := openTemp(t)
	ada, _ := s.AddStudent("Ada")
	if _, ok, err := s.StudentView(ada.ID); ok || err != nil {
		t.Fatalf("settings before any were chosen: ok %v, err %v", ok, err)
	}
	want := View{Scale: 2, Variant: "high-contrast", Font: "OpenDyslexic", LineSpacing: 1.5, Split: 0.4, SplitStacked: 0.6}
	if err := s.SetStudentView(ada.ID, View{Scale: 1.2}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStudentView(ada.ID, want); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, ok, err := s.StudentView(ada.ID); !ok || err != nil || v != want {
		t.Fatalf("after reopening: %+v, ok %v, err %v; want %+v", v, ok, err, want)
	}
	if err := s.SetStudentView(99, want); !errors.Is(err, ErrNotFound) {
		t.Errorf("settings of a student who is not there: %v; want ErrNotFound", err)
	}
	if err := s.SetStudentView(ada.ID, View{Scale: math.NaN()}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a scale that is not a number: %v; want ErrInvalid", err)
	}
	// Merged into a student who chose none, Ada's settings go with her.
	twin, _ := s.AddStudent("Ada L")
	if err := s.MergeStudents(ada.ID, twin.ID); err != nil {
		t.Fatal(err)
	}
	if v, ok, _ := s.StudentView(twin.ID); !ok || v != want {
		t.Errorf("after the merge: %+v, ok %v; want %+v", v, ok, want)
	}
	if _, ok, _ := s.StudentView(ada.ID); ok {
		t.Error("the merged student's settings were left behind")
	}
	// Merged into a student who chose their own, theirs are kept.
	bo, _ := s.AddStudent("Bo")
	own := View{Scale: 1.4, Variant: "dark", LineSpacing: 1}
	s.SetStudentView(bo.ID, own)
	if err := s.MergeStudents(twin.ID, bo.ID); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := s.StudentView(bo.ID); v != own {
		t.Errorf("after merging into a student with settings: %+v; want theirs, %+v", v, own)
	}
}

// TestStudentViewsFromAnOlderStore: a progress file from before View
// settings were kept opens with its students and none chosen, and
// takes them.
func TestStudentViewsFromAnOlderStore(t *testing.T) {
	dir := t.TempDir()
	db := olderStore(t, dir, "0018_")
	if _, err := db.Exec("INSERT INTO students(id, name, created_at) VALUES (1, 'Ada', 'x')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, ok, err := s.StudentView(1); ok || err != nil {
		t.Fatalf("an upgraded student's settings: ok %v, err %v; want none", ok, err)
	}
	if err := s.SetStudentView(1, View{Scale: 1.5, LineSpacing: 1}); err != nil {
		t.Fatal(err)
	}
	if v, ok, _ := s.StudentView(1); !ok || v.Scale != 1.5 {
		t.Errorf("after upgrading: %+v, ok %v", v, ok)
	}
}
