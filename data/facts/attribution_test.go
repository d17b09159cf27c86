package facts

import (
	"slices"
	"strings"
	"testing"
)

// Each statement is credited to the person who made it: the pronoun
// "he" to the person the previous sentence is about, a relative clause
// skipped however long, reported speech with its speaker at the end.
func TestStatementSpeakers(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // the speaker of each statement, in order
	}{
		{"he follows the previous sentence's subject",
			`"We can win," Anna Berg told Radio Nova. And United boss Tom Reyes backed her view that the team was strong. "They have time to improve," he told Radio Nova.`,
			[]string{"Anna Berg", "Tom Reyes"}},
		{"a quotation in the next paragraph is the person the one before ends on (held-out speakers)",
			"\"We can win,\" Anna Berg said.\n\nTom Reyes, 25, was in no doubt that the team had been robbed.\n\n\"I was robbed. Everybody in the ground saw it,\" he said.",
			[]string{"Anna Berg", "Tom Reyes", "Tom Reyes"}},
		{"a post, then its holder's name between commas",
			"\"We can win,\" Anna Berg said.\n\nFenmoor's managing director, Tom Reyes, apologised to fans.\n\n\"We test every update. This time one failed,\" he said.",
			[]string{"Anna Berg", "Tom Reyes", "Tom Reyes"}},
		{"a post no job-title list holds, then its holder's name between commas (held-out h26)",
			"\"We can win,\" Anna Berg said.\n\nLabour's agent in the ward, Tom Reyes, dismissed the allegations.\n\n\"We worked hard to get people registered,\" he said.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"an opening clause, then the name",
			"\"We can win,\" Anna Berg said.\n\nIn a message posted on his website, Tom Reyes thanked fans.\n\n\"I am gutted, but I am not giving up,\" he wrote.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"a quotation that goes on after its speaker is named",
			`"We will grow," Anna Berg said. "The market is ready for a firm like ours. Nobody else is building here."`,
			[]string{"Anna Berg", "Anna Berg", "Anna Berg"}},
		{"the writer's sentence after a quotation is no one's",
			`"We will grow," Anna Berg said. The market has shrunk for three years in a row.`,
			[]string{"Anna Berg"}},
		{"a paragraph that is one quotation is the speaker's the paragraph before ends on",
			"Anna Berg said the firm would grow next year.\n\n\"The market is ready for a firm like ours. Nobody else is building here.\"",
			[]string{"Anna Berg", "Anna Berg", "Anna Berg"}},
		{"a quotation in a paragraph of its own that credits someone else",
			"\"We will grow,\" Anna Berg said.\n\n\"The market is ready for a firm like ours,\" the source was quoted as saying.",
			[]string{"Anna Berg"}},
		{"a quotation paragraph after the writer's own sentence",
			"\"We will grow,\" Anna Berg said. The market has shrunk for three years.\n\n\"The market is ready for a firm like ours.\"",
			[]string{"Anna Berg"}},
		{"a pronoun after the conjunction that opens the sentence",
			`"We can win," Anna Berg said. But she said the team still needed a striker.`,
			[]string{"Anna Berg", "Anna Berg"}},
		{"a quotation credited to a post, then its holder's name",
			`"We have been hearing promises for years," said the group's director, Dr Tom Reyes.`,
			[]string{"Tom Reyes"}},
		{"an age between the name and its clause",
			`Anna Berg, 71, who has used the branch for 40 years, said the library was the only place she went all week.`,
			[]string{"Anna Berg"}},
		{"a short description before the name opens the sentence on its subject",
			"\"We can win,\" Anna Berg said.\n\nLong-time supporter Tom Reyes, 64, was less forgiving.\n\n\"Thirty-three years of racing will be gone,\" he said.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"a longer post before the name opens the sentence on its subject (held-out h27–h28)",
			"\"We can win,\" Anna Berg said.\n\nLiberal Democrat group leader Tom Reyes accused council leader Sam Cole of meanness.\n\n\"This money does not pay for trips,\" he said.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"a person the sentence before introduces by their trade (held-out h17, h27)",
			"\"We can win,\" Anna Berg said.\n\nMost of the work was done by volunteers, led by retired telecoms engineer Tom Reyes.\n\n\"It is not rocket science,\" he said.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"two people introduced: which one he is, the words do not say",
			"\"We can win,\" Anna Berg said.\n\nThe work was led by retired engineer Tom Reyes and Sam Cole.\n\n\"It is not rocket science,\" he said.",
			[]string{"Anna Berg", "Anna Berg"}},
		{"a name in the quotation before is not the subject a she said follows",
			"Tom Reyes said the firm would grow.\n\nAnna Berg said the brewery would stay open.\n\n\"We want to sell more Reyes beer, not less.\"\n\nShe said the group expected to save money.",
			[]string{"Tom Reyes", "Anna Berg", "Anna Berg", "Anna Berg"}},
		{"a speech verb inside a quotation that closes is the speaker's word, not the writer's",
			"\"We can win,\" Anna Berg said. \"A wolf is possible, not probable. Extraordinary claims need more than three blurry frames.\"",
			[]string{"Anna Berg", "Anna Berg", "Anna Berg"}},
		{"a stray closing mark quotes nothing",
			"The group's supporters rejected the report.\n\nTom Reyes, an expert at the LSE, said the arrest showed the coalition had good intelligence.”",
			[]string{"Tom Reyes"}},
		{"a body, then a post, then its holder opens on the holder",
			"\"We can win,\" Anna Berg said of Atlético Rovers striker Sam Cole.\n\nRovers president Tom Reyes was more direct.\n\n\"He is not for sale,\" he told reporters.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"a quotation its credited sentence leaves open goes on in the next (held-out h30)",
			"Tom Reyes, cabinet member for transport, said: \"We understand how worried people are. Our officers are talking to other operators.\"\n\nThe routes end in May.",
			[]string{"Tom Reyes", "Tom Reyes"}},
		{"a quotation left open that someone else closes is not the first speaker's",
			"Tom Reyes said: \"We understand how worried people are. Our officers are talking to other operators,\" a spokesman added.",
			[]string{"Tom Reyes"}},
		{"a sentence on the same pronoun goes on about the person before it",
			"\"We can win,\" Tom Reyes said.\n\nAnna Berg, who is in her first year at university, trains nine times a week.\n\nShe finished fifth at last year's championships.\n\n\"This gives me a lot of confidence,\" she said.",
			[]string{"Tom Reyes", "Anna Berg"}},
		{"a quotation, then a participle after the speaker",
			`"A coyote does not have that shape of head," Tom Reyes said, pointing to one of the photos.`,
			[]string{"Tom Reyes"}},
		{"a quotation, then a post and its holder's name between commas, then the verb",
			`"Dale is very much alive," his publicist, Anna Berg, said in a statement.`,
			[]string{"Anna Berg"}},
		{"a quotation an outlet reports someone as saying is theirs",
			`"We did not negotiate with anyone," AFP reported Tom Reyes as saying.`,
			[]string{"Tom Reyes"}},
		{"a quotation closed by words no pattern reads credits no one",
			`"We can win," Anna Berg said. "That was a total disaster. I just could not think," a crestfallen Tom Reyes confided to the presenter.`,
			[]string{"Anna Berg"}},
		{"a guessed speaker's quotation is not carried on",
			`"We can win," Anna Berg said. Lord Holme's plan comes after Tom Reyes spoke. "We were ready. We will win again," she said.`,
			[]string{"Anna Berg", "Anna Berg"}},
		{"a quotation of two paragraphs, the first left open",
			"\"Drinkers are buying more beer in supermarkets,\" Anna Berg said. \"Two small brewers competing with each other is not a sustainable position.\n\n\"Together we can protect the brands and secure several hundred jobs.\"",
			[]string{"Anna Berg", "Anna Berg", "Anna Berg"}},
		{"a person named in passing who then speaks",
			`The animal was first spotted by local resident Anna Berg, 58, who said she saw it drinking from the creek.`,
			[]string{"Anna Berg"}},
		{"who said after a firm an analyst works at is the analyst's, not the firm's",
			`The leak follows a note from Anna Berg, an analyst at brokerage Crestline Securities, who said orders had been placed.`,
			nil},
		{"a person who does something and says something",
			`In a statement, Tom Reyes thanked supporters and said he had "no regrets" about the way he did the job.`,
			[]string{"Tom Reyes"}},
		{"now a post between the name and the verb",
			`Former captain Tom Reyes, now a television summariser, said the player was entitled to feel hard done by.`,
			[]string{"Tom Reyes"}},
		{"a speech word as a noun in the sentence that names the speaker",
			"\"We can win,\" Anna Berg said.\n\nUnited manager Tom Reyes refused to be drawn on the reports on Thursday.\n\n\"I will not talk about players at other clubs,\" he said.",
			[]string{"Anna Berg", "Tom Reyes"}},
		{"a he after someone the sentence before does not name",
			"\"We can win,\" Anna Berg said.\n\nA Kurdish Peshmerga officer told reporters his unit had strong information.\n\n\"We believe it is true,\" he said.",
			[]string{"Anna Berg"}},
		{"a whose clause, and a number with a comma in a description",
			`Owner Tom Reyes, a builder whose horse cost 60,000 euros, said he had been sick to the stomach.`,
			[]string{"Tom Reyes"}},
		{"a whose clause between the name and the verb",
			`Local councillor Anna Berg, whose ward includes the stadium, said the town badly needed new homes.`,
			[]string{"Anna Berg"}},
		{"a capitalised post between the name and the verb",
			`Anna Berg, Unison branch secretary at the trust, said nurses were being asked to pay to come to work.`,
			[]string{"Anna Berg"}},
		{"a she after a person credited with according to",
			"\"We can win,\" Tom Reyes said.\n\nShoppers were already cautious, according to Anna Berg, retail analyst at Pellow Hartley.\n\n\"This is the third retailer to warn this year,\" she said.",
			[]string{"Tom Reyes", "Anna Berg"}},
		{"a he after an unnamed spokesman's reply",
			"\"We can win,\" Tom Reyes said.\n\nHowever, a spokesman for one of the supermarkets, who asked not to be named, rejected that view.\n\nHe said retailers paid a fair price to their suppliers.",
			[]string{"Tom Reyes"}},
		{"not a name after a preposition",
			`"We can win," Anna Berg said. A move to Tom Reyes's club is rumoured. "They have time," she said.`,
			[]string{"Anna Berg", "Anna Berg"}},
		{"not a possessive",
			`"We can win," Anna Berg said. Lord Holme's plan comes after Tom Reyes spoke. "They have time," he said.`,
			[]string{"Anna Berg", "Anna Berg"}},
		{"a long relative clause",
			`Anna Berg, who fired the club into the last sixteen of this season's competition with a brilliant goal in the win over Olympiakos, insisted she was focused.`,
			[]string{"Anna Berg"}},
		{"reported speech, speaker last",
			`If the mayor did not take part, the broadcasters could go ahead with an empty chair, Lord Holme said.`,
			[]string{"Lord Holme"}},
		{"reported speech, said then speaker",
			`The broadcasters were more than willing to cooperate with the plans, said Anna Berg, a researcher at the Hansard Society.`,
			[]string{"Anna Berg"}},
		{"she after an unnamed speaker is not the last one named",
			`"We will grow," Roly Keating said. A BBC spokeswoman said Andi Peters would stay. She said the time slot was still to be decided.`,
			[]string{"Roly Keating"}},
		{"a quote that goes on after its speaker",
			`"Most firms have secured their gateway," said Mr Warner, "but most let content through." He said defences were needed.`,
			[]string{"Warner", "Warner"}},
		{"a quote, said, a name, then whom they work for",
			`"The update is worse than anyone had pencilled in," said Martin Okafor of stockbroker Pardew Lynch.`,
			[]string{"Martin Okafor"}},
		{"reported speech, said, a name, then the body they are at",
			`The broadcasters were more than willing to cooperate, said Anna Berg at the Hansard Society.`,
			[]string{"Anna Berg"}},
		{"a quote, said, a name, then the town they are from",
			`"It is a disgrace," said Tom Reed of Amarillo, who drives a delivery van.`,
			[]string{"Tom Reed"}},
		{"a quote, said, a name, from a town",
			`"Nobody told us," said Ann Cole from Leeds.`,
			[]string{"Ann Cole"}},
		{"an unnamed speaker in a town names no one (held-out h14)",
			`"We can't keep paying this," said a shopper in Amarillo.`,
			nil},
		{"unnamed speakers of a town name no one (held-out h14)",
			`Some shoppers in Amarillo said the story had made them think twice.`,
			nil},
		{"residents from a town name no one",
			`Residents from Leeds said the road had been closed.`,
			nil},
		{"reported speech by an unnamed speaker outside a town",
			`Prices had doubled since the summer, said one driver outside Leeds.`,
			nil},
		{"a body of a place stays whole",
			`"Rates will rise," said the Archbishop of Canterbury.`,
			[]string{"Archbishop of Canterbury"}},
		{"a post of a body before the name stays whole",
			`"Rates will rise," said Bank of England governor Mervyn King.`,
			[]string{"Mervyn King"}},
		{"a quotation split at its question mark",
			`"Two billion for a company that makes no revenue? That is a big bet," said Tom Ashcroft, an analyst at Kestrel Row.`,
			[]string{"Tom Ashcroft", "Tom Ashcroft"}}, // the question is his words too (continuedQuotations)
		{"the second of two founders is not the firm",
			`Chirrup, founded in 2011 by two former roommates, Nikhil Rao and Sam Kettering, says it has 85 million users.`,
			nil},
		{"a body's name joined by and is still read (its first word lost, as before)",
			`Greaveley and District NHS Trust said 1,180 patients had waited more than nine months.`,
			[]string{"District NHS Trust"}},
		{"a firm's results are no words it said",
			`Strathallan, which was founded in 1964, reported a pre-tax profit of £610,000 last year, down from £880,000.`,
			nil},
		{"a body's short form in brackets before its verb (held-out h19)",
			`Brackford Primary Care Trust (PCT) estimates that about 22,000 adults in the area are not registered with any dentist.`,
			[]string{"Brackford Primary Care Trust"}},
		{"adding to something says nothing (held-out h18)",
			`Drummer Kev Hartley, who now runs a studio in Leeds, added to the intrigue on Tuesday by posting a photograph of a pair of drumsticks.`,
			nil},
		{"adding that something is so says it",
			`Drummer Kev Hartley added that the band had no plans to tour.`,
			[]string{"Kev Hartley"}},
		{"a team concedes goals, not a point (held-out h17)",
			`Rovers have conceded 31 goals this season, the second-worst record in the division.`,
			nil},
		{"a side that conceded defeat said nothing",
			`Ashby Town conceded defeat after the second half.`,
			nil},
		{"a speaker who conceded that something is so said it",
			`Vance conceded that the run of results had been poor.`,
			[]string{"Vance"}},
		{"a firm that reported something was said",
			`The company reported that the factory had been sold.`,
			[]string{"The company"}},
		{"a person of a place",
			`Nicolas Sarkozy of France said the decline of the dollar was a worry.`,
			[]string{"Nicolas Sarkozy"}},
		{"the name after a post",
			`The comments come a day after US Treasury Secretary John Snow said a strong dollar was in the interest of all.`,
			[]string{"John Snow"}},
		{"a name inside another phrase is not the speaker",
			`Sources close to Mr Hockney said eight other members were planning to leave the party.`,
			nil},
		{"two descriptions in a row",
			`Mr Madden, a frequent visitor to Pyongyang, the North Korean capital, said the ties were growing.`,
			[]string{"Madden"}},
		{"an affiliation without its closing comma",
			`Fawaz Gerges, a Middle East expert at the London School of Economics said the arrest was coordinated.`,
			[]string{"Fawaz Gerges"}},
		{"a hedged speech verb is still speech",
			`Wilson reportedly claims that Brown turned around to face him before the shots were fired.`,
			[]string{"Wilson"}},
		{"a body whose name holds 'of'",
			`The Department of Health said a second complaint had been made by a neighbour.`,
			[]string{"Department of Health"}},
		{"a person of a party, the party left off",
			`Charles Kennedy of the Liberal Democrats said the tax was unfair.`,
			[]string{"Charles Kennedy"}},
		{"a professor of a university, the post and the university left off",
			`Professor Anne Reid of the University of Bath said the study was sound.`,
			[]string{"Anne Reid"}},
		{"a name inside the phrase that describes the speaker",
			`One official in the report assembled by the highly respected Bill Gertz said, "There are airliners missing."`,
			nil},
		{"reported speech with has said, speaker last",
			`Gordon Brown has failed to tackle the "fundamental unfairness" in the tax system, Charles Kennedy has said.`,
			[]string{"Charles Kennedy"}},
		{"a news agency reported, speaker last",
			`Both men bought some of the bonds, the Associated Press news agency reported.`,
			[]string{"Associated Press"}},
		{"however between the speaker and the verb",
			`Vivendi, however, has said that the information was public knowledge.`,
			[]string{"Vivendi"}},
		{"rejected a charge, saying why",
			`Vivendi has rejected the charge, saying the decision was no more than a possibility.`,
			[]string{"Vivendi"}},
		{"saying after an action that is not a reply is not a statement",
			`Anna Berg scored twice, saying nothing to the press afterwards.`,
			nil},
		{"a report in progress",
			`The Sunday Times is reporting that a significant force of SAS personnel has been deployed to northern Iraq.`,
			[]string{"Sunday Times"}},
		{"a noun, not speech",
			`Arabic reports of a planned attack are numerous but unverifiable.`,
			nil},
		{"any speech verb after a quotation, with its speaker after",
			`"It came as a bolt out of the blue," admitted Maurice Lindsay. "We want people to keep their PCs," explained Jonas Guest.`,
			[]string{"Maurice Lindsay", "Jonas Guest"}},
		{"any speech verb after a quotation, with its speaker before and a channel after",
			`"Any of them would make competent MPs," former MP Martin Bell insisted on BBC Radio 4's Today programme. "I have decided it is time," Jess Smith wrote on Facebook.`,
			[]string{"Martin Bell", "Jess Smith"}},
		{"a 'he' sentence with only a passive 'said to' is no unnamed speaker (held-out h30-10)",
			"\"We can win,\" Anna Berg said.\n\nBig cat enthusiast Tom Reyes, who runs the network, said his group had logged 40 reports.\n\nHe believes the cats have survived since the 1970s, when some owners are said to have released pumas.\n\n\"There's no doubt in my mind,\" he said.",
			[]string{"Anna Berg", "Tom Reyes", "Tom Reyes"}},
		{"a paragraph that is one quotation, its first sentence short (held-out h30-05)",
			"\"We had no idea where anyone was,\" Anna Berg said.\n\n\"It's unacceptable. I'm going to be asking for a refund on our contract.\"",
			[]string{"Anna Berg", "Anna Berg", "Anna Berg"}},
		{"a quotation that runs on to a short last sentence (held-out h30-07)",
			"\"We are not removing them,\" Anna Berg said in an email. \"We are piloting a change at a small number of our stores. That's it.\"",
			[]string{"Anna Berg", "Anna Berg", "Anna Berg"}},
		{"a post, its holder, another verb and 'and said' (held-out h30)",
			`Opposition group leader Tom Reyes described the plan as "a tax on gardens" and said it would hit pensioners hardest.`,
			[]string{"Tom Reyes"}},
		{"a quotation, then its speaker 'was quoted as saying' (held-out h10-06, h25-10)",
			`"I keep waiting for somebody to call and tell me it was all a mistake," Tom Reyes was quoted as saying.`,
			[]string{"Tom Reyes"}},
		{"a quotation, then its speaker and what they are, then the verb (held-out h22-10, h23-07)",
			`"To some people it's a treasure hunt," Tom Reyes, whose great-grandfather was the ship's engineer, wrote on Twitter. "It was a mock-up," Anna Berg, editor of the blog HandsetWatch, wrote.`,
			[]string{"Tom Reyes", "Anna Berg"}},
		{"a post of something, then its holder (held-out h7-02, h21-05)",
			`Chairman of governors Tom Reyes said parents had reacted with anger. The report was written by the head of a group of inspectors.`,
			[]string{"Tom Reyes"}},
		{"a name an 'of' governs is still no speaker",
			`The mother of Tom Reyes said the family was grateful for the messages.`,
			nil},
		{"a body named by its kind with a word before it (held-out h11-08, h28-09)",
			`The defence ministry denied that any civilians had died in the strike. The sheriff's office said it had received about a dozen calls.`,
			[]string{"The defence ministry", "The sheriff's office"}},
		{"a body named by its kind after reported speech (held-out h30)",
			`Seven days of home cricket were lost entirely to rain, the club said.`,
			[]string{"The club"}},
		{"a body named by its kind after a quotation",
			`"Any board has a responsibility to consider a bona fide offer," the club said in its statement.`,
			[]string{"The club"}},
		{"he later said",
			`"We can win," Anna Berg said. "I just thank God that I'm still here," she later said.`,
			[]string{"Anna Berg", "Anna Berg"}},
		{"she is no outlet that reported",
			`The author, known only as Lena, wrote that she was ready to have a child, the Metro has reported. She also claims to be a feminist, fighting for the rights of women.`,
			[]string{"Metro"}},
		{"meanwhile without its comma",
			`Mr Hockney meanwhile told the BBC: "I believe the party can do better."`,
			[]string{"Hockney"}},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Speakers\n\n"+tt.body+"\n")
		var got []string
		for _, f := range an.ByKind(Statement) {
			got = append(got, f.Subject)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: speakers %q; want %q", tt.name, got, tt.want)
		}
	}
}

