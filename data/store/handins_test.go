package store

import (
	"errors"
	"testing"
)

// A hand-in is remembered with the answers: after the store is opened
// again, with its tries; a later hand-in replaces it; a student merged
// into another keeps it; bad counts are refused.
func TestHandInsAreKept(t *testing.T) {
	s, path := openTemp(t)
	st, _ := s.AddStudent("Sam")
	l, _ := s.AddLesson("k", "T", "x")
	if _, ok, err := s.LastHandIn(st.ID, l.ID); ok || err != nil {
		t.Fatalf("a hand-in before any: ok %v, err %v", ok, err)
	}
	if _, err := s.RecordHandIn(st.ID, l.ID, 3); err != nil {
		t.Fatal(err)
	}
	kept, err := s.RecordHandIn(st.ID, l.ID, 5)
	if err != nil || kept.Tries != 5 || kept.At == "" {
		t.Fatalf("recording 5 tries returned %+v, %v", kept, err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, ok, err := s.LastHandIn(st.ID, l.ID)
	if !ok || err != nil || h != kept {
		t.Fatalf("after reopening: %+v, ok %v, err %v; want 5 tries", h, ok, err)
	}
	if _, err := s.RecordHandIn(st.ID, l.ID, -1); !errors.Is(err, ErrInvalid) {
		t.Errorf("-1 tries: %v; want ErrInvalid", err)
	}
	other, _ := s.AddStudent("Samuel")
	if err := s.MergeStudents(st.ID, other.ID); err != nil {
		t.Fatalf("merging a student who handed in: %v", err)
	}
	if h, ok, _ := s.LastHandIn(other.ID, l.ID); !ok || h.Tries != 5 {
		t.Errorf("the merged student's hand-in: %+v, ok %v; want 5 tries", h, ok)
	}
}
