package quiz

// Other ways of writing the same answer that word matching misses: a
// time on the 24-hour clock or the 12-hour one ("19:00", "7pm"), a place
// or body by its initials ("NI" in "England, Wales and NI"), and a name
// spelt by its sound ("Sofos" for "Sophos"). Each is one rule, tested
// with the rest of the checker's table (TestEquivalentForms).

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// clockPattern finds a time of day: "19:00", "7.30pm", "7 p.m.", "7pm".
var clockPattern = lazyre.New(`(?i)\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?(?:$|[^\p{L}\d])`)

// clockTime reads the one time of day in s as minutes after midnight.
// A bare number is no time ("7" may be seven of anything): it needs a
// colon or am/pm. False when s holds no time, or more than one.
func clockTime(s string) (int, bool) {
	if !mayBeClockTime(s) {
		return 0, false
	}
	ms := clockPattern.FindAllStringSubmatch(s, -1)
	found, at := 0, -1
	for _, m := range ms {
		if m[2] == "" && m[3] == "" {
			continue
		}
		h, _ := strconv.Atoi(m[1])
		min := 0
		if m[2] != "" {
			min, _ = strconv.Atoi(m[2])
		}
		switch ampm := strings.ToLower(strings.ReplaceAll(m[3], ".", "")); {
		case ampm == "pm" && h < 12:
			h += 12
		case ampm == "am" && h == 12:
			h = 0
		case ampm != "" && h > 12:
			continue // "19pm" is no time
		}
		found++
		at = h*60 + min
	}
	return at, found == 1
}

// mayBeClockTime is clockTime's cheap first look: a colon, a point
// between digits, or "am"/"pm" right after a digit or a space.
func mayBeClockTime(s string) bool {
	for i := 1; i < len(s); i++ {
		c, prev := s[i], s[i-1]
		switch {
		case c == ':':
			return true
		case c == '.' && prev >= '0' && prev <= '9' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			return true
		case (c == 'm' || c == 'M') && i >= 2 && strings.ContainsRune("apAP", rune(prev)) &&
			(s[i-2] >= '0' && s[i-2] <= '9' || s[i-2] == ' '):
			return true
		case (c == '.') && i >= 2 && strings.ContainsRune("apAP", rune(prev)) && (s[i-2] >= '0' && s[i-2] <= '9' || s[i-2] == ' '):
			return true // "7 p.m."
		}
	}
	return false
}

// answerClockTime reads the one time of day an answer gives, as minutes
// after midnight, however it is written or said.
func answerClockTime(q Question, answer string) (int, bool) {
	t, ok := spokenClockTime(q.Prompt, answer)
	if !ok {
		t, ok = clockTime(answer)
	}
	if !ok {
		t, ok = namedClockTime(answer) // "midnight" for "12am"
	}
	// Money is looked for only in what reads as a time: most answers
	// hold none, and reading every answer's money first was a twentieth
	// of all checking time (pprof of BenchmarkCheckTable, 2026-12-03).
	if !ok || moneyNotClock(answer) {
		return 0, false // "$6.50" for "₹6.50" (held-out set 20)
	}
	if t >= 720 && t < 780 && strings.Contains(strings.ToLower(answer), "night") {
		t -= 720 // "12 o'clock at night", "12.30 at night": after midnight, not noon
	}
	return t, true
}

// sameClockTimeAs reports whether t, the answer's time of day, is the
// time of one of the keys.
func sameClockTimeAs(q Question, answer string, t int) bool {
	for _, key := range q.Accepted {
		if k, ok := keyClockTime(q.Prompt, key); ok && (k == t || sameHourOfClock(answer, t, k)) {
			return true
		}
	}
	return false
}

// withInitialisms writes out, in the answer, each word in capitals that
// stands for a run of capitalised words of a key: "England, Wales and
// NI" becomes "England, Wales and Northern Ireland" when the key says
// so. Only runs of two or more words, and only in the keys' own words:
// nothing is guessed.
func withInitialisms(q Question, answer string) string {
	fields := strings.Fields(answer)
	changed := false
	for i, f := range fields {
		word := strings.TrimRight(f, ",.;:!?")
		rest := f[len(word):]
		if bare, owner, ok := cutPossessive(word); ok {
			word, rest = bare, owner+rest // "FDA's", "FDA’s": the initials and their "'s"
		}
		if strings.Contains(word, ".") && dotted.MatchString(f) {
			// "L.A." is "LA", "N.I." "NI": the points only mark the letters.
			word, rest = strings.ReplaceAll(strings.TrimRight(f, ",;:!?"), ".", ""), strings.TrimLeft(f[len(strings.TrimRight(f, ",;:!?")):], ".")
		}
		if len(word) < 2 || len(word) > 5 || strings.ToUpper(word) != word || !isLetters(word) {
			continue
		}
		for _, key := range q.Accepted {
			if run := runWithInitials(key, word); run != "" {
				fields[i] = run + rest
				changed = true
				break
			}
		}
	}
	if !changed {
		return answer
	}
	return strings.Join(fields, " ")
}

