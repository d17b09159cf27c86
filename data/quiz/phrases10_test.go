package quiz

import "testing"

// TestHeldOutTenPhrases: phrases held-out set 10 wrote in other words —
// a contrast added after the key, "&", a plural in "-ies", a decade in two
// figures, words news uses for one another — beside near misses.
func TestHeldOutTenPhrases(t *testing.T) {
	ask := teacherQuestion
	abort := ask("Why did she abort her baby?", "because it was a boy")
	clothes := ask("What kind of clothing had she started buying?", "gender neutral clothing")
	led := ask("What did the campaign lead to?", "a police investigation")
	missed := ask("Why did they miss the game?", "injuries")
	when := ask("When did he calculate the comparisons?", "the mid-1990s")
	feared := ask("What did the king say would be the only problem?", "running out of fuel and ammunition")
	checkVerdicts(t, []verdictCase{
		// "not" after the whole key denies something else.
		{abort, "because it was a boy not a girl", Correct},
		{abort, "because it was a girl not a boy", Incorrect},
		{abort, "it was not a boy", Incorrect},
		// Words news uses for one another.
		{clothes, "gender-neutral clothes", Correct},
		{clothes, "gender-neutral shoes", Partial},
		{led, "a police inquiry", Correct},
		{led, "a police probe", Correct},
		{led, "a police raid", Partial},
		// A plural in "-ies" is its word in "-y".
		{missed, "injury", Correct},
		{missed, "illness", Incorrect},
		// Another part of speech of the key's word.
		{missed, "they were injured", Correct},
		{missed, "they were not injured", Incorrect},
		{ask("What did the crowd stage?", "protests"), "protesters", Incorrect},
		// A decade in two figures is the key's.
		{when, "mid 90s", Correct},
		{when, "the mid-'90s", Correct},
		{when, "mid 80s", Partial},
		{when, "the late 90s", Partial},
		// "&" is "and".
		{feared, "running out of fuel & ammo", Correct},
		{feared, "running out of fuel & food", Partial},
	})
}
