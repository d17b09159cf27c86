package quiz

import "testing"

// Held-out set 26 (docs/quality.md, 2026-12-04): what its refused right
// answers and accepted wrong ones taught, each a general rule.

// TestHeldOutTwentySixForms: the tögrög is a currency of its own; a
// key's bracketed figures are an aside; a vote "voted down" is
// "rejected"; a clause or a comparison after a comma is an aside.
func TestHeldOutTwentySixForms(t *testing.T) {
	ask := teacherQuestion
	paid := ask("How much are herding families paid for each animal?", "₮150,000", "150,000 tögrög")
	final := ask("What was the score in the final?", "6-4 3-6 7-6 (7-5)")
	vote := ask("What happened to the proposal?", "It was narrowly rejected")
	survey := ask("In which year was the area last surveyed?", "2015")
	cost := ask("How much did the new hospital cost?", "£310m")
	formula := ask("How would one write it in big O notation?", "O(n2)")
	checkVerdicts(t, []verdictCase{
		{paid, "$150,000", Incorrect},
		{paid, "150,000 dollars", Incorrect},
		{paid, "150k tugrik", Correct},
		{paid, "150000", Correct},
		{final, "6-4, 3-6, 7-6", Correct},
		{final, "6–4 3–6 7–6", Correct},
		{final, "6-4 6-3", Incorrect},
		{vote, "It was voted down", Correct},
		{vote, "It was approved", Incorrect},
		{survey, "2015, when 102 were counted", Correct},
		{survey, "2016, when 102 were counted", Incorrect},
		{cost, "£310 million, more than the £245m budget", Correct},
		{cost, "£245m, more than the £200m budget", Incorrect},
		{formula, "O(n3)", Incorrect},
		{formula, "O", Incorrect},
	})
}

// TestHeldOutTwentySixNumbersAndMonths: a currency code read by two
// patterns is one amount; figures before "hundred" are hundreds; "late
// April" is "the end of April".
func TestHeldOutTwentySixNumbersAndMonths(t *testing.T) {
	ask := teacherQuestion
	fine := ask("What is the most a company can be fined?", "R$50m")
	seats := ask("How many seats will the hall have?", "800")
	nurses := ask("How many nurses will work there?", "320")
	open := ask("By when will every ward be open?", "by the end of April")
	checkVerdicts(t, []verdictCase{
		{fine, "BRL 50m", Correct},
		{fine, "USD 50m", Incorrect},
		{seats, "8 hundred", Correct},
		{seats, "9 hundred", Incorrect},
		{nurses, "3 hundred and 20", Correct},
		{open, "by late April", Correct},
	})
}
