package quiz

import "testing"

// TestHeldOutTwentyOneSameMeaning: an everyday word for the key's word
// of the same meaning is the key's word; the rest of the answer still
// decides, and a word of another meaning is not right (partly right
// where the answer has half the key's words, as before).
func TestHeldOutTwentyOneSameMeaning(t *testing.T) {
	ask := teacherQuestion
	why := ask("Why did the choir walk to the concert?", "To save money")
	how := ask("How much salt does the recipe need?", "A jar lid of salt")
	fault := ask("What stopped the lift?", "Its motor overheated")
	asked := ask("What did the tenants give the landlord a month to do?", "To respond")
	found := ask("What did the builders find under the car park?", "Medieval remains")
	checkVerdicts(t, []verdictCase{
		{why, "to save cash", Correct},
		{why, "to save money", Correct},
		{why, "to save time", Partial}, // half the key's words: partly right, as before
		{how, "a jar top of salt", Correct},
		{how, "a jar cap of salt", Correct},
		{how, "a spoon of salt", Incorrect},
		{fault, "its motor got too hot", Correct},
		{fault, "the motor got too cold", Partial},
		{asked, "reply", Correct},
		{asked, "to answer", Correct},
		{asked, "to leave", Incorrect},
		{found, "medieval ruins", Correct},
		{found, "roman ruins", Partial},
	})
}

// TestVehicleAndMishapWords: everyday words for vehicles and mishaps are
// the key's; another vehicle is not.
func TestVehicleAndMishapWords(t *testing.T) {
	faked := teacherQuestion("What were the riders charged with faking?", "a motorcycle accident")
	checkVerdicts(t, []verdictCase{
		{faked, "a motorbike crash", Correct},
		{faked, "a motorcycle crash", Correct},
		{faked, "a motorbike collision", Correct},
		{faked, "a car accident", Partial},
		{faked, "a burglary", Incorrect},
	})
	offence := teacherQuestion("What does destroying the records become?", "a criminal offence")
	principle := teacherQuestion("What is the rule for old records?", "If in doubt retain")
	checkVerdicts(t, []verdictCase{
		{offence, "a crime", Correct},
		{offence, "a criminal offense", Correct},
		{offence, "a civil offence", Partial},
		{principle, "if in doubt, keep it", Correct},
	})
}
