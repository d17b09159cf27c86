package quiz

import "testing"

// TestHeldOutTenNames: names held-out set 10 wrote in other forms — a
// rank before a surname, a clipped name, initials spelt out, a web
// address, a country's other name or its people's word, a part of a place
// — each beside near misses that stay wrong.
func TestHeldOutTenNames(t *testing.T) {
	ask := teacherQuestion
	officer := ask("Which police officer fired the shots?", "Darren Wilson")
	chief := ask("Who is the county police chief?", "Jon Belmar")
	envoy := ask("Which ambassador was killed?", "Christopher Stevens")
	club := ask("Which rival club pleaded with fans?", "Manchester City")
	club.Distractors = []string{"Manchester United"}
	city := ask("Where was the event?", "San Francisco")
	agency := ask("Which agency interviewed him?", "the FBI")
	drm := ask("What does DRM stand for?", "Digital Rights Management", "DRM")
	paper := ask("Which news organisation was he working for?", "GlobalPost")
	returned := ask("To which country were they returned?", "the Netherlands")
	flag := ask("Which country is the movement J-Flag from?", "Jamaica")
	band := ask("Which country is the band from?", "Nepal")
	lebanon := ask("Where were they detained?", "northern Lebanon")
	market := ask("Where is the market fixed line?", "North America")
	korea := ask("Which country tested the missile?", "North Korea")
	checkVerdicts(t, []verdictCase{
		// A rank and the surname.
		{officer, "Officer Wilson", Correct},
		{officer, "Officer Brown", Incorrect},
		{chief, "Chief Belmar", Correct},
		{envoy, "Ambassador Stevens", Correct},
		// One word clipped, the rest as written.
		{envoy, "Chris Stevens", Correct},
		{envoy, "Chris Evans", Incorrect},
		{club, "Man City", Correct},
		{club, "Man United", Incorrect},
		{city, "san fran", Correct},
		{city, "san diego", Partial},
		// Initials spelt out, unless the question asks what they stand for.
		{agency, "Federal Bureau of Investigation", Correct},
		{agency, "the Central Intelligence Agency", Incorrect},
		{drm, "Digital Rights Monitoring", Partial},
		// A name as its web address.
		{paper, "globalpost.com", Correct},
		{paper, "www.globalpost.com", Correct},
		{paper, "globalnews.com", Incorrect},
		// A country by another name, or by its people's word.
		{returned, "Holland", Correct},
		{returned, "Belgium", Incorrect},
		{flag, "it's Jamaican", Correct},
		{flag, "Haitian", Incorrect},
		{band, "they're Nepalese", Correct},
		{band, "Nepal", Correct},
		{band, "Indian", Incorrect},
		{ask("What country did they invade?", "Nepal"), "Nepalese", Incorrect}, // only where someone is from
		// A part of a place in other words; a name's direction only shortened.
		{lebanon, "the north of Lebanon", Correct},
		{lebanon, "in north Lebanon", Correct},
		{lebanon, "southern Lebanon", Incorrect}, // the other end of it (set 15: a point of the compass against the key's; was Partial)
		{lebanon, "the north of Syria", Incorrect},
		{lebanon, "north of Lebanon", Partial}, // outside it, to the north
		{market, "N. America", Correct},
		{market, "S. America", Partial},
		{korea, "N. Korea", Correct},
		{korea, "northern Korea", Partial},
	})
}
