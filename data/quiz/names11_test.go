package quiz

import "testing"

// TestHeldOutElevenNames: names held-out set 11 wrote in other forms — a
// first name as its initial, words of a name written short — each beside
// near misses that stay wrong. Every right form here failed without its
// rule.
func TestHeldOutElevenNames(t *testing.T) {
	ask := teacherQuestion
	minister := ask("Who is the health minister?", "Patricia Hewitt")
	twins := ask("Which brother spoke first?", "Mark Waugh")
	twins.Distractors = []string{"Steve Waugh", "Malcolm Waugh"}
	hyphen := ask("Who founded the firm?", "Marie-Claire Dubois")
	middle := ask("Who was the pilot?", "Thomas Edward Lawrence")
	body := ask("Which body ran the inquiry?", "the National Audit Office")
	union := ask("Which union called the strike?", "the Royal College of Nursing")
	software := ask("What does CMS stand for?", "Content Management System")
	nations := ask("Which nations took part?", "Scotland, Wales and Northern Ireland")
	checkVerdicts(t, []verdictCase{
		// A first name as its initial, with or without its point.
		{minister, "P. Hewitt", Correct},
		{minister, "P Hewitt", Correct},
		{minister, "H. Hewitt", Partial}, // another initial
		{minister, "P. Howitt", Partial}, // another surname
		{minister, "Pat. H.", Incorrect},
		// An initial another person the question names shares.
		{twins, "M. Waugh", Partial}, // Mark or Malcolm
		{twins, "S. Waugh", Partial},
		// Each part of a hyphenated first name, or the first alone.
		{hyphen, "M-C Dubois", Correct},
		{hyphen, "M.-C. Dubois", Correct},
		{hyphen, "M. Dubois", Correct},
		{hyphen, "C. Dubois", Partial},
		// The first names' initials in order, all or the first ones.
		{middle, "T. E. Lawrence", Correct},
		{middle, "E. Lawrence", Partial},
		// Words written short: a common short form, or a word's first
		// letters and a point.
		{body, "Nat'l Audit Office", Correct},
		{body, "the Natl. Audit Office", Correct},
		{body, "National Aud. Office", Correct},
		{body, "National Audit Off", Partial}, // no point: "off" is a word
		{body, "Nat. Aud. Off.", Incorrect},   // more short words than whole ones
		{union, "Royal Coll. of Nursing", Correct},
		{union, "Royal College of Nurses", Partial},
		{software, "Content Mgmt System", Correct},
		{software, "Content Marketing System", Partial},
		{nations, "Scot., Wales and N. Ireland", Correct},
		{nations, "scotland wales and n ireland", Correct},
		{nations, "scotland wales and s ireland", Partial},
	})
}
