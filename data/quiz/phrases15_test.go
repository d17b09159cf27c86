package quiz

import "testing"

// TestHeldOutFifteenContrasts: a key "A but not B" is not answered by A
// denied ("not encouraging") nor by A and B together ("encouraging and
// conclusive"); "not X" is a key's "unX" ("plausible, but not proven"
// for "plausible but unproven").
func TestHeldOutFifteenContrasts(t *testing.T) {
	ask := teacherQuestion
	report := ask("How does the university's report describe the results?", "encouraging but not conclusive")
	claims := ask("How did Dr. Liu describe the company's claims?", "plausible but unproven")
	vote := ask("What did the survey find?", "inconclusive")
	checkVerdicts(t, []verdictCase{
		{report, "encouraging but not conclusive", Correct},
		{report, "encouraging, not conclusive", Correct},
		{report, "encouraging", Correct},
		{report, "not encouraging", Incorrect},
		{report, "encouraging and conclusive", Incorrect},
		{report, "conclusive", Incorrect},
		{claims, "Plausible, but not proven", Correct},
		{claims, "plausible but not yet proven", Correct},
		{claims, "plausible but unproven", Correct},
		{claims, "plausible and proven", Incorrect},
		{claims, "implausible", Incorrect},
		{vote, "not conclusive", Correct},
		{vote, "conclusive", Incorrect},
	})
}

// TestHeldOutFifteenAnswerContrasts: an answer "A, not B" to a key that
// contrasts nothing is right when A is and B is not a key ("treated
// waste water, not groundwater"), wrong the other way round.
func TestHeldOutFifteenAnswerContrasts(t *testing.T) {
	ask := teacherQuestion
	water := ask("According to the company, what would most of the water be?", "treated wastewater")
	checkVerdicts(t, []verdictCase{
		{water, "treated waste water, not groundwater", Correct},
		{water, "treated wastewater, not groundwater", Correct},
		{water, "treated waste water", Correct},
		{water, "groundwater, not treated wastewater", Incorrect},
		{water, "groundwater", Incorrect},
	})
}

// TestHeldOutFifteenPlurals: an answer longer than a key of two words or
// more may have its words in the other number ("the view from the
// Glyndŵr's Way path", "low tide in mid afternoon"); a key of one word
// must still be there as written, and a missing word stays missing.
func TestHeldOutFifteenPlurals(t *testing.T) {
	ask := teacherQuestion
	views := ask("What did opponents say the panels would spoil?", "views from the Glyndŵr's Way footpath", "the views from Glyndwr's Way")
	tides := ask("Why were the oyster beds exposed to the sun?", "because of unusually low tides", "low tides in the afternoon")
	concept := ask("What concept is frequently used to define complexity classes?", "reduction")
	checkVerdicts(t, []verdictCase{
		{views, "the view from the Glyndŵr's Way path", Correct},
		{views, "the view from Glyndwr's Way", Correct},
		{views, "the view from the Offa's Dyke path", Partial},
		{tides, "low tide in mid afternoon", Correct},
		{tides, "high tide in mid afternoon", Partial},
		{concept, "Karp reductions and Levin reductions", Incorrect},
	})
}

// TestHeldOutFifteenDerivations: a verb in "-de" and its noun in
// "-sion" are one word ("corrosion on the cables" for "corroded
// cables"); another word on a shorter common stem is not.
func TestHeldOutFifteenDerivations(t *testing.T) {
	ask := teacherQuestion
	cables := ask("What did inspectors find during their routine check?", "corrosion on 14 of the 62 steel cables", "corroded cables")
	checkVerdicts(t, []verdictCase{
		{cables, "corrosion on the cables", Correct},
		{cables, "corroded cables", Correct},
		{cables, "cables that had corroded", Correct},
		{cables, "corrugated cables", Partial}, // the cables alone
	})
	for _, c := range []struct {
		a, b string
		want bool
	}{{"corroded", "corrosion", true}, {"explode", "explosion", true}, {"conclude", "conclusion", true}, {"decide", "decision", false}} {
		if got := sameDerivation(c.a, c.b); got != c.want {
			t.Errorf("sameDerivation(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestHeldOutFifteenGoingOn: "carry on", "keep" and "go on" doing a
// thing are "continue" doing it where a key says so, and a verb in "-e"
// is one word with its "-ing" ("graze", "grazing"); "no longer" stays
// wrong, and "stop grazing" partly right, as on main.
func TestHeldOutFifteenGoingOn(t *testing.T) {
	ask := teacherQuestion
	sheep := ask("What will happen to the sheep on the land?", "they will continue to graze between the rows of panels")
	checkVerdicts(t, []verdictCase{
		{sheep, "carry on grazing between the rows of panels", Correct},
		{sheep, "they'll keep grazing between the rows of panels", Correct},
		{sheep, "they will go on grazing between the rows of panels", Correct},
		{sheep, "continue grazing between the rows of panels", Correct},
		{sheep, "they will stop grazing between the rows of panels", Partial}, // as on main: "stop" is no negation here
		{sheep, "they will no longer graze between the rows of panels", Incorrect},
	})
	for _, c := range []struct {
		a, b string
		want bool
	}{{"graze", "grazing", true}, {"grazed", "graze", true}, {"grade", "grading", true}, {"grace", "grazing", false}, {"bake", "baking", false}} {
		if got := sameDerivation(c.a, c.b); got != c.want {
			t.Errorf("sameDerivation(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestHeldOutFifteenNumberedKeys: a verb in "-de" and its noun in
// "-sion" are the key's word as written ("corrosion on the steel
// cables" for "corroded cables"), and an answer with figures is judged
// by the keys that give a number, unless its numbers are theirs ("14 of
// the cables"): "corrosion on all 62 cables" passed by "corroded
// cables".
func TestHeldOutFifteenNumberedKeys(t *testing.T) {
	ask := teacherQuestion
	cables := ask("What did inspectors find during their routine check?", "corrosion on 14 of the 62 steel cables", "corroded cables")
	checkVerdicts(t, []verdictCase{
		{cables, "corrosion on the steel cables", Correct},
		{cables, "corrosion on some of the steel cables", Correct},
		{cables, "corrosion on 14 cables", Correct},
		{cables, "14 of the cables were corroded", Correct},
		{cables, "corrosion on 14 of the 62 cables", Correct},
		{cables, "corrosion on all 62 cables", Incorrect},
		{cables, "corrosion on 62 cables", Incorrect},
		{cables, "corrosion on 41 cables", Incorrect},
	})
}
