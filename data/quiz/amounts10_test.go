package quiz

import "testing"

// TestHeldOutTenAmounts: amounts held-out set 10 wrote in other forms —
// a fraction in words beside its percentage, a bound before a number in
// words, a number in words after a hedge, half after a number, volumes and
// bytes — each beside near misses that stay wrong.
func TestHeldOutTenAmounts(t *testing.T) {
	ask := teacherQuestion
	share := ask("What share of hard drives will be used in consumer electronics?", "a fifth", "20%")
	files := ask("What percentage of people kept 1,000 files?", "more than 60%")
	quart := ask("How much eggnog did he drink?", "a quart", "one quart")
	data := ask("How much data fills a pick-up truck with paper?", "one gigabyte", "1 GB")
	held := ask("For how long was he held?", "45 days")
	siege := ask("For how long have they been trying to seize the town?", "over a month")
	road := ask("How long is the road?", "50 km")
	checkVerdicts(t, []verdictCase{
		// "a fifth" is a share, not fifth place.
		{share, "one fifth", Correct},
		{share, "20 per cent", Correct},
		{share, "5%", Incorrect},
		{share, "a quarter", Incorrect},
		{ask("Where did she finish?", "fifth"), "5th", Correct}, // a place is still a place
		{ask("Where did she finish?", "fifth"), "4th", Incorrect},
		{ask("What did he win?", "a third term"), "3rd term", Correct}, // a place in an order
		{ask("What did he win?", "a third term"), "2nd term", Incorrect},
		{ask("How much of the vote did they win?", "about a third of the vote"), "33%", Correct},
		{ask("How much of the vote did they win?", "about a third of the vote"), "3%", Incorrect},
		// A bound before a number in words.
		{files, "more than sixty per cent", Correct},
		{files, "over sixty percent", Correct},
		{files, "less than sixty per cent", Incorrect}, // the opposite bound (set 13); it was partly right
		{files, "more than seventy per cent", Incorrect},
		// A word before a number in words no longer hides the amount.
		{road, "about fifty kilometres", Correct},
		{road, "about forty kilometres", Incorrect},
		{siege, "over four weeks", Correct},
		{siege, "over two weeks", Incorrect},
		{ask("For how many days was he held in Libya?", "45"), "forty five days", Correct},
		// "six and a half weeks" is 45.5 days.
		{held, "about six and a half weeks", Correct},
		{held, "about seven and a half weeks", Incorrect},
		{held, "six weeks", Incorrect},
		{held, "about seven weeks", Incorrect}, // 49 days: rough, but 9 % out
		// Volumes and bytes; a conversion said to be rough may be 7 % out.
		{quart, "about a litre", Correct},
		{quart, "32 fluid ounces", Correct},
		{quart, "a litre", Incorrect}, // 6 % out, and not said to be rough
		{quart, "about two litres", Incorrect},
		{quart, "16 fluid ounces", Incorrect},
		{data, "1,000,000,000 bytes", Correct},
		{data, "1,000,000 bytes", Incorrect},
	})
}
