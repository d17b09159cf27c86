package quiz

import "strings"

// Units as held-out set 17 wrote them (docs/quality.md, 2026-12-02):
// power ("1,200 kilowatts" for "1.2 MW"), fuel economy ("6 mpg", "about
// 2.5 km per litre" for "about 6 miles per gallon"), "60 kilolitres a
// day" for 60,000 litres, "500 yds", and "about 4.4 imperial gallons" for
// 20 litres. Table: TestHeldOutSeventeenUnits.

// units17 are set 17's units, added to measureUnits. Fuel economy is in
// kilometres a litre; "mpg" counts the US gallon, the one American
// papers mean (a British "mpg" in kilometres a litre is refused, not
// wrongly taken).
var units17 = map[string]unit{
	"watt": {"power", 1}, "watts": {"power", 1}, "w": {"power", 1},
	"kilowatt": {"power", 1e3}, "kilowatts": {"power", 1e3}, "kw": {"power", 1e3},
	"megawatt": {"power", 1e6}, "megawatts": {"power", 1e6}, "mw": {"power", 1e6},
	"gigawatt": {"power", 1e9}, "gigawatts": {"power", 1e9}, "gw": {"power", 1e9},
	"mpg": {"economy", 1.609344 / 3.785411784}, "km/l": {"economy", 1}, "kmpl": {"economy", 1},
	"kl": {"volume", 1000}, "kilolitre": {"volume", 1000}, "kilolitres": {"volume", 1000},
	"kiloliter": {"volume", 1000}, "kiloliters": {"volume", 1000},
	"yds": {"length", 0.9144},
}

// wantedOnly17 are the short units of units17 read only where a key's
// quantity is theirs: "w" may be a week's or a win's letter.
var wantedOnly17 = map[string]string{"w": "power"}

func init() {
	for k, u := range units17 {
		measureUnits[k] = u
	}
	for k, w := range wantedOnly17 {
		wantedOnly[k] = w
	}
}

// economyWords write fuel economy's words as its unit, and an imperial
// gallon as the gallon measureUnits counts: "miles per gallon" is mpg,
// "km per litre" km/l.
var economyWords = strings.NewReplacer(
	"miles per gallon", "mpg", "miles a gallon", "mpg", "miles to the gallon", "mpg",
	"kilometres per litre", "km/l", "kilometers per liter", "km/l", "kilometres a litre", "km/l",
	"km per litre", "km/l", "km per liter", "km/l", "km a litre", "km/l",
	"imperial gallons", "gallons", "imperial gallon", "gallon")

// economyMarks are the strings without which a text holds none of
// economyWords.
var economyMarks = newFoldMarks("per gallon", "a gallon", "the gallon", "per lit", "a lit", "imperial")

// withEconomyWords writes text's fuel economy as one unit.
func withEconomyWords(text string) string {
	if !economyMarks.in(text) {
		return text
	}
	return economyWords.Replace(strings.ToLower(text))
}
