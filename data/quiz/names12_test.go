package quiz

import (
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestHeldOutTwelveNames: people held-out set 12 named by the post the
// article sets between commas before their name, by that post without
// its owner or with "of the" owner, and by short forms ("the ceo", "cllr
// Okafor"); a post two people share, or another person's, stays wrong.
func TestHeldOutTwelveNames(t *testing.T) {
	text := "Budget approved\n\n" +
		"Council leader Martin Okafor said the authority had no choice. " +
		"The council's finance director, Colin Baptiste, warned that reserves were low. " +
		"The trust's chief executive, Dr Karen Whitby, said the offer was fair. " +
		"The returning officer, Janet Osei, announced the result after the sitting MP, Graham Lowe, resigned. " +
		"Chief executive Ian Protheroe said the deal was done. " +
		"The case was brought by the cycling charity Pedal Forward and a local parent, Simon Reyes, on Monday. " +
		"The union's district secretary, Leon Adeyemi, and the school's district secretary, Amy Hart, spoke.\n"
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ask := func(prompt, name string) Question {
		key, wrong := TeacherKey([]string{name}, a)
		return Question{Kind: InferKind(prompt, key), Prompt: prompt, Answer: key[0], Accepted: key, Distractors: wrong}
	}
	baptiste := ask("Who warned that reserves were low?", "Colin Baptiste")
	whitby := ask("Who said the offer was fair?", "Dr Karen Whitby")
	osei := ask("Who announced the result?", "Janet Osei")
	lowe := ask("Whose resignation caused the by-election?", "Graham Lowe")
	protheroe := ask("Who said the deal was done?", "Ian Protheroe")
	okafor := ask("Who is the council leader?", "Martin Okafor")
	adeyemi := ask("Who spoke for the union?", "Leon Adeyemi")
	checkVerdicts(t, []verdictCase{
		{baptiste, "The finance director", Correct},
		{baptiste, "the councils finance director", Correct},
		{baptiste, "finance director", Correct},
		{baptiste, "the finance director of the council", Correct},
		{baptiste, "the council leader", Incorrect},
		{baptiste, "the returning officer", Incorrect},
		{whitby, "the ceo of the trust", Correct},
		{whitby, "the chief exec of the trust", Correct},
		{whitby, "the ceo of the union", Partial}, // the post, of another body: not accepted
		{osei, "returning officer", Correct},
		{osei, "the sitting mp", Incorrect},
		{lowe, "the sitting mp", Correct},
		{lowe, "the returning officer", Incorrect},
		{protheroe, "the ceo", Correct},
		{okafor, "cllr okafor", Correct},
		{okafor, "cllr baptiste", Incorrect},
		// A post two people hold names neither.
		{adeyemi, "the district secretary", Incorrect},
		{adeyemi, "the union's district secretary", Correct},
	})
	// "a local parent, Simon Reyes": the description after its own "a",
	// not "the cycling charity Pedal Forward and a local parent".
	if d := appositionBeforeName("The case was brought by the cycling charity Pedal Forward and a local parent, ", ", on Monday."); d != "local parent" {
		t.Errorf("the description before Simon Reyes: %q", d)
	}
	if d := appositionBeforeName("In the end, ", " won."); d != "" {
		t.Errorf("a clause before a name read as a description: %q", d)
	}
}
