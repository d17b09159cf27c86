package quiz

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Amounts as held-out set 16 wrote them (docs/quality.md, 2026-12-02).
// An amount's number and unit were read and what it was counted per was
// not: "0.4 tonnes an acre" passed for "0.4 t/ha", "$370 a kilo" for
// "$370 a tonne"; "43 pounds" passed for "43 lb 8 oz", read as its
// pounds alone; a vote "2-5" for "5-2"; "3.6 sq km" to "How large is the
// lake in acres?". Tables: TestHeldOutSixteenPerUnit,
// TestHeldOutSixteenCompoundUnits, TestHeldOutSixteenReversedPairs,
// TestHeldOutSixteenAskedUnits.

// perUnit finds the unit an amount is counted per: "a tonne", "per
// hectare", "an acre", "/ha", "per litre", "mg/l". After "a", "an",
// "per", "each" or "every" only a unit's name counts; after "/" its short
// form too.
//
// Gallons too (held-out set 17): "$3.90 a litre" is not "$3.90 a gallon".
var perUnit = lazyre.New(`(?i)(?:\b(?:a|an|per|each|every)\s+(tonnes?|tons?|kilos?|kilogra(?:m|mme)s?|grams?|hectares?|acres?|litres?|liters?|gallons?|kilometres?|kilometers?|miles?|metres?|meters?|head|person|bushels?|pounds?|kg|ha|km)\b|/\s*(t|tonnes?|kg|g|ha|hectares?|acres?|ac|l|litres?|liters?|gal|gallons?|km|mi|m|lb|head|person)\b)`)

// perUnitNames give each way of writing a unit counted per its one name.
var perUnitNames = map[string]string{
	"tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
	"kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
	"gram": "g", "grams": "g", "hectare": "ha", "hectares": "ha", "acre": "ac", "acres": "ac",
	"litre": "l", "litres": "l", "liter": "l", "liters": "l",
	"kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mile": "mi", "miles": "mi", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"person": "head", "bushel": "bu", "bushels": "bu", "pound": "lb", "pounds": "lb",
	"gallon": "gal", "gallons": "gal",
}

// perUnitMarks are the strings without which a text counts nothing per a
// unit.
var perUnitMarks = newFoldMarks("/", "a ", "an ", "per ", "each ", "every ", "for ")

