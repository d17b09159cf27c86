package quiz

import "testing"

// Held-out set 25 (docs/quality.md, 2026-12-04): what its refused right
// answers and accepted wrong ones taught, each a general rule, on
// sentences written here.

// TestChangeOfLevelIsNoAmount: a key that tells a change from one level
// to another is not the amount it started at; the change in other words
// is right, another level wrong.
func TestChangeOfLevelIsNoAmount(t *testing.T) {
	gap := teacherQuestion("How has the average gap between calves changed?", "it has grown from three years to nearly five")
	week := teacherQuestion("What did the company agree to?", "to cut the working week from 48 to 46 hours")
	checkVerdicts(t, []verdictCase{
		{gap, "grown from 3 years to 15", Incorrect},
		{gap, "grown from three years to nearly four", Incorrect},
		{gap, "grown from 3 years to 5", Correct},
		{gap, "increased from three to nearly five years", Correct},
		{gap, "it's gone up from 3 years to almost 5", Correct},
		{week, "a 46-hour week", Correct},
	})
}

// TestEverydayWordsOfSetTwentyFive: going up and down, "next to" and
// "train station" say what the key's words say.
func TestEverydayWordsOfSetTwentyFive(t *testing.T) {
	terminus := teacherQuestion("Where will the new terminus be?", "beside Brabrand Lake")
	branch := teacherQuestion("Where will the line branch off?", "the main railway station")
	checkVerdicts(t, []verdictCase{
		{terminus, "next to Brabrand Lake", Correct},
		{terminus, "in the city centre", Incorrect},
		{branch, "the main train station", Correct},
		{branch, "the main bus station", Partial},
	})
}

// TestFiguresOfAnotherKind: a percentage for a measure, an exact figure
// for a bound, and a change the other way from the one asked are wrong;
// the key's own figure, bound and direction are right.
func TestFiguresOfAnotherKind(t *testing.T) {
	record := teacherQuestion("By how much did the new reading beat the record?", "0.8°C")
	harvest := teacherQuestion("By how much could the harvest fall?", "up to 30%")
	calves := teacherQuestion("By roughly how much has the number of calves fallen?", "about a third")
	water := teacherQuestion("By how much could the system cut water use?", "40%")
	checkVerdicts(t, []verdictCase{
		{record, "0.8%", Incorrect},
		{record, "0.8 degrees", Correct},
		{harvest, "exactly 30%", Incorrect},
		{harvest, "up to 30 per cent", Correct},
		{calves, "it has risen by a third", Incorrect},
		{calves, "it has fallen by about a third", Correct},
		{water, "up to 40%", Correct},
	})
}

// TestShortFormsOfSetTwentyFive: an age with its unit glued on, a name
// and a clause about its person, and a share in words are the key's.
func TestShortFormsOfSetTwentyFive(t *testing.T) {
	age := teacherQuestion("How old is she?", "44")
	player := teacherQuestion("Who was named player of the match?", "Kasun Wijeratne")
	cut := teacherQuestion("Roughly what fraction of the workforce will lose their jobs?", "about a quarter")
	checkVerdicts(t, []verdictCase{
		{age, "44yrs", Correct},
		{age, "44yo", Correct},
		{age, "45yrs", Incorrect},
		{player, "Wijeratne, who took nine wickets in the match", Correct},
		{player, "Perera, who took nine wickets", Incorrect},
		{cut, "about twenty-five per cent", Correct},
		{cut, "about thirty-five per cent", Incorrect},
	})
}

// TestOpenersOfSetTwentyFive: "a loss of" before the figure says the
// question's noun again; "not sure" answers a question about sureness
// and is still a shrug elsewhere.
func TestOpenersOfSetTwentyFive(t *testing.T) {
	loss := teacherQuestion("What pre-tax loss did the firm report?", "£47.6m")
	sure := teacherQuestion("Is the doctor sure that the outbreak has peaked?", "no")
	where := teacherQuestion("Where did the outbreak start?", "Accra")
	checkVerdicts(t, []verdictCase{
		{loss, "a loss of nearly £48m", Correct},
		{loss, "a total of £47.6m", Correct},
		{loss, "a loss of £46m", Incorrect},
		{sure, "Not sure yet, he says it's too early", Correct},
		{sure, "yes, he is sure", Incorrect},
		{where, "not sure", Unclear},
	})
}

// TestChangeWithoutItsLevel: to "How did sales change?", a key that
// gives the change and the level it led to is answered by the change;
// the change the other way is wrong.
func TestChangeWithoutItsLevel(t *testing.T) {
	sales := teacherQuestion("How did the firm's sales change?", "they fell by 18% to £612m")
	checkVerdicts(t, []verdictCase{
		{sales, "dropped by 18%", Correct},
		{sales, "down 18 per cent", Correct},
		{sales, "they fell by 18% to £612m", Correct},
		{sales, "they rose 18%", Incorrect},
		{sales, "fell by 12%", Incorrect},
	})
}

// TestMonthsLastDayIsItsEnd: the last day of the month is "the end of"
// it; another day is not.
func TestMonthsLastDayIsItsEnd(t *testing.T) {
	shut := teacherQuestion("By when will the furnace be shut?", "by the end of March")
	feb := teacherQuestion("When does the offer close?", "the end of February")
	checkVerdicts(t, []verdictCase{
		{shut, "by 31 March", Correct},
		{shut, "March 31st", Correct},
		{shut, "by 30 April", Incorrect},
		{feb, "29 February", Correct},
	})
}

// TestReasonsOfSetTwentyFive: a reason that says all voted one way where
// the article gives a split tally, or puts another figure after the
// question's bound, is wrong; the article's own figure is not.
func TestReasonsOfSetTwentyFive(t *testing.T) {
	text := "Tram extension approved\n\nAarhus city council voted 19 to 11 in favour of the extension. Staff aged over 60 will be offered early retirement."
	vote := yesNoInArticle(t, text, "Did the city council vote in favour of the extension?", "yes")
	retire := yesNoInArticle(t, text, "Will staff aged over 55 be offered early retirement?", "no")
	older := yesNoInArticle(t, text, "Will staff aged over 60 be offered early retirement?", "yes")
	checkVerdicts(t, []verdictCase{
		{vote, "Yes, all the councillors voted for it", Incorrect},
		{vote, "yes, 19 to 11", Correct},
		{retire, "No, only staff over 60", Correct},
		{older, "Yes, staff over 50", Incorrect},
		{older, "yes, those over 60", Correct},
	})
}

// TestTitleWordInAPlaceName: "Queen Street" is not "King Street" — a
// title word opens a person's name, not a street's — while "Mr Park" is
// still Park Ji-hoon.
func TestTitleWordInAPlaceName(t *testing.T) {
	street := teacherQuestion("On which street is the restaurant?", "King Street")
	boss := teacherQuestion("Who is the firm's president?", "Park Ji-hoon")
	checkVerdicts(t, []verdictCase{
		{street, "Queen Street", Incorrect},
		{street, "Prince Street", Incorrect},
		{street, "King St", Correct},
		{boss, "Mr Park", Correct},
	})
}
