package quiz

import "testing"

// TestHeldOutNineteenOpenNo: where a "no" key's reason says the matter
// is still open, a "no" whose reason says it was settled against is
// wrong, and one that leaves it open is right. "No, the ministry refused"
// passed for "No, it has not yet replied"; "no, still undecided" was
// refused, read as a doubt the article had settled.
func TestHeldOutNineteenOpenNo(t *testing.T) {
	ask := func(prompt string, key ...string) Question {
		return Question{Kind: YesNo, Prompt: prompt, Answer: key[0], Accepted: key}
	}
	grant := ask("Has the ministry agreed to extend the grant?", "no", "No, it has not yet replied")
	rents := ask("Have the traders been told whether they will pay higher rents?", "no", "No, no decision has been taken")
	birds := ask("Has a decision been taken on bringing in more birds?", "no", "No, not yet")
	closed := ask("Will the pool stay open in winter?", "no", "No, the council voted to close it")
	plain := ask("Did the club agree to the deal?", "no")
	checkVerdicts(t, []verdictCase{
		{grant, "no", Correct},
		{grant, "No, it hasn't replied yet", Correct},
		{grant, "not yet", Correct},
		{grant, "no, they are still waiting for an answer", Correct},
		{grant, "No, the ministry refused", Incorrect},
		{grant, "No, it was rejected", Incorrect},
		{grant, "nope, they turned it down", Incorrect},
		{grant, "They refused to extend it", Incorrect},
		{grant, "yes", Incorrect},
		{rents, "no, still undecided", Correct},
		{rents, "nope - the council hasn't decided", Correct},
		{rents, "No, no decision yet", Correct},
		{rents, "No, because rents will not rise", Incorrect},
		{rents, "no, they won't pay more", Incorrect},
		{rents, "no, the rise was ruled out", Incorrect},
		{birds, "No, not yet", Correct},
		{birds, "No, the idea was rejected", Incorrect},
		{closed, "No, they refused to keep it open", Correct},
		{closed, "no, it will not", Correct},
		{plain, "No, they rejected it", Correct},
		{plain, "no, they turned it down", Correct},
	})
}
