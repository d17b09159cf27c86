package quiz

import "testing"

// TestReasonNamesAnotherOfASet: a yes or no whose reason names a medal,
// weekday, month or year the article does not, where it names another
// of the same kind, is wrong; the article's own, or a medal where the
// question names none, is not judged by it.
func TestReasonNamesAnotherOfASet(t *testing.T) {
	text := "Relay team home\n\nThe relay team won silver at the championships in Lisbon in 2019. Their coach, who won the national title in 2011, said on Tuesday that the squad would train in May."
	for _, tt := range []struct {
		prompt, key, answer string
		want                Verdict
	}{
		{"Did the relay team win gold?", "no", "no, bronze", Incorrect},
		{"Did the relay team win gold?", "no", "no, silver", Correct},
		{"Did the relay team win gold?", "no", "no, they came second", Correct},
		{"Did the coach win the national title?", "yes", "yes, in 2011", Correct},
		{"Did the coach win the national title?", "yes", "yes, in 2015", Incorrect},
		{"Did the coach win the national title?", "yes", "yes, he won gold", Correct}, // a title is a gold the article need not name
		{"Will the squad train in May?", "yes", "yes, in May", Correct},
		{"Will the squad train in May?", "yes", "yes, in June", Incorrect},
		{"Did the coach speak on Tuesday?", "yes", "yes, on Tuesday", Correct},
		{"Did the coach speak on Tuesday?", "yes", "yes, on Thursday", Incorrect},
	} {
		q := yesNoInArticle(t, text, tt.prompt, tt.key)
		if got := Check(q, tt.answer).Verdict; got != tt.want {
			t.Errorf("%q to %q: %v, want %v", tt.answer, tt.prompt, got, tt.want)
		}
	}
}

// TestReasonContrastsTheArticle: a reason that puts "national" before
// the noun the article calls "local" is wrong; the article's own word,
// or a modifier before no noun the article shares, is not judged.
func TestReasonContrastsTheArticle(t *testing.T) {
	text := "Blizzard shuts city\n\nThe mayor declared a local state of emergency on Tuesday. It was the first storm of the winter."
	emergency := yesNoInArticle(t, text, "Did the mayor declare a state of emergency?", "yes")
	first := yesNoInArticle(t, text, "Was it the worst storm?", "no")
	checkVerdicts(t, []verdictCase{
		{emergency, "Yes, a national state of emergency", Incorrect},
		{emergency, "Yes, a nationwide state of emergency", Incorrect},
		{emergency, "yes, a local state of emergency", Correct},
		{emergency, "yes, on Tuesday", Correct},
		{first, "no, it was the first in years", Correct},
	})
}
