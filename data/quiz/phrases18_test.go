package quiz

import "testing"

// TestHeldOutEighteenClauseHeads: the words a key says before the clause
// that says which of a thing it means are partly right: "the amount of
// rain" for "the amount of rain that soaks into the ground". And "how
// much rain soaks into the ground" says the key in the question's words.
func TestHeldOutEighteenClauseHeads(t *testing.T) {
	ask := teacherQuestion
	soak := ask("According to the study, what has clearing forest for orchards reduced?", "the amount of rain that soaks into the ground", "rain soaking into the ground")
	man := ask("Who did the police arrest?", "the man who drove the van")
	checkVerdicts(t, []verdictCase{
		{soak, "the amount of rain that soaks into the ground", Correct},
		{soak, "rain soaking into the ground", Correct},
		{soak, "how much rain soaks into the ground", Correct},
		{soak, "the amount of rain", Partial},
		{soak, "rain", Partial},
		{soak, "how much snow soaks into the ground", Partial},
		{man, "the man who drove the van", Correct},
		{man, "the van driver", Partial},
		{man, "the man", Partial},
	})
}

// TestHeldOutEighteenReasons: an answer to "Why …?" may open with
// "because of", "cos of", "due to" or "in case of", and say "danger" or
// "threat" for a key's "risk"; the thing it names still decides.
func TestHeldOutEighteenReasons(t *testing.T) {
	ask := teacherQuestion
	indoors := ask("Why did the governor urge people to stay indoors?", "risk of landslides", "landslides on soaked slopes")
	what := ask("What did the governor warn of?", "risk of landslides")
	checkVerdicts(t, []verdictCase{
		{indoors, "risk of landslides", Correct},
		{indoors, "cos of landslides", Correct},
		{indoors, "because of landslides", Correct},
		{indoors, "in case of landslides", Correct},
		{indoors, "danger of landslides", Correct},
		{indoors, "the threat of landslides", Correct},
		{indoors, "because of floods", Incorrect},
		{indoors, "danger of floods", Partial}, // as "risk of floods": the risk, not its thing
		{indoors, "cos of the heat", Incorrect},
		{what, "danger of landslides", Partial}, // not a "why" question
	})
}

// TestHeldOutEighteenContrasts: an answer that sets the key against
// something sharing some of its words ("local bread, not bread that
// travelled 400 km") is right; the key ruled out stays wrong.
func TestHeldOutEighteenContrasts(t *testing.T) {
	ask := teacherQuestion
	chose := ask("Why did FreshWay choose this bakery?", "customers wanted local bread", "local bread")
	checkVerdicts(t, []verdictCase{
		{chose, "their customers want local bread, not bread that travelled 400 km", Correct},
		{chose, "customers wanted local bread, not bread from far away", Correct},
		{chose, "local bread, not imported bread", Correct},
		{chose, "bread from far away, not local bread", Incorrect},
		{chose, "customers did not want local bread", Incorrect},
		{chose, "cheap bread, not local bread", Incorrect},
	})
}
