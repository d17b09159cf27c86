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

// TestHeldOutEighteenNameForms: an initial and a surname ("A. Dlamini"),
// "Doctor" for "Dr", and an aside in brackets after a right answer
// ("Otieno (Form Four)", "8 (17 for)", "11 (eleven)") are right; an
// aside that offers another answer ("8 (or 9)"), names another person
// of the question, or is a bare other number ("8 (17)") is not read as
// one, nor is an initial another person of the question shares.
func TestHeldOutEighteenNameForms(t *testing.T) {
	ask := teacherQuestion
	buyer := ask("Who is FreshWay's regional buyer?", "Anele Dlamini")
	buyer.Distractors = []string{"Lindiwe Mokoena", "Thabo Mokoena"}
	chair := ask("Who is the chairperson of the student energy club?", "Brian Otieno")
	chair.Distractors = []string{"Grace Wanjiru", "Samuel Kiprotich"}
	two := ask("Who runs the bakery?", "Lindiwe Mokoena")
	two.Distractors = []string{"Anele Dlamini", "Lucy Mokoena"}
	md := ask("Who is the managing director of PURC?", "Dr Sunil Deshmukh", "Sunil Deshmukh")
	against := ask("How many councillors voted against the budget?", "8", "eight")
	teams := ask("How many teams does the club have?", "11", "eleven")
	checkVerdicts(t, []verdictCase{
		{buyer, "A. Dlamini", Correct},
		{buyer, "A Dlamini", Correct},
		{buyer, "B. Dlamini", Partial}, // the surname only, as "Dlamini" alone is not the initial's

		{buyer, "Dlamini (FreshWay)", Correct},
		{buyer, "Anele Dlamini (FreshWay's buyer)", Correct},
		{buyer, "Dlamini (Thabo Mokoena)", Incorrect},
		{two, "L. Mokoena", Partial}, // Lindiwe or Lucy
		{chair, "Otieno (Form Four)", Correct},
		{chair, "Brian Otieno (form 4)", Correct},
		{chair, "Kiprotich (Form Four)", Incorrect},
		{md, "Doctor Deshmukh", Correct},
		{md, "Doctor Sunil Deshmukh", Correct},
		{md, "Doctor Patel", Partial}, // as "Dr Patel"
		{against, "8 (eight)", Correct},
		{against, "8 (17 for)", Correct},
		{against, "8 (or 9)", Incorrect},
		{against, "8 (17)", Incorrect},
		{against, "17 (8 against)", Incorrect},
		{teams, "11 (eleven)", Correct},
		{teams, "11 (240 players)", Correct},
		{teams, "12 (twelve)", Incorrect},
	})
}
