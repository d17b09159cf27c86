package quiz

import "testing"

// TestHeldOutEighteenEchoedDescriptions: an answer to "Who …?" with no
// word beyond the question's is no answer, though the article describes
// the person keyed so: "the education director" to "Who is the city's
// education director?".
func TestHeldOutEighteenEchoedDescriptions(t *testing.T) {
	ask := teacherQuestion
	director := ask("Who is the city's education director?", "Tomasz Wilk", "the city's education director", "the education director")
	buyer := ask("Who is FreshWay's regional buyer?", "Anele Dlamini", "the regional buyer")
	said := ask("Who said the deal was fair?", "Anele Dlamini", "the regional buyer")
	pick := ask("Who signed the deal, the mayor or the council?", "the mayor")
	checkVerdicts(t, []verdictCase{
		{director, "Tomasz Wilk", Correct},
		{director, "Wilk", Correct},
		{director, "the education director", Incorrect},
		{director, "the city's education director", Incorrect},
		{director, "education director", Incorrect},
		{buyer, "the regional buyer", Incorrect},
		{buyer, "Anele Dlamini", Correct},
		{said, "the regional buyer", Correct}, // the question does not say so
		{pick, "the mayor", Correct},
	})
}

// TestHeldOutEighteenCompassNames: a name that a point of the compass
// opens, without it, names the whole of which the key is a part, and is
// partly right at most: "the Canterbury Trust" for "South Canterbury
// Community Trust", "Australia" for "South Australia". The point in the
// question, or the whole key, leave it.
func TestHeldOutEighteenCompassNames(t *testing.T) {
	ask := teacherQuestion
	grant := ask("Which organisation gave the club a $75,000 grant?", "South Canterbury Community Trust", "SCCT")
	country := ask("Which country is the company from?", "South Africa")
	given := ask("Which South Canterbury body gave the grant?", "South Canterbury Community Trust")
	checkVerdicts(t, []verdictCase{
		{grant, "South Canterbury Community Trust", Correct},
		{grant, "the South Canterbury Community Trust", Correct},
		{grant, "SCCT", Correct},
		{grant, "Sth Canterbury Community Trust", Correct},
		{grant, "the Canterbury Trust", Partial},
		{grant, "Canterbury Community Trust", Partial},
		{country, "South Africa", Correct},
		{country, "Africa", Partial},
		{country, "North Africa", Incorrect},
		{given, "the Canterbury Community Trust", Correct},
	})
}
