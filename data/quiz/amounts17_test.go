package quiz

import "testing"

// TestHeldOutSeventeenDenominators: what an amount is counted per ("a
// month", "a year", "a tonne") is no amount of its own. "KSh 100 a
// month" for "KSh 15,000 a month", "19% a year" for "9% a year" and
// "₦8,500 a tonne" for "₦85,000 a tonne" passed, the answer and the key
// both read as one month, one year, one tonne.
func TestHeldOutSeventeenDenominators(t *testing.T) {
	ask := teacherQuestion
	wage := ask("How much will the attendants be paid?", "KSh 15,000 a month")
	rate := ask("What interest rate does the loan carry?", "9% a year", "9 per cent a year")
	price := ask("How much does the mill pay for a tonne of roots?", "₦85,000 a tonne")
	fee := ask("What does a season ticket cost?", "£310 a year")
	heavy := ask("How heavy is the bell?", "about a tonne")
	checkVerdicts(t, []verdictCase{
		{wage, "KSh 15,000 a month", Correct},
		{wage, "15,000 shillings a month", Correct},
		{wage, "KSh 15,000 per month", Correct},
		{wage, "KSh 100 a month", Incorrect},
		{wage, "KSh 1,500 a month", Incorrect},
		{wage, "KSh 150,000 a month", Incorrect},
		{rate, "9% a year", Correct},
		{rate, "19% a year", Incorrect},
		{rate, "90% a year", Incorrect},
		{rate, "27% a year", Incorrect},
		{price, "₦85,000 a tonne", Correct},
		{price, "85,000 naira a tonne", Correct},
		{price, "₦8,500 a tonne", Incorrect},
		{price, "₦850,000 a tonne", Incorrect},
		{fee, "£310 a year", Correct},
		{fee, "£130 a year", Incorrect},
		{heavy, "a tonne", Correct},
		{heavy, "1,000 kg", Correct},
		{heavy, "two tonnes", Incorrect},
	})
}

// TestHeldOutSeventeenCurrencies: naira and Kenyan shillings are
// currencies of their own, however written ("₦", "NGN", "naira"; "KSh",
// "Ksh", "KES", "shillings"), and a scale's letter may be a capital
// ("$38.6M"). "1.2 crore dollars" for "₹1.2 crore" names another
// currency.
func TestHeldOutSeventeenCurrencies(t *testing.T) {
	ask := teacherQuestion
	raised := ask("How much money did the company raise?", "₦4.2 billion", "4.2 billion naira")
	cost := ask("How much did the kiosks cost to install?", "KSh 62 million", "62 million shillings")
	plan := ask("How much will the five-year plan cost?", "C$38.6 million", "$38.6 million")
	store := ask("How much did the cold store cost to set up?", "₹1.2 crore", "1.2 crore rupees")
	checkVerdicts(t, []verdictCase{
		{raised, "₦4,200,000,000", Correct},
		{raised, "NGN 4.2bn", Correct},
		{raised, "4.2 billion Naira (about 2.7 million dollars)", Correct},
		{raised, "$4.2 billion", Incorrect},
		{raised, "₦4.2 million", Incorrect},
		{raised, "₦42 billion", Incorrect},
		{cost, "Ksh62m", Correct},
		{cost, "KES 62,000,000", Correct},
		{cost, "KSh. 62 million", Correct},
		{cost, "62 million dollars", Incorrect},
		{cost, "KSh 6.2 million", Incorrect},
		{cost, "Ksh26m", Incorrect},
		{plan, "$38.6M", Correct},
		{plan, "$38.6m", Correct},
		{plan, "$36.8M", Incorrect},
		{plan, "$38.6B", Incorrect},
		{store, "1.2 crore dollars", Incorrect},
		{store, "$1.2 crore", Incorrect},
		{store, "1.2 crore rupees", Correct},
	})
}

