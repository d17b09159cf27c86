package quiz

import "testing"

// TestHeldOutFifteenNames: a post before the key's surname names the
// person ("Mayor Soto", "Trustee Fell"), as does the name with the body
// they belong to ("Ms Lindsay from Scottish Hill Farmers Together");
// another surname, or a name with another's body, stays wrong.
func TestHeldOutFifteenNames(t *testing.T) {
	ask := teacherQuestion
	mayor := ask("Who is the mayor of Casa Grande?", "Rebecca Soto")
	trustee := ask("Which trustee said it was \"too early to judge\"?", "Gordon Fell")
	secretary := ask("Who is the Transportation Secretary?", "Karen Delaney")
	critic := ask("Who called the sale \"a bubble at the top\"?", "Morag Lindsay")
	auctioneer := ask("Who was the auctioneer?", "Ewan Rutherford")
	hydrologist := ask("Which hydrologist called the claims \"plausible but unproven\"?", "Dr. Karen Liu")
	checkVerdicts(t, []verdictCase{
		{mayor, "Mayor Soto", Correct},
		{mayor, "Mayor Rebecca Soto", Correct},
		{mayor, "Mayor Kowalchuk", Incorrect},
		{trustee, "Trustee Fell", Correct},
		{trustee, "Trustee Hill", Incorrect},
		{secretary, "Secretary Delaney", Correct},
		{secretary, "Secretary Liu", Incorrect},
		{critic, "Ms Lindsay from Scottish Hill Farmers Together", Correct},
		{critic, "morag lindsay of Scottish Hill Farmers Together", Correct},
		{critic, "Ms Fraser from Scottish Hill Farmers Together", Incorrect},
		{auctioneer, "Mr Rutherford of Lawrie & Symington", Correct},
		{auctioneer, "Mr Symington of Lawrie & Symington", Incorrect},
		{hydrologist, "Karen Liu of Arizona State University", Correct},
		{hydrologist, "the head of Arizona State University", Incorrect},
		{hydrologist, "Karen Lee of Arizona State University", Partial}, // as "Karen Lee" alone
	})
}
