package quiz

import "testing"

// TestHeldOutTwentyTwoAmounts: a key's amount of money as a number alone
// is right in any form — "1.5M", "fourteen million", "100k" — as "14
// million" was; another currency's sign, another number or a unit stays
// wrong (held-out set 22).
func TestHeldOutTwentyTwoAmounts(t *testing.T) {
	ask := teacherQuestion
	prize := ask("How much prize money did each marathon winner receive?", "KSh 1.5 million")
	loss := ask("What was the estimated total loss?", "NZ$14 million")
	grant := ask("How much money does the classification release?", "NZ$100,000")
	fine := ask("How much was the company fined?", "£200")
	checkVerdicts(t, []verdictCase{
		{prize, "1.5M", Correct},
		{prize, "1,500,000", Correct},
		{loss, "fourteen million", Correct},
		{loss, "about 14 million", Correct},
		{grant, "100k", Correct},
		{prize, "1.4M", Incorrect},
		{loss, "fourteen thousand", Incorrect},
		{fine, "$200", Incorrect},
		{grant, "100k litres", Incorrect},
	})
}

// TestHeldOutTwentyTwoWords: "Saint" and "Sankt" are "St"; "sulfur" is
// "sulphur"; everyday words for the key's ("young salmon", "minor
// cuts", "leaded gasoline") say the same; another name or half a list
// is not right (held-out set 22).
func TestHeldOutTwentyTwoWords(t *testing.T) {
	ask := teacherQuestion
	suburb := ask("To which suburb does the line run from the main railway station?", "St. Georgen")
	hospital := ask("At which hospital did the trial take place?", "St. Aidan's Hospital")
	lead := ask("Which three substances did the team measure?", "Lead, sulphur and black carbon")
	fish := ask("Which two kinds of fish were mostly killed?", "Brown trout and juvenile salmon")
	why := ask("Why were lead levels so high then?", "Leaded petrol was widely used")
	checkVerdicts(t, []verdictCase{
		{suburb, "sankt georgen", Correct},
		{suburb, "Saint Georgen", Correct},
		{suburb, "St. Peter", Partial}, // the word they share, not the name
		{hospital, "saint aidans hospital", Correct},
		{lead, "lead, sulfur and black carbon", Correct},
		{lead, "lead and sulfur", Partial}, // half the list
		{fish, "brown trout and young salmon", Correct},
		{fish, "brown trout and young eels", Partial},
		{why, "leaded gasoline was widely used", Correct},
		{why, "leaded paint was widely used", Partial},
	})
}

// TestHeldOutTwentyTwoDurations: a length of time as a clock reads it
// ("1:12", "2:08:41", "5:10"), hours and minutes run together ("5h10",
// "2h 8m 41s") or in words ("two hours, eight minutes and forty-one
// seconds") is the key's, and a fraction written as one character
// ("7½") its decimal; another length stays wrong (held-out set 22).
func TestHeldOutTwentyTwoDurations(t *testing.T) {
	ask := teacherQuestion
	margin := ask("By how much did he beat the previous course record?", "1 minute 12 seconds")
	winning := ask("What was the men's winning time?", "2 hours 8 minutes 41 seconds")
	wait := ask("What was the average wait to see a doctor before the trial?", "5 hours 10 minutes")
	checkVerdicts(t, []verdictCase{
		{margin, "1:12", Correct},
		{margin, "1:21", Incorrect},
		{winning, "2:08:41", Correct},
		{winning, "2:08:14", Incorrect},
		{winning, "2h 8m 41s", Correct},
		{winning, "two hours, eight minutes and forty-one seconds", Correct},
		{winning, "two hours, eight minutes and fourteen seconds", Incorrect},
		{wait, "5h10", Correct},
		{wait, "5:10", Correct},
		{wait, "5h01", Incorrect},
	})
	trams := ask("How often do trams run at peak times?", "Every 7.5 minutes")
	farm := ask("How big is the farm?", "2.5 hectares")
	checkVerdicts(t, []verdictCase{
		{trams, "every 7½ mins", Correct},
		{trams, "every 8½ minutes", Incorrect},
		{farm, "2½ hectares", Correct},
		{farm, "2¼ hectares", Incorrect},
	})
}
