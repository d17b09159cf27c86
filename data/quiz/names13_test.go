package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestHeldOutThirteenNames: a title with another person's surname from
// the article is that other person ("Judge Kaye" for Judge Rebecca
// Thorne, where Simon Kaye is the accused); a name's slips must fit the
// word they fall in ("Tropical Storm Irma" is no slip for "Tropical Storm
// Irene"), while slips and short forms earlier sets accepted stay right.
func TestHeldOutThirteenNames(t *testing.T) {
	text := "Builder jailed\n\n" +
		"Simon Kaye, 52, was jailed on Friday. Judge Rebecca Thorne told Lincoln Crown Court the dumping was deliberate. " +
		"Chief Constable Paul Garrity welcomed the sentence.\n"
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ask := keyedAgainst(a)
	judge := ask("Who was the judge in the case?", "Judge Rebecca Thorne", "Rebecca Thorne")
	kaye := ask("Who was jailed?", "Simon Kaye")
	storm := teacherQuestion("Which storm did she compare the flooding with?", "Tropical Storm Irene")
	court := teacherQuestion("At which court was the case heard?", "Lincoln Crown Court")
	checkVerdicts(t, []verdictCase{
		{judge, "Judge Kaye", Incorrect},
		{judge, "Judge Garrity", Incorrect},
		{judge, "Rebecca Kaye", Incorrect},
		{judge, "Judge Thorne", Correct},
		{judge, "Thorne", Correct},
		{judge, "judge rebecca thorn", Correct},
		{kaye, "Kaye", Correct},
		{kaye, "Mr Kaye", Correct},
		{storm, "Tropical Storm Irma", Partial},
		{storm, "tropical storm irine", Correct},
		{storm, "Irene", Correct},
		{court, "Lincoln Crown Ct", Correct},
		{court, "Lincon Crown Court", Correct},
		{teacherQuestion("Who beat him?", "Robby Ginepri"), "Robbie Ginepri", Correct},
		{teacherQuestion("Who is the chairman?", "Guy Mansfield QC"), "Mr Mansfield QC", Correct},
	})
}

// TestHeldOutThirteenTitles: a part of a title the question asks for is
// not the title ("JAMA" or "Pediatrics" for "JAMA Pediatrics", "the Royal
// Society" for "Proceedings of the Royal Society B"), while the whole
// title, with or without "the" and "the journal", stays right — and a
// part of a program's name to "Which program …?" is still a name's part.
func TestHeldOutThirteenTitles(t *testing.T) {
	ask := teacherQuestion
	jama := ask("In which journal was the study published?", "JAMA Pediatrics")
	proc := ask("In which journal was the research published?", "Proceedings of the Royal Society B")
	paper := ask("Which newspaper interviewed the friend?", "The Washington Post")
	checkVerdicts(t, []verdictCase{
		{jama, "JAMA", Partial},
		{jama, "Pediatrics", Partial},
		{proc, "the Royal Society", Partial},
		{proc, "Proceedings of the Royal Society", Partial},
		{jama, "jama pediatrics", Correct},
		{jama, "the journal JAMA Pediatrics", Correct},
		{proc, "Procedings of the Royal Society B", Correct},
		{paper, "Washington Post", Correct},
		{paper, "the washington post newspaper", Correct},
		{paper, "The Independent", Incorrect},
		{ask("Which program's address book does it plunder?", "Microsoft Outlook"), "Outlook", Correct},
	})
}

// TestHeldOutThirteenDescriptions: a description with "a" between commas
// after a name, up to its clause, names that person ("Osei, a 34-year-old
// former bus driver who joined …"), with and without the age, and the age
// alone where no one else has it; another person's description stays
// wrong, and a person described by the key's firm does not make the
// firm's short name a part of them.
func TestHeldOutThirteenDescriptions(t *testing.T) {
	text := "Rovers reach final\n\n" +
		"Rovers levelled through 19-year-old winger Sam Ridley. " +
		"Kwame Osei, a 34-year-old former bus driver who joined from Dartford in the summer, scored the winner. " +
		"Mark Mulligan, an analyst at Jupiter Research, said the club was well run. " +
		"Manager Jo Whitley, a retired postman's daughter, was delighted.\n"
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ask := keyedAgainst(a)
	osei := ask("Who scored the winning goal?", "Kwame Osei", "Osei")
	ridley := ask("Who scored the equaliser?", "Sam Ridley")
	firm := ask("Which firm does Mark Mulligan work for?", "Jupiter Research")
	checkVerdicts(t, []verdictCase{
		{osei, "the former bus driver", Correct},
		{osei, "the 34-year-old", Correct},
		{osei, "the 34-year-old former bus driver", Correct},
		{osei, "the 19-year-old", Incorrect},
		{osei, "the winger", Incorrect},
		{ridley, "the 19-year-old", Correct},
		{ridley, "the 34-year-old", Incorrect},
		{ridley, "the former bus driver", Incorrect},
		{firm, "Jupiter", Correct},
		{firm, "Jupiter Research", Correct},
	})
}

// keyedAgainst returns a maker of teacher questions whose keys and wrong
// answers are read from article a, as the app reads them.
func keyedAgainst(a *article.Article) func(prompt string, names ...string) Question {
	return func(prompt string, names ...string) Question {
		key, wrong := TeacherKey(names, a)
		return Question{Kind: InferKind(prompt, key), Prompt: prompt, Answer: key[0], Accepted: key, Distractors: wrong}
	}
}
