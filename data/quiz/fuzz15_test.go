package quiz

import (
	"math"
	"strings"
	"testing"
)

// Fuzz tests of the readers held-out set 15 added.

// FuzzAmountsFifteen: periods, temperatures, amounts of money in two
// units, asides and short units never panic; a temperature read is a
// number, an amount in pounds and pence keeps its sign, and dropping
// asides or rates never makes a text longer.
func FuzzAmountsFifteen(f *testing.F) {
	for _, s := range []string{"1.2 million gallons a year", "25 cents a week", "in a year", "per annum", "7 miles in total",
		"104 °F (40 °C)", "40 celsius", "104 degrees Fahrenheit", "minus 5C", "forty degrees", "a pound and 5 pence",
		"£1 and 5p", "1 pound 5p", "25¢", "25c", "11 people, down from 29", "3 of the 12", "for six weeks in 2019",
		"2,600 ha", "85 ac", "120,000 t", "almost 15 st", "the 21st", "32 hours a week", "£99 and 99p", "° ° F"} {
		f.Add(s)
	}
	q := Question{Prompt: "How much water could the facility use per day each way in the hottest months?",
		Accepted: []string{"up to 1.2 million gallons", "104°F", "40°C", "£1.05", "25 cents", "11", "in 2019", "19 days"}}
	f.Fuzz(func(t *testing.T, s string) {
		ratePeriods(s)
		otherPeriod(q, s)
		otherWhole(q, s)
		countWithUnit(q, s)
		checkTemperatures(q, s)
		if v, _, ok := bareNumberForUnit(q, s); ok && v != Correct && v != Partial {
			t.Errorf("bareNumberForUnit(%q) = %v", s, v)
		}
		for _, r := range temperaturesIn(s) {
			if math.IsNaN(r.value) || math.IsInf(r.value, 0) {
				t.Errorf("temperaturesIn(%q) read %v", s, r.value)
			}
		}
		if out := withCompoundMoney(s); out != s && !strings.ContainsAny(out, "£$€") && !strings.Contains(out, "cents") {
			t.Errorf("withCompoundMoney(%q) = %q", s, out)
		}
		if out := withoutAsides(q, s); len(out) > len(s) {
			t.Errorf("withoutAsides(%q) = %q", s, out)
		}
		if out := withoutRates(s); len(out) > len(s) {
			t.Errorf("withoutRates(%q) = %q", s, out)
		}
		wordsAsFigures(s)
		quantityIn(s, "mass")
		quantityIn(s, "area")
		moneyIn(s)
	})
}

// FuzzNamesFifteen: points of the compass, places, parts of the day,
// names with their body and negations never panic; a name split from
// its body is a part of the text.
func FuzzNamesFifteen(f *testing.F) {
	for _, s := range []string{"south east England", "north-eastern", "Washington, D.C.", "WA", "Tuesday morning last spring",
		"Ms Lindsay from Scottish Hill Farmers Together", "Mr Rutherford of Lawrie & Symington", "not encouraging",
		"plausible, but not yet proven", "not not not", "of of", "Mayor Soto", "treated waste water, not groundwater"} {
		f.Add(s)
	}
	q := Question{Prompt: "In which state is the city?", Answer: "Morag Lindsay",
		Accepted: []string{"Morag Lindsay", "North East England", "Tuesday night", "plausible but unproven", "encouraging but not conclusive"}}
	f.Fuzz(func(t *testing.T, s string) {
		compassPoints(s)
		otherCompassPoint(q, s)
		otherPlaceOfName(q, s)
		withStateNames(q)
		otherPartOfDay(q, s)
		if head, ok := personAndBody(q, s); ok && !strings.HasPrefix(s, head) {
			t.Errorf("personAndBody(%q) = %q", s, head)
		}
		withPrefixedNegations(q, s)
		saysUnprefixed(q, s)
		withoutNegators(s)
		if hasFigures(s) && !hasDigit(s) {
			t.Errorf("hasFigures(%q) without a digit", s)
		}
	})
}
