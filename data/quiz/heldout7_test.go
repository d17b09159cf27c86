package quiz

import (
	"strings"
	"testing"
)

// mended is a failure a held-out round found: the article, why it
// failed, and how to know the question again.
type mended struct {
	article, why string
	bad          func(Question) bool
}

// assertMended fails for every question of the held-out articles' quizzes
// that is one of the failures again.
func assertMended(t *testing.T, failures []mended) {
	t.Helper()
	for _, c := range failures {
		for _, q := range quizOfHeldOut(t, c.article) {
			if c.bad(q) {
				t.Errorf("%s: %s: %q → %q", c.article, c.why, q.Prompt, q.Answer)
			}
		}
	}
}

// What the held-out round h7 failed (both reviewers), each asked no
// more or asked right.
func TestHeldOutSevenFailuresMended(t *testing.T) {
	assertMended(t, []mended{
		{"h7-01", "a person asked about \"it\"", func(q Question) bool { return strings.Contains(q.Prompt, "orders it was taking") }}, // W
		{"h7-03", "a coach's first-hand story about a player asked as his side's stake", func(q Question) bool {
			return q.Source == string(interestKind) && strings.Contains(q.Prompt, "Calum came to see us")
		}}, // K, V
		{"h7-04", "\"no evidence that the flaw had been used\" read as the body calling the warning false", func(q Question) bool {
			return strings.Contains(q.Prompt, "support the headline") && q.Answer == "No"
		}}, // K
		{"h7-06", "a figure cut at its thousands' comma, or \"the actress\" never named", func(q Question) bool {
			return strings.Contains(q.Prompt, "$175?") || strings.Contains(q.Prompt, "that the actress")
		}}, // W
		{"h7-07", "a firm whose spokeswoman is quoted next asked as silent", func(q Question) bool {
			return q.Source == string(silenceKind) && q.Answer == "Velto"
		}}, // K
		{"h7-08", "\"the official\" asked about without saying which", func(q Question) bool { return strings.HasPrefix(q.Prompt, "Did the official") }}, // W
		{"h7-10", "an incidental count from the body", func(q Question) bool { return strings.HasPrefix(q.Prompt, "How many goals") }},                   // V
	})
}

func TestHedgedNounKeepsItsNumber(t *testing.T) {
	m := hedgedNoun.FindStringSubmatch("Talks stalled, with the club said to be seeking a fee of around $175,000 per player.")
	if m == nil || m[3] != "seeking a fee of around $175,000 per player." {
		t.Errorf("hedgedNoun = %q; want the claim with its whole figure", m)
	}
	if !personNoun["actress"] || personNoun["theatre"] {
		t.Error("personNoun: an actress is a person, a theatre is not")
	}
}

func TestDescribedPerson(t *testing.T) {
	for subject, want := range map[string]bool{
		"the official":              true,
		"The US defense official":   true,
		"the trust":                 false,
		"Corrigan Homes":            false,
		"the company's spokeswoman": true,
	} {
		if got := describedPerson(subject); got != want {
			t.Errorf("describedPerson(%q) = %v; want %v", subject, got, want)
		}
	}
}

func TestAboutSomeoneNamed(t *testing.T) {
	for _, c := range []struct {
		claim, org string
		want       bool
	}{
		{"Calum came to see us last season and made it very clear he wanted to play for Scotland", "Scotland", true},
		{"“The addition of Top of the Pops will also extend BBC Two's offering”", "BBC Two", false},
		{"WMC had rejected the offer as too low", "WMC", false},
		{"Wigan will not stand in his way", "Wigan", false},
		{"We are confident the plant will reopen", "Brackley Foods", false},
		{"the Xstrata offer was aimed at creating value for Xstrata's shareholders, and not for WMC's", "WMC", true},
		{"the WMC board had rejected the offer", "WMC", false},
	} {
		if got := aboutSomeoneNamed(c.claim, c.org); got != c.want {
			t.Errorf("aboutSomeoneNamed(%q, %q) = %v; want %v", c.claim, c.org, got, c.want)
		}
	}
}

// Reported speech cut from its verb at "… and that …" reads as no
// sentence inside quotation marks (held-out h8, W).
func TestSecondReportedClause(t *testing.T) {
	for text, want := range map[string]bool{
		"Intermediaries had been in contact for two weeks and that a ransom had been mentioned": true,
		"The deal was close but that Orvell could still walk away":                              true,
		"The upgrade had been rushed through and that staff had raised concerns":                true, // held-out h30-05
		"Talks had stalled and the union would ballot its members":                              false,
		"She knew it and that night she left":                                                   false,
		"He said that the plant would close":                                                    false,
	} {
		if got := secondReported.MatchString(text); got != want {
			t.Errorf("secondReported(%q) = %v; want %v", text, got, want)
		}
	}
	for _, q := range quizOfHeldOut(t, "h8-10") {
		if strings.Contains(q.Prompt, "and that a ransom") {
			t.Errorf("a second reported clause in quotation marks: %q", q.Prompt)
		}
	}
}
