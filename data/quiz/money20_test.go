package quiz

import "testing"

// TestHeldOutTwentyAmountNotClock: an amount with a currency's sign is no
// time of day: "$6.50" for "₹6.50" is another currency, though "6.50"
// reads as ten to seven.
func TestHeldOutTwentyAmountNotClock(t *testing.T) {
	meal := teacherQuestion("How much will the cooks be paid for each meal?", "₹6.50")
	bus := teacherQuestion("At what time does the last bus leave?", "6.50pm")
	checkVerdicts(t, []verdictCase{
		{meal, "₹6.50", Correct},
		{meal, "6.50 rupees", Correct},
		{meal, "Rs 6.50", Correct},
		{meal, "6.50", Correct},
		{meal, "$6.50", Incorrect},
		{meal, "£6.50", Incorrect},
		{meal, "6.50 dollars", Incorrect},
		{bus, "6.50pm", Correct},
		{bus, "18:50", Correct},
		{bus, "ten to seven in the evening", Correct},
		{bus, "5.50pm", Incorrect},
	})
}

// TestHeldOutTwentyAmountWithoutCurrency: a money key's amount alone is
// right, as "830" for "$830" always was; another number, or the amount in
// another currency, is not.
func TestHeldOutTwentyAmountWithoutCurrency(t *testing.T) {
	fare := teacherQuestion("How much is the peak-time fare?", "830 pesos")
	exports := teacherQuestion("How much were the exports worth?", "about 28 billion ISK", "roughly €185 million")
	checkVerdicts(t, []verdictCase{
		{fare, "830", Correct},
		{fare, "830 i think", Correct},
		{fare, "about 830", Correct},
		{fare, "830 pesos", Correct},
		{fare, "930", Incorrect},
		{fare, "830 dollars", Incorrect},
		{fare, "83", Incorrect},
		{exports, "roughly 28 billion", Correct},
		{exports, "28 billion", Correct},
		{exports, "185 million", Correct},
		{exports, "28 billion euros", Incorrect},
		{exports, "35 billion", Incorrect},
		{exports, "28 million", Incorrect},
	})
}

// TestHeldOutTwentyCurrencies: the Armenian dram, the Georgian lari, the
// Azerbaijani manat and the Kazakh tenge, by name and by code.
func TestHeldOutTwentyCurrencies(t *testing.T) {
	prize := teacherQuestion("How much prize money did the winner receive?", "5,000,000 drams")
	fee := teacherQuestion("What is the fee?", "40 lari")
	checkVerdicts(t, []verdictCase{
		{prize, "5,000,000 AMD", Correct},
		{prize, "AMD 5 million", Correct},
		{prize, "5 million drams", Correct},
		{prize, "5,000,000 rubles", Incorrect},
		{prize, "5,000,000 EUR", Incorrect},
		{prize, "3,000,000 AMD", Incorrect},
		{fee, "GEL 40", Correct},
		{fee, "40 GEL", Correct},
		{fee, "40 manat", Incorrect},
	})
}
