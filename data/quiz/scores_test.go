package quiz

import "testing"

// TestScoreKeepsItsWinner: a final score keyed with its winner is right
// as its numbers alone, either way round, and wrong where the answer
// gives the match to the side that lost (held-out set 23).
func TestScoreKeepsItsWinner(t *testing.T) {
	ask := teacherQuestion
	final := ask("What was the final score?", "27-24 to Otago", "Otago 27, Canterbury 24")
	rovers := ask("What was the final score?", "2-1", "2-1 to Millbrook Rovers")
	plain := ask("What was the score when Real Madrid lost to Sevilla?", "1-0")
	checkVerdicts(t, []verdictCase{
		{final, "27-24", Correct},
		{final, "24-27", Correct},
		{final, "twenty-seven twenty-four", Correct},
		{final, "27-24 to Otago", Correct},
		{final, "Otago won 27-24", Correct},
		{final, "otago 27 canterbury 24", Correct},
		{final, "Canterbury 24, Otago 27", Correct},
		{final, "24-27 to Canterbury", Incorrect},
		{final, "Canterbury 27 Otago 24", Incorrect},
		{final, "Canterbury won 27-24", Incorrect},
		{final, "27-21", Incorrect},
		{rovers, "2–1 to Millbrook", Correct}, // the side's short name
		{plain, "0-1", Correct},               // no winner keyed: not this rule's
	})
}
