package quiz

import "testing"

// TestBareCountAnswersHowMany: to "How many …?" the key's number alone is
// the answer, whatever noun the question and the key count with; another
// number, another thing, or a key of two numbers is not (the real
// window, 2026-12-04).
func TestBareCountAnswersHowMany(t *testing.T) {
	ask := teacherQuestion
	for _, tt := range []verdictCase{
		{ask("How many people protested?", "about 300 fans"), "300", Correct},
		{ask("How many people protested?", "about 300 fans"), "about 300", Correct},
		{ask("How many people protested?", "about 300 fans"), "about 300 people", Correct},
		{ask("How many staff did it have?", "36,446 employees"), "36,446", Correct},
		{ask("How many staff did it have?", "36,446 employees"), "36446", Correct},
		{ask("How many staff did it have?", "36,446 employees"), "thirty-six thousand four hundred and forty-six", Correct},
		{ask("How many people live there?", "4,000 residents"), "4,000 people", Correct},
		{ask("How many people protested?", "about 300 fans"), "300ish", Correct},
		{ask("How many people protested?", "around 300 fans"), "300 or so", Correct},
		{ask("How many people protested?", "nearly 300 fans"), "nearly 300", Correct},
		// Near misses.
		{ask("How many people protested?", "about 300 fans"), "3,000", Incorrect},
		{ask("How many people protested?", "about 300 fans"), "30", Incorrect},
		{ask("How many people protested?", "about 300 fans"), "over 300", Incorrect},
		{ask("How many staff did it have?", "36,446 employees"), "36,446ish", Incorrect},
		{ask("How many people protested?", "about 300 fans"), "300 police", Incorrect},
		{ask("How many staff did it have?", "36,446 employees"), "36,446 dollars", Incorrect},
		{ask("How many staff did it have?", "36,446 employees"), "about 36,446 thousand", Incorrect},
		{ask("How many were hurt?", "3 dead and 12 injured"), "12", Incorrect},
	} {
		if got := Check(tt.q, tt.answer).Verdict; got != tt.want {
			t.Errorf("%q for %q to %q: %v, want %v", tt.answer, tt.q.Accepted[0], tt.q.Prompt, got, tt.want)
		}
	}
	for _, tt := range []struct{ prompt, key, answer string }{
		{"How many people protested?", "about 300 fans", "300"},
		{"How many people live there?", "4,000 residents", "4000"},
	} {
		if !bareCountOfKey(ask(tt.prompt, tt.key), tt.answer) {
			t.Errorf("bareCountOfKey(%q, %q, %q) = false", tt.prompt, tt.key, tt.answer)
		}
	}
	if bareCountOfKey(ask("How many people protested?", "300 fans"), "about 300") {
		t.Error("an exact key's hedged answer read as its count")
	}
}