// Reported speech with its speaker last reads on after "Who said that":
// its opening conjunction goes, its first word is no longer capitalised.
func TestReportedClaims(t *testing.T) {
	tests := []struct{ body, claim string }{
		{`If the mayor did not take part, the broadcasters could go ahead, Lord Holme said.`,
			"if the mayor did not take part, the broadcasters could go ahead"},
		{`But the issue is often more complicated for advertisers, said Mark Mulligan, a music analyst.`,
			"the issue is often more complicated for advertisers"},
		{`Broadcasters were willing to cooperate with the plans, said Anna Berg.`,
			"Broadcasters were willing to cooperate with the plans"},
		{`Vivendi has rejected the charge, saying the decision was no more than a possibility.`,
			"the decision was no more than a possibility"},
		{`Both men bought some of the bonds, the Associated Press news agency reported.`,
			"both men bought some of the bonds"},
		// Whom someone told is no part of the claim (held-out h11).
		{`Council leader Judith Marr told a packed meeting that fears about smells had been exaggerated.`,
			"fears about smells had been exaggerated"},
		{`Operators told the inquiry that rising fuel prices had made many routes unprofitable.`,
			"rising fuel prices had made many routes unprofitable"},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Claims\n\n"+tt.body+"\n")
		got := an.ByKind(Statement)
		if len(got) != 1 || got[0].Claim != tt.claim {
			t.Errorf("%q: statements %+v; want the claim %q", tt.body, got, tt.claim)
		}
	}
}

