package quiz

import "testing"

// TestRightAnswerSaysWhy: a right answer in other words than the key's is
// told how it says the key (issue 13: "Right — 2M is 2 million", "Right:
// the article says about 50 km, and 31 miles is the same distance"); an
// answer in the key's own words, or holding them whole, is told the
// explanation alone.
func TestRightAnswerSaysWhy(t *testing.T) {
	ask := teacherQuestion
	for _, tt := range []struct {
		q            Question
		answer, want string
	}{
		{ask("How much did the firm raise?", "2 million dollars"), "2M", "Right — 2M is 2 million dollars."},
		{ask("How long is the road?", "50 km"), "31 miles", "Right — the article says 50 km, and 31 miles is the same distance."},
		{ask("How heavy was the bomb?", "250 kilograms"), "551 lb", "Right — the article says 250 kilograms, and 551 lb is the same weight."},
		{ask("How heavy was the bomb?", "250 kilograms"), "250kg", "Right — 250kg is 250 kilograms."},
		{ask("How much rain fell?", "up to 14 inches"), "up to 355mm", "Right — the article says up to 14 inches, and up to 355mm is the same amount."},
		{ask("How many counts was he found guilty of?", "14"), "Fourteen counts", "Right — fourteen counts is 14."},
		// The key's form nearest the student's words, not a code or sign
		// they did not use; a name is shown as the teacher wrote it.
		{ask("How much will the government spend?", "ARS 350m", "350 million Argentine pesos"), "350m pesos", "Right — the article says 350 million Argentine pesos."},
		{ask("How much is paid for each animal?", "₮150,000", "150,000 tögrög"), "a hundred and fifty thousand tögrög", "Right — the article says 150,000 tögrög."},
		{ask("How much prize money will she receive?", "A$240,000"), "AUD 240,000", "Right — the article says A$240,000."},
		{ask("When was the vote?", "Feb. 3"), "3rd of February", "Right — 3rd of February is Feb. 3."},
		{ask("Who is the finance minister?", "Ngozi Okafor"), "Ms Okafor", "Right — the article says Ngozi Okafor."},
		{ask("Who is the finance minister?", "Ngozi Okafor"), "Okafor", "Right — in full: Ngozi Okafor."},
		{ask("Which agency approved it?", "the Food and Drug Administration"), "FDA", "Right — FDA is short for the Food and Drug Administration."},
		{ask("In which court was the firm fined?", "Cork Circuit Criminal Court"), "Cork Circiut Criminal Court", "Right — the article spells it Cork Circuit Criminal Court."},
		{ask("How much did the firm raise?", "2 million dollars"), "the firm raised 2M", "Right — 2M is 2 million dollars."},
		{ask("How much will the plan cost?", "About C$48 million"), "about 48 million canadian dollars", "Right — the article says about C$48 million."},
		{ask("Where did she win the title?", "at the Sharjah Masters in the United Arab Emirates"), "in the UAE", "Right — the article says at the Sharjah Masters in the United Arab Emirates."},
		{ask("How long did each player have?", "90 minutes"), "90 min", "Right — the article says 90 minutes."},
		{ask("What did engineers find?", "an underground water channel near the planned station"), "a channel of water under the ground", "Right — the article says an underground water channel near the planned station."},
		{ask("In which state is the company based?", "California"), "Calif.", "Right — Calif. is short for California."},
		{ask("Which club did he join?", "Sporting Braga"), "sportin braga", "Right — the article spells it Sporting Braga."},
		{ask("Where was the party held?", "Mr Kilroy-Silk's Buckinghamshire home"), "Buckinghamsire", "Right — the article spells it Buckinghamshire."},
		{ask("How long before the vote was the letter sent?", "nine days ago"), "9 days", "Right — the article says nine days ago."},
		{ask("Which country is it in?", "the UK"), "Britain", "Right — Britain means the UK here."},
		{ask("When did the bridge open?", "5 June 2024"), "June 5th", "Right — the article says 5 June 2024."},
		{ask("How much was the grant?", "roughly $210,000"), "$210k", "Right — the article says roughly $210,000."},
		{ask("How much was the grant?", "$210,000"), "$210k", "Right — $210k is $210,000."},
		// A number in words says the figure, however many words it takes.
		{ask("How many staff does it have?", "36,446"), "thirty-six thousand four hundred and forty-six", "Right — thirty-six thousand four hundred and forty-six is 36,446."},
		{ask("How many staff does it have?", "about 36,000"), "thirty-six thousand", "Right — the article says about 36,000."},
		{ask("How many staff does it have?", "36,446 employees"), "thirty-six thousand four hundred and forty-six", "Right — the article says 36,446 employees."},
		// The key's own words, written otherwise: nothing to explain.
		{ask("How thick is the ice?", "3 mm"), "3mm", "The answer is 3 mm."},
		{ask("How long is the beetle?", "about 12mm"), "12 mm", "The answer is about 12mm."},
		{ask("Which union called the strike?", "the Teamsters"), "Teamsters", "The answer is the Teamsters."},
		{ask("In which years did it flood?", "1997 and 2001"), "2001 and 1997", "The answer is 1997 and 2001."},
		{ask("Which site broke the story?", "GlobalPost"), "Global Post", "The answer is GlobalPost."},
		{ask("How long is the road?", "50 km"), "50 km", "The answer is 50 km."},
		{ask("How long is the road?", "50 km"), "it is 50 km long", "The answer is 50 km."},
		{ask("In which court was the firm fined?", "Cork Circuit Criminal Court"), "cork circuit criminal court", "The answer is Cork Circuit Criminal Court."},
		{ask("How many people came?", "almost 32 million"), "about 32 million", "The answer is almost 32 million."},
	} {
		r := Check(tt.q, tt.answer)
		if r.Verdict != Correct || r.Explanation != tt.want {
			t.Errorf("%q for %q: %v, %q; want correct, %q", tt.answer, tt.q.Accepted[0], r.Verdict, r.Explanation, tt.want)
		}
	}
	// A question's own explanation follows the opening.
	q := ask("How long is the road?", "50 km")
	q.Explanation = "The council gives the road's length."
	if got := Check(q, "31 miles").Explanation; got != "Right — the article says 50 km, and 31 miles is the same distance. The council gives the road's length." {
		t.Errorf("explanation after the opening: %q", got)
	}
	// Where the question's own explanation shows the key already, the
	// opening does not say it again.
	q = ask("How many staff did it have?", "36,446 full-time employees")
	q.Explanation = "The article gives 36,446 full-time employees: “… the company only had 36,446 full-time employees …”"
	if got := Check(q, "36,446 staff").Explanation; got != "Right. "+q.Explanation {
		t.Errorf("the key said twice: %q", got)
	}
}

