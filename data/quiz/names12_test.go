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

// TestHeldOutTwelveNearNames: a first name alone is no answer to who,
// another name of the article one slip from a key's word is that name,
// not a typo, while slips in a surname ("okafer", "sorbey") are typos.
func TestHeldOutTwelveNearNames(t *testing.T) {
	text := "Beetle named\n\n" +
		"The beetle was found by retired postman Alan Dewar near Stonehaven. " +
		"It has been named Stonehavenia dewari. Brightnest's managing director, Helen Marsh, apologised. " +
		"Council leader Martin Okafor spoke, as did Rovers manager Ellen Sørby.\n"
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ask := func(prompt, key string) Question {
		k, wrong := TeacherKey([]string{key}, a)
		return Question{Kind: InferKind(prompt, k), Prompt: prompt, Answer: k[0], Accepted: k, Distractors: wrong}
	}
	marsh := ask("Who is Brightnest's managing director?", "Helen Marsh")
	beetle := ask("What is the new beetle's scientific name?", "Stonehavenia dewari")
	okafor := ask("Who is the council leader?", "Martin Okafor")
	sorby := ask("Who is the Rovers manager?", "Ellen Sørby")
	checkVerdicts(t, []verdictCase{
		{marsh, "helen", Incorrect},
		{marsh, "Marsh", Correct},
		{marsh, "Ms Marsh", Correct},
		{marsh, "helen marsh", Correct},
		{ask("Which firm does he work for?", "Jupiter Research"), "Jupiter", Correct}, // a firm's short name, not a first name
		{beetle, "dewar", Incorrect},
		{beetle, "stonehavenia dewari", Correct},
		{beetle, "stonehavenia dewarii", Correct},
		{okafor, "okafer", Correct},
		{okafor, "okafor", Correct},
		{okafor, "okonjo", Incorrect},
		{sorby, "sorbey", Correct},
		{sorby, "sorby", Correct},
		{sorby, "sorrell", Incorrect},
		// "-er" and "-ee" are still the two sides of a deal.
		{teacherQuestion("Who pays?", "the employers"), "the employees", Incorrect},
	})
}

// TestHeldOutTwelveParticles: a name with a particle inside it ("Joost
// van Lier") is a name, described as the article describes it ("Dutch
// midfielder Joost van Lier"); a pronoun run together with its verb
// keeps the pronoun ("we've").
func TestHeldOutTwelveParticles(t *testing.T) {
	for name, want := range map[string]bool{
		"Joost van Lier": true, "Ursula von der Leyen": true, "van Lier": false, "Joost van": false, "Bank of England": false,
	} {
		if got := looksLikeName(name); got != want {
			t.Errorf("looksLikeName(%q) = %v", name, got)
		}
	}
	a, err := article.Parse([]byte("Record signing\n\nThe club's previous record was the £9.5m paid for Dutch midfielder Joost van Lier in 2021.\n"))
	if err != nil {
		t.Fatal(err)
	}
	key, wrong := TeacherKey([]string{"Joost van Lier"}, a)
	q := Question{Kind: ShortAnswer, Prompt: "Which player did they previously hold the record for?", Answer: key[0], Accepted: key, Distractors: wrong}
	manager := teacherQuestion("How did the manager describe him?", "the player we wanted all summer")
	checkVerdicts(t, []verdictCase{
		{q, "the dutch midfielder", Correct},
		{q, "the dutch striker", Partial}, // another post: not accepted
		{manager, "the player we've wanted all summer", Correct},
		{manager, "the player weve wanted all summer", Correct},
	})
}
