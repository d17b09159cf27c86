package quiz

import "testing"

// TestHeldOutEighteenCurrencies: a dollar sign with its country's letters
// ("MX$", "NZ$", "US$") and a currency's code ("MXN", "PLN", "NZD") name
// that country's currency; "zł", "złoty" and "pesos" are currencies of
// their own. "US$1,800" and "1,800 dollars" passed for "MX$1,800";
// "PLN 34", "MXN 1,800" were refused.
func TestHeldOutEighteenCurrencies(t *testing.T) {
	ask := teacherQuestion
	water := ask("How much does she pay for a tanker load of water?", "1,800 pesos", "MX$1,800")
	fee := ask("How much will the rubbish fee be per person per month?", "34 zł", "34 złoty")
	rent := ask("What rent will the club pay for the lease?", "$1,200 a year", "NZ$1,200 per year")
	nz := ask("How much did the clubrooms cost?", "NZ$2.4 million")
	checkVerdicts(t, []verdictCase{
		{water, "MXN 1,800", Correct},
		{water, "MXN1800 per load", Correct},
		{water, "1800 pesos", Correct},
		{water, "$1,800", Correct},
		{water, "MX$1,800", Correct},
		{water, "1,800 dollars", Incorrect},
		{water, "US$1,800", Incorrect},
		{water, "USD 1,800", Incorrect},
		{water, "1,600 pesos", Incorrect},
		{water, "MXN 18,000", Incorrect},
		{fee, "PLN 34", Correct},
		{fee, "34 PLN", Correct},
		{fee, "34 zloty", Correct},
		{fee, "34zł", Correct},
		{fee, "34 PLN per person per month", Correct},
		{fee, "43 zł", Incorrect},
		{fee, "€34", Incorrect},
		{fee, "PLN 24", Incorrect},
		{rent, "NZD 1,200 annually", Correct},
		{rent, "NZ$1,200 a year", Correct},
		{rent, "$1,200 per year", Correct},
		{rent, "US$1,200 a year", Incorrect},
		{rent, "NZD 2,100 a year", Incorrect},
		{nz, "$2.4 million", Correct},
		{nz, "2.4 million dollars", Correct},
		{nz, "NZD 2.4m", Correct},
		{nz, "A$2.4 million", Incorrect},
		{nz, "NZ$4.2 million", Incorrect},
	})
}
