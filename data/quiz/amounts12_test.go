package quiz

import "testing"

// TestHeldOutTwelveAmounts: amounts held-out set 12 wrote in other forms
// — "pc" and "mil" after a number, a currency's word between pounds and
// pence, "£17.99p", "400 plus", "more then", a decimal point in words, a
// half, a slip in one word of a longer number, "a couple", a salary's
// period left out — each beside near misses that stay wrong.
func TestHeldOutTwelveAmounts(t *testing.T) {
	ask := teacherQuestion
	rise := ask("What pay rise does the union want?", "6.5%")
	budget := ask("What is the total budget?", "£48.6 million")
	fee := ask("What could the fee rise to?", "£17m")
	sold := ask("About how many has it sold?", "about 2 million")
	price := ask("How much did the lights cost?", "£17.99")
	evacuated := ask("How many people were evacuated?", "more than 400")
	recounts := ask("How many recounts were there?", "two")
	votes := ask("By how many votes did she win?", "43")
	salary := ask("How much does a newly qualified teacher earn?", "£31,650 a year")
	rent := ask("What is the rent?", "£450 a month")
	contract := ask("How long is his contract?", "five years")
	yen := ask("How many yen was the dollar buying?", "105.6 yen")
	checkVerdicts(t, []verdictCase{
		// "pc" is per cent; "mil" a million.
		{rise, "6.5pc", Correct},
		{rise, "6.5 pc", Correct},
		{rise, "7.5pc", Incorrect},
		{budget, "£48.6 mil", Correct},
		{budget, "£46.8 mil", Incorrect},
		{fee, "17 mil", Correct},
		{fee, "71 mil", Incorrect},
		{sold, "around 2 mil", Correct},
		{sold, "around 20 mil", Incorrect},
		// Pounds and pence around the currency's word, and "p" after a
		// sign's amount.
		{price, "17 pound 99", Correct},
		{price, "17 pounds and 99p", Correct},
		{price, "17 pounds 98", Incorrect},
		{price, "£17.99p", Correct},
		{price, "£17.89p", Incorrect},
		// "400 plus", and "then" typed for "than".
		{evacuated, "400 plus", Correct},
		{evacuated, "more then 400", Correct},
		{evacuated, "less then 400", Incorrect},
		{evacuated, "more then 300", Incorrect},
		// A half, a decimal point in words, a slip in one word of two.
		{rise, "six and a half percent", Correct},
		{rise, "seven and a half percent", Incorrect},
		{budget, "forty eight point six million pounds", Correct},
		{budget, "fourty eight point six million pounds", Correct},
		{budget, "forty eight point seven million pounds", Incorrect},
		{yen, "one hundred and five point six yen", Correct},
		{votes, "fourty three", Correct},
		{votes, "fourty four", Incorrect},
		{ask("What share of drives?", "a fifth", "20%"), "one fifth", Correct}, // "fifth" is no slip for "fifty"
		// "A couple" is two, and no other number.
		{recounts, "a couple", Correct},
		{ask("How many recounts were there?", "three"), "a couple", Incorrect},
		// A salary's period goes without saying; another period is wrong,
		// and a length is no period.
		{salary, "31650", Correct},
		{salary, "31.65k", Correct},
		{salary, "31.56k", Incorrect},
		{rent, "450", Correct},
		{rent, "450 a year", Incorrect},
		{contract, "5", Incorrect},
	})
}

// TestHeldOutTwelveUnits: units held-out set 12 wrote — degrees for
// Celsius, "mtrs", numbers of two words and decimal points in words
// before a unit, a number's word joined to its unit by a hyphen, and a
// length in metres written "1.6 m" where the question asks how far.
func TestHeldOutTwelveUnits(t *testing.T) {
	ask := teacherQuestion
	temp := ask("What was the average temperature?", "about 25C")
	peak := ask("At what height did the river peak?", "4.2 metres")
	above := ask("How far above its normal level did the river reach?", "1.6m")
	rain := ask("How much rain fell?", "85mm")
	contract := ask("How long is his contract?", "five years")
	checkVerdicts(t, []verdictCase{
		{temp, "About 25 degrees Celsius", Correct},
		{temp, "25 degrees", Correct},
		{temp, "about 25 deg", Correct},
		{temp, "twenty five degrees", Correct},
		{temp, "twenty degrees", Incorrect},
		{temp, "about 8C", Incorrect},
		{temp, "35 degrees", Incorrect},
		{peak, "4.2 mtrs", Correct},
		{peak, "4.3 mtrs", Incorrect},
		{peak, "Four point two metres", Correct},
		{peak, "four point three metres", Incorrect},
		{above, "1.6 m above normal", Correct},
		{above, "one point six metres", Correct},
		{above, "1.5 m above normal", Incorrect},
		{rain, "eighty five millimeters", Correct},
		{rain, "eighty millimeters", Incorrect},
		{contract, "A five-year contract", Correct},
		{contract, "A four-year contract", Incorrect},
		// A lower-case "c" after a number is cents unless a temperature is asked.
		{ask("How much is a stamp?", "25 cents"), "25 degrees", Incorrect},
	})
}
