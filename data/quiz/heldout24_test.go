package quiz

import (
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// Held-out set 24 (docs/quality.md, 2026-12-04): what its refused right
// answers and accepted wrong ones taught, each a general rule, on
// articles written here.

// TestTitledSurnameIsTheKeysPerson: "Ms Kask" is the key's Liis Kask, not
// a slip of the keys that names someone else, so "Kask" alone answers.
func TestTitledSurnameIsTheKeysPerson(t *testing.T) {
	a, err := article.Parse([]byte("Society wins case\n\nIts chairwoman, Liis Kask, said she was relieved. \"We never asked for much,\" Ms Kask said. Justice Margus Tamm dissented."))
	if err != nil {
		t.Fatal(err)
	}
	key, wrong := TeacherKey([]string{"Liis Kask"}, a)
	if containsFold(wrong, "Ms Kask") {
		t.Errorf("Ms Kask among the wrong answers: %q", wrong)
	}
	q := Question{Kind: InferKind("Who chairs the society?", key), Prompt: "Who chairs the society?", Answer: key[0], Accepted: key, Distractors: wrong}
	for answer, want := range map[string]Verdict{"Kask": Correct, "Ms Kask": Correct, "Margus Tamm": Incorrect, "Tamm": Incorrect} {
		if got := Check(q, answer).Verdict; got != want {
			t.Errorf("%q: %v, want %v", answer, got, want)
		}
	}
	for _, tt := range []struct {
		name, key string
		want      bool
	}{{"ms kask", "liis kask", true}, {"dr kask", "liis kask", true}, {"ms kass", "liis kask", false}, {"lis kask", "liis kask", false}} {
		if got := titledSurname(tt.name, tt.key); got != tt.want {
			t.Errorf("titledSurname(%q, %q) = %v", tt.name, tt.key, got)
		}
	}
}

// TestCostsNothingSaysFree: "yes, it costs nothing" to "Is it free?" is
// yes; "nothing" elsewhere still counts against a yes.
func TestCostsNothingSaysFree(t *testing.T) {
	free := teacherQuestion("Is the vaccine free?", "Yes")
	free.Accepted[0] = "yes"
	hurt := teacherQuestion("Was anyone hurt?", "Yes")
	hurt.Accepted[0] = "yes"
	checkVerdicts(t, []verdictCase{
		{free, "Yes, he said it costs nothing", Correct},
		{free, "yes, you pay nothing", Correct},
		{free, "yes, at no cost", Correct},
		{free, "no, it costs 20 soles", Incorrect},
		{hurt, "yes, nothing happened to anyone", Unclear},
	})
}

// TestHeldOutTwentyFourCurrencies: the baht's sign, the sol's "S/" and
// name, the dirham's "Dh" and the Fijian dollar are read as their own
// currencies, and no other currency passes for them.
func TestHeldOutTwentyFourCurrencies(t *testing.T) {
	ask := teacherQuestion
	stone := ask("How much did he sell the stone for?", "9,000 dirhams")
	tram := ask("How much will the line cost?", "11.2 billion baht")
	fund := ask("How much was set aside?", "14.5 million soles")
	gate := ask("How much were the gate takings?", "about FJ$410,000")
	checkVerdicts(t, []verdictCase{
		{stone, "DH 9,000", Correct},
		{stone, "9,000 Dhs", Correct},
		{stone, "9,000 euros", Incorrect},
		{tram, "฿11.2 billion", Correct},
		{tram, "11.2 billion yuan", Incorrect},
		{fund, "S/ 14.5 million", Correct},
		{fund, "14.5m", Correct},
		{fund, "14.5 million Peruvian soles", Correct},
		{fund, "14.5 million dollars", Incorrect},
		{gate, "about 410,000 Fijian dollars", Correct},
		{gate, "about FJD 410,000", Correct},
		{gate, "about US$410,000", Incorrect},
		{gate, "around $410,000", Correct}, // a plain "$" is any dollar, as for NZ$
	})
}

// TestSpokenYears: a year said aloud is the key's year; another year, or
// its two halves where the key has no year, is not.
func TestSpokenYears(t *testing.T) {
	ask := teacherQuestion
	built := ask("In which year was the guildhall built?", "1461")
	opens := ask("By when should the line open?", "December 2029")
	storm := ask("In which month and year was the worst blizzard?", "March 1966")
	founded := ask("When was the club founded?", "1905")
	checkVerdicts(t, []verdictCase{
		{built, "fourteen sixty-one", Correct},
		{built, "fourteen sixty-two", Incorrect},
		{opens, "in December twenty twenty-nine", Correct},
		{opens, "December twenty thirty", Incorrect},
		{storm, "March, nineteen sixty-six", Correct},
		{founded, "nineteen oh five", Correct},
		{founded, "nineteen hundred", Incorrect},
	})
	if got := withSpokenYears(ask("How many fans came?", "2,020"), "twenty twenty"); got != "twenty twenty" {
		t.Errorf("a count said as two numbers read as a year: %q", got)
	}
}

// FuzzSpokenYears: any answer to a question keyed by a year is rewritten
// without panicking, into no more words than it had.
func FuzzSpokenYears(f *testing.F) {
	for _, s := range []string{"fourteen sixty-one", "in December twenty twenty-nine", "nineteen oh five", "nineteen hundred", "March, nineteen sixty-six.", "oh", "twenty", "ninety-nine ninety-nine oh"} {
		f.Add(s)
	}
	q := teacherQuestion("In which year was it built?", "1461", "December 2029")
	f.Fuzz(func(t *testing.T, answer string) {
		got := withSpokenYears(q, answer)
		if len(strings.Fields(got)) > len(strings.Fields(answer)) {
			t.Errorf("%q became %q", answer, got)
		}
		Check(q, answer)
	})
}

// TestHeldOutTwentyFourDescriptions: a person is named by the post its
// owner's name opens between commas ("Winnipeg's mayor, Diane
// Kowalchuk,"), read as "the Winnipeg mayor" or "the mayor of Winnipeg";
// by a trade the lists do not hold ("meteorologist"); by a description
// with "a" as with "the"; and by a description without its place. A
// post owned by another person of the article is not read ("Mottram's
// barrister"), and another person's description stays wrong.
func TestHeldOutTwentyFourDescriptions(t *testing.T) {
	text := "Storm hits city\n\nWinnipeg's mayor, Diane Kowalchuk, declared an emergency on Tuesday. " +
		"ECCC meteorologist Dr Karen Lindqvist called the storm severe. " +
		"Its chairwoman, the retired architect Liis Kask, said she was relieved. " +
		"Dr Thomas Berger, a planetary scientist at the University of Bern in Switzerland, praised the work. " +
		"Mottram's barrister, Simon Kaye, said Gary Mottram was ashamed."
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ask := func(prompt, key string) Question {
		acc, wrong := TeacherKey([]string{key}, a)
		return Question{Kind: InferKind(prompt, acc), Prompt: prompt, Answer: acc[0], Accepted: acc, Distractors: wrong}
	}
	emergency := ask("Who declared the emergency?", "Diane Kowalchuk")
	storm := ask("Who called the storm severe?", "Dr Karen Lindqvist")
	relieved := ask("Who said she was relieved?", "Liis Kask")
	praised := ask("Who praised the work?", "Dr Thomas Berger")
	ashamed := ask("Who is ashamed?", "Gary Mottram")
	checkVerdicts(t, []verdictCase{
		{emergency, "the Winnipeg mayor", Correct},
		{emergency, "the mayor of Winnipeg", Correct},
		{emergency, "Winnipeg's mayor", Correct},
		{emergency, "the ECCC meteorologist", Incorrect},
		{storm, "the ECCC meteorologist", Correct},
		{storm, "a meteorologist", Incorrect}, // "ECCC" says whose: left out, the description is anyone's
		{relieved, "a retired architect", Correct},
		{relieved, "the retired architect", Correct},
		{praised, "a planetary scientist at the University of Bern", Correct},
		{praised, "the Winnipeg mayor", Incorrect},
		{ashamed, "Mottram", Correct},
	})
}

// TestDecimalIsNoEuropeanThousands: "0.012 kg" is 12 grams; "2.300" for
// 2,300 is still read as Europe writes it.
func TestDecimalIsNoEuropeanThousands(t *testing.T) {
	slice := teacherQuestion("How heavy is the slice?", "12 grams")
	crowd := teacherQuestion("How many people came?", "2,300")
	checkVerdicts(t, []verdictCase{
		{slice, "0.012 kg", Correct},
		{slice, "0.012 kilograms", Correct},
		{slice, "12 kg", Incorrect},
		{crowd, "2.300", Correct},
	})
}

// TestMoneyRangeNeedsBothEnds: one end of a range of money is partly
// right; the range in any form is right; another range is wrong.
func TestMoneyRangeNeedsBothEnds(t *testing.T) {
	fare := teacherQuestion("How much will a single journey cost?", "between 15 and 40 baht", "15-40 baht")
	checkVerdicts(t, []verdictCase{
		{fare, "40 baht", Partial},
		{fare, "15 baht", Partial},
		{fare, "15 to 40 baht", Correct},
		{fare, "fifteen to forty baht", Correct},
		{fare, "15–40 THB", Correct},
		{fare, "10 to 40 baht", Incorrect},
		{fare, "20 baht", Incorrect},
	})
}

// TestMonthAndYearAsked: the month alone to "In which month and year
// …?" is half the answer; with its year, in any form, it is right.
func TestMonthAndYearAsked(t *testing.T) {
	storm := teacherQuestion("In which month and year was the worst blizzard?", "March 1966")
	when := teacherQuestion("When was the worst blizzard?", "March 1966")
	checkVerdicts(t, []verdictCase{
		{storm, "March", Partial},
		{storm, "March 1966", Correct},
		{storm, "march, nineteen sixty-six", Correct},
		{storm, "April", Incorrect},
		{when, "in March 1966", Correct},
	})
}

// TestOneNameTooMany: the key and another name beside it is wrong, as a
// list missing one is; a key that is two names, or a name and a
// description, is left to the other rules.
func TestOneNameTooMany(t *testing.T) {
	top := teacherQuestion("Which team is top of the table?", "Japan")
	country := teacherQuestion("Which country won?", "Trinidad and Tobago")
	pair := teacherQuestion("Who own the club?", "JP McManus and John Magnier")
	checkVerdicts(t, []verdictCase{
		{top, "Japan and Fiji", Incorrect},
		{top, "Fiji and Japan", Incorrect},
		{top, "Japan", Correct},
		{country, "Trinidad and Tobago", Correct},
		{pair, "McManus and Magnier", Correct},
	})
}

// TestTallyWithoutAbstentions: a vote's tally answers a key that adds its
// abstentions; a tally that says the vote went the other way from the
// article's sentence is wrong.
func TestTallyWithoutAbstentions(t *testing.T) {
	a, err := article.Parse([]byte("Guildhall saved\n\nThe council approved the restoration plan by 31 votes to 17, with three abstentions. The opposition had argued for housing."))
	if err != nil {
		t.Fatal(err)
	}
	key := []string{"31 votes to 17, with three abstentions"}
	q := Question{Kind: InferKind("What was the result of the vote?", key), Prompt: "What was the result of the vote?", Answer: key[0], Accepted: key, Said: KeySentences(key, a)}
	checkVerdicts(t, []verdictCase{
		{q, "31-17", Correct},
		{q, "It passed by 31 votes to 17", Correct},
		{q, "31 votes to 17 with 3 abstentions", Correct},
		{q, "31 votes to 17 against the plan", Incorrect},
		{q, "17-31", Incorrect},
		{q, "31-16", Incorrect},
	})
	if got := withTallyAlone([]string{"9-2 and one abstention"}); len(got) != 2 || got[1] != "9-2" {
		t.Errorf("withTallyAlone: %q", got)
	}
}

// TestBoundsInOtherWords: "upwards of" is "more than", "not even" is
// "fewer than"; the bound the other way stays wrong.
func TestBoundsInOtherWords(t *testing.T) {
	petition := teacherQuestion("How many signatures did the petition gather?", "more than 22,000")
	mars := teacherQuestion("How many known meteorites come from Mars?", "fewer than 400")
	checkVerdicts(t, []verdictCase{
		{petition, "upwards of 22,000", Correct},
		{petition, "north of 22,000", Correct},
		{petition, "not even 22,000", Incorrect},
		{mars, "not even 400", Correct},
		{mars, "upwards of 400", Incorrect},
	})
}

// TestAsidesOfCounts: the period a count was made over, and a total with
// its own bound, are asides beside the keyed count; another count is
// still wrong.
func TestAsidesOfCounts(t *testing.T) {
	cases := teacherQuestion("How many measles cases were confirmed?", "27")
	mars := teacherQuestion("How many known meteorites come from Mars?", "fewer than 400")
	checkVerdicts(t, []verdictCase{
		{cases, "27 confirmed cases in six weeks", Correct},
		{cases, "27 over the past two months", Correct},
		{cases, "26 cases in six weeks", Incorrect},
		{cases, "six weeks", Incorrect},
		{mars, "fewer than 400 out of more than 70,000", Correct},
		{mars, "fewer than 300 out of more than 70,000", Incorrect},
	})
}

// TestReasonTellsAnotherTally: a bare yes or no whose reason gives a
// tally or a score other than the article's sentence on the asked vote or
// match gives is wrong; the article's own, in figures or words, is right.
func TestReasonTellsAnotherTally(t *testing.T) {
	text := "Court blocks hotel\n\nThe judges ruled by four votes to one. Justice Tamm dissented. " +
		"The council approved the plan by 31 votes to 17. Samoa led 17-6 at half-time, but Fiji won 27-24."
	unanimous := yesNoInArticle(t, text, "Was the judges' decision unanimous?", "no")
	passed := yesNoInArticle(t, text, "Did the plan pass?", "yes")
	leading := yesNoInArticle(t, text, "Were Fiji leading at half-time?", "no")
	checkVerdicts(t, []verdictCase{
		{unanimous, "No, it was 3-2", Incorrect},
		{unanimous, "No, two judges dissented", Incorrect},
		{unanimous, "no, it was 4-1", Correct},
		{unanimous, "no, 4 to 1", Correct},
		{unanimous, "no, one judge dissented", Correct},
		{passed, "Yes, by 17 votes to 31", Incorrect},
		{passed, "yes, 31 votes to 17", Correct},
		{leading, "No, Samoa led 24-6", Incorrect},
		{leading, "No, Samoa led 17-6", Correct},
		{leading, "no, they were behind", Correct},
	})
}

// TestWhichOneEchoed: "a hip-hop producer" to "Which hip-hop producer …?"
// says the question again, though the article describes the keyed
// person so; the name is the answer.
func TestWhichOneEchoed(t *testing.T) {
	a, err := article.Parse([]byte("West's debut\n\nHip-hop producer No ID encouraged West to sample old soul hits. West thanked him."))
	if err != nil {
		t.Fatal(err)
	}
	prompt := "Which hip-hop producer encouraged West to sample old soul hits?"
	key, wrong := TeacherKey([]string{"No ID"}, a)
	q := Question{Kind: InferKind(prompt, key), Prompt: prompt, Answer: key[0], Accepted: key, Distractors: wrong}
	checkVerdicts(t, []verdictCase{
		{q, "a hip-hop producer", Incorrect},
		{q, "No ID", Correct},
	})
}
