package quiz

import "testing"

// TestHeldOutFourteenListItems: a key that lists things needs each item
// named by a word of its own — "broken" names both "a broken left ankle"
// and "two broken ribs", so "two broken ribs" is one of two, partly right.
func TestHeldOutFourteenListItems(t *testing.T) {
	ask := teacherQuestion
	hurt := ask("What injuries did he suffer in the fall?", "a broken left ankle and two broken ribs")
	bought := ask("What did they buy?", "a red car and two red bikes")
	cache := ask("What did the seized cache of weapons include?", "hand grenades, ammunition and rocket-propelled grenade launchers")
	checkVerdicts(t, []verdictCase{
		{hurt, "a broken left ankle and two broken ribs", Correct},
		{hurt, "a broken ankle and two broken ribs", Correct},
		{hurt, "broken left ankle and 2 broken ribs", Correct},
		{hurt, "two broken ribs", Partial},
		{hurt, "2 broken ribs", Partial},
		{bought, "a red car and two red bikes", Correct},
		{bought, "two red bikes", Partial},
		{cache, "grenades, ammunition and rocket-propelled grenade launchers", Correct},
		{cache, "hand grenades", Partial},
		{cache, "tanks", Incorrect},
	})
}

// TestHeldOutFourteenContrasts: a key that sets what is so against what
// is not ("A rather than B", "A, not B", "A instead of B") is answered by
// its first part ("historical" for "historical, not financial"), and the
// part it rejects is wrong ("demolish the plant" passed for "sell the
// plant rather than demolish it", every word of it in the key), as are
// the two the other way round.
func TestHeldOutFourteenContrasts(t *testing.T) {
	ask := teacherQuestion
	plant := ask("What did State Senator Grant call on the company to do?", "sell the plant rather than demolish it")
	value := ask("According to Professor Brooke, what is the torc's true value?", "historical, not financial")
	travel := ask("How did she travel?", "by train instead of by car")
	checkVerdicts(t, []verdictCase{
		{plant, "sell the plant", Correct},
		{plant, "Sell the plant to a buyer rather than demolishing it.", Correct},
		{plant, "sell the plant instead of demolishing it", Correct},
		{plant, "demolish the plant", Incorrect},
		{plant, "demolish it", Incorrect},
		{plant, "demolish the plant rather than sell it", Incorrect},
		{value, "historical", Correct},
		{value, "its historical value", Correct},
		{value, "historical not financial", Correct},
		{value, "financial", Incorrect},
		{value, "financial, not historical", Incorrect},
		{travel, "by train", Correct},
		{travel, "train", Correct},
		{travel, "by car", Incorrect},
		{travel, "car", Incorrect},
	})
}

// TestHeldOutFourteenTooFew: the ways of saying there is too little of a
// thing are one ("lack of", "not enough", "there aren't enough", "too
// few" for "a shortage of"), and not a negation of the key; too little
// of another thing stays partly right at most, and plenty of it is no
// answer.
func TestHeldOutFourteenTooFew(t *testing.T) {
	ask := teacherQuestion
	beds := ask("Why did many patients who were well enough to leave hospital have nowhere safe to go?",
		"a shortage of beds in community care homes", "shortage of care home beds")
	checkVerdicts(t, []verdictCase{
		{beds, "lack of beds in care homes", Correct},
		{beds, "There aren't enough beds in community care homes.", Correct},
		{beds, "not enough community care home beds", Correct},
		{beds, "too few care home beds", Correct},
		{beds, "a shortage of nurses", Partial},
		{beds, "not enough nurses", Partial},
		{beds, "plenty of beds in care homes", Partial},
	})
}

// TestHeldOutFourteenReasons: to a question that asks why, a key's word
// "reasons" goes without saying, and "because of" or "due to" only says
// a reason follows ("because of his health" for "for health reasons");
// another reason stays wrong or partly right.
func TestHeldOutFourteenReasons(t *testing.T) {
	ask := teacherQuestion
	resign := ask("Why did Sir Geoffrey Lane resign?", "for health reasons")
	checkVerdicts(t, []verdictCase{
		{resign, "because of his health", Correct},
		{resign, "due to his health", Correct},
		{resign, "health reasons", Correct},
		{resign, "his health", Correct},
		{resign, "because of his family", Incorrect},
		{resign, "because of his wealth", Incorrect},
		{resign, "for personal reasons", Partial},
	})
}

// TestHeldOutFourteenShortNegations: a verb's negation written out is
// its short form ("not to underestimate the mountain" for "don't
// underestimate this mountain"); the verb without its negation says the
// opposite, and another verb is another warning.
func TestHeldOutFourteenShortNegations(t *testing.T) {
	ask := teacherQuestion
	warning := ask("What warning did Mr Nowak give to other climbers?", "don't underestimate this mountain")
	checkVerdicts(t, []verdictCase{
		{warning, "he told people not to underestimate the mountain", Correct},
		{warning, "do not underestimate this mountain", Correct},
		{warning, "dont underestimate the mountain", Correct},
		{warning, "underestimate the mountain", Incorrect},
		{warning, "don't climb this mountain", Partial},
	})
}
