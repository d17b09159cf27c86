package quiz

import (
	"strings"
	"testing"
)

// What the held-out round h10 failed (r123, W from both reviewers),
// each asked no more or asked right.
func TestHeldOutTenFailuresMended(t *testing.T) {
	assertMended(t, []mended{
		{"h10-01", "a claim shown with a speech tail whose speaker the question took away", func(q Question) bool {
			return strings.Contains(q.Prompt, "noting that")
		}},
		{"h10-10", "\"the group\" asked about without saying which", func(q Question) bool {
			return strings.Contains(q.Prompt, "in contact with the group")
		}},
	})
}

// A claim that names an idea or event only an earlier sentence
// introduced points back; a thing or person named as its sentence names
// it, or an idea its own words define, does not.
func TestPointsBackTo(t *testing.T) {
	for text, want := range map[string]bool{
		"ministers had been warned about the problem as early as 2002": true,
		"the rumor is completely false":                                true,
		"the report is completely false":                               true,
		"the effects would be felt for years":                          true,
		"the impact on jobs had been exaggerated":                      true,
		"the kneeling man is James Wright Foley":                       false,
		"the video shows the beheading of a journalist":                false,
		"the problem of rural buses had been ignored":                  false,
		"the decision to close the plant was taken in May":             false,
	} {
		if got := pointsBackTo(text); got != want {
			t.Errorf("pointsBackTo(%q) = %v, want %v", text, got, want)
		}
	}
}

// taggedArticle names its speaker, then quotes her judgement in the
// next sentence under a pronoun.
const taggedArticle = "Council to close two libraries\n\n" +
	"Marsh Vale council voted on Tuesday to close two of its seven libraries by March.\n\n" +
	"The libraries at Hilltop and Brook Lane lent 41,000 books last year.\n\n" +
	"Ann Reed, who runs a reading group at Hilltop, said families had not been asked.\n\n" +
	"\"This is a shameful decision and the town will pay for years to come,\" she said.\n"

// A judgement quoted under "she said" is asked of the speaker the
// sentence before names, with her words alone: not "she said", and no
// full stop before the question mark.
func TestFactOrOpinionOfATaggedQuote(t *testing.T) {
	qs := askedOf(t, taggedArticle, (*generator).opinion)
	if len(qs) != 2 {
		t.Fatalf("%d questions, want the pair", len(qs))
	}
	op := qs[0]
	want := "Is what Ann Reed says here a fact that could be checked, or an opinion: “This is a shameful decision and the town will pay for years to come”?"
	if op.Prompt != want || op.Answer != opinionOption || !strings.Contains(op.Explanation, "Ann Reed's judgement") {
		t.Errorf("got %q → %q (%q)\nwant %q", op.Prompt, op.Answer, op.Explanation, want)
	}
	// No one named just before: whose "she"?
	unnamed := strings.Replace(taggedArticle, "Ann Reed, who runs a reading group at Hilltop, said families had not been asked.", "Families had not been asked, campaigners said.", 1)
	if qs := askedOf(t, unnamed, (*generator).opinion); len(qs) != 0 {
		t.Errorf("asked with no speaker named before: %q", qs[0].Prompt)
	}
	// Words that point at what the sentences before told ("this one",
	// "it") leave the quotation shown alone meaning nothing.
	pointing := strings.Replace(taggedArticle, "This is a shameful decision and the town will pay for years to come", "It's a shameful end for this one", 1)
	if qs := askedOf(t, pointing, (*generator).opinion); len(qs) != 0 {
		t.Errorf("asked of a quotation that points back: %q", qs[0].Prompt)
	}
	// A fact with a judgement inside is no opinion to ask.
	mixed := strings.Replace(taggedArticle, "This is a shameful decision and the town will pay for years to come", "We collected 3,000 names in May in a shameful week", 1)
	if qs := askedOf(t, mixed, (*generator).opinion); len(qs) != 0 {
		t.Errorf("asked of a fact with a judgement inside: %q", qs[0].Prompt)
	}
}