// TestHeldOutSeventeenRates: an amount counted over another period or
// per another quantity than the key's or the question's is another
// amount — "in an hour" and "per season" ask for a rate, "for 20 litres"
// prices twenty litres, a gallon is no litre — and a rate keyed per a
// unit and per a period needs both.
func TestHeldOutSeventeenRates(t *testing.T) {
	ask := teacherQuestion
	rain := ask("How much rain in an hour will automatically stop trains?", "more than 80 mm", "over 80 mm in an hour")
	season := ask("How much more per season did farmers who stored bananas earn?", "₹6,800", "6,800 rupees")
	can := ask("How much will a jerrycan of water cost from the ATMs?", "KSh 0.50 for 20 litres", "50 cents")
	fuel := ask("What is fuel costing now?", "close to $3.90 a gallon")
	store := ask("How much do farmers pay to store their crop?", "₹1 per kilogram per week", "one rupee a kg a week")
	wage := ask("How much do the attendants earn?", "£31,650 a year")
	checkVerdicts(t, []verdictCase{
		{rain, "more than 80 mm", Correct},
		{rain, "over 80mm an hour", Correct},
		{rain, "80 mm per hour", Correct},
		{rain, "80 mm a week", Incorrect},
		{rain, "more than 80 mm a day", Incorrect},
		{season, "₹6,800", Correct},
		{season, "₹6,800 a season", Correct},
		{season, "₹6,800 a week", Incorrect},
		{season, "₹6,800 a month", Incorrect},
		{can, "KSh 0.50 for 20 litres", Correct},
		{can, "KSh 0.50 a litre", Incorrect},
		{can, "KSh 0.50 per litre", Incorrect},
		{fuel, "$3.90 a gallon", Correct},
		{fuel, "about $3.90 per gallon", Correct},
		{fuel, "$3.90 a litre", Incorrect},
		{fuel, "$3.90/l", Incorrect},
		{store, "₹1 per kg per week", Correct},
		{store, "₹1 per kg", Incorrect},
		{store, "₹1 a kilo", Incorrect},
		{store, "₹1 per kg a month", Incorrect},
		{wage, "£31,650", Correct},
		{wage, "£31,650 a year", Correct},
	})
}

// TestHeldOutSeventeenTemperatures: "°C" after figures is Celsius, and a
// hyphen after figures is a range's dash, not a minus: "4-8°C" was read
// as minus 8, so "-4 to -8°C" passed for it and "4 to 8 degrees C" did
// not. Both ends of a range are read; one end alone is half of it.
func TestHeldOutSeventeenTemperatures(t *testing.T) {
	ask := teacherQuestion
	cold := ask("At what temperature does the unit keep produce?", "4-8°C", "39-46°F")
	frost := ask("How cold did it get overnight?", "minus 14C")
	checkVerdicts(t, []verdictCase{
		{cold, "4–8 celsius", Correct},
		{cold, "4 to 8 degrees C", Correct},
		{cold, "between 4 and 8 °C", Correct},
		{cold, "4-8 ºC", Correct},
		{cold, "39 to 46 F", Correct},
		{cold, "-4 to -8°C", Incorrect},
		{cold, "minus 4 to minus 8 C", Incorrect},
		{cold, "2 to 8°C", Incorrect},
		{cold, "4-10°C", Incorrect},
		{cold, "8°C", Partial},
		{frost, "-14°C", Correct},
		{frost, "minus 14 °C", Correct},
		{frost, "14°C", Incorrect},
	})
}

// TestHeldOutSeventeenApproximateAmounts: an approximate key's amount
// given with more figures is right only if it rounds to the key —
// "$401,000" for "about $410,000 a year" passed, within a tenth.
func TestHeldOutSeventeenApproximateAmounts(t *testing.T) {
	ask := teacherQuestion
	raise := ask("How much will the raise cost the district each year?", "about $410,000 a year", "$410,000")
	grant := ask("How much did the charity receive?", "around £2.4 million")
	checkVerdicts(t, []verdictCase{
		{raise, "$410,000", Correct},
		{raise, "about $410,000", Correct},
		{raise, "$412,000", Correct},
		{raise, "roughly $400,000", Correct},
		{raise, "$401,000", Incorrect},
		{raise, "$140,000", Incorrect},
		{raise, "$419,000", Incorrect},
		{grant, "£2.4m", Correct},
		{grant, "£2.38 million", Correct},
		{grant, "£2.5 million", Correct},
		{grant, "£2.34 million", Incorrect},
		{grant, "£2.04 million", Incorrect},
	})
}

