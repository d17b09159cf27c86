package quiz

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// Each gate refuses its example and lets its near miss through.
func TestGates(t *testing.T) {
	cases := []struct {
		gate     string
		fails    Question
		nearMiss Question
	}{
		{"doubled word",
			Question{Kind: Who, Prompt: "Who said that that, so far, it had not seen it?", Answer: "X"},
			Question{Kind: Who, Prompt: "Who said that the police had seen it?", Answer: "X"}},
		{"fragment joined to a function word",
			Question{Kind: YesNo, Prompt: "Did has commit to take the matter further?", Answer: "Yes"},
			Question{Kind: YesNo, Prompt: "Did the council commit to take the matter further?", Answer: "Yes"}},
		{"fragment joined to a function word",
			Question{Kind: Who, Prompt: "Who told the that BBC it was not yet a done deal?", Answer: "X"},
			Question{Kind: Who, Prompt: "Who told the BBC that it was not yet a done deal?", Answer: "X"}},
		{"nested quotation marks",
			Question{Kind: Who, Prompt: "Who said “\"It is over\"”?", Answer: "X"},
			Question{Kind: Who, Prompt: "Who said “It is over”?", Answer: "X"}},
		{"answer in the prompt",
			Question{Kind: Who, Prompt: "Who said Jack Ma would visit?", Answer: "Jack Ma", Accepted: []string{"Jack Ma"}},
			Question{Kind: Who, Prompt: "Who said Trump would visit?", Answer: "Jack Ma", Accepted: []string{"Jack Ma"}}},
	}
	for _, c := range cases {
		t.Run(c.gate, func(t *testing.T) {
			if passesGates(c.fails) {
				t.Errorf("%q passed; the %s gate should refuse it", c.fails.Prompt, c.gate)
			}
			if !passesGates(c.nearMiss) {
				t.Errorf("%q was refused", c.nearMiss.Prompt)
			}
		})
	}
}

