package quiz

import "testing"

// TestHeldOutElevenYesNo: what an answer says after "is" or "was" decides
// its yes — the question's opposite is a no, a word of its own no yes —
// and "nowhere" says no. Near misses beside each keep their verdicts.
func TestHeldOutElevenYesNo(t *testing.T) {
	ask := teacherQuestion
	legal := ask("Is the scheme legal?", "no")
	legalYes := ask("Is the scheme legal?", "yes")
	calm := ask("Did the ministers seem calm?", "yes")
	listed := ask("Does the report list the names?", "no")
	checkVerdicts(t, []verdictCase{
		// The question's opposite after the verb is a no.
		{legal, "it is illegal", Correct},
		{legal, "it was unlawful", Unclear}, // another word than the question's
		{legal, "it is legal", Incorrect},
		{ask("Is the bridge safe?", "no"), "it is unsafe", Correct},
		{ask("Is the bridge safe?", "no"), "it is safe", Incorrect},
		{ask("Was it clear who fired?", "no"), "it was unclear", Correct},
		{ask("Was it clear who fired?", "no"), "it was quite clear", Incorrect},
		{legalYes, "it is totally legal", Correct},
		// A word of its own after the verb says something else than yes.
		{calm, "they were angry", Unclear},
		{calm, "they were calm", Correct},
		{calm, "they were, mostly", Correct},
		{calm, "they did", Correct},
		// "Nowhere" says no.
		{listed, "nowhere does it list them", Correct},
		{listed, "it lists them", Incorrect},
	})
}

// Yes and no typed in a hurry are still yes and no: a slip ("yse",
// "nop") or a letter held down ("yesss", "nooo"); a word that only
// squeezes into one is not ("noon"), and the other answer stays wrong.
func TestHurriedYesAndNo(t *testing.T) {
	no := yesNo("Does Alibaba commit to hiring US staff?", false, 0, "", 1, 80)
	for answer, want := range map[string]Verdict{
		"nop": Correct, "nooo": Correct, "Nopeee": Correct, "no!!": Correct,
		"yse": Incorrect, "yesss": Incorrect, "yeahhh": Incorrect,
	} {
		if got := Check(no, answer).Verdict; got != want {
			t.Errorf("%q to a No question: %v, want %v", answer, got, want)
		}
	}
	if got := Polarity("noon"); got != "" {
		t.Errorf(`Polarity("noon") = %q, want ""`, got)
	}
}
