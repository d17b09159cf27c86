package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestHeldOutNineteenUnsaidDetails: a right answer that adds a figure, a
// period or a country the key's sentences in the article contradict is
// wrong; one that adds what they say, a date's year, an aside in
// brackets or what the key is not stays right. "Murat Kaya, aged 16"
// (the article: 61), "Colorado for six months" (six weeks), "1837, from
// Norway" (from Sweden) and "£2.3 million a year" (over three years) were
// accepted.
func TestHeldOutNineteenUnsaidDetails(t *testing.T) {
	a, err := article.Parse([]byte(`Lighthouse keeper retires after decades

Keeper Agnes Moray, 67, has looked after the Rathmore light for 31 years. She retires on Friday 12 March.

The county will spend €1.4 million on the building over four years. Moray trained in Oban for eight weeks before she started.

Seals were brought back to the bay from Norway in 1994, and the harbour master, Canadian sailor Tom Reyes, counts them each spring.

The harbour charges €12 a day for a mooring.`))
	if err != nil {
		t.Fatal(err)
	}
	ask := func(prompt string, keys ...string) Question {
		key, wrong := TeacherKey(keys, a)
		return Question{Kind: InferKind(prompt, key), Prompt: prompt, Answer: key[0], Accepted: key, Distractors: wrong, Said: KeySentences(key, a)}
	}
	keeper := ask("Who keeps the Rathmore light?", "Agnes Moray")
	trained := ask("Where did Moray train?", "Oban")
	seals := ask("In what year were seals brought back?", "1994")
	spend := ask("How much will the county spend on the building?", "€1.4 million")
	retires := ask("When does she retire?", "Friday 12 March")
	master := ask("Who is the harbour master?", "Tom Reyes")
	mooring := ask("How much is a mooring?", "€12 a day")
	checkVerdicts(t, []verdictCase{
		{keeper, "Agnes Moray", Correct},
		{keeper, "Agnes Moray, 67", Correct},
		{keeper, "Agnes Moray, aged 67", Correct},
		{keeper, "Agnes Moray, who has been there for 31 years", Correct},
		{keeper, "Agnes Moray (the keeper)", Correct},
		{keeper, "Agnes Moray, aged 76", Incorrect},
		{keeper, "Agnes Moray, who has been there for 13 years", Incorrect},
		{keeper, "Agnes Moray for 31 months", Incorrect},
		{trained, "Oban", Correct},
		{trained, "Oban for eight weeks", Correct},
		{trained, "in Oban for 8 weeks", Correct},
		{trained, "Oban for eight months", Incorrect},
		{trained, "Oban for six weeks", Incorrect},
		{seals, "1994", Correct},
		{seals, "1994, from Norway", Correct},
		{seals, "1994 from Norway", Correct},
		{seals, "1994, from Sweden", Incorrect},
		{seals, "in 1994 from Denmark", Incorrect},
		{spend, "€1.4 million", Correct},
		{spend, "€1.4m over four years", Correct},
		{spend, "€1.4 million a year", Incorrect},
		{spend, "€1.4 million each year", Incorrect},
		{retires, "Friday 12 March", Correct},
		{retires, "12 March, 2027", Correct},
		{retires, "Friday 12 March in 2027", Correct},
		{master, "Tom Reyes", Correct},
		{master, "Tom Reyes from Canada", Correct},
		{master, "Tom Reyes, from Canada", Correct},
		{master, "Tom Reyes from the US", Incorrect},
		{master, "Tom Reyes from Ireland", Incorrect},
		{mooring, "€12 a day", Correct},
		{mooring, "€12 per day", Correct},
		{mooring, "€12 a week", Incorrect},
	})
}

// FuzzNineteen runs set 19's readers — currencies, a key's sentences,
// hyphenated words, time marks, "until" — on any answer: no panic, and a
// verdict of the four.
func FuzzNineteen(f *testing.F) {
	for _, s := range []string{"Agnes Moray, aged 16", "NOK148m", "GH¢ 300", "148 million Norwegian kroner", "calle calle", `38"`,
		"until 15/3", "just over half (52%)", "0 NOK", "No, the ministry refused", "it was rejected 7 to 3", "Oban, from ", "AC", "€1.4 million a year"} {
		f.Add(s)
	}
	a, err := article.Parse([]byte("Keeper retires\n\nKeeper Agnes Moray, 67, has looked after the light for 31 years. The county will spend NOK 148 million over four years."))
	if err != nil {
		f.Fatal(err)
	}
	questions := []Question{
		{Kind: ShortAnswer, Prompt: "Who keeps the light?", Answer: "Agnes Moray", Accepted: []string{"Agnes Moray"}, Said: KeySentences([]string{"Agnes Moray"}, a)},
		{Kind: ShortAnswer, Prompt: "How much will the county spend?", Answer: "NOK 148 million", Accepted: []string{"NOK 148 million"}, Said: KeySentences([]string{"NOK 148 million"}, a)},
		teacherQuestion("Along which river?", "the Calle-Calle River"),
		teacherQuestion("By what margin did she win?", "38 seconds"),
		teacherQuestion("Until when will it stay closed?", "Monday 15 March"),
		teacherQuestion("By what percentage did numbers drop?", "52%"),
		teacherQuestion("What do foot passengers pay?", "Nothing, they travel free"),
		teacherQuestion("What was the result of the vote?", "7 to 3 in favour"),
		{Kind: YesNo, Prompt: "Has the ministry agreed?", Answer: "no", Accepted: []string{"no", "No, it has not yet replied"}},
	}
	fuzzVerdicts(f, questions)
}

// fuzzVerdicts checks that every answer to every one of questions gets
// one of the checker's verdicts, whatever its bytes.
func fuzzVerdicts(f *testing.F, questions []Question) {
	f.Fuzz(func(t *testing.T, answer string) {
		for _, q := range questions {
			switch v := Check(q, answer).Verdict; v {
			case Correct, Partial, Incorrect, Unclear:
			default:
				t.Fatalf("%q: verdict %q", answer, v)
			}
		}
	})
}
