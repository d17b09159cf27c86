package quiz

import "testing"

// TestHeldOutThirteenPhrases: a part of a key that places it the other
// way is wrong ("in their bedrooms" for "outside their bedrooms"), while
// a part without its relation stays right; a rate needs its period ("once"
// for "at least once a week" is partly right); a compound written as two
// words is the key's word as written ("May half term" for "half-term").
func TestHeldOutThirteenPhrases(t *testing.T) {
	ask := teacherQuestion
	phones := ask("Where were pupils asked to leave their phones?", "outside their bedrooms")
	beetle := ask("Where was the beetle found?", "on a beach near Stonehaven")
	often := ask("How often did they break the rule?", "at least once a week")
	pills := ask("How often should the pills be taken?", "twice a day")
	holiday := ask("Which holiday is the reopening timed for?", "the half-term holiday", "half-term")
	checkVerdicts(t, []verdictCase{
		{phones, "in their bedrooms", Incorrect},
		{phones, "inside their bedrooms", Incorrect},
		{phones, "outside the bedroom", Correct},
		{phones, "bedrooms", Correct},
		{beetle, "Stonehaven", Correct},
		{beetle, "far from Stonehaven", Incorrect},
		{often, "once", Partial},
		{often, "once a week", Correct},
		{pills, "twice", Partial},
		{pills, "two times a day", Correct},
		{pills, "twice a week", Incorrect},
		{ask("How much does a teacher earn?", "£31,650 a year"), "31650", Correct}, // a salary's period goes without saying
		{holiday, "May half term", Correct},
		{holiday, "half term", Correct},
	})
}

// TestHeldOutThirteenYesNo: a short answer that is the opposite of the
// question's word says no ("unlikely" to "Is … likely?"); the word itself
// is no yes or no, and a longer answer is read as before.
func TestHeldOutThirteenYesNo(t *testing.T) {
	likely := teacherQuestion("Is more major flooding likely, according to forecasters?", "no")
	legal := teacherQuestion("Is the practice legal?", "yes")
	checkVerdicts(t, []verdictCase{
		{likely, "unlikely", Correct},
		{likely, "very unlikely", Correct},
		{likely, "likely", Unclear},
		{likely, "yes, likely", Incorrect},
		{legal, "illegal", Incorrect},
		{teacherQuestion("Is the practice legal?", "no"), "illegal", Correct},
	})
}

// TestHeldOutThirteenRoads: a road's kind written short is the road
// ("Rt 100" for "Route 100", "Hwy 1"); another number stays wrong.
func TestHeldOutThirteenRoads(t *testing.T) {
	road := teacherQuestion("Which road was closed?", "Route 100")
	checkVerdicts(t, []verdictCase{
		{road, "Rt 100", Correct},
		{road, "rte 100", Correct},
		{road, "Rt 10", Incorrect},
		{road, "Rd 100", Incorrect},
		{teacherQuestion("Which road was closed?", "Highway 1"), "Hwy 1", Correct},
		{teacherQuestion("Where does she live?", "Mill Lane"), "Mill Ln", Correct},
	})
}

// TestHeldOutThirteenDemonyms: "In which country were …?" asks where, so
// the country's people's word answers it ("English schools" for
// England); another country's stays wrong.
func TestHeldOutThirteenDemonyms(t *testing.T) {
	where := teacherQuestion("In which country were the schools in the study?", "England")
	checkVerdicts(t, []verdictCase{
		{where, "English schools", Correct},
		{where, "in England", Correct},
		{where, "Scottish schools", Incorrect},
		{where, "Wales", Incorrect},
		{teacherQuestion("In which country is the firm based?", "Finland"), "it's Finnish", Correct},
	})
}

// TestHeldOutThirteenAskedWords: words of the question beside the key's
// are no words of the answer's own, so the key's words need not be there
// as written ("Liberal Democrat Party" to "Which political party …?"
// keyed "the Liberal Democrats"); a key the question already holds is not
// answered by repeating the question.
func TestHeldOutThirteenAskedWords(t *testing.T) {
	party := teacherQuestion("Which political party does Martin Hale belong to?", "the Liberal Democrats", "Lib Dems")
	reduction := teacherQuestion("What measurement of time is used in polynomial time reduction?", "polynomial time")
	checkVerdicts(t, []verdictCase{
		{party, "Liberal Democrat Party", Correct},
		{party, "the Liberal Democrats party", Correct},
		{party, "Liberal Party", Partial},
		{party, "the Conservative Party", Incorrect},
		{reduction, "polynomial-time reduction", Incorrect},
	})
}
