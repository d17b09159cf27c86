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