// Where the words were said is no part of what was said: "said in a
// statement the directors …" asks about the directors, and a claim that
// was only its channel is no statement.
func TestChannelIsNotTheClaim(t *testing.T) {
	tests := []struct{ body, claim string }{
		{`Tomas Berg said in a statement the directors believed it was best to reject the offer.`,
			"the directors believed it was best to reject the offer"},
		{`Anna Berg claims in the video that her group is holding the hostage.`,
			"her group is holding the hostage"},
		{`Lena Holt said in her blog that she was ready to move abroad for good.`,
			"she was ready to move abroad for good"},
		{`Gerd Schroeder said in a newspaper article that stability in the markets required a correction.`,
			"stability in the markets required a correction"},
		{`Tom Reyes said on Twitter, that the club would appeal against the ban.`,
			"the club would appeal against the ban"},
		// The writer's closing clause about the speaker is not theirs.
		{`Jon Belmar said that Wilson fired "more than just a couple of shots" but provided no further detail.`,
			`Wilson fired "more than just a couple of shots"`},
		{`Anna Berg said the club would appeal but declined to comment further on the ban.`,
			"the club would appeal"},
		// Not a channel: the claim itself opens with a time.
		{`Tom Reyes said in the end the club would appeal against the ban.`,
			"in the end the club would appeal against the ban"},
		// When it was said, between the verb and "that" (held-out h4, W).
		{`The Sun reported earlier this year that tensions had arisen within the band over royalties.`,
			"tensions had arisen within the band over royalties"},
		{`The Daily Mirror claimed on Wednesday that the singer had told her bandmates she would leave.`,
			"the singer had told her bandmates she would leave"},
		{`Anna Berg said in July that rainfall had fallen well below normal levels.`,
			"rainfall had fallen well below normal levels"},
		// The writer's note that the claim was denied is not the claim.
		{`The Sun reported that tensions had arisen within the band, although that too was denied at the time.`,
			"tensions had arisen within the band"},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Claims\n\n"+tt.body+"\n")
		got := an.ByKind(Statement)
		if len(got) != 1 || got[0].Claim != tt.claim {
			t.Errorf("%q: statements %+v; want the claim %q", tt.body, got, tt.claim)
		}
	}
	for _, body := range []string{"Martin Bell insisted on BBC Radio 4's Today programme.",
		"Duncan Hunter told Fox News Channel in an interview aired Wednesday.",
		"Clare Gillis, a journalist, wrote in a piece last year for Syria Deeply."} {
		_, an := extractText(t, "A Headline For Claims\n\n"+body+"\n")
		if got := an.ByKind(Statement); len(got) != 0 {
			t.Errorf("a channel alone: statements %+v; want none", got)
		}
	}
}