// cutPossessive cuts a possessive "'s" or "’s" off a word: the "’" is
// three bytes, not a letter, and a word with it is no initials unless
// cut.
func cutPossessive(w string) (bare, owner string, ok bool) {
	for _, s := range [...]string{"'s", "’s", "'S", "’S"} {
		if b, found := strings.CutSuffix(w, s); found && b != "" {
			return b, s, true
		}
	}
	return w, "", false
}

// runWithInitials finds in key a run of capitalised words whose first
// letters spell initials: "Northern Ireland" for "NI".
func runWithInitials(key, initials string) string {
	words := strings.FieldsFunc(key, isListSpace)
	n := len(initials)
	for i := 0; i+n <= len(words); i++ {
		// Small words inside the run have no letter of their own: "FDA"
		// is the Food and Drug Administration.
		k, j := 0, i
		for ; j < len(words) && k < n; j++ {
			w := words[j]
			if k > 0 && initialsSkip[w] {
				continue
			}
			if r := []rune(w); !unicode.IsUpper(r[0]) || unicode.ToUpper(r[0]) != rune(initials[k]) {
				break
			}
			k++
		}
		if k == n {
			return strings.Join(words[i:j], " ")
		}
	}
	return ""
}

// isListSpace splits a key into words at spaces, commas and semicolons:
// the same words as replacing the marks with spaces, without building a
// Replacer for every key of every check (it was a sixth of a check whose
// answer is in capitals).
func isListSpace(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }

// initialsSkip are the small words initials pass over.
var initialsSkip = wordSet("and of for the on in de & du la")

