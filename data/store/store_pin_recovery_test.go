package store

import (
	"strings"
	"testing"
)

// TestRecoveryCode: the code is shown once, stored only as a hash, read
// back however it is typed, and replaced by a new one.
func TestRecoveryCode(t *testing.T) {
	s, _ := openTemp(t)
	if ok, err := s.CheckRecoveryCode("anything"); ok || err != nil {
		t.Fatalf("no code set: %v, %v", ok, err)
	}
	code, err := s.NewRecoveryCode()
	if err != nil || len(code) != 14 || strings.Count(code, "-") != 2 {
		t.Fatalf("code %q, %v", code, err)
	}
	if v, _ := s.setting(recoveryKey); strings.Contains(v, strings.ReplaceAll(code, "-", "")) {
		t.Error("the code is stored as it is, not hashed")
	}
	typed := strings.ToLower(strings.ReplaceAll(code, "-", " "))
	if ok, _ := s.CheckRecoveryCode(typed); !ok {
		t.Errorf("%q typed as %q was refused", code, typed)
	}
	second, _ := s.NewRecoveryCode()
	if ok, _ := s.CheckRecoveryCode(code); ok && second != code {
		t.Error("the old code still works after a new one was made")
	}
}