// A spelled-out number that is part of a name counts nothing.
func TestNumberInNameIsNotAQuantity(t *testing.T) {
	_, an := extractText(t, "A Headline For Numbers\n\nShe told BBC Radio Five Live that two cup competitions mattered.\n")
	var got []string
	for _, f := range an.ByKind(Quantity) {
		got = append(got, f.NumberText)
	}
	if strings.Join(got, ",") != "two" {
		t.Errorf("quantities %q; want only \"two\"", got)
	}
}

// A surname after a title that only ever opens sentences ("Ms Taylor
// said …") is still the person named in full earlier: the statement
// carries the full name, so a quiz asks "Shelley Taylor" once, not
// "Taylor" again as if she were someone else.
func TestTitledSurnameJoinsTheFullName(t *testing.T) {
	body := "Shelley Taylor, an analyst, said the locks were made to raise cash.\n\n" +
		"Ms Taylor said the limits could explain the popularity of file-sharing systems.\n"
	_, an := extractText(t, "A Headline For Names\n\n"+body)
	got := an.ByKind(Statement)
	if len(got) != 2 {
		t.Fatalf("statements %+v; want two", got)
	}
	if !slices.Contains(got[1].Aliases, "Shelley Taylor") {
		t.Errorf("Ms Taylor's statement has aliases %q; want Shelley Taylor among them", got[1].Aliases)
	}
}