// dotted is initials written with points: "L.A.", "U.K", "N.I.,".
var dotted = lazyre.New(`^(?:\p{Lu}\.){1,4}\p{Lu}?\.?[,;:!?]*$`)

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// soundFold spells a name by its sound where English spelling offers two
// ways: "Sofos" and "Sophos", "Morris" and "Maurice" are one name to a
// student who heard it. Each word: "ph" is "f", "ck" "k", "au" "o", a
// closing "ce" "s", and doubled letters single.
func soundFold(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		w = soundSpellings.Replace(w)
		if strings.HasSuffix(w, "ce") {
			w = w[:len(w)-2] + "s"
		}
		var b strings.Builder
		var prev rune
		for _, r := range w {
			if r != prev {
				b.WriteRune(r)
			}
			prev = r
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// soundSpellings are the spellings soundFold writes one way.
var soundSpellings = strings.NewReplacer("ph", "f", "ck", "k", "au", "o")

// nameDistance is the typing distance between two names, the smaller of
// their spelling and their sound.
func nameDistance(a, b string) int {
	return nameDistanceSound(a, soundFold(a), b)
}

// nameDistanceSound is nameDistance given a's sound already: an answer is
// measured against every name of a question, and is folded once.
func nameDistanceSound(a, aSound, b string) int {
	return min(editDistance(a, b), editDistance(aSound, soundFold(b)))
}

// numericDate finds a date written in figures: "22/11/2012", "11-22-12".
var numericDate = lazyre.New(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`)

// dayMonthFigures finds a day and a month in figures with no year: "3/2",
// "22/11". Only a slash: "1-0" is a score, "3.2" a decimal.
var dayMonthFigures = lazyre.New(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})(?:$|[^\d/])`)

// monthYear finds a month and a year written in figures: "05/2004",
// "3-2001".
var monthYear = lazyre.New(`\b(\d{1,2})[/.-]((?:1[89]|20)\d\d)\b`)

// shortYear finds a year written with an apostrophe: "'98".
var shortYear = lazyre.New(`(?:^|\s)['’](\d\d)\b`)

// keyMonth finds a month's name in a key: only then is a date in figures
// read as one.
var keyMonth = lazyre.New(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)

// withWrittenDates writes an answer's date in figures with its month's
// name, when the key is a date: "22/11/2012" is "22 November 2012",
// whichever order the student's country writes day and month in, as
// long as only one order makes a date. Where both do ("3/2/2015"),
// ambiguous is true: the student is asked to write the month. A year
// written "'98" becomes the key's own "1998".
func withWrittenDates(q Question, answer string) (out string, ambiguous bool) {
	if !strings.ContainsAny(answer, "'’/.-") || !strings.ContainsAny(answer, "0123456789") {
		return answer, false // the patterns need a digit and a mark: most answers have neither
	}
	key := strings.Join(q.Accepted, " ")
	if m := shortYear.FindStringSubmatch(answer); m != nil {
		for _, y := range fourDigitYear.FindAllString(key, -1) {
			if strings.HasSuffix(y, m[1]) {
				answer = strings.Replace(answer, "'"+m[1], y, 1)
				answer = strings.Replace(answer, "’"+m[1], y, 1)
			}
		}
	}
	if !keyMonth.MatchString(key) {
		return answer, false
	}
	if m := isoDate.FindStringSubmatch(answer); m != nil {
		// "2015-02-05": year, month, day, in the one order ISO allows.
		if month, day := atoi(m[2]), atoi(m[3]); month >= 1 && month <= 12 && day >= 1 && day <= 31 {
			return strings.Replace(answer, m[0], strconv.Itoa(day)+" "+time.Month(month).String()+" "+m[1], 1), false
		}
	}
	m := numericDate.FindStringSubmatch(answer)
	if m == nil {
		if my := monthYear.FindStringSubmatch(answer); my != nil {
			// "05/2004" is May 2004: a four-digit year leaves no doubt
			// which number is the month.
			if month := atoi(my[1]); month >= 1 && month <= 12 {
				return strings.Replace(answer, my[0], time.Month(month).String()+" "+my[2], 1), false
			}
		}
		dm := dayMonthFigures.FindStringSubmatch(answer)
		if dm != nil {
			// "3/2" without a year: day and month as above, or ambiguous.
			m = []string{dm[1] + "/" + dm[2], dm[1], dm[2], ""}
		} else if d := dottedDayMonth.FindStringSubmatchIndex(answer); d != nil {
			// "16.11", "10-12" (held-out set 18).
			m = []string{answer[d[2]:d[5]], answer[d[2]:d[3]], answer[d[4]:d[5]], ""}
		} else {
			return answer, false
		}
	}
	a, b := atoi(m[1]), atoi(m[2])
	var day, month int
	switch {
	case a > 12 && b >= 1 && b <= 12:
		day, month = a, b
	case b > 12 && a >= 1 && a <= 12:
		day, month = b, a
	case a == b && a >= 1 && a <= 12:
		day, month = a, a
	case a >= 1 && a <= 12 && b >= 1 && b <= 12:
		// Both orders make a date: the one the key writes its own date
		// in, if that is the key's ("9/10" for "9 October"; held-out set
		// 18), else the student is asked to write the month.
		d, mo, ok := keyOrderReading(q, a, b)
		if !ok {
			return answer, true
		}
		day, month = d, mo
	default:
		return answer, false
	}
	if day > 31 {
		return answer, false
	}
	year := m[3]
	if len(year) == 2 {
		for _, y := range fourDigitYear.FindAllString(key, -1) {
			if strings.HasSuffix(y, year) {
				year = y
			}
		}
	}
	written := strconv.Itoa(day) + " " + time.Month(month).String()
	if year != "" {
		written += " " + year
	}
	return strings.Replace(answer, m[0], written, 1), false
}

// fourDigitYear finds a year in a key.
var fourDigitYear = lazyre.New(`\b(?:1[89]|20)\d\d\b`)

// karatShort finds a gold's purity written short: "18k", "18 ct".
var karatShort = lazyre.New(`(?i)\b(\d{1,2})\s*(?:k|kt|ct)\b`)

// withKarats writes "18k gold" as "18 karat gold" when the key speaks of
// karats or carats, and "18k" as "18" when only the question does: read
// alone, "18k" is eighteen thousand.
func withKarats(q Question, answer string) string {
	if !strings.ContainsAny(answer, "0123456789") || !karatShort.MatchString(answer) {
		return answer // most answers hold no "18k": no need to read the key
	}
	key := strings.ToLower(strings.Join(q.Accepted, " "))
	if !strings.Contains(key, "karat") && !strings.Contains(key, "carat") {
		// "How many karats is the gold?" keyed "18": the question names them.
		if prompt := strings.ToLower(q.Prompt); !strings.Contains(prompt, "karat") && !strings.Contains(prompt, "carat") {
			return answer
		}
		return karatShort.ReplaceAllString(answer, "$1")
	}
	return karatShort.ReplaceAllString(answer, "$1 karat")
}

// orgNouns end a description of an organisation: "stock market
// regulator", "monitoring firm".
var orgNouns = wordSet(`regulator watchdog firm company group bank agency giant operator network consortium
	maker carrier broadcaster airline retailer channel newspaper magazine charity party union authority
	ministry service organisation organization club studio label insurer lender supermarket chain
	manufacturer carmaker automaker provider conglomerate`)

// descriptionStops end the words read back from a name: "the", "by",
// "said" and their like are no part of what the article calls it.
var descriptionStops = wordSet(`the a an and but or of by with to as at in on for from that which who when while
	after before said says told its his her their has have had was were is are will would`)

// WithOrganisationDescriptions adds to a key that names an organisation
// how the article describes it right before the name: "French stock
// market regulator AMF" makes "the French stock market regulator" an
// answer for "AMF", "Monitoring firm Netcraft" "the monitoring firm".
// A description of two words or more, ending in a word for an
// organisation, and used before no other name in the article: "the
// firm" alone, or one the article gives two organisations, names
// neither. (People's descriptions are WithDescriptions'.) It reads the
// article once, when the question is set.
func WithOrganisationDescriptions(accepted []string, text string) []string {
	out := accepted
	for _, key := range accepted {
		if !isProperName(key) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], key)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(key)
			if r, _ := utf8.DecodeRuneInString(text[from:]); isWordRune(r) || nameGoesOn(text[from:]) {
				continue // "Vivendi Universal", "AMFs": the key is not the whole name here
			}
			desc := descriptionBefore(text[:at])
			if desc == "" || containsFold(out, "the "+desc) || describesAnother(text, desc, key) {
				continue
			}
			out = append(out[:len(out):len(out)], "the "+desc)
		}
	}
	return out
}

