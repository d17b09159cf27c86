package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/facts"
)

// everyStatement runs the speaker check on every statement of the article.
func everyStatement(g *generator) {
	for _, f := range g.an.Facts {
		if f.Kind == facts.Statement {
			g.speakerCheck(f)
		}
	}
}

// "Did X say …?" is asked of a person's claim: Yes of its speaker where
// the sentence does not give the name the prompt does, or No of another
// person the article quotes (the claim's hash chooses), never No of
// someone the claim names or who stands beside the speaker's name, and
// never of a body or of a quotation too short to stand alone.
func TestSpeakerCheck(t *testing.T) {
	const (
		hart = "Tom Hart, the trade minister, spoke in Leeds on Monday. "
		lee  = ` "We will appeal against the ruling in the High Court next month," said Ann Lee, the firm's lawyer.`
	)
	for _, c := range []struct {
		name, body, want, answer string
	}{
		{"its own speaker, by surname", hart + `"The rules on imports will change completely within the next two years," said Mr Hart.` + lee,
			"According to the article, did Tom Hart say “The rules on imports will change completely within the next two years”?", "Yes"},
		{"its own speaker, named in full beside the words", hart + `"The rules on imports will change completely within the next two years," said Tom Hart.` + lee, "", ""},
		{"another person the article quotes", hart + `"The rules on all imports will change completely within the next two years," said Mr Hart.` + lee,
			"According to the article, did Ann Lee say “The rules on all imports will change completely within the next two years”?", "No"},
		{"reported speech", hart + `Mr Hart said that the rules on all imports would change completely within two years.` + lee,
			"According to the article, did Ann Lee say that the rules on all imports would change completely within two years?", "No"},
		{"not No of someone named beside the speaker", hart + `"The rules on all imports will change completely within the next two years," said Mr Hart. Ann Lee backed Tom Hart's view.` + lee, "", ""},
		{"not No of the person the claim names", hart + `"Ann Lee will lose the appeal that she has planned for next month," said Mr Hart.` + lee, "", ""},
		{"a body's words", hart + `"The rules on imports will change completely within the next two years," the Trade Office said.` + lee, "", ""},
		{"a short quotation", hart + `"That would be a disaster," said Mr Hart.` + lee, "", ""},
	} {
		got, answer := "", ""
		for _, q := range askedOf(t, "Trade row\n\n"+c.body+"\n", everyStatement) {
			if q.Sentence == 1 {
				got, answer = q.Prompt, q.Answer
			}
		}
		if got != c.want || answer != c.answer {
			t.Errorf("%s: got %q (%s), want %q (%s)", c.name, got, answer, c.want, c.answer)
		}
	}
}

// A quiz holds at most a Yes and a No of them.
func TestSpeakerChecksCapped(t *testing.T) {
	var all []Question
	for i, answer := range []bool{true, false, true, false} {
		q := yesNo("According to the article, did Tom Hart say “"+string(rune('a'+i))+"”?", answer, i, "", 1, 80)
		q.Source, q.key, q.ID = string(speakerCheckKind), string(rune('a'+i)), string(rune('a'+i))
		all = append(all, q)
	}
	if got := pick(all, 12); len(got) != maxSpeakerChecks {
		t.Errorf("chose %d, want %d", len(got), maxSpeakerChecks)
	}
}