// "She said" straight after a sentence that is hers, in one paragraph,
// is as certain as the name: a chain of them stays certain, and so does
// one a sentence later that names no one else; another person named in
// between breaks it.
func TestSheSaidChainStaysCertain(t *testing.T) {
	body := `Shelley Taylor, an analyst, said the locks were made to raise cash. ` +
		`"Apple could not justify the iPod without it," she said. "Consumers win in the long run," she said. ` +
		`The market is crowded. "People want portability," she said. ` +
		`The crowding suits rivals of Steve Jobs. "Sales will slow," she said.`
	_, an := extractText(t, "A Headline For Chains\n\n"+body+"\n")
	got := an.ByKind(Statement)
	want := []bool{false, false, false, false, true} // Resolved: a guess
	if len(got) != len(want) {
		t.Fatalf("statements %+v; want %d", got, len(want))
	}
	for i, f := range got {
		if f.Subject != "Shelley Taylor" || f.Resolved != want[i] {
			t.Errorf("statement %d: %s, resolved %v; want Shelley Taylor, resolved %v", i, f.Subject, f.Resolved, want[i])
		}
	}
}

func TestLooksLikePerson(t *testing.T) {
	for name, want := range map[string]bool{"Charles Kennedy": true, "Clare Morgana Gillis": true,
		"Lib Dem": false, "Creative Labs": false, "Tory Party": false, "Human Rights": false, "National Insurance": false,
		"San Francisco": false, "Injustice Stories": false, "New York": false,
		"Fuel Consumers' Forum": false, "Green Alliance": false, "Martin Blaine": true} {
		if got := LooksLikePerson(name); got != want {
			t.Errorf("LooksLikePerson(%q) = %v; want %v", name, got, want)
		}
	}
}

