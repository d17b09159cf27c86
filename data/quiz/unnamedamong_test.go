package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/facts"
)

// A claim with nobody named is asked about among the sentences nearest it
// that name their speaker; where fewer than two do, or where the unnamed
// words are a side clause or go on with a source just named, it is not.
func TestUnnamedAmongNamedSentences(t *testing.T) {
	const unnamed = "But analysts said the respite for the dollar was likely to be only temporary."
	for _, c := range []struct {
		name, text string
		asked      bool
	}{
		{"two named voices around it", "Dollar falls again\n\n" +
			"Finance minister Anna Berg said the rise of the euro was harming exports from every country in Europe. " + unnamed +
			" Banker Tom Reed said the ministers' comments were too weak to move the market at all.\n", true},
		{"one named voice only", "Dollar falls again\n\n" +
			"Finance minister Anna Berg said the rise of the euro was harming exports from every country in Europe. " + unnamed +
			" Markets in Tokyo and London followed the slide through the whole of the afternoon.\n", false},
		{"a claim opening on a time only the sentence before sets", "Dollar falls again\n\n" +
			"Finance minister Anna Berg said the rise of the euro was harming exports from every country in Europe. " +
			"At that point the dollar was likely to fall further against the euro, analysts said. " +
			"Banker Tom Reed said the ministers' comments were too weak to move the market at all.\n", false},
		{"the unnamed words a side clause", "Dollar falls again\n\n" +
			"Finance minister Anna Berg said the rise of the euro was harming exports from every country in Europe. " +
			"The dollar fell again on Monday against a currency that analysts said was already far too strong for exporters. " +
			"Banker Tom Reed said the ministers' comments were too weak to move the market at all.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []Question
			for _, q := range askedOf(t, c.text, everyFlag((*generator).whatIsWrong)) {
				if q.Prompt == unnamedAmongPrompt {
					got = append(got, q)
				}
			}
			if !c.asked {
				if len(got) > 0 {
					t.Fatalf("asked %q, want no question", got[0].Choices)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d questions, want 1", len(got))
			}
			q := got[0]
			if q.Answer != unnamed || !slices.Contains(q.Choices, unnamed) || len(q.Choices) != 3 {
				t.Errorf("answer %q among %q", q.Answer, q.Choices)
			}
			for _, name := range []string{"Anna Berg", "Tom Reed"} {
				if !strings.Contains(q.Explanation, name) {
					t.Errorf("explanation %q does not name %s", q.Explanation, name)
				}
			}
			if q.Source != "flag:"+string(facts.AnonymousSource) {
				t.Errorf("source %q", q.Source)
			}
		})
	}
}

// A passive report right after a named source goes on with that source's
// account: it is no unnamed claim.
func TestUnnamedAmongSkipsAReportThatGoesOn(t *testing.T) {
	const text = "Strikes near Kobani\n\n" +
		"Finance minister Anna Berg said the strikes had been planned for weeks by the coalition's commanders. " +
		"US Central Command announced two strikes near the town of Kobani on Monday evening. " +
		"One strike was said to have destroyed a checkpoint while the other was not successful at all. " +
		"Banker Tom Reed said the strikes would not change what the markets expected in the region this year.\n"
	for _, q := range askedOf(t, text, everyFlag((*generator).whatIsWrong)) {
		if q.Prompt == unnamedAmongPrompt {
			t.Errorf("asked, with %q as the answer", q.Answer)
		}
	}
}

func TestByDistance(t *testing.T) {
	for _, c := range []struct {
		i, n int
		want []int
	}{
		{0, 1, []int{}},
		{0, 4, []int{1, 2, 3}},
		{2, 5, []int{1, 3, 0, 4}},
		{3, 4, []int{2, 1, 0}},
	} {
		if got := byDistance(c.i, c.n); !slices.Equal(got, c.want) {
			t.Errorf("byDistance(%d, %d) = %v, want %v", c.i, c.n, got, c.want)
		}
	}
}

func TestJoinAnd(t *testing.T) {
	for in, want := range map[string]string{"": "", "A": "A", "A|B": "A and B", "A|B|C": "A, B and C"} {
		names := strings.Split(in, "|")
		if in == "" {
			names = nil
		}
		if got := joinAnd(names); got != want {
			t.Errorf("joinAnd(%q) = %q, want %q", names, got, want)
		}
	}
}

