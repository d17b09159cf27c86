package quiz

import "testing"

// TestHeldOutNineteenCurrencies: a currency's ISO code in capitals, the
// signs of the lira, dong, won and cedi, and currencies' names after an
// amount (with or without the country's adjective) name their currency;
// a name several countries use ("pesos", "kroner") stands for any of
// them. "US$500,000" and "€500,000" passed for "₺500,000", and
// "US$41 million" for "CLP 41,000 million" or "about US$44 million";
// "148 million kroner" was refused for "NOK 148 million".
func TestHeldOutNineteenCurrencies(t *testing.T) {
	ask := teacherQuestion
	reward := ask("How much is the reward?", "₺500,000", "500,000 lira")
	ship := ask("How much did the ship cost to build?", "NOK 148 million")
	wall := ask("How much will the wall cost?", "CLP 41,000 million", "about US$44 million")
	wage := ask("What will the monthly wage be?", "VND 5.67 million")
	fee := ask("How much is the fee?", "GH¢ 300")
	grant := ask("How much did the club ask for?", "C$400,000")
	rand := ask("How much did the school raise?", "R2.5 million", "ZAR 2.5 million")
	checkVerdicts(t, []verdictCase{
		{reward, "500,000 TRY", Correct},
		{reward, "TRY 500,000", Correct},
		{reward, "500000 Turkish lira", Correct},
		{reward, "half a million lira", Correct},
		{reward, "US$500,000", Incorrect},
		{reward, "€500,000", Incorrect},
		{reward, "$500,000", Incorrect},
		{reward, "₺50,000", Incorrect},
		{ship, "148 million kroner", Correct},
		{ship, "about 148 million Norwegian kroner", Correct},
		{ship, "NOK148m", Correct},
		{ship, "kr 148 million", Correct},
		{ship, "148 million NOK", Correct},
		{ship, "148 million Swedish kronor", Incorrect},
		{ship, "SEK 148 million", Incorrect},
		{ship, "€148 million", Incorrect},
		{ship, "NOK 184 million", Incorrect},
		{wall, "41,000 million Chilean pesos", Correct},
		{wall, "41 billion pesos", Correct},
		{wall, "CLP 41bn", Correct},
		{wall, "US$44 million", Correct},
		{wall, "about 44 million US dollars", Correct},
		{wall, "US$41 million", Incorrect},
		{wall, "US$47 million", Incorrect},
		{wall, "41,000 million Mexican pesos", Incorrect},
		{wall, "CLP 44 million", Incorrect},
		{wage, "5.67 million dong", Correct},
		{wage, "₫5,670,000", Correct},
		{wage, "VND 5,670,000", Correct},
		{wage, "5.67 million VND", Correct},
		{wage, "VND 5.2 million", Incorrect},
		{wage, "US$5.67 million", Incorrect},
		{fee, "GHS 300", Correct},
		{fee, "300 cedis", Correct},
		{fee, "300 Ghana cedis", Correct},
		{fee, "GH₵300", Correct},
		{fee, "GH¢ 450", Incorrect},
		{fee, "300 naira", Incorrect},
		{grant, "CAD 400,000", Correct},
		{grant, "400,000 Canadian dollars", Correct},
		{grant, "$400,000", Correct},
		{grant, "US$400,000", Incorrect},
		{grant, "400,000 US dollars", Incorrect},
		{grant, "C$40,000", Incorrect},
		{rand, "2.5 million rand", Correct},
		{rand, "2.5 million South African rand", Correct},
		{rand, "US$2.5 million", Incorrect},
	})
}