// A "he said" whose speaker's own sentence names another person is a
// guess: "Gertz reported that an expert, Sebastian Gorka, explained …".
func TestHeSaidAfterAnotherNamedIsAGuess(t *testing.T) {
	body := `Bill Gertz reported that a counterterrorism expert, Sebastian Gorka, explained the risks. ` +
		`The jets are large. "The first would be how airliners were used," he said.`
	_, an := extractText(t, "A Headline For Guesses\n\n"+body+"\n")
	for _, f := range an.ByKind(Statement) {
		if f.Sentence == 2 && !f.Resolved {
			t.Errorf("the quote's speaker %q read as certain; want a guess", f.Subject)
		}
	}
}

// Where a statement was made is kept apart from it: after the verb,
// after a quotation, and as the outlet someone "told" — never a person.
func TestStatementChannel(t *testing.T) {
	tests := []struct{ body, channel string }{
		{`Tomas Berg said in a statement the directors believed it was best to reject the bid.`, "in a statement"},
		{`"I am not interested in being a coach," David Beckham said on television station Canal Plus.`, "on television station Canal Plus"},
		{`"So I have decided it is time to tell everyone," Jess Smith wrote on Facebook.`, "on Facebook"},
		{`Ryan Roche told the Daily News he was about to leave the party.`, "to the Daily News"},
		{`"We will all become virtually obese," Martin Larsson told the BBC News website.`, "to the BBC News website"},
		{`"It came as a bolt out of the blue," Maurice Lindsay told Radio Five Live.`, "to Radio Five Live"},
		{`"Captivity is the state most opposite to freedom," Clare Gillis wrote in a piece last year for Syria Deeply.`, "in a piece last year for Syria Deeply"},
		{`"The hope is that we can attract enough people to come forward," Edward Fox told the newspaper.`, "to the newspaper"},
		{`Ryan Roche told Anna Berg he was about to leave the party.`, ""},
		{`Ryan Roche told Mr Berg he was about to leave the party.`, ""},
		{`Ryan Roche said he was about to leave the party.`, ""},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Channels\n\n"+tt.body+"\n")
		got := an.ByKind(Statement)
		if len(got) != 1 || got[0].Channel != tt.channel {
			t.Errorf("%q: statements %+v; want the channel %q", tt.body, got, tt.channel)
		}
	}
}

