package store

import (
	"errors"
	"strings"
	"testing"
)

func TestTeacherPIN(t *testing.T) {
	s, dir := openTemp(t)
	if has, err := s.HasTeacherPIN(); has || err != nil {
		t.Fatalf("a new computer has a PIN: %v, %v", has, err)
	}
	for _, bad := range []string{"", "123", "12a4", "1234567890123", "１２３４"} {
		if err := s.SetTeacherPIN(bad); !errors.Is(err, ErrBadPIN) {
			t.Errorf("SetTeacherPIN(%q) = %v; want ErrBadPIN", bad, err)
		}
	}
	if err := s.SetTeacherPIN("4821"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ok, _ := s.CheckTeacherPIN("4821"); !ok {
		t.Error("the right PIN was refused after reopening")
	}
	if ok, _ := s.CheckTeacherPIN("4822"); ok {
		t.Error("a wrong PIN was accepted")
	}
	hash, _ := s.setting(pinKey)
	if strings.Contains(hash, "4821") || !strings.HasPrefix(hash, "$2") {
		t.Errorf("the stored value %q is not a bcrypt hash", hash)
	}
}
