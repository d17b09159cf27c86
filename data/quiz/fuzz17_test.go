package quiz

import (
	"math"
	"testing"
)

// Fuzz tests of the readers held-out set 17 added.

// FuzzAmountsSeventeen: set 17's readers — what an amount is counted
// per, naira and shillings, weekdays and spans of months and hours, rates
// and their periods, temperatures and their ranges, numbers grouped by
// spaces or the Indian way, fractions of a large number, money in
// brackets, titles, places, "I think so" and kinds of stuff — never
// panic; a span of hours read is two times of day, and a number written
// in figures is finite.
func FuzzAmountsSeventeen(f *testing.F) {
	for _, s := range []string{"KSh 15,000 a month", "9% p.a.", "₦85,000 a tonne", "Ksh62m", "KES 62,000,000", "$38.6M",
		"1.2 crore dollars", "Sunday, Feb. 6", "Oct-Apr", "April to October", "06:00 to 22:00",
		"from 6 in the morning to 10 at night", "six am till ten pm every day", "80 mm a week", "KSh 0.50 for 20 litres",
		"$3.90 a litre", "₹1 per kg", "-4 to -8°C", "between 4 and 8 °C", "4-8 ºC", "$401,000", "60 000 people",
		"1,20,00,000 rupees", "a quarter of a million", "from 30% to 16%", "a rupee per kg weekly",
		"nearly two million euro (€1.9m)", "half a shilling", "Mr. Whittaker", "Coun. Randy Kowalchuck",
		"Pataskala, Ohio, US", "the fifth ward", "I think so", "5 cm of rain", "1,200 kilowatts", "six mpg",
		"about 2.5 km per litre", "they can't keep raising pay", "couldn’t", "1e308 a month", "99,99,999", "9 9 999 999"} {
		f.Add(s)
	}
	q := Question{Prompt: "What hours will each ATM be open, and in which district and state? How much rain in an hour?",
		Accepted: []string{"6am to 10pm", "from October to April", "Saturday, Feb. 6", "KSh 15,000 a month", "9% a year",
			"4-8°C", "about $410,000 a year", "KSh 0.50 for 20 litres", "₹1 per kilogram per week", "Wayanad, Kerala",
			"a quarter of a million", "Ward 5", "about 6 miles per gallon"}}
	f.Fuzz(func(t *testing.T, s string) {
		withoutDenominators(s)
		otherWeekday(q, s)
		checkMonthSpan(q, s)
		if from, to, ok := clockSpan(q.Prompt, s); ok && (from < 0 || from >= 24*60 || to < 0 || to >= 24*60) {
			t.Errorf("clockSpan(%q) = %d, %d", s, from, to)
		}
		checkClockSpan(q, s)
		periodsCountedIn(Question{Prompt: s, Accepted: []string{s}})
		pricedFor(s)
		missingRatePeriod(q, s)
		temperaturesIn(s)
		rangeStartBefore(s)
		withSharePeriod(q, s)
		otherSharePeriod(q, s)
		for _, w := range []string{withNumberGroups(q, s), withFractionsOfLarge(s), withLevelReached(q, s)} {
			for _, v := range numbersOf(w) {
				if math.IsNaN(v) {
					t.Errorf("numbersOf(%q) read NaN", w)
				}
			}
		}
		withExactInBrackets(s)
		withoutLeadingTitle(s)
		withoutTrailingCountry(q, s)
		withNumberedUnits(q, s)
		saysThinkSo(Normalize(s))
		otherSubstance(q, s)
		withModalNegationsWritten(q, s)
		for _, w := range []string{"run", "running", "can", "would", "plan"} {
			sameVerb(s, w)
		}
		halfOfTwoAsked(q, s)
		withEconomyWords(s)
		moneyIn(s)
		quantityIn(s, "power")
		Check(q, s)
		Check(Question{Kind: YesNo, Prompt: "Did the mayor support the plan?", Answer: "yes", Accepted: []string{"yes"}}, s)
	})
}