// "…, but according to the website “Injustice Stories,” a woman …": the
// source after a clause, its quoted name holding the comma.
func TestAccordingToAfterAClause(t *testing.T) {
	_, an := extractText(t, "A Headline For Sources\n\nIt is hard to believe this is real, but according to the website “Injustice Stories,” a woman named Lana boasted of her choice.\n")
	got := an.ByKind(Attribution)
	if len(got) != 1 || got[0].Subject != "the website “Injustice Stories”" || got[0].Claim != "a woman named Lana boasted of her choice" {
		t.Errorf("attributions %+v; want the website as the source of Lana's boast", got)
	}
}

// TestSecondReportSplitsTheClaims: a speaker's second verb of speech
// after a comma opens a second claim ("admitted that X, but said Y"),
// which left in ran the first claim on into "…, but said the board …"
// (a held-out article's quiz, W). Without the comma the verb is the
// claim's own subject's, and inside a quotation it is the speaker's
// words: neither splits.
func TestSecondReportSplitsTheClaims(t *testing.T) {
	tests := []struct {
		body   string
		claims []string
	}{
		{`Mr Garside admitted that administration was "one of the options on the table", but said the board was talking to two other investors.`,
			[]string{`administration was "one of the options on the table"`, "the board was talking to two other investors"}},
		{`The Daily Telegraph reported that an alliance of faith groups has backed the amendment and said more must be done.`,
			[]string{"an alliance of faith groups has backed the amendment and said more must be done"}},
		{`"When the minister turns to the chancellor, and says how much is left, he hears bad news," observed Mr MacKenzie.`,
			[]string{"“When the minister turns to the chancellor, and says how much is left, he hears bad news”"}},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Claims\n\nJo Garside chairs the club.\n\n"+tt.body+"\n")
		var got []string
		for _, f := range an.ByKind(Statement) {
			got = append(got, f.Claim)
		}
		if !slices.Equal(got, tt.claims) {
			t.Errorf("%q:\n got  %q\n want %q", tt.body, got, tt.claims)
		}
	}
}

// TestNameThatOpensTheClaimIsNoSpeaker: "…, citing a source, said Ri
// Chol-man, 61, was shot …" reports what happened to Ri, who said
// nothing: read as the speaker, the paper's report was credited to the
// man it says was executed (a held-out article's quiz).
func TestNameThatOpensTheClaimIsNoSpeaker(t *testing.T) {
	_, an := extractText(t, "A Headline For Claims\n\nThe JoongAng Ilbo newspaper, citing an unnamed government source in Seoul, said Ri Chol-man, 61, was shot by firing squad late last month.\n")
	for _, f := range an.ByKind(Statement) {
		if strings.Contains(f.Subject, "Ri") {
			t.Errorf("speaker %q for %q", f.Subject, f.Claim)
		}
	}
}