// TestPresentation reads how sentences present their claims, and stays
// silent where two answers would fit or the name gives it away.
func TestPresentation(t *testing.T) {
	cases := []struct {
		sentence string
		want     string // the way's name, or "" for no question
	}{
		{"Tory sources say senior party figures had argued vociferously against the scheme.", presentedUnnamed.name},
		{"The hooded man is believed to be a 23-year-old rapper from west London.", presentedUnnamed.name},
		{"The move could mean more confusion for consumers already faced by many systems.", presentedPossible.name},
		{"The move could mean more confusion for consumers already faced by many systems, experts warned.", ""},
		{"Ma promoted Alibaba as a platform that could be used by small business in the United States.", ""},
		{"The Lib Dems have pledged to oppose the bill when it is debated next Monday.", presentedFact.name},
		{"Michael Howard said his front bench team had reached a collective view on the cards.", ""},
		{"A BBC spokeswoman said Andi Peters would continue as executive producer on the show.", ""},
		{"They say there are no guarantees the system will even prevent piracy at all.", ""},
		{"Edward Fox is one of the men behind plans to reopen a theatre thought to be Wales' oldest.", ""},
	}
	for _, c := range cases {
		a, err := article.Parse([]byte("A headline for the test\n\nMichael Howard leads the party. Jane Roe spoke too.\n\n" + c.sentence + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		i := len(a.Sentences) - 1
		p, _, ok := g.presentationOf(i)
		got := ""
		if ok {
			got = p.name
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestPickNeverRepeatsAnAnswerOrPads: two questions with one answer
// give one; a candidate below minScore is never asked, however short the
// quiz; numbers stay at most a quarter.
func TestPickNeverRepeatsAnAnswerOrPads(t *testing.T) {
	q := func(id string, kind Kind, answer string, score int) Question {
		return Question{ID: id, Kind: kind, Answer: answer, score: score, key: id, Prompt: id}
	}
	pool := []Question{
		q("a", Who, "Jack Ma", 90), q("b", Who, "Jack Ma", 80), q("c", YesNo, "No", 70),
		q("d", Choice, "Computerworld", 50), q("e", HowMany, "3,000", 80), q("f", HowMany, "12", 80),
		q("g", HowMany, "40", 80), q("h", YesNo, "Yes", 65),
		q("i", Choice, notNamed, 88), q("j", Choice, noHolder, 84),
	}
	got := pick(pool, 12)
	ids := map[string]bool{}
	for _, x := range got {
		ids[x.ID] = true
	}
	if ids["a"] == ids["b"] {
		t.Errorf("one of the two Jack Ma questions should be asked: %v", ids)
	}
	if ids["d"] {
		t.Error("a candidate below the bar was asked")
	}
	if ids["i"] == ids["j"] {
		t.Errorf("one of “%s” and “%s” should be asked, not both nor neither: %v", notNamed, noHolder, ids)
	}
	numbers := 0
	for _, x := range got {
		if x.Kind == HowMany {
			numbers++
		}
	}
	if numbers > 1 && numbers*numberShare > len(got) {
		t.Errorf("%d number questions in %d", numbers, len(got))
	}
}

func TestCountNote(t *testing.T) {
	cases := []struct {
		got, asked int
		want       string
	}{
		{8, 12, "8 good questions from this article. You asked for 12"},
		{12, 12, "12 questions from this article."},
		{0, 12, "no questions it could ask well"},
		{1, 12, "1 good question from this article. You asked for 12"},
		{1, 1, "1 question from this article."},
	}
	for _, c := range cases {
		if got := CountNote(c.got, c.asked); !strings.Contains(got, c.want) {
			t.Errorf("CountNote(%d, %d) = %q, want it to say %q", c.got, c.asked, got, c.want)
		}
	}
}

func TestOrgIn(t *testing.T) {
	cases := map[string]string{
		"WMC chief executive":                       "WMC",
		"spokesman for anti-virus firm Finjan":      "Finjan",
		"vice president for entertainment at Nokia": "Nokia",
		"a 25-year-old doctor from Bolton":          "",
		"Lib Dem home affairs spokesman":            "Lib Dem",
		"a research analyst":                        "",
		"Swansea-born actor-director":               "",
	}
	for role, want := range cases {
		if got := orgIn(role); got != want {
			t.Errorf("orgIn(%q) = %q, want %q", role, got, want)
		}
	}
}

func TestRoleBefore(t *testing.T) {
	cases := []struct{ sentence, name, want string }{
		{"US Treasury Secretary John Snow said the dollar was strong.", "John Snow", "US Treasury Secretary"},
		{"Rumors of the death of former Cuban leader Fidel Castro spread.", "Fidel Castro", "former Cuban leader"},
		{"But Tory leader Michael Howard disagreed.", "Michael Howard", "Tory leader"},
		{"Islamic State leader Abu Bakr al-Baghdadi spoke.", "Abu Bakr", ""},
	}
	for _, c := range cases {
		if got := roleBefore(c.sentence, c.name); got != c.want {
			t.Errorf("roleBefore(%q, %q) = %q, want %q", c.sentence, c.name, got, c.want)
		}
	}
}

// TestUnconfirmedIsNoYesNo: a claim the article says nobody has
// confirmed is flagged, and asked no "has it been verified?": the answer
// was always No, and strict reviewers guessed it (r109, h1: 0 usable of
// 3; by someone, "did CNN verify …?", 0 of 4 before).
func TestUnconfirmedIsNoYesNo(t *testing.T) {
	for _, text := range []string{
		"Marie Harf said the U.S. had seen the video but couldn't confirm its accuracy.",
		"A lawyer shared the audio of the shooting with CNN on Sunday. The network aired the recording on Monday but has not verified its authenticity.",
		"The footage could not be independently verified.",
		"It is not yet clear if Boko Haram carried out the bus station bombing, though the group has struck before.",
	} {
		a, err := article.Parse([]byte("Video emerges online\n\nMilitants released a video on Tuesday showing the attack. " + text + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		an := facts.Extract(a)
		if len(an.ByKind(facts.Unconfirmed)) == 0 {
			t.Fatalf("%q: no unconfirmed fact", text)
		}
		for _, q := range Generate(a, an, DefaultCount) {
			if q.Kind == YesNo {
				t.Errorf("%q: asked %q", text, q.Prompt)
			}
		}
	}
}

// TestGivenInFull agrees with the pattern it replaces on names and near
// misses.
func TestGivenInFull(t *testing.T) {
	article := "Rep. Duncan Hunter spoke. Hunter said so. Mr. Fogg agreed. The McDonald Taylor case. Jean-Luc Bernard left. Hunters met."
	for _, w := range []string{"Hunter", "Fogg", "Taylor", "Bernard", "Hunt", "Luc"} {
		want := regexp.MustCompile(`\p{Lu}\p{Ll}+ ` + regexp.QuoteMeta(w) + `\b`).MatchString(article)
		if got := givenInFull(w, article); got != want {
			t.Errorf("givenInFull(%q) = %v, the pattern says %v", w, got, want)
		}
	}
}

// TestQuotesNest: a sentence that quotes someone, quoted in a prompt,
// keeps one pair of double marks, its own becoming single.
func TestQuotesNest(t *testing.T) {
	checkEach(t, "quoteText", quoteText, map[string]string{
		`He said "no" to it.`:         `“He said ‘no’ to it.”`,
		`Reports say “it is done”.`:   `“Reports say ‘it is done’.”`,
		`“We know,” the family said.`: `“‘We know,’ the family said.”`,
		`He called them "odd balls".`: `“He called them ‘odd balls’.”`,
		`No quotes here.`:             `“No quotes here.”`,
	})
}

// TestSurnameOnlyForPeople: "Taylor" answers for Shelley Taylor, but
// "Times" does not answer for the Jordan Times.
func TestSurnameOnlyForPeople(t *testing.T) {
	if got := withSurname([]string{"Shelley Taylor"}, nil, facts.Fact{Subject: "Shelley Taylor"}); !slices.Contains(got, "Taylor") {
		t.Errorf("Shelley Taylor: %q", got)
	}
	if got := withSurname([]string{"Jordan Times"}, nil, facts.Fact{Subject: "Jordan Times"}); len(got) != 1 {
		t.Errorf("Jordan Times: %q", got)
	}
	// Post-nominal letters do not hide a person (second student walk:
	// "Mansfeild" was marked wrong, as "Mansfield" was not accepted).
	if got := withSurname([]string{"Guy Mansfield QC", "Guy Mansfield"}, nil, facts.Fact{Subject: "Guy Mansfield QC"}); !slices.Contains(got, "Mansfield") {
		t.Errorf("Guy Mansfield QC: %q", got)
	}
}

func TestSpelledOut(t *testing.T) {
	for _, c := range [][3]string{
		{"Local Coordination Committees", "LCC", "Local Coordination Committees"},
		{"The Syrian Local Coordination Committees", "LCC", "Local Coordination Committees"},
		{"Department of Trade and Industry", "DTI", "Department of Trade and Industry"},
		{"Local Committees", "LCC", ""},
	} {
		if got := spelledOut(c[0], c[1]); got != c[2] {
			t.Errorf("spelledOut(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// TestOtherForms: a body without its country, a surname in full.
func TestOtherForms(t *testing.T) {
	a, err := article.Parse([]byte("King meets lawmakers\n\n" +
		"Republican Rep. Duncan Hunter Jr. met the king on Tuesday in Washington with other members of the committee. " +
		"Hunter said the king was angry about the killing of the pilot."))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	if got := g.otherForms([]string{"Hunter"}); !slices.Contains(got, "Duncan Hunter") {
		t.Errorf("Hunter: %q", got)
	}
	if got := g.otherForms([]string{"U.S. Central Command"}); !slices.Contains(got, "Central Command") {
		t.Errorf("U.S. Central Command: %q", got)
	}
	if got := g.otherForms([]string{"LCC"}); len(got) != 0 {
		t.Errorf("an acronym has no surname form: %q", got)
	}
}

func TestWithThe(t *testing.T) {
	for in, want := range map[string]string{"National Security Council": "the National Security Council",
		"WMC": "WMC", "Northwind Solar": "Northwind Solar", "Foreign Office": "the Foreign Office"} {
		if got := withThe(in); got != want {
			t.Errorf("withThe(%q) = %q, want %q", in, got, want)
		}
	}
}

// A short quote that leans on what came before ("it", "this") is not a
// claim a question shows; a longer or self-standing one is.
func TestShortQuoteLeaningOnContext(t *testing.T) {
	a, err := article.Parse([]byte("Rival formats confuse users\n\n" +
		"\"The difference is that it is very fragmented,\" said Ian Fogg, an analyst at Jupiter Research. " +
		"\"Consumers will not buy music that plays on one device only,\" said Shelley Taylor, a consultant at Ovum.\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	asked := map[string]bool{}
	for _, f := range g.an.ByKind(facts.Statement) {
		_, ok := g.shownSpeaker(f)
		asked[f.Subject] = ok
	}
	if asked["Ian Fogg"] {
		t.Error("a short quote leaning on 'it' may be shown")
	}
	if !asked["Shelley Taylor"] {
		t.Error("the self-standing quote may not be shown")
	}
}

// Strict reviewers failed "Who said …?" 27 times in 28 on real news
// (a look-up: find the quote, read the name beside it), so a quiz
// never asks it, however many people the article quotes.
func TestNoWhoSaidQuestion(t *testing.T) {
	a, err := article.Parse([]byte("Rival formats confuse users\n\n" +
		"\"Consumers will not buy music that plays on one device only,\" said Shelley Taylor, a consultant at Ovum. " +
		"Ian Fogg, an analyst at Jupiter Research, warned that the rival formats would slow the growth of legal downloads. " +
		"Paul Myers, chief executive of Wippit, said most buyers did not know which players their songs would work on.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(facts.Extract(a).ByKind(facts.Statement)) < 3 {
		t.Fatal("the article's three statements were not read: the test checks nothing")
	}
	for _, q := range Generate(a, facts.Extract(a), DefaultCount) {
		if q.Kind == Who {
			t.Errorf("asked %q", q.Prompt)
		}
	}
}

// A claim shown in a question names everyone it mentions: "tell them",
// "she" reported by a newspaper and "him" inside a quoted phrase point at
// people the prompt does not name; the speaker's own "he" does not.
func TestShownClaimNamesItsPeople(t *testing.T) {
	tests := []struct {
		sentence string
		shown    bool
	}{
		{`"I thought I may as well tell them before the new term starts," Jess Smith told the Telegraph.`, false},
		{`The Times reported that she had been detained in co-ordination with foreign intelligence services.`, false},
		{`The Lebanese newspaper As-Safir reported she had been detained in co-ordination with foreign intelligence.`, false},
		{`Lorraine Kelly said that she "would not trust him as far as she could throw him" on the show.`, false},
		{`Clare Morgana Gillis wrote that captivity was "the state most violently opposite his nature" in her essay.`, false},
		{`Steven Gerrard insisted he was still fully focused on helping Liverpool win the league.`, true},
	}
	for _, tt := range tests {
		a, err := article.Parse([]byte("Storm over claims\n\n" + tt.sentence +
			" \"We will look at every complaint we receive about the programme,\" said Anna Berg, a spokeswoman for Ofcom.\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		shown := false
		for _, f := range g.an.ByKind(facts.Statement) {
			if _, ok := g.shownSpeaker(f); ok && f.Sentence == 0 {
				shown = true
			}
		}
		if shown != tt.shown {
			t.Errorf("%s: shown %v; want %v", tt.sentence, shown, tt.shown)
		}
	}
}

func TestCloseQuotation(t *testing.T) {
	checkEach(t, "closeQuotation", closeQuotation, map[string]string{
		"“There is an ongoing police investigation in Syria.": "“There is an ongoing police investigation in Syria”",
		"“We will go”":      "“We will go”",
		"the club would go": "the club would go",
		"the coalition seems to have solid intelligence in Syria”": "the coalition seems to have solid intelligence in Syria",
	})
}

// checkEach runs a string function over a table of inputs and the
// outputs they must give.
func checkEach(t *testing.T, name string, f func(string) string, want map[string]string) {
	t.Helper()
	for in, out := range want {
		if got := f(in); got != out {
			t.Errorf("%s(%q) = %q; want %q", name, in, got, out)
		}
	}
}

func TestLeansOnContext(t *testing.T) {
	for s, want := range map[string]bool{
		"Liverpool have little chance of winning the Champions League this season": false,
		"the decline of the dollar would hit exports this year":                    false,
		"two strikes near it were not successful":                                  true,
		"these developments were destabilising":                                    true,
		"both men bought some of the bonds":                                        true,
		"the duo were aware of an interest":                                        true,
		"most members felt change was needed":                                      true,
		"most members of the trust felt change was needed":                         false,
		"they were sorry to see him go in such circumstances":                      true,
		"the firm sells products such as carpets and rugs":                         false,
		"the staff would be told on Monday":                                        true,
		"officers there have asked for more detail on access":                      true,
		"there have been complaints about the noise since May":                     false,
		"the firm said there is no evidence of a leak at the plant":                false,
		"a figure appeared on a wall in the laneway the following day":             true,
		"the shop opened on Monday 3 May, and closed the following day":            false,
		"the vote came a week before the election":                                 false,
	} {
		if got := leansOnContext(s); got != want {
			t.Errorf("leansOnContext(%q) = %v; want %v", s, got, want)
		}
	}
}

// A "what should a careful reader notice?" question offers at least two
// wrong options, and never "Nothing: the article checks it …" for a
// sentence that calls its own claim rumour (round 48).
func TestTrapQuestionOptions(t *testing.T) {
	for _, body := range []string{
		"Fox and Friends got very excited over rumors, which they credited to Jordanian TV, that the king had flown a mission.",
		"Boko Haram leader Abubakar Shekau made the announcement in a video obtained by news agency Agence France Presse.",
		"Cuban officials told news media in Havana that no press conference had been called for the day.",
	} {
		a, err := article.Parse([]byte("Claims in the news\n\n" + body + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		for _, fl := range g.an.Flags {
			g.whatIsWrong(fl)
		}
		for _, q := range g.out {
			if len(q.Choices) < 3 {
				t.Errorf("%q: options %q; want three or more", body, q.Choices)
			}
			if doubted.MatchString(body) && slices.Contains(q.Choices, plainOptions[0]) {
				t.Errorf("%q: offers %q for a sentence that doubts itself", body, plainOptions[0])
			}
		}
	}
}

// An interested party's stake rule is asked as a trap question (it had
// been blocked by askable, which knew only askedRules); a self-reported
// figure and research paid for by a side are not: the sentence shown
// names its own source, "Apple's claims", "a Toshiba study" (1 usable of
// 10 to r103). Their stake is asked as "why weigh this claim?".
func TestStakeTrapsAreAsked(t *testing.T) {
	for body, want := range map[string]struct {
		kind  facts.FlagKind
		asked bool
	}{
		"Music, images and texts are being hoarded on mobiles, cameras and laptops, a Toshiba study found.\n\n“People want more storage than ever,” said Martin Larsson, general manager of Toshiba's storage division.": {facts.FundingConflict, false},
		"Add to this Apple's claims of producing the Watch from gold twice as hard as standard gold, and the firm will not be scrimping.":                                                                                {facts.SelfReported, false},
		"Although the transfer would earn Rovers a fortune, Rovers chairman Tom Ellis said money was not a motivating factor for the club.":                                                                              {facts.InterestedParty, true},
	} {
		a, err := article.Parse([]byte("Gadgets and gold\n\n" + body + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		if !slices.ContainsFunc(g.an.Flags, func(fl facts.Flag) bool { return fl.Kind == want.kind }) {
			t.Errorf("%q: no %s flag (flags %v)", body, want.kind, g.an.Flags)
		}
		for _, fl := range g.an.Flags {
			g.whatIsWrong(fl)
		}
		asked := slices.ContainsFunc(g.out, func(q Question) bool { return q.Source == "flag:"+string(want.kind) })
		if asked != want.asked {
			t.Errorf("%q: a question on its %s flag: %v, want %v", body, want.kind, asked, want.asked)
		}
	}
}

// "Why weigh this claim with care?" shows reported speech as reported,
// never in quotation marks, and offers wrong reasons that are plausible
// and wrong here — not "Nothing", which the question itself rules out
// (rounds 59 and 66). The claim is about WMC: one about "the Xstrata
// offer" is about Xstrata's (r136, K from both).
func TestStakeQuestionReadsAndOffersFairly(t *testing.T) {
	a, err := article.Parse([]byte("Mining bid rejected\n\nXstrata has made a hostile bid for WMC Resources, a rival miner.\n\n" +
		"WMC chief executive Andrew Michelmore said WMC would be worth far more than the Xstrata offer within two years.\n\n" +
		"Analysts said a rival bid could come within weeks, according to Mark Pervan of ANZ.\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	g.interest()
	if len(g.out) != 1 {
		t.Fatalf("%d questions; want one on Michelmore's claim", len(g.out))
	}
	q := g.out[0]
	if strings.ContainsAny(q.Prompt, "“”\"") || !strings.Contains(q.Prompt, "Andrew Michelmore's claim that WMC would be worth") {
		t.Errorf("prompt %q", q.Prompt)
	}
	for _, c := range q.Choices {
		if strings.HasPrefix(c, "Nothing") || strings.Contains(c, "no source") {
			t.Errorf("option %q falls at a glance", c)
		}
	}
	if len(q.Choices) != 4 {
		t.Errorf("options %q; want four", q.Choices)
	}
}

// A headline is short by nature: the length rule for a quoted sentence
// does not keep an unsupported headline from being asked.
func TestShortUnsupportedHeadlineAsked(t *testing.T) {
	a, err := article.Parse([]byte("Ban on late-night buses\n\nA plan by the city council to stop late-night bus services appears to have been put on hold.\n\n" +
		"The council had said the buses cost too much to run. Residents had protested outside the town hall for two weeks.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Generate(a, facts.Extract(a), DefaultCount) {
		if q.Kind == WhatIsWrong && q.Prompt == "What should a careful reader notice about this headline: “Ban on late-night buses”?" {
			if q.Answer != surerThanText {
				t.Errorf("answer %q: the text does say it, only less surely (round 69)", q.Answer)
			}
			return
		}
	}
	t.Error("the unsupported headline is not asked about")
}

// A quotation that runs on past the sentence is closed when the sentence
// is shown alone, one opened in an earlier sentence loses the mark that
// would close nothing; apostrophes are never taken for quotation marks.
func TestNestQuotesClosesRunOn(t *testing.T) {
	checkEach(t, "nestQuotes", nestQuotes, map[string]string{
		"Babinet said: “Today you use radio to find music.":       "Babinet said: ‘Today you use radio to find music.’",
		"“We don’t know,” he said.":                               "‘We don’t know,’ he said.",
		"He said \"it's over\" and left.":                         "He said ‘it's over’ and left.",
		"Lycos’s plan was “on hold”, the firm’s boss said.":       "Lycos’s plan was ‘on hold’, the firm’s boss said.",
		"the arrest shows the coalition has good intelligence.”":  "the arrest shows the coalition has good intelligence.",
		"the arrest shows the coalition has good intelligence.\"": "the arrest shows the coalition has good intelligence.",
		"the plan was “on hold”":                                  "the plan was ‘on hold’",
	})
}

// A stake is asked about only where the sentence names who speaks.
func TestStakeNeedsASpeaker(t *testing.T) {
	const text = "Tax plan\n\nThe Green Party plan for a land tax would benefit the typical household by more than £450 a year, with half of all pensioners paying nothing.\n"
	for _, q := range askedOf(t, text, everyFlag((*generator).whatIsWrong)) {
		if q.Source == "flag:"+string(facts.InterestedParty) {
			t.Errorf("asked %q of a sentence that names no speaker", q.Prompt)
		}
	}
}

// A speaker who opens the sentence is certain even when a capital follows
// "said" ("…, said Jong-un is desperate …" is the claim's); one named
// after the claim, behind its verb, is not.
func TestSpeakerOpeningTheSentenceIsCertain(t *testing.T) {
	for _, c := range []struct {
		text, speaker string
		certain       bool
	}{
		{"North Korea news\n\nMichael Madden, editor of the North Korea Leadership Watch, said Jong-un is desperate to build ties with Europe.\n", "Michael Madden", true},
		{"North Korea news\n\nFellow expert Jenny Town, of the US-Korea Institute, said Pyongyang had warmed to Scotland in recent months.\n", "Jenny Town", true},
		{"Music news\n\nInstead, said Mr Doctorow, DRM systems were meant to control the buyers of music, not the pirates.\n", "", false},
	} {
		a, err := article.Parse([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range facts.Extract(a).Facts {
			if f.Kind == facts.Statement && (f.Subject == c.speaker || c.speaker == "") {
				found = true
				if got := speakerIsCertain(f); got != c.certain {
					t.Errorf("%s: certain %v, want %v", c.speaker, got, c.certain)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement read", c.speaker)
		}
	}
}

// "One strike was said to have …" goes on quoting whoever the sentence
// before credits ("US Central Command announced …"): no "who is the
// source?" with "people the article does not name" for its answer there.
func TestPassiveReportAfterANamedSource(t *testing.T) {
	const people = ` "We have seen the video," said Caitlin Hayden, a White House spokeswoman. "He was a brave man," said Clare Gillis, a friend of his.`
	for _, c := range []struct {
		name, before string
		asked        bool
	}{
		{"a named source before", "US Central Command announced two strikes near the dam on Monday morning.", false},
		{"no one named before", "Two strikes hit the area near the dam on Monday morning.", true},
	} {
		text := "Strikes near dam\n\n" + c.before + " One strike was said to have destroyed a militant checkpoint near the dam while the other failed." + people + "\n"
		asked := sourcingAsks(t, text, 1)
		if asked != c.asked {
			t.Errorf("%s: asked %v, want %v", c.name, asked, c.asked)
		}
	}
}

// "Who gives the figure?" answers with the speaker's fullest name, as its
// wrong options are given: "Blumenthal" among "Jon Belmar" and "Dorian
// Johnson" stood out, and was another answer than a who-question's "Lopa
// Blumenthal" about the same person.
func TestFigureSourceGivesTheFullName(t *testing.T) {
	const text = "Shots on tape\n\n" +
		`"He fired more than twice," said Jon Belmar, the police chief. "I saw it all," said Dorian Johnson, a friend of the dead man. ` +
		`Lopa Blumenthal, the man's lawyer, said the tape was real. ` +
		"Blumenthal said she believes she heard 11 shots on the tape when it was played to her.\n"
	asked := askedOf(t, text, eachFactOf(facts.Quantity, (*generator).figureSource))
	if len(asked) == 0 {
		t.Fatal("no figure question")
	}
	if q := asked[0]; q.Answer != "Lopa Blumenthal" {
		t.Errorf("%q: answer %q, want the full name", q.Prompt, q.Answer)
	}
}

// The figure says what it counts when the sentence says it after the
// noun: "as many as four million customers could have been affected" is
// a figure of customers affected (held-out h30-05, W).
func TestFigureSourceSaysWhatItCounts(t *testing.T) {
	const text = "Network down\n\n" +
		`"We are very sorry," said Julian Cartwright, the chief executive. "It was a software fault," said Sarah Penhaligon, an engineer. ` +
		`Graham Whitlow, an analyst at Ferris Partners, said the outage was the worst in years. ` +
		"He estimated that as many as four million customers could have been affected at the height of the fault.\n"
	asked := askedOf(t, text, eachFactOf(facts.Quantity, (*generator).figureSource))
	if len(asked) == 0 {
		t.Fatal("no figure question")
	}
	if q := asked[0]; !strings.Contains(q.Prompt, "four million customers affected,") {
		t.Errorf("%q: want the figure of customers affected", q.Prompt)
	}
}

// The wrong options of "who gives the figure?" are of the key's kind: a
// research firm's estimate among three people was picked by its form
// (held-out h25-04, G). Two capitalised words read as a person's name
// unless a word no person's name holds says otherwise.
func TestFigureSourceTellsABodyByItsWords(t *testing.T) {
	for name, want := range map[string]bool{"Rexford Research": true, "Kessler Data": true, "Hollins Group": true,
		"Jon Belmar": false, "Sarah Grant": false} {
		if got := bodyWord.MatchString(name); got != want {
			t.Errorf("bodyWord(%q) = %v; want %v", name, got, want)
		}
	}
}

// eachFactOf runs ask on every fact of kind.
func eachFactOf(kind facts.Kind, ask func(*generator, facts.Fact)) func(*generator) {
	return func(g *generator) {
		for _, f := range g.an.Facts {
			if f.Kind == kind {
				ask(g, f)
			}
		}
	}
}

// "Why weigh this claim with care?" keeps a name that opens the claim as
// written ("that Vivendi had hidden …", not "that vivendi"), and is not
// asked of what the speaker denied: that is no claim of theirs.
func TestInterestClaimAsWritten(t *testing.T) {
	const lawyer = "\n\n\"The case is weak,\" said Ann Lee, a lawyer for the regulator.\n"
	said := askedOf(t, "Vivendi row\n\nTom Hart, a spokesman for Vivendi, said that Vivendi had hidden none of its debts from its own shareholders last year."+lawyer, (*generator).interest)
	if len(said) != 1 || !strings.Contains(said[0].Prompt, "claim that Vivendi had hidden") {
		t.Errorf("said: asked %v; want one question keeping \"Vivendi\"", said)
	}
	if denied := askedOf(t, "Vivendi row\n\nTom Hart, a spokesman for Vivendi, denied that Vivendi had hidden its debts from its own shareholders last year."+lawyer, (*generator).interest); len(denied) != 0 {
		t.Errorf("denied: asked %q", denied[0].Prompt)
	}
}

// The wrong options of a headline's question are judged against the
// body's sentence it is read against too: where that sentence rests on
// a website, "it relies on something put on the internet" is
// defensible, not wrong (r108, K).
func TestHeadlineWrongOptionsFitTheBodyToo(t *testing.T) {
	a, err := article.Parse([]byte("Ban on late-night buses\n\nA plan by the city council to stop late-night bus services appears to have been put on hold, its website shows.\n\n" +
		"The council had said the buses cost too much to run. Residents had protested outside the town hall for two weeks.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Generate(a, facts.Extract(a), DefaultCount) {
		if q.Kind == WhatIsWrong && strings.Contains(q.Prompt, "this headline") {
			for _, c := range q.Choices {
				if strings.Contains(c, "internet") {
					t.Errorf("wrong option %q fits the body's sentence on a website", c)
				}
			}
			return
		}
	}
	t.Error("the unsupported headline is not asked about")
}

// "Union officials said …" followed by "…, said Gareth Price, regional
// officer for the union": the officials may be him, so "people the
// article does not name" is no sure key (a held-out article's quiz, K
// from both reviewers). With no one named after it, it is asked.
//
// A claim that opens on its unnamed speakers ("In Wales, union officials
// said they were …", "Some residents say …") is not asked at all: the
// prompt shows them, and the answer is read off it (held-out h18: G on
// four of four; of twelve such questions reviewed, two were usable).
func TestUnnamedSourceBeforeANamedOne(t *testing.T) {
	const people = "\n\n\"The plan is sound,\" said Hiroshi Tanabe, the firm's president. \"We will keep the plant,\" said Kenji Morimoto, its director.\n\n"
	const creditLast = "Managers at the Newport site have turned down urgent talks about the job cuts, union officials said."
	const creditFirst = "In Wales, union officials said they were seeking urgent talks with managers at the Newport site."
	for _, c := range []struct {
		name, sentence, after string
		asked                 bool
	}{
		{"a named union officer next", creditLast, "\"Our members have heard nothing from the company,\" said Gareth Price, regional officer for the union.", false},
		{"no one named next", creditLast, "The site has made televisions since 1998 and exports most of them to Europe.", true},
		{"the unnamed speakers open the claim", creditFirst, "The site has made televisions since 1998 and exports most of them to Europe.", false},
		{"a time only the sentence before sets", "At that point managers at the Newport site turned down urgent talks about the job cuts, union officials said.",
			"The site has made televisions since 1998 and exports most of them to Europe.", false},
		// "Reportedly" whose report the next sentence names (held-out
		// h7-10, r202, K); a named denial after it names no report.
		{"a report, then whose report", "Managers at the Newport site have reportedly turned down urgent talks about the job cuts.",
			"According to the South Wales Argus, the site's owners plan to close it by March.", false},
		{"an unnamed source, then a report that names its own", creditLast,
			"Reports in Cardiff, citing the Western Mail, suggested two other plants had refused too.", false},
		{"a group, then one of them by name and her words", "But residents say the services are a lifeline for elderly people and those without cars.",
			"Margaret Oldroyd, 74, uses the number 42 twice a week.\n\n\"I don't drive. Without that bus I would be stuck,\" she said.", false},
		{"a report, then whose claim it was", "Managers at the Newport site have reportedly turned down urgent talks about the job cuts.",
			"The owners plan to close the site by March, the South Wales Argus claimed on Tuesday.", false},
		{"a report, then a named denial", "Managers at the Newport site have reportedly turned down urgent talks about the job cuts.",
			"But Hiroshi Tanabe denied that the site would close.", true},
	} {
		text := "Jobs to go at plant" + people + c.sentence + "\n\n" + c.after + "\n"
		asked := false
		for _, q := range askedOf(t, text, func(g *generator) {
			for i := range g.a.Sentences {
				g.sourcing(i)
			}
		}) {
			if strings.Contains(q.Prompt, "union officials") || strings.Contains(q.Prompt, "urgent talks") || strings.Contains(q.Prompt, "lifeline") {
				asked = true
			}
		}
		if asked != c.asked {
			t.Errorf("%s: asked %v, want %v", c.name, asked, c.asked)
		}
	}
}

// A spokeswoman speaks for her company on the record: "who is the
// source?" keyed "people the article does not name" hid that the
// company was defending itself (held-out h2, K from both reviewers).
// An official who asked not to be named is still unnamed.
func TestSpokespersonIsNoUnnamedSource(t *testing.T) {
	const people = "\n\n\"The outage was our fault,\" said Dan Hale, an analyst at Ovum. \"Customers are angry,\" said Amy Lowe, who runs a users' forum.\n\n"
	for _, c := range []struct {
		sentence string
		asked    bool
	}{
		{"Lynxnet denied that cost-cutting had played any part. A spokeswoman said the company had invested more than £4m in its network over the past year.", false},
		{"Lynxnet denied that cost-cutting had played any part. An official who asked not to be named said the company had invested less than £1m in its network over the past year.", true},
		// Credited to things, not people (held-out h21-10, K from both).
		{"Lynxnet denied that cost-cutting had played any part. Lynxnet has reportedly invested less than £1m in its network, according to screenshots shared on Twitter.", false},
	} {
		text := "E-mail failure" + people + c.sentence + "\n"
		asked := false
		for _, q := range askedOf(t, text, func(g *generator) {
			for i := range g.a.Sentences {
				g.sourcing(i)
			}
		}) {
			asked = asked || strings.Contains(q.Prompt, "invested")
		}
		if asked != c.asked {
			t.Errorf("%q: asked %v, want %v", c.sentence, asked, c.asked)
		}
	}
}

// What someone would not commit to is asked with their full name, and
// only where the question can say what the thing is: "Will Archuleta
// commit to a date?" left "a date for what?" and the surname alone
// (held-out h18-07, W from both reviewers).
func TestNoCommitmentNamesWhatAndWho(t *testing.T) {
	const opening = "Bridge plan delayed\n\nCouncil member Denise Archuleta, who chairs the transport committee, said the plan had support.\n\n"
	for _, c := range []struct {
		name, sentence, want string
	}{
		{"a thing named", "Archuleta said she hoped to open the bridge in the summer but would not commit to a timetable for the work.",
			"Will Denise Archuleta commit to a timetable for the work?"},
		{"a bare thing", "Archuleta said she hoped to bring it forward in the summer but would not commit to a date.", ""},
		{"a person by pronoun", "Archuleta said the council had not agreed to pay them for the work on the bridge.", ""},
	} {
		got := promptAsked(t, opening+c.sentence+"\n", func(g *generator, f facts.Fact) {
			if f.Kind == facts.NoCommitment {
				g.commitment(f)
			}
		})
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// What someone would not say is asked with its "it" named where the
// sentence has just called that thing "the company" and their post names
// it (held-out h19-03 got no question); an "it" that could be something
// else is not guessed, and a person is never an "it".
func TestWithheldNamesTheBodyItMeans(t *testing.T) {
	const opening = "Pier sold\n\nThe Victorian pier at Selsby has been sold at auction to a leisure firm for £1.2m.\n\n"
	for _, c := range []struct {
		name, sentence, want string
	}{
		{"the company, then it", "Carradine Leisure's managing director, Neil Carradine, said the company planned to reopen the pier within three years, but would not say how much it intended to spend.",
			"Did Neil Carradine say how much Carradine Leisure intended to spend?"},
		{"an it that may be the pier", "Carradine Leisure's managing director, Neil Carradine, said the pier would reopen within three years, but would not say when it would open in full.", ""},
	} {
		got := promptAsked(t, opening+c.sentence+"\n", func(g *generator, f facts.Fact) {
			if f.Withheld != "" {
				g.withheld(f)
			}
		})
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// promptAsked returns the prompt of the last question ask makes of any
// fact of text, or "".
func promptAsked(t *testing.T, text string, ask func(g *generator, f facts.Fact)) string {
	t.Helper()
	got := ""
	for _, q := range askedOf(t, text, func(g *generator) {
		for _, f := range g.an.Facts {
			ask(g, f)
		}
	}) {
		got = q.Prompt
	}
	return got
}

// "Who is the source?" cuts the unnamed speakers off their claim: a
// "they" left in it reads as someone else (held-out h23-02, W: "More than
// 5,000 people have signed …, and they have not ruled out …"); a
// "their" after the people the claim names reads on.
func TestSourceQuestionLeavesNoTheyOfItsSpeakers(t *testing.T) {
	const people = "\n\n\"We have looked at every option,\" said council leader Margaret Ellery.\n\n\"It is a disgrace,\" said group leader Tony Marsh."
	for _, c := range []struct {
		name, claim string
		asked       bool
	}{
		{"a they of the speakers", "Campaigners say more than 5,000 people have signed a petition, and they have not ruled out a legal challenge.", false},
		{"no they", "Campaigners say more than 5,000 people have signed a petition against the closures of the four libraries.", true},
	} {
		text := "Libraries to close\n\nThe council voted on Monday to close four branch libraries.\n\n" + c.claim +
			"\n\nThe four branches had a combined 94,000 visits last year, down by a third since 2001." + people + "\n"
		asked := sourcingAsks(t, text, 1)
		if asked != c.asked {
			t.Errorf("%s: asked %v, want %v", c.name, asked, c.asked)
		}
	}
}

// sourcingAsks reports whether "who is the source?" is asked of sentence
// i of text.
func sourcingAsks(t *testing.T, text string, i int) bool {
	t.Helper()
	for _, q := range askedOf(t, text, func(g *generator) {
		for j := range g.a.Sentences {
			g.sourcing(j)
		}
	}) {
		if q.Sentence == i {
			return true
		}
	}
	return false
}
