package quiz

import (
	"math"
	"testing"

	"github.com/lede-app/lede/data/textnum"
)

// Fuzz tests of the readers held-out set 16 added.

// FuzzAmountsSixteen: the Indian scale, rupees, units counted per,
// measures in two units, votes, asked units, set 16's unit spellings,
// hours said with their part of the day and temperatures below zero
// never panic; a number read is finite, a measure in two units is
// written no longer than the text held it, and a time read is a time of
// day.
func FuzzAmountsSixteen(f *testing.F) {
	for _, s := range []string{"₹500 crore", "Rs. 25", "3.8 lakh cubic metres", "₹11420 cr", "one lakh twenty thousand",
		"0.4 t/ha", "$370 a kilo", "4.2 mg/l", "43 pounds, 8 ounces", "43 lb 8 oz", "11 st 4 lb", "5 ft 10 in",
		"2-5", "five votes to two", "3.6 sq km", "80 kmph", "80km/hr", "24.4mt", "14m t", "3.8 lakh m3", "cu m",
		"eleven at night", "12:06 in the afternoon", "18 below zero Fahrenheit", "99 lb 99 oz", "1e308 lb 1 oz"} {
		f.Add(s)
	}
	q := Question{Prompt: "How large is the lake in acres? By what margin did the board vote?",
		Accepted: []string{"892 acres", "5-2", "43 lb 8 oz", "roughly $370 a tonne", "0.4 t/ha", "₹3.6 crore", "11 pm", "-18F"}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range textnum.Find(s) {
			if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
				t.Errorf("textnum.Find(%q) read %v", s, m.Value)
			}
		}
		perUnits(s)
		otherPerUnit(q, s)
		reversedPair(q, s)
		otherAskedUnit(q, s)
		withCompoundKeys(q, s)
		if out := withCompoundMeasures(s); len(out) > len(s)+24 {
			t.Errorf("withCompoundMeasures(%q) = %q", s, out)
		}
		withUnitSpellings16(s)
		withBelowZeroScale(s)
		withNowhereNear(q, s)
		if tm, ok := spokenClockTime("What time?", withHourThenPartOfDay(s)); ok && (tm < 0 || tm >= 24*60) {
			t.Errorf("spokenClockTime(%q) = %d", s, tm)
		}
		quantityIn(s, "mass")
		quantityIn(s, "volume")
		moneyIn(s)
		Check(q, s)
	})
}
