package quiz

import "testing"

// TestHeldOutSixteenIndianNumbers: the Indian scale's words are numbers
// ("3.8 lakh" is 380,000, "₹500 crore" ₹5 billion, "cr" a crore), and
// rupees a currency of their own: "$500 crore" for "₹500 crore", "$25"
// for "₹25" and "3.8 cubic metres" for "3.8 lakh cubic metres" are
// wrong.
func TestHeldOutSixteenIndianNumbers(t *testing.T) {
	ask := teacherQuestion
	fine := ask("How much did the NGT fine the state government?", "₹500 crore")
	fare := ask("What will the maximum fare be for students?", "₹25", "Rs 25")
	cost := ask("How much is the student concession expected to cost a year?", "around ₹3.6 crore", "₹3.6 crore")
	project := ask("How much has the project cost so far?", "about ₹11,420 crore")
	silt := ask("How much silt has been dredged so far?", "around 3.8 lakh cubic metres", "3.8 lakh cubic metres")
	people := ask("How many people use the metro each day?", "about 1.2 lakh")
	checkVerdicts(t, []verdictCase{
		{fine, "₹500 crore", Correct},
		{fine, "Rs 500 crore", Correct},
		{fine, "500 crore rupees", Correct},
		{fine, "₹5 billion", Correct},
		{fine, "₹500 cr", Correct},
		{fine, "$500 crore", Incorrect},
		{fine, "£500 crore", Incorrect},
		{fine, "₹500 lakh", Incorrect},
		{fine, "₹50 crore", Incorrect},
		{fine, "₹500 million", Incorrect},
		{fare, "₹25", Correct},
		{fare, "Rs. 25", Correct},
		{fare, "25 rupees", Correct},
		{fare, "$25", Incorrect},
		{fare, "₹20", Incorrect},
		{cost, "₹36 million", Correct},
		{cost, "₹3.6 cr", Correct},
		{cost, "₹3.6 crore", Correct},
		{cost, "$36 million", Incorrect},
		{cost, "₹36 crore", Incorrect},
		{cost, "₹3.6 lakh", Incorrect},
		{project, "₹11420 cr", Correct},
		{project, "₹11,420 crore", Correct},
		{project, "₹1,142 crore", Incorrect},
		{silt, "380,000 cubic metres", Correct},
		{silt, "3.8 lakh cubic metres", Correct},
		{silt, "3.8 cubic metres", Incorrect},
		{silt, "38 lakh cubic metres", Incorrect},
		{people, "1.2 lakh", Correct},
		{people, "120,000", Correct},
		{people, "one lakh twenty thousand", Correct},
		{people, "12,000", Incorrect},
		{people, "1.2 crore", Incorrect},
	})
}

// TestHeldOutSixteenPerUnit: an amount counted per another unit than the
// key's is wrong ("0.4 tonnes an acre" for "0.4 t/ha", "$370 a kilo" for
// "$370 a tonne"); the key's unit in any spelling, or none, stays right.
func TestHeldOutSixteenPerUnit(t *testing.T) {
	ask := teacherQuestion
	yield := ask("What yield does Tom Hendry expect this year?", "barely 0.4 tonnes a hectare", "0.4 t/ha")
	price := ask("What is the wheat price at Kwinana?", "roughly $370 a tonne")
	checkVerdicts(t, []verdictCase{
		{yield, "0.4 tonnes a hectare", Correct},
		{yield, "0.4 t/ha", Correct},
		{yield, "0.4 tonnes per hectare", Correct},
		{yield, "0.4 tonnes an acre", Incorrect},
		{yield, "0.4 t/ac", Incorrect},
		{yield, "0.4 tonnes per acre", Incorrect},
		{price, "$370 a tonne", Correct},
		{price, "about $370 per tonne", Correct},
		{price, "$370/t", Correct},
		{price, "$370", Correct},
		{price, "$370 a kilo", Incorrect},
		{price, "$370 a hectare", Incorrect},
		{price, "$370 per kg", Incorrect},
	})
}

