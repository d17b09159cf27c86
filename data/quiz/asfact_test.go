package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// A claim hedged in its main clause is asked without its hedge word; a
// hedge inside a clause, in someone's report or in a quotation is not.
func TestAsFactDropsTheHedgeWord(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"according to reports", "Pop star Kaylee Monroe and actor Dane Whitaker have split after three years together, according to multiple reports.",
			"In what way does the article say that pop star Kaylee Monroe and actor Dane Whitaker have split after three years together?"},
		{"according to reports, and what the article adds", "A senior commander of the group has been killed in an air strike near Tal Afar, according to reports that spread on social media, although the claim has not been confirmed.",
			"In what way does the article say that a senior commander of the group has been killed in an air strike near Tal Afar?"},
		{"according to reports, a hedge inside", "A British man who allegedly fought in Syria has been arrested in Turkey, according to reports.", ""},
		{"a recording its named makers released", "Islamic State militants released a video on Tuesday purporting to show the beheading of journalist James Foley.", ""},
		{"according to reports in a named paper", "Pop star Kaylee Monroe has left the band Velvet Static, according to reports in The Sun.", ""},
		{"according to reports in a country", "Ashbury Rovers striker Kieran Malley is attracting interest from Sporting Valdora, according to reports in Portugal this week.",
			"In what way does the article say that Ashbury Rovers striker Kieran Malley is attracting interest from Sporting Valdora?"},
		{"according to reports in a country's press", "Ashbury Rovers striker Kieran Malley is attracting interest from Sporting Valdora, according to reports in the Portuguese press.",
			"In what way does the article say that Ashbury Rovers striker Kieran Malley is attracting interest from Sporting Valdora?"},
		{"according to one report", "Pop singer Kayla Moreno and film producer Daniel Ashe have quietly separated, according to a report.",
			"In what way does the article say that pop singer Kayla Moreno and film producer Daniel Ashe have quietly separated?"},
		{"according to a report, and when", "Chirpr is in advanced talks to be acquired by Veltro Systems for as much as $2.4 billion, according to a report published on Wednesday.",
			"In what way does the article say that Chirpr is in advanced talks to be acquired by Veltro Systems for as much as $2.4 billion?"},
		{"according to a report by someone described", "Young people in rural England are being priced out of the areas where they grew up, according to a report by a building society.", ""},
		{"according to a report in a named paper", "Pop star Kaylee Monroe has left the band Velvet Static, according to a report in The Sun.", ""},
		{"a report, the noun itself", "Pop star Kaylee Monroe has left the band Velvet Static, according to a reporter at the show.", ""},
		{"reportedly", "Militant group Boko Haram is reportedly holding a German hostage who was kidnapped in July.",
			"In what way does the article say that militant group Boko Haram is holding a German hostage who was kidnapped in July?"},
		{"a recording that appeared to show", "Video posted on YouTube by an activist group appeared to show armed men waving flags outside a customs building.",
			"In what way does the article say that video posted on YouTube by an activist group showed armed men waving flags outside a customs building?"},
		{"a person named only by their age", "The 24-year-old has reportedly agreed a four-year contract with Rovers worth two million pounds a year.", ""},
		{"a place named only by its kind", "The country's medicines regulator has reportedly asked prosecutors to look into the website selling the tincture.", ""},
		{"a place the sentence names", "The city of Plovdiv has reportedly asked prosecutors to look into a website selling the tincture.",
			"In what way does the article say that the city of Plovdiv has asked prosecutors to look into a website selling the tincture?"},
		{"a hedge left in the claim", "One image appears to show the back of the watch, with a heart rate sensor and what looks like a model number printed underneath.", ""},
		{"reportedly, and an aside after a dash", "Film actress Marisa Quell has reportedly bought a 200-year-old pub in a tiny Clare village - though locals say they will believe it when they see her.",
			"In what way does the article say that film actress Marisa Quell has bought a 200-year-old pub in a tiny Clare village?"},
		{"allegedly, a name first", "Shekau allegedly knows the commander of the northern unit well.",
			"In what way does the article say that Shekau knows the commander of the northern unit well?"},
		{"a claim inside a claim", "Shekau allegedly says in the video that he does not know the commander.", ""},
		{"a scene-setting phrase first, left out", "Upon returning to the UK, Emwazi was reportedly on the radar of MI5, who warned him he was on a watch list.",
			"In what way does the article say that Emwazi was on the radar of MI5?"},
		{"a clause before the subject is no scene", "Because the border was shut, Emwazi was reportedly held at the airport for a night.", ""},
		{"what followed, in the writer's words, stays out", "Kelsey Marlowe is reportedly set to quit Harbour Lane after nine years, leaving fans fearing the worst.",
			"In what way does the article say that Kelsey Marlowe is set to quit Harbour Lane after nine years?"},
		{"the article's own clause stays out", "Eleven commercial jets have reportedly been stolen in Libya, and Western agencies have begun warning airlines.",
			"In what way does the article say that eleven commercial jets have been stolen in Libya?"},
		{"a list with one subject stays whole", "Wilson has reportedly met Brown, called the police, and struggled to find the weapon.",
			"In what way does the article say that Wilson has met Brown, called the police, and struggled to find the weapon?"},
		{"a belief stated as a state", "The hooded man with an English accent is believed to be Abdel Bary, a former rapper.",
			"In what way does the article say that the hooded man with an English accent is Abdel Bary, a former rapper?"},
		{"a belief about a past event", "Emwazi is understood to have arrived in Britain as a young boy.",
			"In what way does the article say that Emwazi arrived in Britain as a young boy?"},
		{"a hedge on a noun", "Edward Fox is one of the men behind plans to reopen a Swansea theatre thought to be Wales' oldest.",
			"In what way does the article say that the Swansea theatre is Wales' oldest?"},
		{"an adverb on a noun's clause", "A campaign has been waged over the lyrics that allegedly call for violence against gay people.",
			"In what way does the article say that the lyrics call for violence against gay people?"},
		{"a noun the article never pins down", "A campaign has been waged over lyrics that allegedly call for violence against gay people.", ""},
		{"a hedge in a clause on a noun", "A video showed a kneeling man dressed in an orange jumpsuit who is purported to be James Foley, a photojournalist.",
			"In what way does the article say that the kneeling man is James Foley?"},
		{"a recording said to show something", "Insurgents released a video on Tuesday purportedly showing the beheading of journalist James Foley.",
			"In what way does the article say that the video shows the beheading of journalist James Foley?"},
		{"a recording purporting to show something", "Militants released a video on Tuesday purporting to show the beheading of journalist James Foley.",
			"In what way does the article say that the video shows the beheading of journalist James Foley?"},
		{"a clip said to show something", "Rebels posted a clip said to show the capture of the airport at Kobani.",
			"In what way does the article say that the clip shows the capture of the airport at Kobani?"},
		{"a tape that purports to show something", "The channel aired a tape that purports to show the missing pilot alive in a cell.",
			"In what way does the article say that the tape shows the missing pilot alive in a cell?"},
		{"the recording is the subject", "The row grew after a blurry image purporting to show the new phone was posted online by a fan.", ""},
		{"a recording that shows, plainly", "Militants released a video on Tuesday showing the beheading of journalist James Foley.", ""},
		{"a recording meant to show", "The club released a video to show the new stadium to its fans.", ""},
		{"another, after a first the claim does not show (h19-10)", "Another fan is believed to have matched the view from the window to a studio near Reykjavik.", ""},
		{"a possessive left without its owner", "He called for attacks in a speech purported to be in his name last month.", ""},
		{"a possessive whose owner the claim names", "Pop singer Kayla Moreno and her husband of three years have quietly separated, according to a report.",
			"In what way does the article say that pop singer Kayla Moreno and her husband of three years have quietly separated?"},
		{"a possessive before any name", "Their lawyer and Kayla Moreno have quietly parted ways, according to a report.", ""},
		{"a forecast, its reasons left out", "Turkey's investment in Iran's mobile industry looks set to be scrapped after its biggest mobile firm saw its investment slashed by MPs.",
			"In what way does the article say that Turkey's investment in Iran's mobile industry will be scrapped?"},
		{"a likely change", "Andy Robinson is likely to make changes in the back row and centre after the 11-9 loss.",
			"In what way does the article say that Andy Robinson will make changes in the back row and centre?"},
		{"an expectation, no one's named", "The ban is expected to be made law in the UK under an amendment to the Crime Bill.",
			"In what way does the article say that the ban will be made law in the UK under an amendment to the Crime Bill?"},
		{"a dated step on a timetable (h20-02)", "A final decision is expected to be taken by the full council in February.", ""},
		{"a forecast about someone named only before", "The Bath fly-half-cum-centre is likely to start against France on Saturday.", ""},
		{"inside a clause", "The party suspended a candidate for allegedly suggesting that prisoners should be killed.", ""},
		{"inside someone's report", "The report said the group reportedly has surface-to-air missiles and rockets.", ""},
		{"a pronoun subject", "He reportedly told friends that he would leave the club in the summer.", ""},
		{"appears to have been", "A campaign by Lycos Europe to target spam websites appears to have been put on hold.",
			"In what way does the article say that a campaign by Lycos Europe to target spam websites has been put on hold?"},
		{"claimed to have, in the past: a forecast falls at a glance (h19-10)", "The militants claimed to have captured the airport at Kobani on Monday.", ""},
		{"claims of what is to come", "The militants claim to be ready to take the airport at Kobani within days and could attack soon.",
			"In what way does the article say that the militants are ready to take the airport at Kobani within days and could attack soon?"},
		{"appear to be, plural", "The two hostages appear to be held in a village near the border.",
			"In what way does the article say that the two hostages are held in a village near the border?"},
		{"claimed to be, in the past: how many?", "The gunmen claimed to be members of a new faction.", ""},
		{"an embedded post", "Photos RT'ed from @KsaBrk appear to be old and misleading.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A claim restated with "will" is a forecast; the rest are
			// reports the article does not confirm.
			want, answer := tt.want, footingOptions[unconfirmedFooting]
			if strings.Contains(want, " will ") {
				answer = footingOptions[forecastFooting]
			}
			checkAsked(t, "Hostage held in Nigeria\n\nEleven people from a militant group met in Abuja on Monday. "+tt.body+"\n", want, answer,
				func(g *generator, a *article.Article, _ *facts.Analysis) {
					for i := range a.Sentences {
						g.asFact(i)
					}
				})
		})
	}
}