func TestWholeQuotation(t *testing.T) {
	for text, want := range map[string]bool{
		"“She will be useful in the talks,” said Elias Farhat, a retired general.": true,
		"\"If a bid is going to emerge it is likely soon,\" said Mark Pervan.":     true,
		"“They’re starting more sorties tomorrow than they’ve ever had.":           false, // goes on in the next sentence
		"“He’s angry,” Hunter said.":                                               false, // too short to stand as an option
		"Mark Pervan said the bid was likely to come within two weeks.":            false, // no quotation
	} {
		if got := wholeQuotation(text); got != want {
			t.Errorf("wholeQuotation(%q) = %v, want %v", text, got, want)
		}
	}
}

// "Who is the source of this claim?" of an unnamed source offers, where
// the article quotes too few people for certain, the people it gives a
// post as the wrong options; with nobody so described, it is not asked.
func TestUnnamedSourceOffersDescribedPeople(t *testing.T) {
	const claim = "The second wife of the group's leader is being questioned in Beirut after her arrest ten days ago, security officials revealed on Tuesday."
	for _, c := range []struct {
		name, rest string
		want       []string
	}{
		{"two experts described", " Elias Farhat, a former army commander, thinks the arrest matters. Mario Abou Zeid, a research analyst in Beirut, is not so sure of it.",
			[]string{notNamed, "Elias Farhat", "Mario Abou Zeid"}},
		{"nobody described", " The arrest matters to the army. Nobody is sure of it in the city yet.", nil},
		{"only the story's subjects described", " Omar Haddad, a former minister, has not been seen for a year. Leila Nasser, the town's mayor, is his cousin.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, q := range askedOf(t, "Leader's wife held\n\n"+claim+c.rest+"\n", func(g *generator) { g.sourcing(0) }) {
				got = q.Choices
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("choices %q, want %q", got, want)
			}
		})
	}
}

// Unnamed words that open a clause joined by "and" are the sentence's
// own second claim: asked as the unnamed source.
func TestUnnamedAmongCoordinateClause(t *testing.T) {
	const compound = "The dollar hit a new record low on Friday and analysts predict that more declines are likely next year."
	text := "Dollar falls again\n\n" +
		"Finance minister Anna Berg said the rise of the euro was harming exports from every country in Europe. " + compound +
		" Banker Tom Reed said the ministers' comments were too weak to move the market at all.\n"
	asked := false
	for _, q := range askedOf(t, text, everyFlag((*generator).whatIsWrong)) {
		asked = asked || q.Prompt == unnamedAmongPrompt && q.Answer == compound
	}
	if !asked {
		t.Errorf("%q not asked as the unnamed source", compound)
	}
	for text, want := range map[string]bool{
		"the dollar fell and analysts predict more falls": true,
		"analysts predict more falls":                     false, // no clause before it: mainClauseCue's case
		"the dollar, which analysts predict will fall":    false,
	} {
		if got := opensCoordinateClause(text, "analysts predict"); got != want {
			t.Errorf("opensCoordinateClause(%q) = %v, want %v", text, got, want)
		}
	}
}

// The explanation names the other sentences' sources as they are
// written, a body with its "the": "Gareth Price, Welsh Assembly
// Government and Tanabe" read as a slip (held-out h2, W).
func TestUnnamedAmongNamesBodiesWithTheirThe(t *testing.T) {
	for _, q := range quizOfHeldOut(t, "h1-06") {
		if q.Prompt == unnamedAmongPrompt && strings.Contains(q.Explanation, "Welsh Assembly Government") &&
			!strings.Contains(q.Explanation, "the Welsh Assembly Government") {
			t.Errorf("explanation %q", q.Explanation)
		}
	}
}

