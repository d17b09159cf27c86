package quiz

import "testing"

// TestHeldOutElevenPhrases: a list answered item by item, each in a form
// the checker reads on its own; a list with one item too many; part of a
// name in another order. Near misses beside each stay wrong.
func TestHeldOutElevenPhrases(t *testing.T) {
	ask := teacherQuestion
	leaders := ask("Which two ministers resigned?", "Robin Cook and Clare Short")
	cities := ask("Which two cities will host the games?", "Paris and LA")
	parts := ask("Which countries signed?", "France, Germany and Italy")
	body := ask("Which body set the rules?", "Union of European Football Associations")
	checkVerdicts(t, []verdictCase{
		// Each item in its own other form, in any order.
		{leaders, "Mr Cook and Ms Short", Correct},
		{leaders, "Ms Short and Mr Cook", Correct},
		{leaders, "R. Cook and C. Short", Correct},
		{leaders, "Mr Cook and Mr Blair", Partial},
		{cities, "Paris and Los Angeles", Correct},
		{cities, "Paris & Los Angeles", Correct},
		{cities, "Paris and San Diego", Partial},
		// Every item and another name: the other is not one of them.
		{parts, "France, Germany, Spain and Italy", Incorrect},
		{leaders, "Mr Cook, Ms Short and Mr Prescott", Incorrect},
		{parts, "France, Germany and Italy", Correct}, // as before: the key itself
		// A name's words in another order name another body.
		{body, "European Football Union", Partial},
		{body, "Union of European Football", Correct}, // as before: in the key's order
	})
}

// TestOtherPartyAndPossessiveInitials: a word for the other side of a
// deal is no typing slip of the key's ("employers" for "employees"), and
// initials keep their meaning with a possessive in either apostrophe
// ("FDA’s": the curly one is three bytes, none a letter).
func TestOtherPartyAndPossessiveInitials(t *testing.T) {
	ask := teacherQuestion
	strike := ask("Who went on strike?", "the employees")
	coach := ask("Who did the coaches train?", "the trainees")
	agency := ask("Whose approval did the drug need?", "the Food and Drug Administration")
	checkVerdicts(t, []verdictCase{
		{strike, "the employes", Correct}, // a slip
		{strike, "the employers", Incorrect},
		{coach, "the trainers", Incorrect},
		{coach, "the traineees", Correct},
		{agency, "the FDA's", Correct},
		{agency, "FDA’s", Correct},
		{agency, "the FTC’s", Incorrect},
	})
}

// TestHeldOutElevenEventNumbers: a key's number that belongs to the event
// after "in" or "at" ("gold in the men's 400m") does not have to be in an
// answer that gives only what was won; another thing won, another event's
// number, or a number that is the thing itself stays wrong.
func TestHeldOutElevenEventNumbers(t *testing.T) {
	ask := teacherQuestion
	prize := ask("What did she win in Athens?", "bronze in the 1500m")
	trophy := ask("What did the club win?", "the cup at the 1998 final")
	penalty := ask("What was he given?", "a ban of 12 months")
	checkVerdicts(t, []verdictCase{
		{prize, "bronze", Correct},
		{prize, "a bronze medal", Correct},
		{prize, "gold", Incorrect},
		{prize, "bronze in the 800m", Incorrect},
		{trophy, "the cup", Correct},
		{trophy, "the league", Incorrect},
		{penalty, "a ban", Incorrect}, // "of": the number is the ban's
	})
}

// TestHeldOutElevenDoersAndDeeds: what a person does for the word for
// them ("edits" for "editor"); another verb stays another, and people
// are not what they do.
func TestHeldOutElevenDoersAndDeeds(t *testing.T) {
	ask := teacherQuestion
	editor := ask("Who is Jane Doe?", "editor of the Daily Post")
	director := ask("Who is Ann Lee?", "director of the city museum")
	checkVerdicts(t, []verdictCase{
		{editor, "she edits the Daily Post", Correct},
		{editor, "she reads the Daily Post", Partial},
		{director, "she directs the city museum", Correct},
		{director, "she visits the city museum", Partial},
		{ask("What did the crowd stage?", "protests"), "protesters", Incorrect}, // people, not what they did
	})
}
