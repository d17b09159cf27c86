package facts

import "testing"

// TestOwnFiguresAndStudies: a firm's own figures and research, and the
// near misses — no figure, no seller, a denied claim, a pollster's or a
// university's study, a news outlet's survey.
func TestOwnFiguresAndStudies(t *testing.T) {
	for _, c := range []struct {
		name, body string
		kind       FlagKind
		want       string // the rule that flags, "" for none
	}{
		{"our revenues", "Ted Cohen is senior vice president at EMI. He said: \"In Asia it is beyond belief. The majority of our digital revenues in Asia comes from mobiles.\"", SelfReported, "our own figures"},
		{"we sold", "“We sold more than 2 million phones in a year,” said Anna Berg, chief executive of Northwind.", SelfReported, "our own figures"},
		{"no figure", "“Our customers deserve better,” said Anna Berg, chief executive of Northwind.", SelfReported, ""},
		{"not a seller", "“The majority of our revenues comes from grants,” said Professor Ann Lee of Leeds University.", SelfReported, ""},
		{"claims of making", "Add to this Apple's claims of producing the Watch from gold twice as hard as standard gold.", SelfReported, "claims of making"},
		{"claims, no figure", "Add to this Apple's claims of producing the Watch from the hardest gold.", SelfReported, ""},
		{"claims denied", "Samsung rejected Apple's claims of copying twice as many designs.", SelfReported, ""},
		{"firm's study", "Phones are full of music, a Toshiba study found.\n\n“People want more storage,” said Martin Larsson, general manager of Toshiba's storage division.", FundingConflict, "firm's own study"},
		{"firm called a firm", "Phones are full of music, a Northwind study found.\n\nElectronics firm Northwind sells hard drives.", FundingConflict, "firm's own study"},
		{"study, no seller", "Phones are full of music, a Toshiba study found.", FundingConflict, ""},
		{"pollster", "Most voters want change, an Ipsos survey found, said Ben Page, chief executive of research firm Ipsos.", FundingConflict, ""},
		{"university", "Sleep helps memory, a Harvard study found.\n\nThe study was led by Professor Ann Lee of Harvard University, whose chief executive praised it.", FundingConflict, ""},
		{"news outlet", "Most readers skim, a Daily Telegraph survey found, its chief executive said.", FundingConflict, ""},
		{"defence documents", "A report from investment firm Grant Samuel in WMC defence documents values WMC shares at A$7.17.", FundingConflict, "in defence documents"},
		{"an independent report", "A report from investment firm Grant Samuel values WMC shares at A$7.17.", FundingConflict, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, "A Headline For Rules\n\n"+c.body+"\n")
			got := ""
			for _, fl := range an.Flags {
				if fl.Kind == c.kind && fl.Rule != "" {
					got = fl.Rule
				}
			}
			if got != c.want {
				t.Errorf("%s flag by %q; want %q (flags %+v)", c.kind, got, c.want, an.Flags)
			}
		})
	}
}

// TestOutletFigureIsNotItsOwn: a news outlet named by its kind ("The
// paper claims …") speaks, and a figure it reports about someone else is
// no figure of its own; a company's own figure still is (held-out h7-10,
// h21-09).
func TestOutletFigureIsNotItsOwn(t *testing.T) {
	for _, c := range []struct {
		name, body, speaker string
		flagged             bool
	}{
		{"a paper's report", "Anna Berg may join Rovers. The paper claims Berg would earn around £110,000 a week, more than double her pay.", "The paper", false},
		{"a magazine's report", "Northwind may open a restaurant. The magazine claimed the restaurant would seat around 150 diners.", "The magazine", false},
		{"a firm's own figure", "Northwind makes phones. The company claims its sales reached 110,000 phones last year.", "The company", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, "A Headline For Outlets\n\n"+c.body+"\n")
			var speakers []string
			for _, f := range an.ByKind(Statement) {
				speakers = append(speakers, f.Subject)
			}
			if len(speakers) != 1 || speakers[0] != c.speaker {
				t.Errorf("speakers %q; want %q", speakers, c.speaker)
			}
			flagged := false
			for _, fl := range an.Flags {
				flagged = flagged || fl.Kind == SelfReported
			}
			if flagged != c.flagged {
				t.Errorf("self-reported flag %v; want %v (flags %+v)", flagged, c.flagged, an.Flags)
			}
		})
	}
}