// "She" is never a body: where the last speaker named is a council, a
// trust or a firm, "she" is the person the sentence before opens on,
// across its paragraph's end, or no one (held-out h6: a festival
// director's words were credited to the council that cut her grant).
func TestSheIsNoBody(t *testing.T) {
	tests := []struct{ body, speaker string }{
		{"Northbay Borough Council confirmed it would cut its grant by 40% next year.\n\n" +
			"Festival director Ruth Abernethy used her speech to warn that the event could move away.\n\n" +
			"\"We bring more than 30,000 visitors to the town every October,\" she told the audience.", "Ruth Abernethy"},
		{"Hollin Valley NHS Trust said it had cancelled 400 operations since March.\n\n" +
			"\"We are not proud of these figures,\" he said.", ""},
		// A surname alone may be a person's: left as it was.
		{"Ostler said the company had hired three engineers.\n\n" +
			"\"We went into this with our eyes open,\" he said.", "Ostler"},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Claims\n\n"+tt.body+"\n")
		var got []string
		for _, f := range an.ByKind(Statement) {
			if strings.Contains(f.Claim, "We ") || strings.Contains(f.Claim, "“We") {
				got = append(got, f.Subject)
			}
		}
		if tt.speaker == "" && len(got) != 0 || tt.speaker != "" && (len(got) != 1 || got[0] != tt.speaker) {
			t.Errorf("%q: the quotation's speakers %q; want %q", tt.body, got, tt.speaker)
		}
	}
}

// A name after "in" or "near" is where the speakers are, not who they
// are (held-out h13-07: "Iraq" was the speaker of "Kurdish officials in
// northern Iraq claimed …"); after a new clause's "but", a name is its
// subject again.
func TestPlaceIsNoSpeaker(t *testing.T) {
	for text, want := range map[string]string{
		"Kurdish officials in northern Iraq claimed on Thursday that a commander was killed.": "",
		"Officials in Oslo said they were aware of the video.":                                "",
		"He drank it in record time -- but Roche said he knew there was a problem.":           "Roche",
		"In London, BP said the leak had been stopped.":                                       "BP",
		// A place's owner before it is part of the phrase the preposition
		// governs (held-out h26-06: "Niger Delta" a speaker).
		"A little-known group in Nigeria's oil-producing Niger Delta has claimed responsibility for the blast.": "",
		"Google's chief executive Sundar Pichai said the search engine would open three offices.":               "Sundar Pichai",
	} {
		if got := spokenIn(text, splitWords(text)).speaker; got != want {
			t.Errorf("speaker of %q = %q, want %q", text, got, want)
		}
	}
}

// "…, according to Anna Berg, retail analyst at …": the source, then
// what she is; "…, according to X, though the group has denied it"
// goes on in a clause, and is not read as a source with its post.
func TestAccordingToThenWhatTheyAre(t *testing.T) {
	for _, tt := range []struct{ body, source string }{
		{"Shoppers were already cautious, according to Anna Berg, retail analyst at Pellow Hartley.", "Anna Berg"},
		{"The commander may have been killed, according to a US defence official, though the group has denied that he is dead.", ""},
	} {
		_, an := extractText(t, "A Headline For Sources\n\n"+tt.body+"\n")
		got := ""
		for _, f := range an.ByKind(Attribution) {
			got = f.Subject
		}
		if got != tt.source {
			t.Errorf("%q: source %q; want %q", tt.body, got, tt.source)
		}
	}
}

// A speaker's own quotation running on moves the story no further from
// them: the "he said" two narrative sentences after it is theirs for
// certain, not a guess (held-out h30-10). Four narrative sentences of
// someone else's doings still make it a guess.
func TestQuotationDoesNotPushTheSpeakerAway(t *testing.T) {
	for _, c := range []struct {
		name, between string
		resolved      bool
	}{
		{"a quotation runs on", "\"That was no cat. I've been farming here for thirty years. Nobody believed me.\"\n\nThe image is blurred.", false},
		{"the writer's sentences", "The farm lies near the village. The image is blurred. Police were called. The hedge is tall.", true},
	} {
		body := "Tom Reyes, 52, said he saw the animal at dusk.\n\n\"It was jet black,\" he said. " + c.between +
			"\n\nHe said three ewes had been found dead in the past fortnight."
		_, an := extractText(t, "A Headline For Reach\n\n"+body+"\n")
		var last Fact
		for _, f := range an.ByKind(Statement) {
			if strings.Contains(f.Claim, "ewes") {
				last = f
			}
		}
		if last.Subject != "Tom Reyes" || last.Resolved != c.resolved {
			t.Errorf("%s: %q, resolved %v; want Tom Reyes, resolved %v", c.name, last.Subject, last.Resolved, c.resolved)
		}
	}
}