// descriptionBefore reads back from the end of text the words that
// describe the name after it, up to a stop word or a mark: "" unless they
// are two words or more ending in an organisation's noun.
func descriptionBefore(text string) string {
	if text == "" || text[len(text)-1] != ' ' {
		return "" // the key starts inside a word
	}
	text = text[max(0, len(text)-80):]
	text = text[strings.LastIndexByte(text, '\n')+1:] // a headline or a paragraph ends a description
	words := strings.Fields(text)
	start := len(words)
	for start > 0 && len(words)-start < 5 {
		w := words[start-1]
		if descriptionStops[strings.ToLower(w)] || strings.ContainsAny(w, ",.;:!?()\"“”—–") || w == "-" {
			break
		}
		start--
	}
	if len(words)-start < 2 || !orgNouns[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	return strings.Join(words[start:], " ")
}

// describesAnother reports whether the article puts desc, in any case,
// before a name other than key.
func describesAnother(text, desc, key string) bool {
	lower, find := strings.ToLower(text), strings.ToLower(desc)+" "
	if len(lower) != len(text) {
		lower, find = text, desc+" " // a letter whose case changes its length: match as written
	}
	for from := 0; ; {
		i := strings.Index(lower[from:], find)
		if i < 0 {
			return false
		}
		from += i + len(find)
		if !strings.HasPrefix(text[from:], key) && nameGoesOn(" "+text[from:]) {
			return true
		}
	}
}

// nameGoesOn reports whether text opens with a space and a capitalised
// word: what comes before it is part of a longer name.
func nameGoesOn(text string) bool {
	rest, ok := strings.CutPrefix(text, " ")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// fixedDay finds the name of a day whose date never moves: "New Year's
// Day" is 1 January in any year (held-out set 8). fixedDates gives each
// its date, by the name lower-cased without apostrophes or full stops.
var fixedDay = lazyre.New(`(?i)(?:new year['’]?s (?:day|eve)|christmas (?:eve|day)|boxing day|valentine['’]?s day|halloween|bastille day|st\.? patrick['’]?s day)`)

var fixedDates = map[string]string{
	"new years day": "1 January", "new years eve": "31 December", "christmas eve": "24 December",
	"christmas day": "25 December", "boxing day": "26 December", "valentines day": "14 February",
	"halloween": "31 October", "bastille day": "14 July", "st patricks day": "17 March",
}

// answerYear finds a year written after a day and month, with the comma
// that may stand before it: "January 4th, 2015".
var answerYear = lazyre.New(`,?\s+(?:1[89]|20)\d\d\b`)

// withDayNames reads a date a key gives without a year as a student may
// write it: a fixed day's name ("New Year's Day" for "1 January"), and a
// full date whose year the key does not ask for ("January 4th, 2015"
// for "Jan. 4": a year the key lacks is no mistake, issue 13).
func withDayNames(q Question, answer string) string {
	lower := strings.ToLower(answer)
	if !strings.ContainsAny(answer, "0123456789") && !strings.Contains(lower, "day") && !strings.Contains(lower, "eve") &&
		!strings.Contains(lower, "halloween") {
		return answer // no year and no day's name: most answers, and the patterns are not free
	}
	key := strings.Join(q.Accepted, " ")
	if !keyMonth.MatchString(key) || fourDigitYear.MatchString(key) {
		return answer
	}
	// Replaced where found in the answer itself: an index into its lower
	// case is not one into it ("İ" grows when lowered).
	answer = fixedDay.ReplaceAllStringFunc(answer, func(name string) string {
		return fixedDates[strings.NewReplacer("'", "", "’", "", ".", "").Replace(strings.ToLower(name))]
	})
	if keyMonth.MatchString(answer) {
		answer = answerYear.ReplaceAllString(answer, "")
	}
	return answer
}

// sameDayAsKey reports whether an answer gives the month and day of a
// key that is a full date, leaving out its year: "4th February" or "Feb.
// 4" for "February 4, 2015" (held-out set 9). The question asks for the
// day; a year the answer gives is read by the rest of the checker, and a
// weekday it gives must be that date's.
func sameDayAsKey(q Question, answer string) bool {
	if !strings.ContainsAny(answer, "0123456789") || !keyMonth.MatchString(answer) {
		return false // no day and month in figures and words: most answers
	}
	year, month, day, ok := answerDate(answer)
	if !ok || year != 0 {
		return false
	}
	for _, key := range q.Accepted {
		ky, km, kd, ok := answerDate(key)
		if !ok || ky == 0 || km != month || kd != day {
			continue
		}
		if w := weekdayName.FindString(answer); w != "" &&
			!strings.EqualFold(w, time.Date(ky, km, kd, 0, 0, 0, 0, time.UTC).Weekday().String()) {
			return false
		}
		return true
	}
	return false
}

// asksTimeOfDay finds a question about the time of day: "At what time
// …?", "What time does it start?".
var asksTimeOfDay = lazyre.New(`(?i)\bwhat\s+time\b|\btime\s+of\s+day\b`)

// hhmm is a time of day as four figures, the way schedules write it:
// "1900", "0730", "1900 GMT".
var hhmm = lazyre.New(`(?i)^\s*(?:about\s+|around\s+|at\s+)?([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h|gmt|bst|utc))?\s*$`)

// keyClockTime reads a key as a time of day: as clockTime does, or, when
// the question asks what time, four figures ("1900"), which elsewhere
// are a year.
func keyClockTime(prompt, key string) (int, bool) {
	if t, ok := clockTime(key); ok {
		return t, true
	}
	if t, ok := namedClockTime(key); ok && len(key) < 20 {
		return t, true // "midnight", "until midnight"; not a phrase that names it in passing
	}
	if m := hhmm.FindStringSubmatch(key); m != nil && asksTimeOfDay.MatchString(prompt) {
		return atoi(m[1])*60 + atoi(m[2]), true
	}
	return 0, false
}

// askedUnit finds the unit a question counts in: "For how many days …?"
// asks for days.
var askedUnit = lazyre.New(`(?i)\bhow\s+many\s+([a-z]+)\b`)

// withAskedUnit gives a key that is a bare number the unit the question
// counts in: to "For how many days was he held?" keyed "45", "45 weeks"
// is another length of time, and "45" or "45 days" the answer (held-out
// set 9). q is returned unchanged when the question counts no unit of
// measureUnits, or no key is a bare number.
func withAskedUnit(q Question) Question {
	if !strings.Contains(q.Prompt, "many") {
		return q // most questions count nothing: no need for the pattern
	}
	m := askedUnit.FindStringSubmatch(q.Prompt)
	if m == nil {
		return q
	}
	word := strings.ToLower(m[1])
	if _, ok := measureUnits[word]; !ok || len(word) < 3 {
		return q
	}
	var keys []string
	for _, a := range q.Accepted {
		if _, ok := textnum.Parse(a); ok && !mentionsUnit(a) {
			keys = append(keys, a+" "+word)
		}
	}
	if keys == nil {
		return q
	}
	q.Accepted = append(keys, q.Accepted...)
	return q
}
