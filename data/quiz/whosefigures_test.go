package quiz

import (
	"slices"
	"strings"
	"testing"
)

// Each credit reads its example and not its near miss.
func TestFiguresCredits(t *testing.T) {
	for _, c := range figuresCredits {
		t.Run(c.name, func(t *testing.T) {
			if !anyWord(lowerWordSet(c.example), figuresNouns) {
				t.Errorf("example %q has none of the words the credits run on", c.example)
			}
			got, ok := readFiguresCredit(c.example)
			if !ok || got.body == "" || got.claim == "" || got.noun == "" {
				t.Errorf("example %q read as %+v, %v", c.example, got, ok)
			}
			if got, ok := readFiguresCredit(c.nearMiss); ok {
				t.Errorf("near miss %q read as %+v", c.nearMiss, got)
			}
		})
	}
}

// "Whose figures show that …?" is asked where the sentence credits its
// numbers to the body they come from, described ("the council"), or to
// an outside research firm about a company it names; the three options
// are the kinds of source. A named body of no known side, a claim that
// names the body the option names, and an outside source beside the
// body's own are not asked.
func TestWhoseFigures(t *testing.T) {
	const head = "Council to shut libraries\n\n" +
		"Eastbridge council has voted to close five of its branch libraries to save money.\n\n" +
		"Library campaigners said the decision was short-sighted.\n\n"
	for _, c := range []struct {
		name, sentence, prompt, answer string
	}{
		{"the body's own, before the claim",
			"Figures released by the council show the five branches had a combined 94,000 visits last year.",
			"Whose figures does the article give for this claim: “The five branches had a combined 94,000 visits last year”?",
			"The council's own figures"},
		{"the body's own, after the claim",
			"Visits to the five branches fell by almost a quarter between 2001 and 2004, according to council figures.",
			"Whose figures does the article give for this claim: “Visits to the five branches fell by almost a quarter between 2001 and 2004”?",
			"The council's own figures"},
		{"the body's own, an aside after a dash",
			"About 3,000 people used the branches each week, according to the council's own figures - a third fewer than in 1995.",
			"Whose figures does the article give for this claim: “About 3,000 people used the branches each week”?",
			"The council's own figures"},
		{"an outside firm's estimates",
			"Orvex shipped an estimated 11 million smartphones in the second quarter, according to estimates from research firm Kessler Data.",
			"Whose estimates does the article give for this claim: “Orvex shipped an estimated 11 million smartphones in the second quarter”?",
			"Estimates from an outside research firm"},
		{"a named body of no known side",
			"Spending on books fell for the fourth month in a row, according to figures from the British Retail Consortium.", "", ""},
		{"no body at all",
			"Visits to the five branches fell by almost a quarter, according to figures released on Monday.", "", ""},
		{"the option would echo the claim",
			"The council's spending on books fell by 12% last year, according to figures released by the council.", "", ""},
		{"no number",
			"Figures released by the council show the branches are rarely busy in the afternoons.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			q, ok := askedAtMostOnce(t, head+c.sentence+"\n", eachSentence((*generator).whoseFigures), c.prompt)
			if ok && (q.Prompt != c.prompt || q.Answer != c.answer || len(q.Choices) != 3 || !slices.Contains(q.Choices, c.answer)) {
				t.Errorf("got %q %q %q, want %q %q", q.Prompt, q.Answer, q.Choices, c.prompt, c.answer)
			}
		})
	}
	t.Run("beside analysts who give no figure", func(t *testing.T) {
		text := head + "Figures released by the council show the five branches had a combined 94,000 visits last year.\n\n" +
			"Analysts have warned that many councils face similar choices.\n"
		if qs := askedOf(t, text, eachSentence((*generator).whoseFigures)); len(qs) != 1 {
			t.Errorf("got %d questions beside analysts who give no figure, want 1", len(qs))
		}
	})
	t.Run("beside a survey", func(t *testing.T) {
		text := head + "Figures released by the council show the five branches had a combined 94,000 visits last year.\n\n" +
			"A survey by the campaigners found most users wanted the branches kept.\n"
		if qs := askedOf(t, text, eachSentence((*generator).whoseFigures)); len(qs) > 0 {
			t.Errorf("asked %q beside an outside source", qs[0].Prompt)
		}
	})
}

// FuzzReadFiguresCredit holds what a credit reads to the sentence it
// reads: its body and claim are the sentence's own words.
func FuzzReadFiguresCredit(f *testing.F) {
	for _, c := range figuresCredits {
		f.Add(c.example)
		f.Add(c.nearMiss)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, ok := readFiguresCredit(text)
		if !ok {
			return
		}
		if !strings.Contains(text, got.body) || !strings.Contains(text, got.claim) || got.body == "" {
			t.Errorf("read %+v from %q", got, text)
		}
	})
}
