package quiz

import "testing"

// TestHeldOutEighteenCountedPer: an answer that counts its amount per a
// period or thing neither key nor question names is wrong where the
// question counts per something: "1,800 pesos a year" to "… for a
// tanker load …?", "34 zł per household" to "… per person per month?",
// "KSh 180,000 per term" to "… the monthly bill?".
func TestHeldOutEighteenCountedPer(t *testing.T) {
	ask := teacherQuestion
	water := ask("How much does she pay for a tanker load of water?", "1,800 pesos", "MX$1,800")
	fee := ask("How much will the rubbish collection fee be per person per month from February?", "34 zł", "34 złoty")
	bill := ask("What was the school's monthly electricity bill before the solar panels?", "KSh 180,000", "180,000 Kenyan shillings")
	rent := ask("What rent will the club pay?", "$1,200")
	checkVerdicts(t, []verdictCase{
		{water, "1,800 pesos", Correct},
		{water, "1,800 pesos per load", Correct},
		{water, "1,800 pesos a load", Correct},
		{water, "1,800 pesos per truck", Correct},
		{water, "1,800 pesos a year", Incorrect},
		{water, "1,800 pesos a month", Incorrect},
		{water, "1,800 pesos a day", Incorrect},
		{fee, "34 zł", Correct},
		{fee, "34 zł per person", Correct},
		{fee, "34 zł a month", Correct},
		{fee, "34 zł per person per month", Correct},
		{fee, "34 zł per household", Incorrect},
		{fee, "34 zł a year", Incorrect},
		{bill, "KSh 180,000", Correct},
		{bill, "KSh 180,000 a month", Correct},
		{bill, "KSh 180,000 per month", Correct},
		{bill, "KSh 180,000 per term", Incorrect},
		{bill, "KSh 180,000 a year", Incorrect},
		{bill, "KSh 180,000 a week", Incorrect},
		{rent, "$1,200 a year", Correct}, // the question counts per nothing: left
	})
}

// TestHeldOutEighteenWholeOfRate: an amount the key counts per a period,
// given as a whole, is another amount: "$1,200 total", "$1,200 for 25
// years" for "$1,200 a year".
func TestHeldOutEighteenWholeOfRate(t *testing.T) {
	ask := teacherQuestion
	rent := ask("What rent will the club pay for the lease?", "$1,200 a year", "NZ$1,200 per year")
	wage := ask("How much are the attendants paid?", "KSh 15,000 a month")
	trip := ask("How far is the walk?", "7 miles in total")
	checkVerdicts(t, []verdictCase{
		{rent, "$1,200 a year", Correct},
		{rent, "$1,200 annually", Correct},
		{rent, "$1,200", Correct},
		{rent, "$1,200 total", Incorrect},
		{rent, "$1,200 in total", Incorrect},
		{rent, "$1,200 for 25 years", Incorrect},
		{wage, "KSh 15,000 a month", Correct},
		{wage, "KSh 15,000 altogether", Incorrect},
		{wage, "KSh 15,000 for six months", Incorrect},
		{trip, "7 miles in total", Correct},
		{trip, "7 miles", Correct},
	})
}

// TestHeldOutEighteenPerYear: a key's amount of money over another
// period, worked out, is right: "$100 a month" for "$1,200 a year";
// another amount, or the key's number over another period, is wrong.
func TestHeldOutEighteenPerYear(t *testing.T) {
	ask := teacherQuestion
	rent := ask("What rent will the club pay for the lease?", "$1,200 a year", "NZ$1,200 per year")
	wage := ask("How much are the attendants paid?", "KSh 15,000 a month")
	checkVerdicts(t, []verdictCase{
		{rent, "$100 a month", Correct},
		{rent, "NZ$100 per month", Correct},
		{rent, "$1,200 a month", Incorrect},
		{rent, "$120 a month", Incorrect},
		{rent, "US$100 a month", Incorrect},
		{rent, "$100 a week", Incorrect},
		{wage, "KSh 180,000 a year", Correct},
		{wage, "KSh 15,000 a year", Incorrect},
		{wage, "KSh 500 a day", Incorrect},
	})
}
