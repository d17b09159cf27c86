package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/facts"
)

// A sentence that opens on a claim and names its source only at the end
// is asked "does the article report as fact …?"; a sentence that names
// its source first, a quotation, a condition or a claim that points back
// is not.
func TestClaimFirst(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"the source at the end",
			`Gordon Brown has failed to tackle the fundamental unfairness in the tax system in his ninth Budget, Charles Kennedy has said.`,
			"In what way does the article say that Gordon Brown has failed to tackle the fundamental unfairness in the tax system in his ninth Budget?"},
		{"words in quotation marks show whose they are", // ab93, G
			`Gordon Brown has failed to tackle the "fundamental unfairness" in the tax system in his ninth Budget, Charles Kennedy has said.`, ""},
		{"according to, at the end",
			"Broadcasters should fix a date for a televised debate between the main party leaders, according to the Hansard Society.",
			"In what way does the article say that broadcasters should fix a date for a televised debate between the main party leaders?"},
		{"the source first", "Charles Kennedy said Gordon Brown had failed to tackle unfairness in the tax system.",
			"In what way does the article say that Gordon Brown had failed to tackle unfairness in the tax system?"},
		{"the source first, reported by an outlet", "The Jordan Times reported that thousands of Jordanians gathered on Wednesday to receive King Abdullah.",
			"In what way does the article say that thousands of Jordanians gathered on Wednesday to receive King Abdullah?"},
		{"the source first, a claim about what the sentences before introduced",
			"The researchers said the extra sleep did not come at the cost of later bedtimes for the pupils.", ""},
		{"the source first, a forecast", "Charles Kennedy said the tax system would fail the poorest households in the country.", ""},
		{"the source first, a 'the' that its 'of' pins down", "Charles Kennedy said the number of households paying the top rate had risen by a third since 2002.",
			"In what way does the article say that the number of households paying the top rate had risen by a third since 2002?"},
		{"the source first, an 'of' that points back", "The tax on fuel rose in 2002. Charles Kennedy said the share of the tax paid by drivers had doubled since 2002.", ""},
		{"the source first, a pronoun the prompt cannot name", "Damian Hockney said Mr Kilroy-Silk had made him deputy leader of the new party.", ""},
		{"the source first, the speaker's own second verb", // "… and ordered" is the IAAF's act, not the claim
			"The IAAF said the sprinters had failed to provide samples for three tests and ordered Segas to hold a disciplinary inquiry.", ""},
		{"the source first, its own 'it' named", "The Food Standards Agency said it was working with manufacturers to reduce salt in bread.",
			"In what way does the article say that the Food Standards Agency was working with manufacturers to reduce salt in bread?"},
		{"the source first, its own 'he' named", "Festival director Tom Rendall said he had been given less than three weeks' notice of the change.",
			"In what way does the article say that Tom Rendall had been given less than three weeks' notice of the change?"},
		{"the source first, 'it' of a person is someone else's", "Tom Rendall said it had been given less than three weeks' notice of the change.", ""},
		{"the source first, the speaker's own hopes", "Dr Alison Marsh said her team hoped to run a larger trial in thirty schools.", ""},
		{"the source first, the speaker's own feelings", "Tom Rendall said he was not bothered by the people who doubted the festival.", ""}, // h25-08, V
		{"the source first, a second pronoun left", "Tom Rendall said he had been told to leave his post by the board of the festival.", ""},
		{"the source first, members of a body it names", "Derek Lumb said members had learned of the result from a television news bulletin.", ""}, // whose members? (h24-02, W)
		{"the source first, members of a body the claim names", "Derek Lumb said members of the Hansard Society had learned of the result from a television news bulletin.",
			"In what way does the article say that members of the Hansard Society had learned of the result from a television news bulletin?"},
		{"the source first, a thing reported, not a claim", "Hartwell Inns reported an 8% rise in pre-tax profits to £21.6m for the six months to October.", ""}, // h26-01, W
		{"the source first, a clause that opens on 'a'", "The Jordan Times reported a soldier had been killed near the border town of Ramtha on Friday.",
			"In what way does the article say that a soldier had been killed near the border town of Ramtha on Friday?"},
		{"the source first, a place named only by its kind", // which town? (h27-02, W)
			"Charles Kennedy said about 120 people had taken part in the town's summer carnival last year.", ""},
		{"the source first, a person named only by their age", // who? (h7-10, r202, W)
			"According to Spanish newspaper AS, Westbridge officials held talks with the 24-year-old's representatives in Madrid on Monday.", ""},
		{"the source first, a backshifted 'now'", // "fuel now made up …" (h27-01, W)
			"Charles Kennedy said fuel now made up about a third of a typical haulier's running costs.", ""},
		{"according to a description, no name", // "the veterinarian" names no one (h28-09, K)
			"Emus can grow to more than six feet tall and run at speeds of up to 30 miles per hour, according to the veterinarian.", ""},
		{"a time the sentence before sets", // "Since then": since when? (h29-10, W)
			"Since then, at least five other people have reported seeing the animal near the pond, Inspector Carl Dunne said.", ""},
		{"a condition", "If the mayor did not take part, the broadcasters could go ahead with an empty chair, Lord Holme said.", ""},
		{"a claim that points back", "The decision would hit the poorest neighbourhoods hardest, Helen Okafor said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAsked(t, "Budget row\n\n"+tt.body+"\n\nThe broadcasters have not replied to the society.\n", tt.want, footingOptions[creditedFooting],
				eachFact((*generator).claimFirst))
		})
	}
}