// A claim credited to people the article keeps unnamed — "according to
// people familiar with the matter" — is asked of with "someone it does
// not name" as the key; "reported or believed", as right, and a
// forecast, ruled out by tense, are left out of the options.
func TestAsFactCreditedToUnnamedPeople(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"people familiar with the matter", "Loopd, the video app, is in advanced talks to be acquired for around $400 million, according to people familiar with the matter.",
			"In what way does the article say that Loopd, the video app, is in advanced talks to be acquired for around $400 million?"},
		{"two sources close to the talks, and more after", "Orrin Systems is close to buying the app Loopchat for $1.4 billion, according to two sources close to the talks, in one of the year's biggest deals.",
			"In what way does the article say that Orrin Systems is close to buying the app Loopchat for $1.4 billion?"},
		{"a person briefed on the plans", "The bank will cut about 2,000 jobs in investment banking this year, according to a person briefed on the plans.",
			"In what way does the article say that the bank will cut about 2,000 jobs in investment banking this year?"},
		{"local officials, and what the article adds", "Somali government forces have captured a senior commander of the militant group in a night raid, according to local officials, although the group has denied the claim.",
			"In what way does the article say that Somali government forces have captured a senior commander of the militant group in a night raid?"},
		{"a people's security sources", "The commander's wife was arrested at a checkpoint near the border last month, according to Iraqi security sources.",
			"In what way does the article say that the commander's wife was arrested at a checkpoint near the border last month?"},
		{"a body's officials", "The search engine will open three offices in Africa next year, according to Google officials.", ""}, // a body the credit names
		{"the credit first", "According to one person involved in the production, the theatre has been less than half full since September, while the show needed far more.",
			"In what way does the article say that the theatre has been less than half full since September?"},
		{"a named person's credit first", "According to Tom Reed, the theatre has been less than half full since September.", ""},
		{"people who are named", "Loopd is in advanced talks to be acquired, according to Tom Reed and Ann Cole of the firm.", ""},
		{"people in general", "Loopd is popular with teenagers, according to people who use it.", ""},
		{"a hedge of its own", "Loopd is reportedly in advanced talks to be acquired, according to people familiar with the matter.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAsked(t, "Deal talks\n\nEleven people from the firm met in Leeds on Monday. "+tt.body+"\n", tt.want, footingOptions[unnamedFooting],
				func(g *generator, a *article.Article, _ *facts.Analysis) {
					for i := range a.Sentences {
						g.asFact(i)
					}
				})
		})
	}
	for _, q := range askedOf(t, "Deal talks\n\nLoopd is in advanced talks to be acquired for around $400 million, according to people familiar with the matter.\n",
		func(g *generator) { g.asFact(0) }) {
		if slices.Contains(q.Choices, footingOptions[unconfirmedFooting]) || slices.Contains(q.Choices, footingOptions[forecastFooting]) || len(q.Choices) != 3 {
			t.Errorf("choices %q: want three, without the report or the forecast", q.Choices)
		}
	}
}

