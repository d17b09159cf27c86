package quiz

import "testing"

// TestHeldOutTwentyOneReasonFigures: where the key's reason gives
// figures, a yes or no whose reason gives another figure is wrong; the
// key's figures in other forms, the question's, a round form, a margin
// that is the difference of two of the key's, and a day of a date stay
// right; where the key's reason gives none, a figure the article does
// not give is wrong. "no, it was 5 to 2" passed for "approved by five
// votes to three" (5 − 3 is 2), "yes, 61,000" for "more than 16,000
// runners", "yes, 9,750 more" for 16,000 compared with 9,750.
func TestHeldOutTwentyOneReasonFigures(t *testing.T) {
	const text = "Marathon returns to Corby\n\nThe town council voted on 12 May to bring back the Corby marathon. It was approved by five votes to three. More than 16,000 runners took part in 2023, up from 9,750 in 2022. Entry will cost 35 pounds, compared with 30 pounds last year. Children under 12 run free. The race will move to autumn 2026."
	votes := yesNoInArticle(t, text, "Was the marathon approved unanimously?", "no", "No, it was approved by five votes to three")
	runners := yesNoInArticle(t, text, "Did more runners take part in 2023 than in 2022?", "yes", "Yes, more than 16,000 compared with 9,750")
	price := yesNoInArticle(t, text, "Will entry cost more this year?", "yes", "Yes, 35 pounds compared with 30 pounds")
	children := yesNoInArticle(t, text, "Will children have to pay to run?", "no", "No, they run free")
	moved := yesNoInArticle(t, text, "Will the race be held in spring 2025?", "no", "No, it will move to autumn 2026")
	checkVerdicts(t, []verdictCase{
		{votes, "no, it was 5 to 3", Correct},
		{votes, "no it was five-three", Correct},
		{votes, "no, three voted against", Correct},
		{votes, "no, on 12th may it went 5-3", Correct},
		{votes, "no, it was 5 to 2", Incorrect},
		{votes, "no, 6-3", Incorrect},
		{votes, "no, it was nine to three", Incorrect},
		{runners, "yes, 16000 vs 9750", Correct},
		{runners, "yes more than 16k", Correct},
		{runners, "yes, about 10,000 the year before", Incorrect},
		{runners, "yes, nearly 16,000 this year", Correct},
		{runners, "yes, about 9,800 the year before", Correct},
		{runners, "yes, 61,000", Incorrect},
		{runners, "yes, three times as many", Incorrect},
		{runners, "yes, up from 9,750 in 2021", Incorrect},
		{runners, "yes, 6,250 more", Correct},
		{runners, "yes, 9,750 more", Incorrect},
		{price, "yes, by 5 pounds", Correct},
		{price, "yes, 5 pounds more", Correct},
		{price, "yes, 35 instead of 30", Correct},
		{price, "yes, by 7 pounds", Incorrect},
		{price, "yes it's 53 pounds now", Incorrect},
		{price, "yes, 5 pounds", Incorrect},
		// Where the key's reason gives no figure, the article's.
		{children, "no, under 12s run free", Correct},
		{children, "no, only adults pay 35 pounds", Correct},
		{children, "no, only under 10s run free", Incorrect},
		{moved, "no, autumn 2026", Correct},
		{moved, "no, it moves to 2027", Incorrect},
		{moved, "no, in 2025 it is in autumn", Correct},
	})
}

// TestHeldOutTwentyOneNotConfirmed: where the key's reason says the one
// asked about declined to confirm, a "no" whose reason says what
// happened is wrong, whether or not the question asks about saying, and
// "not confirmed", "not yet", "they haven't confirmed it" are right.
// "no, it refused to pay" passed for "No, it declined to confirm".
func TestHeldOutTwentyOneNotConfirmed(t *testing.T) {
	const text = "Bridge plan waits\n\nThe regional council declined to confirm whether it would pay for the new footbridge. Its spokesman, Ian Hale, declined to confirm when the licence would be granted. Work on the path began in June."
	pay := yesNoInArticle(t, text, "Has the regional council confirmed that it will pay for the footbridge?", "no", "No, it declined to confirm")
	licence := yesNoInArticle(t, text, "Has the licence for the footbridge been granted?", "no", "No, the council declined to confirm when it would be")
	checkVerdicts(t, []verdictCase{
		{pay, "not confirmed", Correct},
		{pay, "no, they havent confirmed it", Correct},
		{pay, "not yet", Correct},
		{pay, "no, it declined to say", Correct},
		{pay, "no, it refused to comment", Correct},
		{pay, "no, it refused to pay", Incorrect},
		{pay, "no, it declined to fund it", Incorrect},
		{licence, "no, not yet", Correct},
		{licence, "no, they havent decided", Correct},
		{licence, "no, they would not say when", Correct},
		{licence, "no because the path costs too much", Incorrect},
		{licence, "no, the council turned it down", Incorrect},
	})
}

// TestHeldOutTwentyOneUnsaidCountry: a yes/no reason that names a
// country or a people the key's reason does not (where it names any),
// or the article does not (where it names none), is wrong.
func TestHeldOutTwentyOneUnsaidCountry(t *testing.T) {
	const text = "Ferries for Corfu\n\nThe two new ferries will be built in Gdansk, Poland, by Baltika Yards. A German engineer, Ute Brandt, will inspect them before delivery. Timetables will be printed in Greek and English."
	built := yesNoInArticle(t, text, "Will the ferries be built in Greece?", "no", "No, in Gdansk, Poland")
	printed := yesNoInArticle(t, text, "Will the timetables be printed only in Greek?", "no", "No, in Greek and English")
	inspect := yesNoInArticle(t, text, "Will the ferries be inspected before delivery?", "yes", "Yes, by an engineer")
	checkVerdicts(t, []verdictCase{
		{built, "no, in poland", Correct},
		{built, "no, a polish yard builds them", Correct},
		{built, "no, not in greece, in poland", Correct},
		{built, "no, in germany", Incorrect},
		{built, "no, in france", Incorrect},
		{printed, "no, also in english", Correct},
		{printed, "no, also in italian", Incorrect},
		{inspect, "yes, by a german engineer", Correct},
		{inspect, "yes, by a swiss engineer", Incorrect},
	})
}