// TestHeldOutSixteenCompoundUnits: a measure keyed in two units ("43 lb 8
// oz") is the whole: "43.5 pounds", "43 and a half pounds", "696 ounces"
// are right, the larger unit alone ("43 pounds") wrong.
func TestHeldOutSixteenCompoundUnits(t *testing.T) {
	ask := teacherQuestion
	fish := ask("How much did the 1955 record fish weigh?", "43 pounds, 8 ounces", "43 lb 8 oz")
	ram := ask("How much does the ram weigh?", "11 st 4 lb")
	height := ask("How tall is the statue?", "5 ft 10 in")
	checkVerdicts(t, []verdictCase{
		{fish, "43 pounds 8 ounces", Correct},
		{fish, "43lb 8oz", Correct},
		{fish, "43.5 pounds", Correct},
		{fish, "43 and a half pounds", Correct},
		{fish, "43.5 lb", Correct},
		{fish, "696 ounces", Correct},
		{fish, "43 pounds", Incorrect},
		{fish, "43 lb", Incorrect},
		{fish, "44 pounds", Incorrect},
		{fish, "43 pounds 6 ounces", Incorrect},
		{fish, "£43.50", Incorrect},
		{ram, "11 stone 4 pounds", Correct},
		{ram, "158 lb", Correct},
		{ram, "11 stone", Incorrect},
		{height, "5 feet 10 inches", Correct},
		{height, "70 inches", Correct},
		{height, "5 feet", Incorrect},
		{height, "5 ft 8 in", Incorrect},
	})
}

// TestHeldOutSixteenReversedPairs: a vote keyed larger first is wrong the
// other way round ("2-5" for "5-2"); a score may be told from either side.
func TestHeldOutSixteenReversedPairs(t *testing.T) {
	ask := teacherQuestion
	vote := ask("By what margin did the board vote?", "5-2", "five votes to two")
	score := ask("What was the score when Real Madrid lost to Sevilla?", "1-0")
	passed := ask("How did the council vote on the plan?", "7 votes to 4")
	checkVerdicts(t, []verdictCase{
		{vote, "5-2", Correct},
		{vote, "5–2", Correct},
		{vote, "five to two", Correct},
		{vote, "5 votes to 2", Correct},
		{vote, "2-5", Incorrect},
		{vote, "two votes to five", Incorrect},
		{vote, "4-3", Incorrect},
		{score, "1-0", Correct},
		{score, "0-1", Correct},
		{passed, "7 to 4", Correct},
		{passed, "4 to 7", Incorrect},
	})
}

// TestHeldOutSixteenAskedUnits: to a question that ends by naming its
// unit ("… in acres?") an amount in another unit is wrong, even a fair
// conversion; "How many kilometres …?" and a question naming none leave
// a conversion right.
func TestHeldOutSixteenAskedUnits(t *testing.T) {
	ask := teacherQuestion
	acres := ask("How large is the lake in acres?", "892 acres")
	area := ask("What is the lake's area in square kilometres?", "about 3.6 sq km")
	many := ask("How many kilometres of side roads will be repaired?", "12 kilometres")
	far := ask("How far is the detour?", "50 km")
	checkVerdicts(t, []verdictCase{
		{acres, "892 acres", Correct},
		{acres, "about 892 acres", Correct},
		{acres, "3.6 sq km", Incorrect},
		{acres, "361 hectares", Incorrect},
		{acres, "900 acres", Incorrect},
		{area, "3.6 sq km", Correct},
		{area, "3.6 square kilometres", Correct},
		{area, "892 acres", Incorrect},
		{area, "3.6 sq miles", Incorrect},
		{many, "12 km", Correct},
		{many, "12,000 metres", Correct},
		{many, "12 miles", Incorrect},
		{far, "31 miles", Correct},
	})
}
