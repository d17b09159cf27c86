package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// yesNoInArticle is a yes/no question read in its article, as `lede eval
// answers` reads a teacher's: the key in lower case, the asked sentences
// beside it.
func yesNoInArticle(t *testing.T, text, prompt string, key ...string) Question {
	t.Helper()
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Question{Kind: YesNo, Prompt: prompt, Answer: key[0], Accepted: key, Said: ArticleSentences(a)}
}

// TestHeldOutTwentyNotSaid: where the article says the one asked about
// did not say, confirm or announce it, a "no" whose reason says what they
// said, or what happened, is wrong; one that says they did not say, left
// it open, or said only something else is right. "No, she said it was
// the council's job" passed to "Did the mayor say the city would pay?"
// where the article says she declined to say.
func TestHeldOutTwentyNotSaid(t *testing.T) {
	const text = "Floods hit Ashby\n\nMayor Joan Pike visited the shelter on Monday. She announced grants of £500 per family, but declined to say whether the city would pay for new flood walls. Police chief Tom Reed did not confirm reports that a driver had been arrested. The hospital said it had treated six people."
	walls := yesNoInArticle(t, text, "Did Mayor Pike say the city would pay for new flood walls?", "no", "No, she declined to say")
	arrest := yesNoInArticle(t, text, "Did Tom Reed confirm that a driver had been arrested?", "no")
	treated := yesNoInArticle(t, text, "Did the hospital say it had treated more than ten people?", "no")
	checkVerdicts(t, []verdictCase{
		{walls, "no", Correct},
		{walls, "No, she declined to say", Correct},
		{walls, "no, she decliend to say", Correct},
		{walls, "she refused to say whether it would", Correct},
		{walls, "She didn't say", Correct},
		{walls, "no she wouldnt commit", Correct},
		{walls, "No - she refused", Correct},
		{walls, "no she just said she was sorry", Correct},
		{walls, "No - she only announced grants for families", Correct},
		{walls, "nope, she left it open", Correct},
		{walls, "No, she said it was the council's job", Incorrect},
		{walls, "No, she said the weather was to blame", Incorrect},
		{walls, "no, the walls will be paid by the government", Incorrect},
		{walls, "yes", Incorrect},
		{arrest, "No, he did not confirm the reports", Correct},
		{arrest, "He didn't confirm it", Correct},
		{arrest, "no he didnt", Correct},
		{arrest, "No, he would not confirm it", Correct},
		{arrest, "No, he said the driver was innocent", Incorrect},
		{arrest, "No, because the driver was released", Incorrect},
		{arrest, "yes, the driver was arrested", Incorrect},
		// Where the article says what was said, a "no" with its reason
		// is left to the other rules.
		{treated, "No, she said six", Correct},
		{treated, "no, only six", Correct},
	})
}

// TestHeldOutTwentyReasonFigures: a yes/no reason's figure with its unit
// that the asked sentences give only with another value is wrong; the
// same value, a figure they do not give with that unit, or none, is left
// alone.
func TestHeldOutTwentyReasonFigures(t *testing.T) {
	const text = "Fares frozen\n\nThe minister confirmed that bus fares would stay at 830 pesos until the end of next year. The fare rose by 40 pesos in 2023, from 790 pesos. About 12,000 people ride each day."
	fares := yesNoInArticle(t, text, "Did the minister confirm that bus fares would stay at the current level?", "yes", "Yes, until the end of next year")
	checkVerdicts(t, []verdictCase{
		{fares, "yes", Correct},
		{fares, "Yes, at 830 pesos until the end of next year", Correct},
		{fares, "yes, 830 pesos", Correct},
		{fares, "yes, for 12,000 riders", Correct},
		{fares, "yes, it stays at 830 pesos, after rising 40 pesos", Correct},
		{fares, "yes, they were 790 pesos before", Correct},
		{fares, "yes, at 930 pesos", Incorrect},
		{fares, "i think yes, at 800 pesos", Incorrect},
		{fares, "no", Incorrect},
	})
}

// TestHeldOutTwentyUntilNotForever: a "yes" for ever, where the key's
// reason says until when, is wrong.
func TestHeldOutTwentyUntilNotForever(t *testing.T) {
	fares := teacherQuestion("Will fares stay at the current level?", "yes", "Yes, until the end of next year")
	plain := teacherQuestion("Will the ban stay?", "yes", "Yes, it is permanent")
	checkVerdicts(t, []verdictCase{
		{fares, "yes until the end of next year", Correct},
		{fares, "yep", Correct},
		{fares, "yes, forever", Incorrect},
		{fares, "i think yes, for ever", Incorrect},
		{fares, "yes, permanently", Incorrect},
		{plain, "yes, forever", Correct},
		{plain, "yes, permanently", Correct},
	})
}

// TestHeldOutTwentyHedgedNo: "I think" before a no leaves it a no, its
// reason's negation too ("i think no he didnt"); "they turned it down"
// is a no as "they refused" is.
func TestHeldOutTwentyHedgedNo(t *testing.T) {
	cook := teacherQuestion("Will the nurses be asked to clean the wards?", "no")
	offer := teacherQuestion("Did the drivers accept the company's offer?", "no", "No, they rejected it")
	turned := teacherQuestion("Did the council turn down the plan?", "yes")
	checkVerdicts(t, []verdictCase{
		{cook, "i think no they wont", Correct},
		{cook, "I think no, they won't", Correct},
		{cook, "i guess nope, they don't have to", Correct},
		{cook, "i think yes they will", Incorrect},
		{cook, "i think yes", Incorrect},
		{offer, "they turned it down", Correct},
		{offer, "They turned the offer down", Correct},
		{offer, "i think no he didnt", Correct},
		{offer, "they took it", Unclear},
		{turned, "they turned it down", Correct},
	})
}

// FuzzTwenty runs held-out set 20's readers (a reason the article does
// not give, a hedged no, an amount without its currency or with a sign
// that is no clock time, the dram) on any answer: each verdict is one of
// the four.
func FuzzTwenty(f *testing.F) {
	for _, s := range []string{"No, she said it was the council's job", "she refused to say whether it would", "yes, at 930 pesos",
		"i think no he didnt", "they turned it down", "yes, forever", "$6.50", "830 i think", "roughly 28 billion", "5,000,000 AMD", "No - she refused", "6.50"} {
		f.Add(s)
	}
	a, err := article.Parse([]byte("Fares frozen\n\nThe minister confirmed that fares would stay at 830 pesos until the end of next year. She declined to say whether the city would pay for new buses."))
	if err != nil {
		f.Fatal(err)
	}
	said := ArticleSentences(a)
	questions := []Question{
		{Kind: YesNo, Prompt: "Did the minister confirm that fares would stay at the current level?", Answer: "yes", Accepted: []string{"yes", "Yes, until the end of next year"}, Said: said},
		{Kind: YesNo, Prompt: "Did the minister say the city would pay for new buses?", Answer: "no", Accepted: []string{"no", "No, she declined to say"}, Said: said},
		teacherQuestion("How much is the fare?", "830 pesos"),
		teacherQuestion("How much are the cooks paid per meal?", "₹6.50"),
		teacherQuestion("How much did the winner receive?", "5,000,000 drams", "about €11,800"),
	}
	fuzzVerdicts(f, questions)
}
