package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// Held-out set 26 (docs/quality.md, 2026-12-04): what its refused right
// answers and accepted wrong ones taught, each a general rule.

// TestHeldOutTwentySixForms: the tögrög is a currency of its own; a
// key's bracketed figures are an aside; a vote "voted down" is
// "rejected"; a clause or a comparison after a comma is an aside.
func TestHeldOutTwentySixForms(t *testing.T) {
	ask := teacherQuestion
	paid := ask("How much are herding families paid for each animal?", "₮150,000", "150,000 tögrög")
	final := ask("What was the score in the final?", "6-4 3-6 7-6 (7-5)")
	vote := ask("What happened to the proposal?", "It was narrowly rejected")
	survey := ask("In which year was the area last surveyed?", "2015")
	cost := ask("How much did the new hospital cost?", "£310m")
	formula := ask("How would one write it in big O notation?", "O(n2)")
	checkVerdicts(t, []verdictCase{
		{paid, "$150,000", Incorrect},
		{paid, "150,000 dollars", Incorrect},
		{paid, "150k tugrik", Correct},
		{paid, "150000", Correct},
		{final, "6-4, 3-6, 7-6", Correct},
		{final, "6–4 3–6 7–6", Correct},
		{final, "6-4 6-3", Incorrect},
		{vote, "It was voted down", Correct},
		{vote, "It was approved", Incorrect},
		{survey, "2015, when 102 were counted", Correct},
		{survey, "2016, when 102 were counted", Incorrect},
		{cost, "£310 million, more than the £245m budget", Correct},
		{cost, "£245m, more than the £200m budget", Incorrect},
		{formula, "O(n3)", Incorrect},
		{formula, "O", Incorrect},
	})
}

// TestHeldOutTwentySixNumbersAndMonths: a currency code read by two
// patterns is one amount; figures before "hundred" are hundreds; "late
// April" is "the end of April".
func TestHeldOutTwentySixNumbersAndMonths(t *testing.T) {
	ask := teacherQuestion
	fine := ask("What is the most a company can be fined?", "R$50m")
	seats := ask("How many seats will the hall have?", "800")
	nurses := ask("How many nurses will work there?", "320")
	open := ask("By when will every ward be open?", "by the end of April")
	checkVerdicts(t, []verdictCase{
		{fine, "BRL 50m", Correct},
		{fine, "USD 50m", Incorrect},
		{seats, "8 hundred", Correct},
		{seats, "9 hundred", Incorrect},
		{nurses, "3 hundred and 20", Correct},
		{open, "by late April", Correct},
	})
}

// FuzzSessionFourReaders: the readers sets 24 to 26 added — a money
// range, the month and year asked, a vote's tally and its abstentions, a
// change and its level, a reason's tally or bound against the article's,
// the spoken year, the bare count — judge any answer with one of the
// four verdicts and never panic.
func FuzzSessionFourReaders(f *testing.F) {
	for _, s := range []string{"40 baht", "fifteen to forty baht", "15–40 THB", "March", "March '66", "31-17", "It passed by 31 votes to 17",
		"No, it was 3-2", "Yes, by 17 votes to 31", "two judges dissented", "dropped by 18%", "they rose 18%", "Yes, staff over 50",
		"about 300", "300ish", "8 hundred", "3 hundred and 20", "by late April", "BRL 50m", "Queen Street", "6-4, 3-6, 7-6", "nineteen oh five"} {
		f.Add(s)
	}
	a, err := article.Parse([]byte("Vote and sales\n\nThe council approved the plan by 31 votes to 17, with three abstentions. The judges ruled by four votes to one. " +
		"Sales fell by 18% to £612m. Staff aged over 60 will be offered early retirement. About 300 fans protested."))
	if err != nil {
		f.Fatal(err)
	}
	said := ArticleSentences(a)
	qs := []Question{
		teacherQuestion("How much will a single journey cost?", "between 15 and 40 baht"),
		teacherQuestion("In which month and year was the blizzard?", "March 1966"),
		{Kind: InferKind("What was the result of the vote?", []string{"31 votes to 17, with three abstentions"}), Prompt: "What was the result of the vote?",
			Answer: "31 votes to 17, with three abstentions", Accepted: []string{"31 votes to 17, with three abstentions"}, Said: said},
		{Kind: YesNo, Prompt: "Was the judges' decision unanimous?", Answer: "no", Accepted: []string{"no"}, Said: said},
		{Kind: YesNo, Prompt: "Will staff aged over 55 be offered early retirement?", Answer: "no", Accepted: []string{"no"}, Said: said},
		teacherQuestion("How did sales change?", "they fell by 18% to £612m"),
		teacherQuestion("How many people protested?", "about 300 fans"),
		teacherQuestion("On which street is the restaurant?", "King Street"),
		teacherQuestion("By when will every ward be open?", "by the end of April"),
	}
	f.Fuzz(func(t *testing.T, answer string) {
		for _, q := range qs {
			switch v := Check(q, answer).Verdict; v {
			case Correct, Partial, Incorrect, Unclear:
			default:
				t.Fatalf("%q to %q: verdict %q", answer, q.Prompt, v)
			}
		}
	})
}

// TestKeySentencesTellOfTheSurname: the sentences that tell of a keyed
// person by surname give what an answer may add ("Rodrigo Almeida, 39");
// another age is still not said.
func TestKeySentencesTellOfTheSurname(t *testing.T) {
	a, err := article.Parse([]byte("App breached\n\nThe firm's founder, Rodrigo Almeida, had planned a trial. Mr Almeida, 39, started the company in 2016."))
	if err != nil {
		t.Fatal(err)
	}
	key := []string{"Rodrigo Almeida"}
	q := Question{Kind: InferKind("Who is the firm's founder?", key), Prompt: "Who is the firm's founder?", Answer: key[0], Accepted: key, Said: KeySentences(key, a)}
	checkVerdicts(t, []verdictCase{
		{q, "Rodrigo Almeida, 39", Correct},
		{q, "Rodrigo Almeida, 45", Incorrect},
	})
}

// TestScaleByItsLetterAndWithAside: "degrees C" is "degrees Celsius"
// where the key is a temperature; a "with" clause after a comma is an
// aside.
func TestScaleByItsLetterAndWithAside(t *testing.T) {
	kept := teacherQuestion("Between what temperatures must the vaccine be kept?", "between 2°C and 8°C")
	vote := teacherQuestion("What happened to the proposal?", "It was narrowly rejected")
	checkVerdicts(t, []verdictCase{
		{kept, "between 2 and 8 degrees C", Correct},
		{kept, "between 2 and 8 degrees F", Incorrect},
		{kept, "2°C - 8°C", Correct},
		{kept, "between two and eight degrees C", Correct},
		{kept, "between 2°C and 10°C", Incorrect},
		{vote, "It failed, with 49.1% yes and 50.9% no", Correct},
		{vote, "It passed, with 50.9% yes", Incorrect},
	})
	if got := withTemperatureScales(kept, "2C-8C"); got != "2°C to 8°C" {
		t.Errorf("withTemperatureScales(2C-8C) = %q", got)
	}
}
