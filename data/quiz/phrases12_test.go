package quiz

import "testing"

// TestHeldOutTwelvePhrases: a letter held down, a negation that repeats
// the question's, a hurried "ye", and words for one thing ("salaries" for
// pay, "woodland" for forests), each beside near misses that stay wrong.
func TestHeldOutTwelvePhrases(t *testing.T) {
	ask := teacherQuestion
	notAsked := ask("What did he say the union was not asking for?", "the moon")
	asked := ask("What did the union ask for?", "the moon")
	medical := ask("Did he pass his medical?", "yes")
	dispute := ask("What is the dispute about?", "pay and workload")
	antennae := ask("What did the antennae suggest?", "it lived in warm forests")
	checkVerdicts(t, []verdictCase{
		{notAsked, "the mooon", Correct},
		{notAsked, "the moooon", Correct},
		{notAsked, "not the moon", Correct},
		{notAsked, "They are not asking for the moon", Correct},
		{notAsked, "not the stars", Incorrect},
		{notAsked, "the sun", Incorrect},
		{asked, "not the moon", Incorrect}, // no "not" in the question to echo
		{asked, "they did not ask for the moon", Incorrect},
		{medical, "ye", Correct},
		{medical, "no", Incorrect},
		{dispute, "salaries and workload", Correct},
		{dispute, "wages and workload", Correct},
		{dispute, "pensions and workload", Partial},
		{antennae, "lived in warm woodland", Correct},
		{antennae, "lived in cold woodland", Partial},
		{ask("How many were sold?", "1000"), "1000", Correct}, // figures are never "tripled letters"
		{ask("What was his job?", "postman"), "a postie", Correct},
		{ask("What night?", "Sunday night"), "sunday nite", Correct},
	})
	if got := withoutTripledLetters("pleeease, 1000 zzz VIII www.bbc.co.uk"); got != "pleease, 1000 zzz VIII www.bbc.co.uk" {
		t.Errorf("withoutTripledLetters: %q", got)
	}
}
