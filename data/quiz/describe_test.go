package quiz

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestDemonymAnswersWhereFrom: to a question of where someone or
// something is based or from, the word for a country's people answers as
// the country does ("Swiss-based" for Switzerland); to "What country did
// they invade?" it does not (issue 13).
func TestDemonymAnswersWhereFrom(t *testing.T) {
	based := Question{ID: "b", Kind: ShortAnswer, Prompt: "Where is the bank based?", Answer: "Switzerland", Accepted: []string{"Switzerland"}}
	invaded := Question{ID: "i", Kind: ShortAnswer, Prompt: "What country did the army invade?", Answer: "Ireland", Accepted: []string{"Ireland"}}
	for _, c := range []struct {
		q      Question
		answer string
		want   Verdict
	}{
		{based, "It's Swiss-based.", Correct},
		{based, "it is Swiss", Correct},
		{based, "Switzerland", Correct},
		{based, "German", Incorrect},
		{invaded, "Irish", Incorrect},
		{invaded, "Ireland", Correct},
	} {
		if got := Check(c.q, c.answer).Verdict; got != c.want {
			t.Errorf("%q to %q: %s; want %s", c.answer, c.q.Prompt, got, c.want)
		}
	}
}

// TestSpeakerDescriptions: a description that stands for a speaker just
// named ("The party leader said …" after "Jane Smith has denied …") is
// one of that person's descriptions; not when another speaker came
// between, nor for someone else (issue 13: "the Tory leader" for Michael
// Howard).
func TestSpeakerDescriptions(t *testing.T) {
	a, err := article.Read([]byte("Smith Denies Rift\n\n" +
		"Jane Smith has denied that her party is split over the plan. The party leader said her team had agreed.\n\n" +
		"Tom Jones said the vote was close. \"We will see,\" said the council chief.\n\n" +
		"Amy Lee spoke later. Bob Ray said nothing. The union boss said it was fine."))
	if err != nil {
		t.Fatal(err)
	}
	if got := DescriptionsOf(a, "Jane Smith"); !slices.Contains(got, "the party leader") {
		t.Errorf("Jane Smith's descriptions %q lack “the party leader”", got)
	}
	if got := DescriptionsOf(a, "Tom Jones"); !slices.Contains(got, "the council chief") {
		t.Errorf("Tom Jones's descriptions %q lack “the council chief”", got)
	}
	if got := DescriptionsOf(a, "Jane Smith"); slices.Contains(got, "the council chief") {
		t.Errorf("Jane Smith was given Tom Jones's description: %q", got)
	}
	if got := DescriptionsOf(a, "Amy Lee"); slices.Contains(got, "the union boss") {
		t.Errorf("“the union boss” went to Amy Lee, though Bob Ray spoke last: %q", got)
	}
}

// FuzzDescriptionsOf reads arbitrary articles and names (seeds: the cases
// above): never a panic, and every description is non-empty.
func FuzzDescriptionsOf(f *testing.F) {
	f.Add("Smith Denies Rift\n\nJane Smith has denied it. The party leader said so.", "Jane Smith")
	f.Add("T\n\n\"We will see,\" said the council chief. Tom Jones said no.", "Tom Jones")
	f.Fuzz(func(t *testing.T, text, name string) {
		a, err := article.Read([]byte(text))
		if err != nil {
			return
		}
		for _, d := range DescriptionsOf(a, name) {
			if d == "" {
				t.Fatalf("an empty description of %q", name)
			}
		}
		WithDescriptions([]string{name}, a)
	})
}
