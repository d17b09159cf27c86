package quiz

import "testing"

// TestHeldOutNineteenHyphenatedWords: a key's hyphenated word written as
// its two halves, or as their initials in capitals, is that word; other
// words are not. "calle calle river" was refused for "the Calle-Calle
// River", "waiting for new AC units" partly right for "… new
// air-conditioning units".
func TestHeldOutNineteenHyphenatedWords(t *testing.T) {
	ask := teacherQuestion
	river := ask("Along which river will the wall be built?", "the Calle-Calle River", "Calle-Calle")
	group := ask("Which group claimed the attack?", "al-Shabab")
	units := ask("Why are six operating theatres not working?", "they are waiting for new air-conditioning units")
	checkVerdicts(t, []verdictCase{
		{river, "calle calle river", Correct},
		{river, "the Calle Calle River", Correct},
		{river, "Calle-Calle", Correct},
		{river, "the Valdivia River", Incorrect},
		{river, "calle river", Incorrect},
		{group, "al Shabab", Correct},
		{group, "the al Shabab group", Correct},
		{group, "al Qaeda", Incorrect},
		{units, "waiting for new AC units", Correct},
		{units, "they are waiting for new air conditioning units", Correct},
		{units, "waiting for new DC units", Partial},
	})
}

// TestHeldOutNineteenTimeMarks: a figure with a double mark is that many
// seconds, with a single mark minutes, where the key is in them. `38"`
// was refused for "38 seconds".
func TestHeldOutNineteenTimeMarks(t *testing.T) {
	ask := teacherQuestion
	margin := ask("By what margin did she win?", "38 seconds")
	delay := ask("How long was the delay?", "12 minutes")
	checkVerdicts(t, []verdictCase{
		{margin, `38"`, Correct},
		{margin, `38''`, Correct},
		{margin, "38 seconds", Correct},
		{margin, `83"`, Incorrect},
		{margin, "38'", Incorrect},
		{delay, "12'", Correct},
		{delay, `12"`, Incorrect},
		{delay, "21'", Incorrect},
	})
}
