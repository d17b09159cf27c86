package quiz

import (
	"strings"
	"testing"
)

// TestHeldOutFifteenPeriods: an amount counted over another period than
// the one asked for, or keyed, is wrong ("1.2 million gallons a year" to
// "How much water … per day?"); the asked period, or none, stays right,
// and "in a year" or "half an hour" count nothing over a period.
func TestHeldOutFifteenPeriods(t *testing.T) {
	ask := teacherQuestion
	water := ask("How much water could the facility use per day in the hottest months?", "up to 1.2 million gallons", "about 4.5 million liters")
	fine := ask("How much was the daily late fine per item under the old rules?", "25 cents")
	carbon := ask("How much carbon dioxide will the work prevent each year once complete?", "about 120,000 tonnes")
	hours := ask("How many hours a week did staff work during the trial?", "32 hours")
	salary := ask("What is her salary?", "£31,650 a year")
	homes := ask("Roughly how many homes could the solar farm power?", "around 1,400")
	checkVerdicts(t, []verdictCase{
		{water, "1.2 million gallons a day", Correct},
		{water, "1.2 million gallons per day", Correct},
		{water, "1.2 million gallons daily", Correct},
		{water, "up to 1.2 million gallons", Correct},
		{water, "1.2 million gallons a year", Incorrect},
		{water, "1.2 million gallons a month", Incorrect},
		{water, "1.2 million gallons per week", Incorrect},
		{water, "1.2 million gallons annually", Incorrect},
		{fine, "25 cents", Correct},
		{fine, "25 cents a day", Correct},
		{fine, "25 cents a week", Incorrect},
		{fine, "25 cents per month", Incorrect},
		{carbon, "120,000 tonnes", Correct},
		{carbon, "120,000 tonnes a year", Correct},
		{carbon, "about 120,000 tonnes per annum", Correct},
		{carbon, "120,000 tonnes a month", Incorrect},
		{carbon, "120,000 tonnes in a year", Correct},
		{hours, "thirty-two hours a week", Correct},
		{hours, "32 hours a week", Correct},
		{hours, "32 hours and a week", Incorrect},
		{hours, "32 hours a day", Incorrect},
		{salary, "£31,650 per annum", Correct},
		{salary, "£31,650 a month", Incorrect},
		{homes, "1,400 homes a year", Correct},
	})
}

// TestHeldOutFifteenEachWay: an amount for each (a trip one way) is not
// the amount for all together: "7 miles in total" for "7 miles each way"
// is wrong, as "14 miles there and back" would be right only as its own
// key.
func TestHeldOutFifteenEachWay(t *testing.T) {
	ask := teacherQuestion
	detour := ask("How long is the detour each way?", "roughly 7 miles", "7 miles")
	total := ask("How far is the whole trip?", "40 km in total")
	tickets := ask("How much did the tickets cost?", "£12 each")
	checkVerdicts(t, []verdictCase{
		{detour, "7 miles", Correct},
		{detour, "about seven miles each way", Correct},
		{detour, "7 miles one way", Correct},
		{detour, "7 miles in total", Incorrect},
		{detour, "7 miles there and back", Incorrect},
		{detour, "a 7 mile round trip", Incorrect},
		{total, "40 km altogether", Correct},
		{total, "40 km", Correct},
		{total, "40 km each way", Incorrect},
		{tickets, "£12 apiece", Correct},
		{tickets, "£12 in total", Incorrect},
	})
}

// TestHeldOutFifteenCountUnits: to "How many people …?" keyed by a bare
// number, the number with a measure's unit ("150 acres") is another
// quantity's; the same number of the asked things stays right, as does a
// unit the question asks in.
func TestHeldOutFifteenCountUnits(t *testing.T) {
	ask := teacherQuestion
	staff := ask("About how many people will the data center employ once fully running?", "about 150")
	acres := ask("How many acres does the family farm?", "85")
	days := ask("How many days did the heat wave last?", "three")
	checkVerdicts(t, []verdictCase{
		{staff, "about 150", Correct},
		{staff, "150 people", Correct},
		{staff, "around 150 workers", Correct},
		{staff, "150 acres", Incorrect},
		{staff, "150 km", Incorrect},
		{staff, "150 tonnes", Incorrect},
		{acres, "85 acres", Correct},
		{days, "3 days", Correct},
		{days, "three days", Correct},
	})
}