// TestHeldOutSeventeenRatesOfShares: a percentage keyed as a year's ("9% a
// year") is the same said with "p.a.", "annually", "per annum" or no
// period at all; another period or another number is not.
func TestHeldOutSeventeenRatesOfShares(t *testing.T) {
	ask := teacherQuestion
	loan := ask("What interest rate does the Bank of Industry loan carry?", "9% a year", "9 per cent a year")
	fee := ask("How much does the fund charge?", "1.5% a month")
	checkVerdicts(t, []verdictCase{
		{loan, "9%", Correct},
		{loan, "9% p.a.", Correct},
		{loan, "9 percent annually", Correct},
		{loan, "9 per cent per annum", Correct},
		{loan, "9% yearly", Correct},
		{loan, "19%", Incorrect},
		{loan, "9% a month", Incorrect},
		{loan, "0.9% p.a.", Incorrect},
		{fee, "1.5% a month", Correct},
		{fee, "1.5% monthly", Correct},
		{fee, "1.5% a year", Incorrect},
		{fee, "1.5% p.a.", Incorrect},
	})
}

// TestHeldOutSeventeenNumberForms: a number grouped by spaces ("60 000")
// or the Indian way ("1,20,00,000") is the key's number; "a quarter of a
// million" is 250,000, not a million; and to "To what level did losses
// fall?" the answer "from 30% to 16%" gives 16%.
func TestHeldOutSeventeenNumberForms(t *testing.T) {
	ask := teacherQuestion
	people := ask("About how many people live in the areas covered?", "around 60,000", "60,000")
	store := ask("How much did the cold store cost to set up?", "₹1.2 crore", "1.2 crore rupees")
	users := ask("How many people use the greenway each year?", "an estimated 250,000", "250,000")
	losses := ask("To what level did losses among member farmers fall?", "16%", "16 per cent of the harvest")
	checkVerdicts(t, []verdictCase{
		{people, "60 000 people", Correct},
		{people, "about 60 000", Correct},
		{people, "6 000 people", Incorrect},
		{people, "60 001", Incorrect},
		{store, "1,20,00,000 rupees", Correct},
		{store, "₹1,20,00,000", Correct},
		{store, "12,00,000 rupees", Incorrect},
		{store, "1,20,00,000 dollars", Incorrect},
		{users, "a quarter of a million", Correct},
		{users, "quarter of a million people", Correct},
		{users, "half a million", Incorrect},
		{users, "a million", Incorrect},
		{losses, "from 30% to 16%", Correct},
		{losses, "16%", Correct},
		{losses, "from 16% to 30%", Incorrect},
		{losses, "30%", Incorrect},
	})
}

// TestHeldOutSeventeenMoneyForms: "a rupee" is one rupee, and an amount
// rounded and then given exactly in brackets, in the same currency, is
// the exact amount; brackets in another currency are a conversion.
func TestHeldOutSeventeenMoneyForms(t *testing.T) {
	ask := teacherQuestion
	store := ask("How much do farmers pay to store their crop?", "₹1 per kilogram per week", "one rupee a kg a week")
	council := ask("How much does the council contribute?", "€1.9m", "€1.9 million")
	checkVerdicts(t, []verdictCase{
		{store, "a rupee per kg weekly", Correct},
		{store, "a rupee per kg", Incorrect},
		{store, "a dollar per kg weekly", Incorrect},
		{store, "half a rupee per kg weekly", Incorrect},
		{council, "nearly two million euro (€1.9m)", Correct},
		{council, "about €2m (€1.9m)", Correct},
		{council, "nearly two million euro (€1.8m)", Incorrect},
		{council, "nearly two million euro", Incorrect},
		{council, "nearly two million dollars (€1.9m)", Incorrect},
	})
}

// TestHeldOutSeventeenSubstances: an amount of one stuff is not the same
// amount of another the question asks about — "5 cm of rain" to "How
// much packed snow …?" — while the asked stuff, or none, is right.
func TestHeldOutSeventeenSubstances(t *testing.T) {
	ask := teacherQuestion
	snow := ask("How much packed snow must build up before residential streets are ploughed?", "5 cm", "5 centimetres")
	can := ask("How much water does each jerrycan hold?", "20 litres")
	checkVerdicts(t, []verdictCase{
		{snow, "5 cm", Correct},
		{snow, "5 cm of snow", Correct},
		{snow, "5 cm of packed snow", Correct},
		{snow, "5 cm of rain", Incorrect},
		{snow, "5 cm of ice", Incorrect},
		{can, "20 litres of water", Correct},
		{can, "20 litres of diesel", Incorrect},
		{can, "20 litres of it", Correct},
	})
}
