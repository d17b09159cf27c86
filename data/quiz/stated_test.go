package quiz

import (
	"slices"
	"testing"
)

// The Yes twin of "report as fact?" is asked only beside a No one, of
// the first plain sentence of the opening paragraphs: not of a sentence
// that leans on the one before, one after a quotation in its paragraph,
// a hedged one, or one with a pronoun no name precedes.
func TestStatedAsFact(t *testing.T) {
	const hedged = "\n\nThe deal looks set to be scrapped after the vote."
	for _, c := range []struct {
		name, body, want string
	}{
		{"plain opening", "Iran's parliament voted by a large majority to cut Turkcell's stake in the network from 70% to 49%." + hedged,
			"In what way does the article say that Iran's parliament voted by a large majority to cut Turkcell's stake in the network from 70% to 49%?"},
		{"common first word lowered", "Currency traders in London sold the dollar heavily over the past week because of automated trading." + hedged + " The currency fell.",
			"In what way does the article say that currency traders in London sold the dollar heavily over the past week because of automated trading?"},
		{"no hedged claim beside it", "Iran's parliament voted by a large majority to cut Turkcell's stake in the network from 70% to 49%.", ""},
		{"leans on the sentence before", "But the wildcard entry was dispatched by fellow American Robby Ginepri in straight sets." + hedged, ""},
		{"pronoun before a name", "Doctors treated his lungs and Roche spent three days in the hospital at Levi." + hedged, ""},
		{"after a quotation", `"We will fight on," said Ann Lee. The firm lost its appeal against the fine in the High Court in London.` + hedged, ""},
		{"the writer setting the scene", "England coach Andy Robinson faces the first major test of his tenure after the defeat by Wales." + hedged, ""},
		{"a description, not a name", "The star of the film hits Day of the Jackal and Ghosts has joined forces with actor Terry Palmer." + hedged, ""},
		{"hedged itself", "Iran's parliament could vote by a large majority to cut Turkcell's stake in the network." + hedged, ""},
	} {
		got, answer := "", ""
		for _, q := range askedOf(t, "Mobile deal at risk\n\n"+c.body+"\n", asFactsAndTwin) {
			if q.Source == string(statedKind) {
				got, answer = q.Prompt, q.Answer
			}
		}
		if got != c.want || got != "" && answer != footingOptions[statedFooting] {
			t.Errorf("%s: got %q (%s), want %q (stated)", c.name, got, answer, c.want)
		}
	}
}

// The stated footing is chosen only beside another footing question:
// alone it would be a plain fact asked for its own sake.
func TestStatedOnlyBesideUnvouched(t *testing.T) {
	yes := footingQuestion("the vote was held", statedFooting, nil, 0, "Stated.", 62)
	yes.Source, yes.key = string(statedKind), "s0"
	no := footingQuestion("the deal will be scrapped", forecastFooting, nil, 1, "A forecast.", 82)
	no.Source, no.key = string(asFactKind), "s1"
	if got := pick([]Question{yes}, 12); len(got) != 0 {
		t.Errorf("alone: chose %d questions, want none", len(got))
	}
	if got := pick([]Question{yes, no}, 12); len(got) != 2 {
		t.Errorf("beside a No one: chose %d questions, want both", len(got))
	}
}

// Beside a past event "a forecast" falls at a glance (r171, G): the
// stated question of one offers the other three footings only.
func TestStatedOfThePastOffersNoForecast(t *testing.T) {
	const body = "Iran's parliament voted by a large majority to cut Turkcell's stake in the network from 70% to 49%.\n\nThe deal looks set to be scrapped after the vote.\n"
	for _, q := range askedOf(t, "Mobile deal at risk\n\n"+body, asFactsAndTwin) {
		if q.Source != string(statedKind) {
			continue
		}
		if len(q.Choices) != 3 || slices.Contains(q.Choices, footingOptions[forecastFooting]) {
			t.Errorf("choices %q: want three, no forecast", q.Choices)
		}
		return
	}
	t.Error("no stated question")
}