// TestHeldOutFifteenMoney: guineas are a currency of their own
// ("220,500 guineas" is not "£220,500"; "210,000gns" is 210,000
// guineas), an amount in pounds and pence together is one amount ("a
// pound and 5 pence" for £1.05), and "25¢", "25c" or "a quarter" (the
// coin) are cents where a key is in cents.
func TestHeldOutFifteenMoney(t *testing.T) {
	ask := teacherQuestion
	guinea := ask("How much is one guinea worth?", "£1.05")
	ram := ask("How much did the ram lamb sell for?", "210,000 guineas", "£220,500")
	fine := ask("How much was the daily late fine per item under the old rules?", "25 cents")
	ticket := ask("How much did a ticket cost?", "$2.50")
	checkVerdicts(t, []verdictCase{
		{guinea, "a pound and 5 pence", Correct},
		{guinea, "one pound and five pence", Correct},
		{guinea, "1 pound 5p", Correct},
		{guinea, "£1 and 5p", Correct},
		{guinea, "105p", Correct},
		{guinea, "a pound and 50 pence", Incorrect},
		{guinea, "£1.50", Incorrect},
		{guinea, "£1", Incorrect},
		{guinea, "1 pound 5 cents", Incorrect},
		{ram, "210,000gns", Correct},
		{ram, "210,000 guineas", Correct},
		{ram, "£220,500", Correct},
		{ram, "220,500 guineas", Incorrect},
		{ram, "£210,000", Incorrect},
		{ram, "210,000 dollars", Incorrect},
		{fine, "25¢", Correct},
		{fine, "25c", Correct},
		{fine, "about 25 ¢", Correct},
		{fine, "25p", Incorrect},
		{fine, "a quarter", Correct},
		{fine, "a dime", Incorrect},
		{ask("What share of the budget goes on roads?", "a quarter"), "a quarter", Correct},
		{ask("What share of the budget goes on roads?", "25%"), "a quarter", Correct},
		{fine, "52c", Incorrect},
		{ticket, "2 dollars 50 cents", Correct},
		{ticket, "two dollars and fifty cents", Correct},
		{ticket, "2 dollars 5 cents", Incorrect},
	})
}

// TestHeldOutFifteenAsides: true detail after the keyed number is no
// second number of the answer's — an earlier amount it compares with
// ("11 people, down from 29"), the total it is part of ("3 of the 12"),
// how long it lasted to a question that asks when ("for six weeks in
// 2019"); the numbers the other way round, or another year, stay wrong.
func TestHeldOutFifteenAsides(t *testing.T) {
	ask := teacherQuestion
	staff := ask("During the trial, how many staff left the company?", "11")
	against := ask("How many councillors voted against the scheme?", "3", "three")
	shut := ask("When was the bridge last shut before this?", "in 2019")
	checkVerdicts(t, []verdictCase{
		{staff, "11 people, down from 29", Correct},
		{staff, "11 (down from 29)", Correct},
		{staff, "eleven, compared with 29 the year before", Correct},
		{staff, "29, down from 11", Incorrect},
		{staff, "29", Incorrect},
		{against, "3 of the 12", Correct},
		{against, "three out of 12", Correct},
		{against, "9 of the 12", Incorrect},
		{against, "12 of the 3", Incorrect},
		{ask("What did inspectors find?", "corrosion on 14 of the 62 steel cables", "corroded cables"), "14 of the cables were corroded", Correct},
		{shut, "for six weeks in 2019", Correct},
		{shut, "in 2019 for six weeks", Correct},
		{shut, "it was shut for 6 weeks in 2019", Correct},
		{shut, "for six weeks in 2018", Incorrect},
		{shut, "in 2018", Incorrect},
	})
}

// TestHeldOutFifteenBareNumbers: a key's number alone, to a question
// that names the key's quantity, is partly right ("19" to "What is the
// average return time now?" for "19 days": the unit is missing), and
// right to "How old …?" for an age in years; another number, another
// unit, or "How long …?" (a time or a length; sets 2 and 4 counted it
// partly right) are not this rule's.
func TestHeldOutFifteenBareNumbers(t *testing.T) {
	ask := teacherQuestion
	loans := ask("What is the average return time now?", "19 days")
	ram := ask("About how much does the ram weigh?", "about 95kg", "nearly 15 stone")
	site := ask("How big is the site of the solar farm?", "11 hectares", "about 27 acres")
	beckham := ask("How long has Beckham been at Real Madrid?", "two years")
	child := ask("How old is the child believed to be?", "nine years old")
	reef := ask("How old is the reef thought to be?", "about 8,600 years")
	weeks := ask("How old was the foal when it was found?", "three weeks")
	checkVerdicts(t, []verdictCase{
		{loans, "19", Partial},
		{loans, "about 19", Partial},
		{loans, "16", Incorrect},
		{loans, "19 weeks", Incorrect},
		{ram, "about 95", Partial},
		{ram, "59", Incorrect},
		{site, "11", Partial},
		{site, "27", Partial},
		{site, "12", Incorrect},
		{beckham, "2", Incorrect}, // as before: not this rule's
		{child, "9", Correct},
		{child, "nine", Correct},
		{child, "8", Incorrect},
		{reef, "8,600", Correct},
		{reef, "about 8600", Correct},
		{weeks, "3", Partial}, // an age in weeks needs its unit
	})
	if r := Check(site, "11"); !strings.HasPrefix(r.Explanation, "Right number, but give its unit too: 11 hectares.") {
		t.Errorf("explanation of a bare number: %q", r.Explanation)
	}
}