// perUnits returns the units text counts its amounts per, each once: "ha"
// for "0.4 t/ha" and "0.4 tonnes a hectare".
func perUnits(text string) []string {
	if !perUnitMarks.in(text) {
		return nil
	}
	text = withEconomyWords(text) // "miles per gallon" is one unit, counted per nothing (held-out set 17)
	out := pricedFor(text)        // "KSh 0.50 for 20 litres" (held-out set 17)
	for _, m := range perUnit.FindAllStringSubmatch(text, -1) {
		u := strings.ToLower(m[1] + m[2])
		if name, ok := perUnitNames[u]; ok {
			u = name
		}
		if !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// otherPerUnit reports whether an answer counts its amount per another
// unit than every key's: "0.4 tonnes an acre" for "0.4 t/ha", "$370 a
// kilo" or "a hectare" for "$370 a tonne". An answer that names no unit
// it counts per ("$370") is left to the other checks.
func otherPerUnit(q Question, answer string) bool {
	got := perUnits(answer)
	if len(got) == 0 {
		return false // most answers count nothing per a unit
	}
	var want []string
	for _, acc := range q.Accepted {
		want = append(want, perUnits(acc)...)
	}
	if len(want) == 0 {
		return false
	}
	for _, u := range got {
		if slices.Contains(want, u) {
			return false
		}
	}
	return true
}

// compoundMeasure finds a measure in two units, the larger first:
// "43 pounds, 8 ounces", "43 lb 8 oz", "11 st 4 lb", "5 ft 10 in", "6
// feet and 2 inches".
var compoundMeasure = lazyre.New(`(?i)\b(\d+(?:\.\d+)?)\s*(pounds?|lbs?|stones?|st|feet|foot|ft)\.?,?\s+(?:and\s+)?(\d+(?:\.\d+)?)\s*(ounces?|oz|pounds?|lbs?|inch(?:es)?|in)\b\.?`)

// compoundParts give each pair of units the smaller's name, how many of
// it make one of the larger, and the larger's name the whole is written
// in.
var compoundParts = map[[2]string]struct {
	per  float64
	unit string
}{
	{"lb", "oz"}: {16, "lb"}, {"st", "lb"}: {14, "stone"}, {"ft", "in"}: {12, "feet"},
}

// compoundUnitNames give each way of writing a compound's unit its name.
var compoundUnitNames = map[string]string{
	"pound": "lb", "pounds": "lb", "lb": "lb", "lbs": "lb", "stone": "st", "stones": "st", "st": "st",
	"feet": "ft", "foot": "ft", "ft": "ft", "ounce": "oz", "ounces": "oz", "oz": "oz",
	"inch": "in", "inches": "in", "in": "in",
}

// compoundMeasureMarks are the strings without which a text holds no compound
// measure.
var compoundMeasureMarks = newFoldMarks("oz", "ounce", "lb", "pound", "in")

// withCompoundMeasures writes a measure in two units as one amount of the
// larger: "43 pounds, 8 ounces" is "43.5 lb", "5 ft 6 in" "5.5 feet", so
// that the pounds alone ("43 pounds") are not the whole, in the key's own
// unit, and "43.5 pounds" or "696 ounces" is. The pounds are no money
// beside ounces.
func withCompoundMeasures(text string) string {
	if !compoundMeasureMarks.in(text) {
		return text
	}
	return compoundMeasure.ReplaceAllStringFunc(text, func(m string) string {
		f := compoundMeasure.FindStringSubmatch(m)
		big, small := compoundUnitNames[strings.ToLower(f[2])], compoundUnitNames[strings.ToLower(f[4])]
		part, ok := compoundParts[[2]string{big, small}]
		if !ok {
			return m // "3 feet 2 pounds"
		}
		a, err1 := strconv.ParseFloat(f[1], 64)
		b, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || b >= part.per {
			return m
		}
		return strconv.FormatFloat(a+b/part.per, 'f', -1, 64) + " " + part.unit
	})
}

// withCompoundKeys is withCompoundMeasures on the answer and every key.
func withCompoundKeys(q Question, answer string) (Question, string) {
	var keys []string
	for i, acc := range q.Accepted {
		if w := withCompoundMeasures(acc); w != acc {
			if keys == nil {
				keys = slices.Clone(q.Accepted)
			}
			keys[i] = w
		}
	}
	if keys == nil {
		return q, answer // most keys hold no compound measure
	}
	q.Accepted = keys
	return q, withCompoundMeasures(answer)
}

// numberPair finds two numbers set against each other: a vote
// ("5-2", "5–2", "five votes to two", "5 to 2").
var numberPair = lazyre.New(`(?i)\b([0-9]+|[a-z]+)\s*(?:-|–|—|\s(?:votes?\s+)?to\s)\s*([0-9]+|[a-z]+)\b`)

// pairsIn returns the number pairs in text, each as its two values.
func pairsIn(text string) [][2]float64 {
	var out [][2]float64
	for _, m := range numberPair.FindAllStringSubmatch(text, -1) {
		a, ok1 := textnum.Parse(m[1])
		b, ok2 := textnum.Parse(m[2])
		if ok1 && ok2 {
			out = append(out, [2]float64{a, b})
		}
	}
	return out
}

// votes finds a question or key about a vote.
var votes = lazyre.New(`(?i)\bvot(?:e|es|ed|ing)\b|\bballot`)

// reversedPair reports whether an answer gives a key's vote the other way
// round: "2-5" for "5-2" (2 for, 5 against). Only a vote keyed larger
// first counts; a score may be told from either side ("0-1" for "1-0" to
// "What was the score when Real Madrid lost …?", held-out set 2), and a
// range ("15 to 25") is written smaller first.
func reversedPair(q Question, answer string) bool {
	if !strings.ContainsAny(answer, "-–—to") {
		return false // most answers hold no pair
	}
	if !votes.MatchString(q.Prompt) && !slices.ContainsFunc(q.Accepted, votes.MatchString) {
		return false
	}
	got := pairsIn(answer)
	if len(got) != 1 || got[0][0] >= got[0][1] {
		return false // a pair larger first is read as the key's way round
	}
	reversed := false
	for _, acc := range q.Accepted {
		for _, k := range pairsIn(acc) {
			if k == got[0] {
				return false // the key's own pair
			}
			reversed = reversed || k[0] > k[1] && k[0] == got[0][1] && k[1] == got[0][0]
		}
	}
	return reversed
}

// askedInUnit finds the unit a question asks its amount in, at its end:
// "How large is the lake in acres?", "… in square kilometres?". "How many
// kilometres …?" asks how far, and "12,000 metres" answers it (held-out
// set 12).
var askedInUnit = lazyre.New(`(?i)\bin\s+((?:square|sq\.?|cubic)\s+)?([a-z]+)\s*\?\s*$`)

// otherAskedUnit reports whether an answer gives, in another unit, an
// amount a question asks for in the key's unit: "3.6 sq km" to "How large
// is the lake in acres?" keyed "892 acres" — a conversion, but not what
// was asked. Without the question naming the unit so, a conversion ("31
// miles" for "50 km") stays right.
func otherAskedUnit(q Question, answer string) bool {
	if !strings.Contains(q.Prompt, " in ") {
		return false // most questions name no unit
	}
	m := askedInUnit.FindStringSubmatch(q.Prompt)
	if m == nil {
		return false
	}
	asked, ok := quantityIn("1 "+m[1]+m[2], "")
	if !ok {
		return false
	}
	got, ok := quantityIn(answer, asked.kind)
	if !ok || got.kind != asked.kind || got.unit == asked.unit {
		return false
	}
	for _, acc := range q.Accepted {
		if key, ok := quantityIn(acc, asked.kind); ok && key.unit == got.unit {
			return false // a key in the answer's unit
		}
	}
	return true
}
