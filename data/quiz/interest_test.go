package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// A speaker whose post describes their firm by its trade has a stake in
// a claim about that trade, though the claim never names the firm; a
// claim about something else, or a post that names no trade, asks nothing.
func TestStakeInTheTradeTheClaimIsAbout(t *testing.T) {
	for _, c := range []struct {
		sentence, right string
	}{
		{`"Music downloads on mobiles have the potential to be the biggest-ever medium for music," said Gilles Babinet, chief executive of mobile music firm Musiwave.`,
			"Gilles Babinet works for mobile music firm Musiwave, whose business the claim is about"},
		{`"You have people getting very creative now to deliver the virus and get it propagating," said Tim Warner, spokesman for anti-virus firm Finjan.`,
			"Tim Warner works for anti-virus firm Finjan, whose business the claim is about"},
		{`Martin Larsson, general manager of Toshiba's European storage device division, said the demand for storage in phones would double within two years.`,
			"Martin Larsson works for Toshiba's European storage device division, whose business the claim is about"},
		{`"The weather this winter has been the worst in years," said Gilles Babinet, chief executive of mobile music firm Musiwave.`, ""},
		{`"Music downloads on mobiles have the potential to be the biggest-ever medium for music," said Ian Fogg, an analyst at Jupiter Research.`, ""},
	} {
		a, err := article.Parse([]byte("Phones to lead music sales\n\nMobile phones will soon sell more songs than computers, according to a study.\n\n" + c.sentence + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		g.interest()
		var got string
		for _, q := range g.out {
			got = q.Answer
			if !slices.Contains(q.Choices, q.Answer) || len(q.Choices) != 4 {
				t.Errorf("%q offers %q", q.Prompt, q.Choices)
			}
			if slices.ContainsFunc(q.Choices, func(o string) bool { return strings.Contains(o, "European has") }) {
				t.Errorf("%q names a body the post does not: %q", q.Prompt, q.Choices)
			}
		}
		if got != c.right {
			t.Errorf("%s\nasked %q; want %q", c.sentence, got, c.right)
		}
	}
}

func TestBusinessOf(t *testing.T) {
	for role, want := range map[string]string{
		"chief executive of mobile music firm Musiwave":                 "mobile music|mobile music firm Musiwave",
		"spokesman for anti-virus firm Finjan":                          "virus|anti-virus firm Finjan",
		"general manager of Toshiba's European storage device division": "storage device|Toshiba's European storage device division",
		"chief executive of paid-for music site Wippit":                 "paid music|paid-for music site Wippit",
		"an analyst at Jupiter Research":                                "|",
		"WMC chief executive":                                           "|",
	} {
		trade, firm := businessOf(role)
		if got := strings.Join(trade, " ") + "|" + firm; got != want {
			t.Errorf("businessOf(%q) = %q; want %q", role, got, want)
		}
	}
}

// A speaker's stake may show in a later claim, made under their surname
// alone; where two speakers speak for one body, it is asked about once,
// of the claim a first statement makes.
func TestStakeFromALaterClaim(t *testing.T) {
	const story = "Britons hoard data\n\n" +
		"\"Britain has become a nation of hoarders,\" said Martin Larsson, general manager of Toshiba's European storage device division.\n\n" +
		"Gadgets now hold far more music than they did two years ago, the study found.\n\n" +
		"Larsson said the demand for storage in phones would double within two years.\n"
	for _, c := range []struct {
		more    string
		speaker string
		at      int
	}{
		{"", "Martin Larsson", 2},
		{"\n\"Storage will keep getting cheaper,\" said Anna Berg, a manager of Toshiba's European storage device division.\n", "Anna Berg", 3},
	} {
		a, err := article.Parse([]byte(story + c.more))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		g.interest()
		if len(g.out) != 1 {
			t.Fatalf("asked %d stake questions; want 1: %+v", len(g.out), g.out)
		}
		if q := g.out[0]; q.Sentence != c.at || !strings.HasPrefix(q.Answer, c.speaker+" works for") {
			t.Errorf("asked %q (sentence %d) → %q; want %s's claim in sentence %d", q.Prompt, q.Sentence, q.Answer, c.speaker, c.at)
		}
	}
}

// No stake question offers "Nothing: X has no link to …": the article's
// own words say the opposite, and the option fell at a glance (r96, G).
func TestStakeOffersNoNothingOption(t *testing.T) {
	a, err := article.Parse([]byte("Phones to lead music sales\n\nMobile phones will soon sell more songs than computers, according to a study.\n\n" +
		"Gilles Babinet, chief executive of mobile music firm Musiwave, said music downloads on mobiles may become the biggest medium for music.\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	g.interest()
	if len(g.out) != 1 {
		t.Fatalf("asked %d stake questions; want 1", len(g.out))
	}
	for _, q := range g.out {
		if slices.ContainsFunc(q.Choices, func(c string) bool { return strings.HasPrefix(c, "Nothing:") }) || len(q.Choices) != 3 {
			t.Errorf("%q offers %q", q.Prompt, q.Choices)
		}
	}
}

// A reported claim that runs on into a second report with its own
// subject ("…, and he accused …") is no claim to show after "claim
// that": its stake question is not asked (held-out h9, W).
func TestStakeClaimWithASecondReport(t *testing.T) {
	for _, c := range []struct {
		sentence string
		asked    bool
	}{
		{`Martin Larsson, general manager of Toshiba's European storage device division, said the demand for storage in phones would double within two years.`, true},
		{`Martin Larsson, general manager of Toshiba's European storage device division, said the demand for storage in phones would double, and he accused rivals of holding back supply.`, false},
	} {
		a, err := article.Parse([]byte("Phones to lead music sales\n\nMobile phones will soon sell more songs than computers, according to a study.\n\n" + c.sentence + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		g.interest()
		if got := len(g.out) > 0; got != c.asked {
			t.Errorf("%s\nasked %v, want %v", c.sentence, got, c.asked)
		}
	}
}

// A body's figure about itself, in its own name, is asked "why weigh it
// with care?"; not its plans, an "it" that stands for no body, nor a
// person known by a surname.
func TestOwnStake(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"a firm's figure about itself", "Australian mining firm WMC Resources has said it is worth up to 30% more than a hostile bid by rival Xstrata.",
			"Why should a reader weigh with care WMC Resources' claim that it is worth up to 30% more than a hostile bid by rival Xstrata?"},
		{"its own figures", "West Sound Ferries said its fuel costs had risen by about 40% in the past 18 months.",
			"Why should a reader weigh with care West Sound Ferries' claim that its fuel costs had risen by about 40% in the past 18 months?"},
		{"a plan, no figure", "The Remote Gambling Association said it was advising its members to report any threats to police.", ""},
		{"an 'it' that stands for no body", "Charles Kennedy said the plan was unfair. Kennedy said it was a scandal that 40% of pensioners paid more.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			for _, q := range askedOf(t, "Bid news\n\n"+c.body+"\n", func(g *generator) { g.ownStakes(map[string]bool{}) }) {
				got = q.Prompt
				if !strings.Contains(q.Answer, "speaking about itself") || len(q.Choices) < 3 {
					t.Errorf("answer %q among %q", q.Answer, q.Choices)
				}
			}
			if got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// A body's count of the calls or letters it has received is its own
// record, no claim its stake colours (held-out h27-10, h11-07: K, V); a
// business's count of its users is its boast, and stays.
func TestContactsReceivedIsNoStake(t *testing.T) {
	for claim, want := range map[string]bool{
		"city hall had received more than 300 phone calls and emails about the story since Friday": true,
		"it had received more than 600 questions from readers about the offer since Friday":        true,
		"the council has had dozens of complaints about the noise":                                 true,
		"it has about 45 million monthly active users, most of them under 25":                      false,
		"it had taken in 64 animals in the first six months of the year":                           false,
	} {
		if got := contactsReceived.MatchString(claim); got != want {
			t.Errorf("contactsReceived(%q) = %v; want %v", claim, got, want)
		}
	}
}