// A hedged claim the headline states flatly is not asked "does the
// article report it as fact?": the headline does (round 56).
func TestAsFactUnderAFlatHeadline(t *testing.T) {
	body := "\n\nA campaign by Lycos Europe to target spam websites appears to have been put on hold.\n"
	ask := func(g *generator, a *article.Article, _ *facts.Analysis) {
		for i := range a.Sentences {
			g.asFact(i)
		}
	}
	seems := footingOptions[unconfirmedFooting]
	checkAsked(t, "Freeze on anti-spam campaign"+body, "", seems, ask)
	checkAsked(t, "Lycos Europe changes course"+body,
		"In what way does the article say that a campaign by Lycos Europe to target spam websites has been put on hold?", seems, ask)
	checkAsked(t, "Anti-spam campaign may be frozen"+body, // the headline hedges too
		"In what way does the article say that a campaign by Lycos Europe to target spam websites has been put on hold?", seems, ask)
}

// A claim the article tells twice, hedged one way here and credited by
// name there, has two fair footings: not asked (r108, K).
func TestAsFactNotOfAClaimToldTwice(t *testing.T) {
	for _, c := range []struct {
		name, body string
		ask        bool
	}{
		{"told once", "Militant group Boko Haram is reportedly holding a German hostage who was kidnapped in July.\n\nThe army said it had retaken two towns.\n", true},
		{"told again, credited", "Militant group Boko Haram is reportedly holding a German hostage who was kidnapped in July.\n\nThe army said it had retaken two towns.\n\n" +
			"In a video, Boko Haram claims to be holding a German hostage.\n", false},
		// Only the names come again: the quotation tells who, not the claim.
		{"the names told again, not the claim", "Militants released a video on Tuesday purporting to show the beheading of American journalist James Wright Foley.\n\n" +
			"The army said it had retaken two towns.\n\n\"This is James Wright Foley, an American citizen,\" the masked man says.\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := article.Parse([]byte("Hostage video\n\n" + c.body))
			if err != nil {
				t.Fatal(err)
			}
			g := newGenerator(a, facts.Extract(a))
			g.asFact(0)
			if asked := len(g.out) > 0; asked != c.ask {
				t.Errorf("asked %v, want %v: %+v", asked, c.ask, g.out)
			}
		})
	}
}

