package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestHeldOutFourteenCodes: a code with the key's figures but other
// letters is another road, plane or flight ("the M5" for "the A5": the
// key's "A" was read as the article); the key's code however spaced
// stays right.
func TestHeldOutFourteenCodes(t *testing.T) {
	ask := teacherQuestion
	road := ask("Towards which road was the car heading?", "the A5")
	motorway := ask("Which motorway was closed?", "the M25")
	flight := ask("Which flight was diverted?", "BA2490")
	checkVerdicts(t, []verdictCase{
		{road, "the A5", Correct},
		{road, "A5", Correct},
		{road, "the a5", Correct},
		{road, "the A 5", Correct},
		{road, "the A-5", Correct},
		{road, "the A5 road", Correct},
		{road, "the M5", Incorrect},
		{road, "M5", Incorrect},
		{road, "the B5", Incorrect},
		{road, "the A6", Incorrect},
		{motorway, "M25", Correct},
		{motorway, "the M 25", Correct},
		{motorway, "the A25", Incorrect},
		{motorway, "the M26", Incorrect},
		{flight, "ba2490", Correct},
		{flight, "BA 2490", Correct},
		{flight, "AA2490", Incorrect},
	})
}

// TestHeldOutFourteenOtherNames: a name's words in another order with a
// capitalised word of the answer's own among them, or right before them,
// name another body ("Arizona State University", "Northern Arizona
// University" for the "University of Arizona"); the key's words in
// another order alone, or with more said after them, stay right.
func TestHeldOutFourteenOtherNames(t *testing.T) {
	ask := teacherQuestion
	uni := ask("At which university is Dr Okoro based?", "University of Arizona")
	checkVerdicts(t, []verdictCase{
		{uni, "University of Arizona", Correct},
		{uni, "the University of Arizona", Correct},
		{uni, "Arizona University", Correct},
		{uni, "The Arizona University", Correct},
		{uni, "At Arizona University", Correct},
		{uni, "University of Arizona in Tucson", Correct},
		{uni, "Dr Okoro, Arizona University", Correct},
		{uni, "Arizona State University", Incorrect},
		{uni, "Northern Arizona University", Incorrect},
	})
}

// TestHeldOutFourteenDescribedNames: an answer that opens with "a" but
// holds a key that is a proper name whole names that one ("a software
// engineer from Leeds called Tomasz Nowak", "a nursery worker, Amira
// Yusuf", "a SpaceX Falcon Heavy rocket"); a kind of person alone, or
// with another name, names no one the key names.
func TestHeldOutFourteenDescribedNames(t *testing.T) {
	ask := teacherQuestion
	climber := ask("Who was the climber who was rescued from the ledge?", "Tomasz Nowak", "Mr Nowak")
	award := ask("Who received the largest single award?", "Amira Yusuf", "Ms Yusuf")
	rocket := ask("Which rocket carried the probe into space?", "SpaceX Falcon Heavy", "Falcon Heavy")
	winner := ask("Which candidate won the by-election?", "Dr Sunita Bhatt", "Sunita Bhatt")
	checkVerdicts(t, []verdictCase{
		{climber, "a software engineer from Leeds called Tomasz Nowak", Correct},
		{climber, "Tomasz Nowak, a software engineer", Correct},
		{climber, "a software engineer from Leeds", Incorrect},
		{climber, "a climber called Hannah Reid", Incorrect},
		{award, "a nursery worker, Amira Yusuf", Correct},
		{award, "a nursery worker", Incorrect},
		{rocket, "a SpaceX Falcon Heavy rocket", Correct},
		{rocket, "a Falcon Heavy", Correct},
		{rocket, "a Falcon 9", Incorrect},
		{winner, "a GP called Dr Sunita Bhatt", Correct},
		{winner, "a GP", Incorrect},
	})
}

// TestHeldOutFourteenPossessiveNames: a key's own name without its "'s"
// is no other name the article uses ("St Aldhelm" was taken for a
// lookalike of "St Aldhelm's", so "St Aldhelm hospital" and "outside St
// Aldhelm's" were wrong); the article's other hospital stays wrong.
func TestHeldOutFourteenPossessiveNames(t *testing.T) {
	a, err := article.Parse([]byte("Trust misses target\n\nThe worst delays were at St Aldhelm's Hospital in Kettering. " +
		"The trust's second hospital, Fenwick General in Corby, performed slightly better. " +
		"Ambulances queued outside St Aldhelm's for more than six hours on 2 January."))
	if err != nil {
		t.Fatal(err)
	}
	ask := keyedAgainst(a)
	queue := ask("Outside which hospital did ambulances queue for more than six hours?", "St Aldhelm's", "St Aldhelm's Hospital")
	checkVerdicts(t, []verdictCase{
		{queue, "St Aldhelm's", Correct},
		{queue, "St Aldhelms", Correct},
		{queue, "St Aldhelm hospital", Correct},
		{queue, "outside St Aldhelm's", Correct},
		{queue, "Fenwick General", Incorrect},
		{queue, "Fenwick", Incorrect},
	})
}

// TestHeldOutFourteenShortRanks: a rank written short is the rank ("Det
// Insp Claire Whitfield" for "Detective Inspector Claire Whitfield"), and
// an American spelling of a word too short for a slip is the word ("gray
// squirrels" for "grey squirrels"); another rank, or another animal,
// stays partly right at most.
func TestHeldOutFourteenShortRanks(t *testing.T) {
	ask := teacherQuestion
	detective := ask("Which detective is leading the police response?", "Detective Inspector Claire Whitfield")
	prey := ask("Which animals do supporters hope the pine martens will prey on?", "grey squirrels")
	checkVerdicts(t, []verdictCase{
		{detective, "Det Insp Claire Whitfield", Correct},
		{detective, "Det Insp Whitfield", Correct},
		{detective, "Det Sgt Claire Whitfield", Partial},
		{prey, "gray squirrels", Correct},
		{prey, "red squirrels", Partial},
		{prey, "grey seals", Partial},
	})
}

// TestHeldOutFourteenLawYears: a law's whole name without the year it is
// named with is the law ("Housing and Planning Act" for "the Housing and
// Planning Act 2016"); another year, or a part of the name ("the Housing
// Act", another law), stays wrong.
func TestHeldOutFourteenLawYears(t *testing.T) {
	ask := teacherQuestion
	law := ask("Under which law can tenants of unlicensed landlords claim back rent?", "the Housing and Planning Act 2016")
	rights := ask("Which law ended segregation in public places?", "the Civil Rights Act of 1964")
	checkVerdicts(t, []verdictCase{
		{law, "Housing and Planning Act", Correct},
		{law, "the Housing and Planning Act of 2016", Correct},
		{law, "Housing and Planning Act 2015", Incorrect},
		{law, "the Housing Act", Incorrect},
		{law, "the Housing Act 2004", Incorrect},
		{law, "the Planning Act", Incorrect},
		{rights, "the Civil Rights Act", Correct},
		{rights, "Civil Rights Act 1964", Correct},
		{rights, "the Civil Rights Act of 1968", Incorrect},
		{rights, "the Voting Rights Act", Incorrect},
	})
}
