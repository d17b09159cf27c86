package quiz

import (
	"math"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// What an amount is counted per, as held-out set 18 wrote it
// (docs/quality.md, 2026-12-02): "1,800 pesos a year" passed to "How
// much does she pay for a tanker load of water?", "34 zł per household"
// to "… per person per month?", "KSh 180,000 per term" to "What was the
// monthly bill?" — each key a bare amount, so set 15's and 16's checks,
// which read what the key counts per, found nothing to compare. And
// "$1,200 total", "$1,200 for 25 years" passed for "$1,200 a year".
// Tables: TestHeldOutEighteenCountedPer, TestHeldOutEighteenWholeOfRate.

// amountPer finds what an amount is counted per, right after it (and its
// unit or currency's word): "1,800 pesos a year", "34 zł per household",
// "KSh 180,000 per term", "$5 each week".
var amountPer = lazyre.New(`(?i)(?:[0-9]|\b(?:thousand|million|billion|bn|k|m|crores?|lakhs?))(?:\s*[a-zł]+\.?)?\s+(?:per|a|an|each|every)\s+([a-z]+)\b`)

// amountPerMarks are the strings without which a text counts no amount
// per anything.
var amountPerMarks = newFoldMarks(" a ", " an ", "per ", "each ", "every ")

// perPeriods and perPeople are what an answer's "a", "per", "each" or
// "every" may count an amount per for otherCountedPer: periods, and the
// people a fee or a price is shared by. Units of measure ("per litre")
// are set 16's otherPerUnit's, and other things ("per truck" for "a
// tanker load") are often the question's in other words.
var (
	perPeriods = wordSet("year month week day night hour fortnight term semester quarter season")
	perPeople  = wordSet("person household family home house student pupil child patient member player adult resident")
)

// perAliases give words that name the same thing one name: "monthly" is
// "a month", "annually" and "annum" "a year", "people" and "head" "a
// person".
var perAliases = map[string]string{
	"annum": "year", "annual": "year", "annually": "year", "yearly": "year", "years": "year",
	"monthly": "month", "months": "month", "weekly": "week", "weeks": "week", "daily": "day", "days": "day",
	"nightly": "night", "hourly": "hour", "termly": "term", "terms": "term",
	"head": "person", "people": "person", "capita": "person", "persons": "person",
}

// perName is a word's one name as a thing counted per: "month" for
// "monthly", "household" for "households".
func perName(w string) string {
	w = strings.ToLower(strings.Trim(w, ".,;:!?()'\"’"))
	if a, ok := perAliases[w]; ok {
		return a
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss") {
		w = strings.TrimSuffix(w, "s")
	}
	return w
}

// answerCountedPer returns what an answer counts its amounts per, as
// perName names them: ["year"] for "1,800 pesos a year".
func answerCountedPer(answer string) []string {
	if !amountPerMarks.in(answer) {
		return nil
	}
	var out []string
	for _, m := range amountPer.FindAllStringSubmatch(answer, -1) {
		name := perName(m[1])
		if !perPeriods[name] && !perPeople[name] {
			continue // "9 per cent", "4.2 mg per litre", "per truck"
		}
		out = append(out, name)
	}
	return out
}

// asksPer finds a question or key that counts an amount per something:
// "per person", "each month", "for a tanker load", "monthly".
var asksPer = lazyre.New(`(?i)\b(?:per|each|every)\s+[a-z]|\bfor\s+(?:a|an|one)\s+[a-z]|\b(?:monthly|weekly|daily|nightly|hourly|annual|annually|yearly|termly)\b|[0-9]\s*(?:a|an)\s+(?:year|month|week|day|night|hour|term)\b`)

// otherCountedPer reports whether an answer counts its amount per a
// period that neither key nor question names, where one of them does
// count per something ("1,800 pesos a year" to "How much … for a tanker
// load …?", "KSh 180,000 per term" to "… the monthly bill?"), or per
// people other than those they name ("34 zł per household" to "… per
// person per month?"). What either names, in any of its words ("a month"
// for "monthly"), is left to the other checks; so is an answer to a
// question that counts per nothing ("$1,200 a year" to "What rent …?").
func otherCountedPer(q Question, answer string) bool {
	got := answerCountedPer(answer)
	if len(got) == 0 {
		return false
	}
	asked := false
	named := map[string]bool{}
	for _, s := range append([]string{q.Prompt}, q.Accepted...) {
		if strings.Contains(strings.ToLower(s), "per cent") {
			s = strings.ReplaceAll(strings.ToLower(s), "per cent", "percent")
		}
		asked = asked || asksPer.MatchString(s)
		for _, w := range strings.Fields(s) {
			named[perName(w)] = true
		}
	}
	if !asked {
		return false
	}
	namesPeople := false
	for w := range named {
		namesPeople = namesPeople || perPeople[w]
	}
	for _, p := range got {
		if !named[p] && (perPeriods[p] || namesPeople) {
			return true
		}
	}
	return false
}

// overDuration finds an amount said of a length of time: "for 25 years",
// "over ten years".
var overDuration = lazyre.New(`(?i)\b(?:for|over)\s+(?:[0-9]+|[a-z]+(?:-[a-z]+)?)\s+(?:years|months|weeks|days)\b`)

// wholeOfRate reports whether an answer gives as a whole an amount every
// key counts per a period: "$1,200 total", "$1,200 in all", "$1,200 for
// 25 years" for "$1,200 a year". An answer that counts it per a period
// too is left to otherPeriod.
func wholeOfRate(q Question, answer string) bool {
	if !inAll.MatchString(answer) && !overDuration.MatchString(answer) {
		return false
	}
	if len(ratePeriods(answer)) > 0 {
		return false
	}
	for _, acc := range q.Accepted {
		if len(ratePeriods(acc)) == 0 {
			return false
		}
	}
	return len(q.Accepted) > 0 && !slices.ContainsFunc(q.Accepted, func(acc string) bool { return inAll.MatchString(acc) })
}

// perYear gives how many of each period make a year.
var perYear = map[string]float64{"year": 1, "month": 12, "week": 52, "day": 365}

// samePerYear reports whether an answer gives a key's amount of money
// over another period, worked out: "$100 a month" for "$1,200 a year"
// (held-out set 18). Weeks and days are within half a per cent, for the
// year's odd day; other periods are left to otherPeriod, which marks
// them wrong. Table: TestHeldOutEighteenPerYear.
func samePerYear(q Question, answer string) bool {
	ap := periodOf(answer)
	if ap == "" || perYear[ap] == 0 {
		return false
	}
	got, ok := moneyIn(answer)
	if !ok || got.value == 0 {
		return false
	}
	for _, acc := range q.Accepted {
		kp := periodOf(acc)
		if kp == "" || kp == ap || perYear[kp] == 0 {
			continue
		}
		key, ok := moneyIn(acc)
		if !ok || !sameCurrency(keyedCurrency(q, key), got) || key.value == 0 {
			continue
		}
		a, k := got.value*perYear[ap], key.value*perYear[kp]
		if math.Abs(a-k)/k <= 0.005 {
			return true
		}
	}
	return false
}
