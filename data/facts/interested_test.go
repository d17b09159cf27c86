package facts

import (
	"strings"
	"testing"
	"unicode"
)

// TestInterestedParty: the side that gains speaks for itself, and the
// near misses that must stay quiet — the same words from someone with no
// stake, an accusation against the other side, an account too far from
// the speaker who gives it.
func TestInterestedParty(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       string // the rule that flags, "" for none
	}{
		// A seller's hype.
		{"hype", "Gilles Babinet, chief executive of mobile music firm Musiwave, said: \"Music downloads on mobiles have the potential to be the biggest-ever medium for music.\"", "seller's hype"},
		{"hype two sentences on", "\"We reach millions,\" said chief executive Sam Yagan. There are advantages to advertising there, he thinks. \"Peer-to-peer clients offer big brands a unique opportunity,\" he said.", "seller's hype"},
		{"hype from a scholar", "\"Music downloads have the potential to be the biggest-ever medium for music,\" said Professor Ann Lee of Leeds University.", ""},
		{"hype, seller in another paragraph", "Sam Yagan is chief executive of the network.\n\n\"Peer-to-peer clients offer big brands a unique opportunity,\" a fan said.", ""},
		{"a coach's praise", "\"It is a unique opportunity for the younger players,\" said England boss Sven-Goran Eriksson.", ""},
		{"hype, seller too far back", "Sam Yagan is chief executive of the network. He spoke in London. The hall was full. It was hot. \"Peer-to-peer clients offer big brands a unique opportunity,\" a fan said.", ""},
		// A seller running down what competes with what it sells; the
		// seller's post may come paragraphs before.
		{"runs down rivals", "Martin Larsson is general manager of Toshiba's storage device division.\n\nHe spoke in London.\n\n“Floppies don't have anything like the capacity of a hard drive,” said Mr Larsson.", "seller runs down rivals"},
		{"a scholar runs down", "“Floppies don't have anything like the capacity of a hard drive,” said Professor Ann Lee.", ""},
		{"a buyer runs down", "Martin Larsson is general manager of Toshiba's storage device division.\n\nHe spoke in London.\n\n“Floppies don't have anything like the capacity of a hard drive,” said Ann Lee, a buyer.", ""},
		// A firm's head the article reports as claiming.
		{"firm's head claimed", "WMC chief executive Andrew Michelmore claimed the Xstrata offer was aimed at creating value for Xstrata's shareholders.", "firm's head claimed"},
		{"chief executive of, claimed", "Andrew Michelmore, chief executive of WMC Resources, claimed the offer was too low.", "firm's head claimed"},
		{"firm's head said", "WMC chief executive Andrew Michelmore said the offer was aimed at creating value for Xstrata's shareholders.", ""},
		{"a scholar claimed", "Professor Ann Lee claimed the offer was too low.", ""},
		{"claim inside a quotation", "\"The chairman Bob Smith claimed it was too low,\" a fan said.", ""},
		// A side clearing itself.
		{"clears itself", "On the suspension of Mr Houston, UKIP said those who selected him knew nothing of his views.", "clears itself"},
		{"motive", "Lindsay said money was not a motivating factor for the club.", "clears itself"},
		{"he clears himself", "Mr Smith said he had done nothing wrong.", "clears itself"},
		{"its staff", "The bank insisted its senior staff acted in good faith.", "clears itself"},
		{"another party", "Campaigners said parents knew nothing of the plans.", ""},
		{"a committee chairman", "Committee chairman John Smith claimed the minister had misled MPs.", ""},
		{"police finding", "Police said the driver knew nothing of the crash.", ""},
		{"bystanders", "Neighbours said they knew nothing of the family's plans.", ""},
		{"a patient", "Doctors said she was not aware of her surroundings.", ""},
		// A side's sums for its own plan.
		{"own plan pays", "The Lib Dem plan for a local income tax would benefit the typical household by more than £450 a year.", "own plan pays"},
		{"its policy saves", "Labour says its tax policy would save families £300 a year.", "own plan pays"},
		{"checked by the IFS", "The Lib Dem plan would benefit the typical household by £450 a year, the Institute for Fiscal Studies calculated.", ""},
		{"no figure", "The Lib Dem plan would benefit the typical household.", ""},
		{"a cost, not a gain", "The Lib Dem plan would cost the Treasury £4bn a year.", ""},
		// A military's account of its own strikes.
		{"own strikes", "On Tuesday, the U.S. Central Command said U.S. military forces conducted four airstrikes near Kobani that destroyed IS fighting positions.", "own strikes"},
		{"own strikes, next sentence", "US Central Command announced two strikes near the dam on Monday. One strike was said to have destroyed a checkpoint.", "own strikes"},
		{"witnesses", "Witnesses said four airstrikes destroyed fighting positions near the town.", ""},
		{"no speaker", "Government airstrikes hit a rebel-held town, killing at least eight people.", ""},
		{"the enemy's act", "The army said rebel forces killed ten soldiers near the border.", ""},
		{"announcement in another paragraph", "US Central Command announced two strikes near the dam on Monday.\n\nOne strike destroyed a checkpoint, villagers said.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, "A Headline For Rules\n\n"+c.body+"\n")
			got := ""
			for _, fl := range an.Flags {
				if fl.Kind == InterestedParty {
					got = fl.Rule
					// The message shows the words that raised it, to the
					// end of their clause (never cut mid-word: round 70).
					if !strings.Contains(fl.Message, "“"+fl.About) {
						t.Errorf("message %q does not quote %q", fl.Message, fl.About)
					}
				}
			}
			if got != c.want {
				t.Errorf("interested-party flag by %q; want %q (flags %+v)", got, c.want, an.Flags)
			}
		})
	}
}

// TestContainsWholeWord: a whole word by the caller's own measure of what
// words are made of — ASCII letters for a surname, letters and digits
// (bytes read as runes) for the quiz's initials.
func TestContainsWholeWord(t *testing.T) {
	letters := isLetterByte
	initials := func(b byte) bool { return unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b)) }
	for _, c := range []struct {
		text, word string
		inWord     func(byte) bool
		want       bool
	}{
		{"said Mr Larsson, general manager", "Larsson", letters, true},
		{"Larssons and others; Larsson", "Larsson", letters, true},
		{"Larssonite", "Larsson", letters, false},
		{"Mr Larsson’s post", "Larsson", letters, true},
		{"Larsson2", "Larsson", letters, true},
		{"the FDA said", "FDA", initials, true},
		{"FDA2", "FDA", initials, false},
		{"the FDA’s ruling", "FDA", initials, false},
		{"anything", "", letters, false},
	} {
		if got := ContainsWholeWord(c.text, c.word, c.inWord); got != c.want {
			t.Errorf("ContainsWholeWord(%q, %q) = %v; want %v", c.text, c.word, got, c.want)
		}
	}
}
