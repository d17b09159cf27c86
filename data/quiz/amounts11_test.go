package quiz

import "testing"

// TestHeldOutElevenAmounts: amounts and dates held-out set 11 wrote in
// other forms — a number's word joined by a hyphen, a decimal comma,
// "No." before a number, a slip in a number's word, decades, a unit
// joined by a hyphen, "$US", an amount in words of many words, a month
// and year written short, a year in words — each beside near misses that
// stay wrong. Every right form here failed without its rule.
func TestHeldOutElevenAmounts(t *testing.T) {
	ask := teacherQuestion
	ring := ask("What is the ring made of?", "22-carat gold")
	rate := ask("At what rate did the euro trade?", "1.35 dollars")
	room := ask("Which room were they held in?", "Room 101")
	goals := ask("How many goals did he score?", "14")
	wickets := ask("How many wickets fell?", "19")
	tenure := ask("How long did she lead the party?", "30 years")
	trial := ask("How long did the trial last?", "18 months")
	bounty := ask("What reward was offered?", "$US5 million")
	price := ask("What will the cheapest model cost?", "$3,499")
	opened := ask("When did the bridge open?", "June 2007")
	founded := ask("In which year was the club founded?", "1967")
	checkVerdicts(t, []verdictCase{
		// A number's word joined to its word by a hyphen.
		{ring, "twenty-two-carat gold", Correct},
		{ring, "twenty-four-carat gold", Incorrect},
		// A decimal comma; a comma before three figures groups thousands.
		{rate, "1,35 dollars", Correct},
		{rate, "1,350 dollars", Incorrect},
		// "No." before a number is "number", not "no".
		{room, "Room No. 101", Correct},
		{room, "room #101", Correct}, // as before
		{room, "Room No. 102", Incorrect},
		// One slip in a long number's word.
		{goals, "fourten", Correct},
		{goals, "fourty", Incorrect}, // forty, with one slip
		{wickets, "ninteen", Correct},
		{wickets, "ninety", Incorrect}, // a number's word as written
		{wickets, "ninten", Incorrect}, // two slips
		// Decades and centuries, and a unit joined by a hyphen.
		{tenure, "three decades", Correct},
		{tenure, "two decades", Incorrect},
		{tenure, "a 30-year tenure", Correct},
		{trial, "an 18-month trial", Correct},
		{trial, "a 16-month trial", Incorrect},
		// "$US" is the US dollar's sign.
		{bounty, "five million dollars", Correct},
		{bounty, "$5m", Correct},
		{bounty, "5 million pounds", Incorrect},
		{bounty, "$US6 million", Incorrect},
		// An amount in words, however many.
		{price, "three thousand four hundred and ninety-nine dollars", Correct},
		{price, "three thousand four hundred and ninety dollars", Incorrect},
		// A month and year written short: the figures are the year.
		{opened, "june 07", Correct},
		{opened, "2007-06", Correct},
		{opened, "june 08", Incorrect},
		{opened, "2007-07", Incorrect},
		{opened, "July 07", Incorrect},
		// A year as people say it.
		{founded, "nineteen sixty-seven", Correct},
		{founded, "in nineteen sixty seven", Correct},
		{founded, "nineteen seventy-six", Incorrect},
	})
}

// TestHeldOutElevenConversionsAndSides: an amount with the article's
// conversion copied in brackets after it states the amount before them;
// "v" and "vs" are "against", as written, in a longer answer too.
func TestHeldOutElevenConversionsAndSides(t *testing.T) {
	ask := teacherQuestion
	ransom := ask("How much was the ransom?", "$US2 million")
	worst := ask("What was his worst moment?", "losing against Brazil")
	checkVerdicts(t, []verdictCase{
		{ransom, "$US2 million ($2.4 million)", Correct},
		{ransom, "$US3 million ($2.4 million)", Incorrect},
		{ransom, "$2.4 million", Incorrect}, // the other dollars are no key of the teacher's
		{worst, "losing v Brazil", Correct},
		{worst, "losing vs Brazil in the final, then the fallout", Correct},
		{worst, "losing vs Chile in the final", Partial},
	})
}