// Held-out h14 (r135): an answer whose claim is "that", the sentence
// before's point, says nothing alone; a wrong option that states its
// first half in its own words before ", and" brings in the speaker is
// not clearly wrong; where the next sentence names one of the analysts
// left unnamed, the explanation says so.
func TestUnnamedAmongOnH14Shapes(t *testing.T) {
	for text, want := range map[string]bool{
		"Some analysts said that was exactly the point.":                              true,
		"Critics say this is a step too far.":                                         true,
		"Wildlife experts say it would not be unheard of for a bear to enter a shop.": false,
		"Analysts said the deal was worth $1.4 billion.":                              false,
	} {
		if got := saidOfWhatCameBefore.MatchString(text); got != want {
			t.Errorf("saidOfWhatCameBefore(%q) = %v, want %v", text, got, want)
		}
	}
	for _, c := range []struct {
		text, speaker string
		want          bool
	}{
		{"Loopchat does not run ads, and Brandauer has said he wants to avoid them.", "Brandauer", true},
		{"\"We checked the lots, and found nothing,\" said Ray Guidry.", "Ray Guidry", false},
		{"Karen Doyle said the price was high, and others agreed.", "Karen Doyle", false},
	} {
		if got := creditsOnlyItsLastClause(c.text, c.speaker); got != c.want {
			t.Errorf("creditsOnlyItsLastClause(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	text := "Deal talks\n\nOrrin Systems is in talks to buy Loopchat, the company said on Monday. It would be a big move for Orrin, said Tom Reed, its chief executive. Some analysts said the price was far too high for a firm with no profits.\n\n" +
		"\"Orrin is paying for growth it may never see,\" said Karen Doyle, an analyst at Halbrook Securities.\n\nLoopchat's founder, Tyler Brandauer, said the app would stay free.\n"
	qs := askedOf(t, text, everyFlag((*generator).unnamedAmong))
	if len(qs) != 1 || !strings.HasSuffix(qs[0].Explanation, "The next sentence does name one of the analysts, Karen Doyle: can one speak for them all?") {
		t.Fatalf("asked %+v", qs)
	}
}

// Witnesses, residents and critics are as unnamed as analysts, even right
// after a named source; an impersonal "It is understood …" names no one
// for its claim, and stands alone where "He is believed …" does not.
func TestUnnamedAmongWitnessesAndImpersonalReports(t *testing.T) {
	const before = "Shooting inquiry\n\nFinance minister Anna Berg said the inquiry into the shooting would report within a month. " +
		"The town's police station was closed to the public for two days. "
	const after = " The shooting happened on a busy street near the station at night." +
		" Banker Tom Reed said the town's shops had stayed shut for the whole of the following week.\n"
	for _, c := range []struct {
		name, unnamed string
		asked         bool
	}{
		{"witnesses right after a named source", "Some witnesses say that the officer began shooting after the man had fled.", true},
		{"an impersonal report", "It is understood the council has already spent more than £400,000 on the inquiry.", true},
		{"an impersonal report right after a named source", "It is understood the council has already spent more than £400,000 on the inquiry.", true},
		{"an impersonal report of a person left unnamed", "It is believed he was questioned by detectives for several hours.", false},
		{"an impersonal report too short to stand alone", "It is understood that talks began.", false},
		{"officials of the body just named", "The Home Office said a second complaint had been made by a neighbour. Officials said they had not yet spoken to the officer's family.", false},
		{"officials after a person named", "Anna Berg said a second complaint had been made by a neighbour. Officials said they had not yet spoken to the officer's family.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []Question
			text := before + c.unnamed + after
			if strings.Contains(c.name, "right after") {
				// Right after Anna Berg's words, where a passive report would go on with hers.
				text = strings.Replace(text, "The town's police station was closed to the public for two days. ", "", 1)
			}
			for _, q := range askedOf(t, text, everyFlag((*generator).whatIsWrong)) {
				if q.Prompt == unnamedAmongPrompt {
					got = append(got, q)
				}
			}
			want := c.unnamed
			if at := strings.Index(want, "Officials"); at > 0 {
				want = want[at:] // the answer is the officials' sentence
			}
			if asked := len(got) == 1 && got[0].Answer == want; asked != c.asked {
				t.Errorf("asked = %v, want %v (%d questions)", asked, c.asked, len(got))
			}
		})
	}
}

func TestImpersonalReport(t *testing.T) {
	for text, want := range map[string]bool{
		"It is understood the company has already spent more than £400,000 on surveys and design work.": true,
		"It is believed Baghdadi became head of the Islamic State of Iraq in 2010.":                     true,
		"It is believed he was indoctrinated by a preacher who persuaded him to go.":                    false,
		"It is understood that discussions began last autumn.":                                          false,
		"It quoted an unnamed spokesman and said the family had asked for privacy.":                     false,
		"He is believed to have travelled to Syria around 2012 and joined the group.":                   false,
		"It is understood to have sold fewer than 20,000 copies in its first three weeks.":              false,
	} {
		if got := impersonalReport(text); got != want {
			t.Errorf("impersonalReport(%q) = %v, want %v", text, got, want)
		}
	}
}

// A sentence that opens on "One of them" is no option to show alone
// (held-out h26-09, W).
func TestOneOfThem(t *testing.T) {
	for text, want := range map[string]bool{
		"One of them, Swedish physiologist Dr Anders Holmqvist, said the values were hard to explain.": true,
		"Some of those who marched said the police had been heavy-handed.":                             true,
		"One of the experts, Dr Anders Holmqvist, said the values were hard to explain.":               false,
	} {
		if got := oneOfThem.MatchString(text); got != want {
			t.Errorf("oneOfThem(%q) = %v, want %v", text, got, want)
		}
	}
}
