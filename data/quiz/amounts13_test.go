package quiz

import "testing"

// TestHeldOutThirteenBounds: a bound that points the other way from the
// key's is wrong though its number is the key's ("more than a third" for
// "fewer than a third", "shortly before 2am" for "shortly after 2am", a
// floor at the top of the key's range), while the same bound in other
// words, or the bare number, stays right ("within 40 mins", "210" for
// "up to 210").
func TestHeldOutThirteenBounds(t *testing.T) {
	ask := teacherQuestion
	third := ask("What fraction of the bees returned?", "fewer than a third")
	tenth := ask("How heavy is each tag compared with a bee's weight?", "less than a tenth")
	trips := ask("How many trips did the lorries make?", "at least 17")
	meeting := ask("How long did the meeting last?", "nearly four hours")
	late := ask("How late did the project open?", "almost 18 months")
	home := ask("How long did the bees take to get home?", "under 40 minutes", "less than 40 minutes")
	far := ask("From how far away can bees find their way home?", "more than 3 kilometres", "over 3km")
	sleep := ask("How much sleep does the NHS recommend?", "between 8 and 10 hours a night")
	tram := ask("How many passengers can each tram carry?", "up to 210")
	peak := ask("At what time did the river peak?", "shortly after 2am")
	goal := ask("When did she score?", "just before half-time")
	evacuated := ask("How many people were evacuated?", "more than 400")
	often := ask("How often did they break the rule?", "at least once a week")
	checkVerdicts(t, []verdictCase{
		// The other way: wrong.
		{third, "more than a third", Incorrect},
		{tenth, "more than a tenth", Incorrect},
		{trips, "fewer than 17", Incorrect},
		{trips, "17 or less", Incorrect},
		{meeting, "over four hours", Incorrect},
		{late, "more than 18 months", Incorrect},
		{home, "over 40 minutes", Incorrect},
		{far, "under 3 kilometres", Incorrect},
		{sleep, "at least 10 hours", Incorrect},
		{sleep, "less than 8 hours", Incorrect},
		{tram, "at least 210", Incorrect},
		{peak, "shortly before 2am", Incorrect},
		{goal, "just after half-time", Incorrect},
		{evacuated, "no more than 400", Incorrect},
		{evacuated, "less then 400", Incorrect},
		{often, "once a week or less", Incorrect},
		// The same way, in other words, or no bound at all: right.
		{third, "less than a third", Correct},
		{trips, "17 or more", Correct},
		{often, "once a week or more", Correct},
		{trips, "17", Correct},
		{meeting, "almost 4 hours", Correct},
		{home, "within 40 mins", Correct},
		{far, "over 3 km", Correct},
		{sleep, "8 to 10 hours", Correct},
		{tram, "210", Correct},
		{tram, "up to 210 passengers", Correct},
		{peak, "just after 2am", Correct},
		{evacuated, "400+", Correct},
		{evacuated, "over 400", Correct},
		// Another number stays wrong, whichever way it is bounded.
		{tram, "120", Incorrect},
		{trips, "at least 71", Incorrect},
		{far, "over 30 km", Incorrect},
		// "or" before a bound offers no second answer; before another
		// answer it still does.
		{trips, "17 or 18", Incorrect},
		{often, "once a month or more", Incorrect},
	})
}

// TestHeldOutThirteenSigns: money is no answer where the key is a
// percentage, nor a percentage where it is money, though normalising
// drops both signs and leaves the same figure.
func TestHeldOutThirteenSigns(t *testing.T) {
	ask := teacherQuestion
	rise := ask("By how much did the shares rise?", "9%")
	price := ask("How much does a ticket cost?", "$9")
	checkVerdicts(t, []verdictCase{
		{rise, "$9", Incorrect},
		{rise, "9 dollars", Incorrect},
		{price, "9%", Incorrect},
		{price, "9 per cent", Incorrect},
		{rise, "9 percent", Correct},
		{rise, "9pc", Correct},
		{rise, "9", Correct},
		{price, "9 dollars", Correct},
		{price, "$9.00", Correct},
	})
}

// TestHeldOutThirteenShares: a share said as so many in so many ("one in
// five", "1 in 2") is that fraction, against a key in either form; another
// share, or a year after "in", is not.
func TestHeldOutThirteenShares(t *testing.T) {
	ask := teacherQuestion
	fifth := ask("What proportion broke the rule?", "around one in five")
	half := ask("What proportion of pupils were asked?", "half")
	checkVerdicts(t, []verdictCase{
		{fifth, "roughly a fifth of them", Correct},
		{fifth, "20%", Correct},
		{fifth, "1 in 5", Correct},
		{fifth, "one in four", Incorrect},
		{fifth, "a quarter", Incorrect},
		{half, "one in two", Correct},
		{half, "1 in 2", Correct},
		{half, "one out of two", Correct},
		{half, "one in three", Incorrect},
		{half, "two in three", Incorrect},
		{ask("How many goals did he score?", "three"), "three in 2023", Incorrect},
	})
}

// TestHeldOutThirteenTwice: "twice" is "double", and a bound before either
// folds as before a number ("over twice as many" for "more than double");
// the other bound, or another multiple, stays wrong.
func TestHeldOutThirteenTwice(t *testing.T) {
	compare := teacherQuestion("How did passenger numbers compare with what was expected?", "more than double")
	checkVerdicts(t, []verdictCase{
		{compare, "over twice as many", Correct},
		{compare, "more than twice the number expected", Correct},
		{compare, "more than double", Correct},
		{compare, "less than twice", Incorrect},
		{compare, "under double", Incorrect},
		{compare, "more than triple", Partial},
		{compare, "half", Incorrect},
	})
}

// TestHeldOutThirteenMoneyWords: pounds and pence said in words ("six
// pounds fifty") are the amount in figures; another amount, currency or
// a number of pounds alone stays wrong, and a budget in words with a
// slip and a point is read as before.
func TestHeldOutThirteenMoneyWords(t *testing.T) {
	entry := teacherQuestion("How much will adult entry cost?", "£6.50")
	checkVerdicts(t, []verdictCase{
		{entry, "six pounds fifty", Correct},
		{entry, "six pounds and fifty pence", Correct},
		{entry, "six pounds", Incorrect},
		{entry, "six pounds fifteen", Incorrect},
		{entry, "five pounds fifty", Incorrect},
		{entry, "six dollars fifty", Incorrect},
		{teacherQuestion("What is the total budget?", "£48.6 million"), "fourty eight point six million pounds", Correct},
	})
}