// The explanation names the source as the sentence writes it: "a claim
// by the IAAF", not "by IAAF" (r104's draft read "a claim by LCC").
func TestSourceFirstNamesItsSourceAsWritten(t *testing.T) {
	for body, want := range map[string]string{
		"The IAAF said Greek sprinters Costas Kenteris and Katerina Thanou had missed three doping tests.": "It is a claim by the IAAF,",
		// A letter that lowers to more bytes before the claim ("İ") does
		// not move where the claim is found.
		"The İİİİİİ IAAF said Greek sprinters Costas Kenteris and Katerina Thanou had missed three doping tests.": "It is a claim by the İİİİİİ IAAF,",
		// "The" mid-sentence is "the".
		"The Washington Post reported that Emwazi grew up in a well-to-do family in west London.": "It is a claim by the Washington Post,",
	} {
		qs := askedOf(t, "A row\n\n"+body+"\n\nThe athletes deny it.\n",
			func(g *generator) { eachFact((*generator).claimFirst)(g, g.a, g.an) })
		if len(qs) != 1 {
			t.Fatalf("%q: got %d questions; want the source-first one", body, len(qs))
		}
		if !strings.HasPrefix(qs[0].Explanation, want) {
			t.Errorf("explanation %q; want it to open %q", qs[0].Explanation, want)
		}
	}
}

// "An official at the ministry in Seoul, who spoke on condition of
// anonymity, said …, but added that Ri had not been seen …" names no one: its footing is no "claim by
// someone it names" (held-out h2: "a claim by Seoul", K from both).
func TestClaimFirstNotOfAnAnonymousSource(t *testing.T) {
	a := heldOutArticle(t, "h1-10")
	g := newGenerator(a, facts.Extract(a))
	for _, f := range g.an.Facts {
		g.claimFirst(f)
	}
	for _, q := range g.out {
		if strings.Contains(q.Prompt, "Ri had not been seen") {
			t.Errorf("asked %q (%s)", q.Prompt, q.Explanation)
		}
	}
}

// "He said …" right after the sentence that names him is a claim by
// someone the article names — in an earlier sentence, which is the key —
// and a "he" the extractor could not tie to one person, a claim that
// leans on what came before, or a forecast, is not asked.
func TestSourceFirstByPronoun(t *testing.T) {
	const named = "Information commissioner Richard Thomas said the deletion of e-mails to prevent their disclosure from three branches of the government was to be condemned. "
	tests := []struct{ name, body, want string }{
		{"he, named just before", named + "He said there was already clear guidance on the retention of e-mails in a code of practice.",
			"In what way does the article say that there was already clear guidance on the retention of e-mails in a code of practice?"},
		{"she, with where she said it", "Lead researcher Helen Carver said the trial had gone well. She said in a statement that many patients who missed appointments had simply forgotten.",
			"In what way does the article say that many patients who missed appointments had simply forgotten?"},
		{"he, with no one named before", "The e-mails were deleted in March. He said there was already clear guidance on the retention of e-mails in a code of practice.", ""},
		{"he, at the end", named + "Many departments had been given clear guidance on the retention of e-mails since 2002, he said.",
			"In what way does the article say that many departments had been given clear guidance on the retention of e-mails since 2002?"},
		{"he, of something the sentences before brought in", named + "He added that more than 4,000 children had used the three branches for homework last year.", ""},
		{"he, with the government", named + "He said ministers in the government had kept every e-mail since 2002.",
			"In what way does the article say that ministers in the government had kept every e-mail since 2002?"},
		{"he, a forecast", named + "He said ministers would publish clear guidance on the retention of e-mails next year.", ""},
		{"he, a claim about what came before", named + "He said the guidance on the retention of e-mails had been clear for many years.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, q := range askedOf(t, "E-mail row\n\n"+tt.body+"\n\nThe Cabinet Office has not replied.\n",
				func(g *generator) { eachFact((*generator).claimFirst)(g, g.a, g.an) }) {
				if q.Answer != footingOptions[namedBeforeFooting] {
					continue
				}
				got = q.Prompt
				if !slices.Contains(q.Choices, footingOptions[statedFooting]) || slices.Contains(q.Choices, footingOptions[creditedFooting]) || len(q.Choices) != 3 {
					t.Errorf("choices %q: want the fact's and no same-sentence credit", q.Choices)
				}
				if !strings.Contains(q.Explanation, "named earlier in the article") {
					t.Errorf("explanation %q", q.Explanation)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// An "according to" credits the body, not an aside after a dash or the
// kind of record it keeps (held-out h29-07, h29-09: "a claim by Corwin's
// estimates", W).
func TestCreditedBody(t *testing.T) {
	for subject, want := range map[string]string{
		"the National Weather Service - nowhere near enough to bury a house": "the National Weather Service",
		"Corwin's estimates":         "Corwin",
		"the council's own figures":  "the council",
		"the Hansard Society":        "the Hansard Society",
		"research firm Kessler Data": "research firm Kessler Data",
	} {
		if got := creditedBody(subject); got != want {
			t.Errorf("creditedBody(%q) = %q; want %q", subject, got, want)
		}
	}
}