// The newsroom's own "It is believed …" is asked of the claim after it;
// not where that claim points at what came before ("officers there",
// "earlier versions": r169, W) or opens on a pronoun.
func TestAsFactOfAnImpersonalReport(t *testing.T) {
	reported := footingOptions[unconfirmedFooting]
	ask := func(g *generator, a *article.Article, _ *facts.Analysis) {
		for i := range a.Sentences {
			g.asFact(i)
		}
	}
	for _, c := range []struct{ body, prompt string }{
		{"It is believed Baghdadi became head of the Islamic State of Iraq, a predecessor to IS, in 2010.",
			"In what way does the article say that Baghdadi became head of the Islamic State of Iraq, a predecessor to IS, in 2010?"},
		{"It is understood the company has already spent more than £400,000 on surveys and design work.",
			"In what way does the article say that the company has already spent more than £400,000 on surveys and design work?"},
		{"It is understood officers there have asked for more detail on how fire engines would get access.", ""},
		{"It is believed that earlier versions struggled to work in bright sunlight and with glasses.", ""},
		{"It is believed he was questioned by detectives for several hours on Monday.", ""},
		// A dated step on a timetable, whatever hedges it (held-out h2-03).
		{"It is thought that a hearing could take place before the end of June.", ""},
		{"It is thought that the appeal could collapse before the end of June.",
			"In what way does the article say that the appeal could collapse before the end of June?"},
		// A hedge credited by name at the end is that source's claim too
		// (h28-10, K).
		{"The photo appears to have been taken from a parenting forum, where it was posted in 2013, according to fact-checking website HoaxWatch.", ""},
		{"The photo appears to have been taken from a parenting forum, where it was posted in 2013 by a mother.",
			"In what way does the article say that the photo has been taken from a parenting forum?"},
		// A film's title in quotation marks quotes no one (h27-07).
		{"Brandon Kessler has reportedly been dropped from the sequel to the hit \"Night Harbor\" after talks broke down.",
			"In what way does the article say that Brandon Kessler has been dropped from the sequel to the hit “Night Harbor” after talks broke down?"},
		// What the commas add about a name is left out of its claim.
		{"Fidel Castro Odinga, the son of Kenyan politician Raila Odinga, reportedly died on Jan. 4.",
			"In what way does the article say that Fidel Castro Odinga died on Jan. 4?"},
	} {
		checkAsked(t, "Council news\n\n"+c.body+"\n", c.prompt, reported, ask)
	}
}
