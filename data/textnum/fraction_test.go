package textnum

import (
	"math"
	"testing"
)

func TestFraction(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1/3", 1.0 / 3, true},
		{"a third", 1.0 / 3, true},
		{"about one-third", 1.0 / 3, true},
		{"two thirds", 2.0 / 3, true},
		{"half", 0.5, true},
		{"three quarters", 0.75, true},
		{"the third round", 0, false},
		{"a third or a half", 0, false},
		{"300", 0, false},
	}
	for _, tt := range tests {
		got, ok := Fraction(tt.in)
		if ok != tt.ok || ok && math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Fraction(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzFraction: any text reads as no fraction or as one between 0 and 9
// (nine halves is the most the words allow), without panicking.
func FuzzFraction(f *testing.F) {
	for _, s := range []string{"1/3", "a third", "two-thirds", "0/0", "9/0", "half of 3/4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := Fraction(s); ok && (v < 0 || math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Errorf("Fraction(%q) = %v", s, v)
		}
	})
}
