package quiz

import "testing"

// TestHeldOutTwentyOneTitledNames: a lower-case title before words of
// the key's name is the name with its title; words that are not the
// key's, or another name, stay wrong.
func TestHeldOutTwentyOneTitledNames(t *testing.T) {
	ask := teacherQuestion
	coach := ask("Who coaches the rowing team?", "Inés Carrasco Vidal")
	mayor := ask("Who was elected mayor?", "Hamish Duncan-Reid")
	judge := ask("Which judge heard the appeal?", "Justice Amara Nkechi Obi")
	checkVerdicts(t, []verdictCase{
		{coach, "ms carrasco", Correct},
		{coach, "mrs carrasco vidal", Correct},
		{coach, "dr ines carrasco", Correct},
		{coach, "ms vidal", Correct},
		{coach, "ms ramos", Incorrect},
		{mayor, "mr duncan-reid", Correct},
		{mayor, "mr duncan-reid.", Correct},
		{mayor, "mr reid-duncan", Incorrect},
		{judge, "judge amara obi", Correct},
		{judge, "judge obi", Correct},
		{judge, "judge okafor", Incorrect},
	})
}