// TestLeadInSaysTheQuestionAgain: words before the value that say again
// what the question asks ("it was 2M", "the curator is Dr. Vandenbroucke")
// leave the value to be checked; an opening that is no sentence's — an
// article, the question's words alone — is part of the answer.
func TestLeadInSaysTheQuestionAgain(t *testing.T) {
	ask := teacherQuestion
	money := ask("How much did the firm raise?", "2 million dollars")
	curator := ask("Who is the museum's curator?", "Dr. Élise Vandenbroucke")
	uni := ask("At which university does Roy Williams work?", "California Institute of Technology")
	fire := ask("What started the fire?", "a lightning strike")
	checkVerdicts(t, []verdictCase{
		{money, "it was 2M", Correct},
		{money, "they raised 2M", Correct},
		{money, "the firm raised 2M", Correct},
		{money, "it was 3M", Incorrect},
		{money, "they raised 2M euros", Incorrect},
		{curator, "the curator is Dr. Vandenbroucke", Correct},
		{curator, "the curator is Marc Dubois", Incorrect},
		{uni, "University of California", Partial}, // as before: "University" is the question's, but no lead-in
		{fire, "It was started by a lightning strike", Correct},
		{fire, "It was started by a cigarette", Incorrect},
	})
	for _, tt := range []struct {
		q        Question
		answer   string
		rest     string
		stripped bool
	}{
		{money, "it was 2M", "2M", true},
		{money, "the firm raised 2M", "2M", true},
		{money, "2M", "", false},
		{money, "the firm", "", false},               // nothing left
		{uni, "University of California", "", false}, // the question's word alone
		{ask("Which agency will the state ask?", "the USDA"), "the state Department of Agriculture", "", false},
	} {
		rest, ok := withoutLeadIn(tt.q, tt.answer)
		if rest != tt.rest || ok != tt.stripped {
			t.Errorf("withoutLeadIn(%q) = %q, %v; want %q, %v", tt.answer, rest, ok, tt.rest, tt.stripped)
		}
	}
}

// TestTheirBodyIsNotThePerson: where the key takes a person's
// description from the article ("the automotive analyst at the mumbai
// brokerage meridian capital"), the body they work for alone is not the
// person; the description's own words are, and a key that is a body
// keeps its short name (held-out set 23).
func TestTheirBodyIsNotThePerson(t *testing.T) {
	ask := teacherQuestion
	analyst := ask("Which analyst said the battery had not been independently tested?", "Kabir Sethi", "Mr Sethi",
		"the automotive analyst at the mumbai brokerage meridian capital")
	uni := ask("Which university did he graduate from?", "the University of Westminster")
	checkVerdicts(t, []verdictCase{
		{analyst, "Meridian Capital", Incorrect},
		{analyst, "the Mumbai brokerage", Incorrect},
		{analyst, "the analyst at Meridian Capital", Correct},
		{analyst, "Sethi", Correct},
		{uni, "Westminster", Correct},
	})
}
