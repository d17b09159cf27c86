package quiz

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// TestEquivalentForms: the same answer written another way is right, and
// a near miss written the same way is still wrong. Questions are a
// teacher's, their kind read from the prompt as the editor does.
func TestEquivalentForms(t *testing.T) {
	ask := func(prompt string, key ...string) Question {
		kind := InferKind(prompt, key)
		if kind == YesNo {
			key = []string{strings.ToLower(key[0])} // as the editor keeps it
		}
		return Question{Kind: kind, Prompt: prompt, Answer: key[0], Accepted: key}
	}
	slot := ask("At about what time might the show go out on Sundays?", "about 1900", "7pm")
	parts := ask("Which parts of the UK will the law cover?", "England, Wales and Northern Ireland")
	soap := ask("Which soap was the show up against?", "Coronation Street")
	score := ask("What was the score when Madrid lost?", "1-0")
	firm := ask("Which company does the consultant work for?", "Sophos")
	agreed := ask("Has the prime minister agreed to take part in a debate?", "No")
	decided := ask("Has the prime minister decided to take part in a debate?", "No")
	both := ask("Have Mr Howard and Mr Kennedy said they would welcome a debate?", "Yes")
	price := ask("What price per share is the offer pitched at?", "300p", "300p per share")
	value := ask("How much does the offer value the club at?", "£800m", "$1.5bn")
	prize := ask("What is the prize for a proof?", "$1,000,000")
	share := ask("What share of the world's uranium does the mine hold?", "about one-third")
	star := ask("Which star was dropped from the show?", "Beenie Man")
	speaker := ask("Who denied the split?", "Michael Howard", "Mr Howard")
	jack := Question{Kind: Who, Prompt: "Who met Trump?", Answer: "Jack Ma", Accepted: []string{"Jack Ma", "Ma"},
		Distractors: []string{"Donald Trump", "Alibaba"}}
	chair := ask("Who is the chairman of the club?", "Maurice Lindsay")
	aims := ask("Does Doctorow think the system will achieve its aims?", "No")
	post := ask("What position was he given in the party?", "deputy party leader", "deputy leader")
	launch := ask("On which day was the party expected to launch?", "Wednesday")
	gain := ask("By how much would a typical household gain?", "more than £450 a year")
	rate := ask("What rate of income tax would the top earners pay?", "50%")
	title := ask("Which title did he win at the Games?", "men's 200m")
	ban := ask("What is the longest ban they face?", "two years", "a two-year ban")
	when := ask("When is a decision now expected?", "around mid-March")
	song := ask("Which song was his first hit?", "Through the Wire")
	duo := ask("Which two artists did he work with?", "Twista and Jamie Foxx")
	calm := ask("Do analysts expect markets to become less jumpy?", "Yes")
	strong := ask("Were the comments strong enough to move markets?", "No")
	index := ask("What figure did the index drop to?", "61.2")
	theatre := ask("How much money is needed to buy the theatre?", "£500,000")
	safe := ask("Did engineers say the theatre was safe?", "Yes")
	lefty := ask("According to Ginepri, is Young left-handed?", "Yes")
	paid := ask("How much was she paid for the advert?", "£250")
	clip := ask("How long is the audio recording?", "12 seconds")
	taken := ask("On what date was he kidnapped?", "Nov. 22, 2012")
	year := ask("In what year were the embassies bombed?", "1998")
	rep := ask("Which congressman told Fox News?", "Duncan Hunter")
	wife := ask("What is the name of the wife who was arrested?", "Saja Hamid al-Dulaimi")
	laugh := ask("Who made the baby laugh?", "her father Bill")
	gold := ask("What kind of gold is the watch made from?", "18-karat gold")
	tests := []verdictCase{
		// Held-out set 6 (FNC-1 bodies), first measured 89.4 %: each a
		// general form the checker missed.
		{paid, "two hundred and fifty pounds", Correct},
		{paid, "two hundred and fifty dollars", Incorrect},
		{clip, "12s", Correct},
		{clip, "12 mins", Incorrect},
		{taken, "22/11/2012", Correct},   // only one order makes a date
		{taken, "11/22/2012", Correct},   // the other country's order
		{taken, "21/11/2012", Incorrect}, // another day
		{taken, "3/2/2012", Unclear},     // 3 February or 2 March: say so
		{year, "'98", Correct},
		{year, "'89", Incorrect},
		{rep, "Rep. Hunter", Correct},
		{rep, "Rep. Smith", Incorrect},
		{wife, "Dulaimi", Correct},
		{wife, "Baghdadi", Incorrect},
		{laugh, "her dad", Correct},
		{laugh, "her mum", Incorrect},
		{gold, "18k gold", Correct},
		{gold, "eighteen carat gold", Correct},
		{gold, "24k gold", Incorrect},
		{theatre, "half a million pounds", Correct},
		{theatre, "a million pounds", Incorrect},
		{safe, "yes", Correct},
		{safe, "yes but it is unsafe", Incorrect}, // the reason says the opposite
		{lefty, "yes he is right-handed", Incorrect},
		{post, "deputy leader", Correct},
		{post, "leader", Incorrect}, // another post
		{launch, "Wensday", Correct},
		{launch, "Thursday", Incorrect},
		{gain, "£450 a year", Correct},
		{gain, "£450 a month", Incorrect},
		{rate, "half", Correct},
		{rate, "a third", Incorrect},
		{title, "men's 200 metres", Correct},
		{title, "men's 400 metres", Incorrect},
		{ban, "2-year ban", Correct},
		{ban, "a one-year ban", Incorrect},
		{when, "around the middle of March", Correct},
		{song, "Thru the Wire", Correct},
		{duo, "Twista and Jamie Fox", Correct},
		{calm, "yes", Correct},
		{calm, "Yes, they expect markets to become more volatile", Incorrect},
		{strong, "nope, they were too weak", Correct},
		{index, "sixty-one point two", Correct},
		{index, "sixty-one", Incorrect},
		{price, "£3 a share", Correct},
		{price, "300 pence a share", Correct},
		{price, "£300", Incorrect},
		{value, "£800 million", Correct},
		{value, "$1.5 billion", Correct},
		{value, "£1.5bn", Incorrect}, // the right number in the wrong currency
		{prize, "$1,000,006", Incorrect},
		{share, "1/3", Correct},
		{share, "a third", Correct},
		{share, "a quarter", Incorrect},
		{star, "Beenie Man or Sizzla", Incorrect}, // two guesses
		{speaker, "Michael Howard or Mr Howard", Correct},
		{speaker, "a Tory", Incorrect},
		{jack, "Jack Ma, the Alibaba founder", Correct}, // one person, described
		{jack, "Jack Ma or Alibaba", Incorrect},         // two guesses
		{chair, "Morris Lindsay", Correct},              // spelt as heard
		{chair, "Dave Whelan", Incorrect},
		{aims, "he has doubts", Correct},
		{aims, "I doubt it", Correct},
		{slot, "19:00", Correct},
		{slot, "7 p.m.", Correct},
		{slot, "7pm on Sunday", Correct},
		{slot, "18:00", Incorrect},
		{slot, "8pm", Incorrect},
		{parts, "England, Wales and NI", Correct},
		{parts, "England, Wales and NZ", Partial}, // two of the three
		{soap, "coronation st", Correct},
		{soap, "Emmerdale", Incorrect},
		{score, "one-nil", Correct},
		{score, "1 nil", Correct},
		{score, "two-nil", Incorrect},
		{firm, "Sofos", Correct},
		{firm, "Sofa", Incorrect},
		{agreed, "no", Correct},
		{agreed, "he hasn't decided yet", Incorrect},
		{agreed, "still deciding", Incorrect},
		{decided, "no, he has not decided", Correct},
		{both, "yes", Correct},
		{both, "yes, both have", Correct},
		{both, "only Howard has", Incorrect},
	}
	checkVerdicts(t, tests)
}

func TestClockTime(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"19:00", 19 * 60, true},
		{"7.30pm", 19*60 + 30, true},
		{"12 am", 0, true},
		{"7", 0, false},          // seven of anything
		{"2005", 0, false},       // a year
		{"7pm or 8pm", 0, false}, // two times: no one answer
		{"19pm", 0, false},       // no time
	}
	for _, tt := range tests {
		got, ok := clockTime(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("clockTime(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzMoneyAndClock: any text reads as no amount or one that is a
// number, and no time or one within a day, without panicking.
func FuzzMoneyAndClock(f *testing.F) {
	for _, s := range []string{"£800m", "300 pence", "$1,000,000", "19:00", "7.30pm", "£", "p", "12 am"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := moneyIn(s); ok && (m.value < 0 || m.value != m.value) {
			t.Errorf("moneyIn(%q) = %v", s, m)
		}
		if c, ok := clockTime(s); ok && (c < 0 || c >= 24*60) {
			t.Errorf("clockTime(%q) = %d", s, c)
		}
	})
}

// TestHeldOutSevenForms: held-out set 7 (BBC and FNC-1 articles, all
// kinds; first measured 85.8 % and 1.0 %). Each pair is one general
// cause of a miss: the form a student writes, and a near miss written the
// same way that stays wrong. The questions are made up; none is a row of
// the set.
func TestHeldOutSevenForms(t *testing.T) {
	ask := func(prompt string, key ...string) Question {
		kind := InferKind(prompt, key)
		if kind == YesNo {
			key = []string{strings.ToLower(key[0])}
		}
		return Question{Kind: kind, Prompt: prompt, Answer: key[0], Accepted: key}
	}
	deal := ask("How much was the contract worth?", "$2bn")
	fine := ask("How much was the club fined?", "4m euros")
	opened := ask("When did the stadium open?", "June 2010")
	city := ask("Which city did the band move to?", "San Francisco")
	county := ask("Which county does she live in?", "Hertfordshire")
	state := ask("Which state is the senator from?", "Texas")
	signed := ask("Did the two sides sign the treaty in Geneva?", "Yes")
	refused := ask("Did the minister sign the order?", "No")
	job := ask("What is her job?", "information officer at the council")
	place := ask("Where did the team finish in the league?", "sixth")
	day := ask("On what date did the strike start?", "Jan. 3")
	century := ask("In which century was the castle built?", "12th century")
	goals := ask("How many goals did he score?", "seven")
	station := ask("Which channel showed the match?", "ITV Sport 2")
	updated := ask("When was the page last updated?", "Friday, 6 March 2015")
	tests := []verdictCase{
		// Money with its scale before the currency's word.
		{deal, "2 billion dollars", Correct},
		{deal, "2bn dollars", Correct},
		{deal, "2bn euros", Incorrect}, // the right number in another currency
		{fine, "€4m", Correct},
		{fine, "€4,000,000", Correct},
		{fine, "4 million dollars", Incorrect},
		{fine, "40m euros", Incorrect},
		// A month and a year in figures.
		{opened, "06/2010", Correct},
		{opened, "6/2010", Correct},
		{opened, "07/2010", Incorrect},
		{opened, "06/2011", Incorrect},
		// Initials written with points.
		{city, "S.F.", Correct},
		{city, "in S.F.", Correct},
		{city, "L.A.", Incorrect},
		// Common short names of places.
		{city, "SF", Correct},
		{county, "Herts", Correct},
		{county, "Hants", Incorrect},
		{state, "TX", Correct},
		{state, "TN", Incorrect},
		{ask("Which state is she from?", "UT"), "Utah", Correct}, // a code in capitals
		{Question{Kind: Who, Prompt: "Who met Trump?", Answer: "Jack Ma", Accepted: []string{"Jack Ma", "Ma"}}, "Massachusetts", Incorrect},
		{ask("Which team did they beat?", "Bucks"), "Buckinghamshire", Incorrect}, // a team, not the county
		// A yes/no question answered by saying it, in its own words.
		{signed, "They signed it in Geneva", Correct},
		{signed, "They signed it in London", Unclear}, // a new word may change the claim
		{signed, "the two sides", Unclear},            // only who is asked about
		{refused, "he signed it", Incorrect},
		// Clipped words.
		{job, "info officer at the council", Correct},
		{job, "press officer at the council", Partial}, // not the job, but near it
		// Ordinals in words and figures, and in dates.
		{place, "6th", Correct},
		{place, "6th in the league", Correct},
		{place, "7th", Incorrect},
		{place, "fifth", Incorrect},
		{day, "January third", Correct},
		{day, "January 3rd", Correct},
		{day, "January fourth", Incorrect},
		{century, "the twelfth century", Correct},
		{century, "the first half of the 12th century", Correct}, // "first" is no number here
		{century, "the 11th century", Incorrect},
		// A number word misspelt.
		{goals, "sevn", Correct}, // one slip that fits no other number's word (held-out set 11)
		{ask("How many goals did he score?", "eight"), "eigth", Correct},
		{ask("How many goals did he score?", "forty"), "fourty", Correct},
		{ask("How many goals did he score?", "forty"), "fourteen", Incorrect},
		// A name without the initials of its owner.
		{station, "Sport 2", Correct},
		{station, "Sport Two", Correct},
		{station, "ITV Sport 1", Incorrect},
		// An ISO date.
		{updated, "2015-03-06", Correct},
		{updated, "2015-03-07", Incorrect},
	}
	checkVerdicts(t, tests)
}

// TestHeldOutEightForms: the general causes of held-out set 8's misses,
// each with a near miss that stays wrong.
func TestHeldOutEightForms(t *testing.T) {
	ask := teacherQuestion
	died := ask("On what date did he reportedly die?", "Jan. 4")
	inForce := ask("On what date do the laws come into force?", "1 January")
	score := ask("What was the score in the match?", "6-2 6-2")
	held := ask("How long was he held captive?", "six weeks")
	truck := ask("One gigabyte is the equivalent of what?", "a pick-up truck filled with paper")
	tests := []verdictCase{
		// A year the key does not ask for is no mistake.
		{died, "January 4th, 2015", Correct},
		{died, "4 January 2015", Correct},
		{died, "January 5th, 2015", Incorrect},
		{ask("When did he die?", "4 January 2014"), "4 January 2015", Incorrect}, // the key has a year
		// A day whose date never moves, by its name.
		{inForce, "New Year's Day", Correct},
		{inForce, "Christmas Day", Incorrect},
		{inForce, "İ New Year’s Day", Correct}, // a letter that grows when lowered, before the name
		// A score is its numbers, each as many times as the key has it.
		{score, "6-2, 6-2", Correct},
		{score, "6-2 6-3", Incorrect},
		// A month is 28 to 31 days.
		{held, "a month and a half", Correct},
		{held, "two months", Incorrect},
		{held, "a month", Incorrect},
		// "full of" is "filled with".
		{truck, "a pickup truck full of paper", Correct},
		{truck, "a pickup truck full of bricks", Partial},
	}
	checkVerdicts(t, tests)
}

// TestWithConversions: an amount the article converts in brackets is
// right in each currency it gives, and only that amount.
func TestWithConversions(t *testing.T) {
	text := "The pair were each fined 1m euros ($1.3m; £690,000) by the regulator, which earlier fined a bank €5m ($6.5m)."
	got := WithConversions([]string{"1m euros"}, text)
	want := []string{"1m euros", "$1.3m", "£690,000"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("WithConversions = %q, want %q", got, want)
	}
	q := Question{Kind: ShortAnswer, Prompt: "How much were they each fined?", Answer: "1m euros", Accepted: got}
	for answer, v := range map[string]Verdict{"$1.3m": Correct, "£690,000": Correct, "$6.5m": Incorrect, "£1m": Incorrect} {
		if r := Check(q, answer).Verdict; r != v {
			t.Errorf("%q: %v, want %v", answer, r, v)
		}
	}
	if got := WithConversions([]string{"Jean-Marie Messier"}, text); len(got) != 1 {
		t.Errorf("a name took conversions: %q", got)
	}
}

// FuzzWrittenForms: the readers of dates, initials and ordinals never
// panic, and give back text of a sane size.
func FuzzWrittenForms(f *testing.F) {
	for _, s := range []string{"05/2004", "2015-02-05", "L.A.", "in S.F.,", "December tenth", "22/11/2012", "'98", "fifth", "12 second",
		"1m euros ($1.3m; £690,000)", "French stock market regulator AMF has", "x AMF",
		"a year and three months", "an hour and a half", "100 miles per hour", "about a tonne"} {
		f.Add(s)
	}
	q := Question{Kind: ShortAnswer, Accepted: []string{"5 February 2015", "Los Angeles", "Dec. 10"}}
	f.Fuzz(func(t *testing.T, s string) {
		if out, _ := withWrittenDates(q, s); len(out) > 4*len(s)+64 {
			t.Errorf("withWrittenDates(%q) = %q", s, out)
		}
		if out := withInitialisms(q, s); len(out) > 8*len(s)+64 {
			t.Errorf("withInitialisms(%q) = %q", s, out)
		}
		if out := ordinalsAsDigits(s, nil); len(out) > 2*len(s)+64 {
			t.Errorf("ordinalsAsDigits(%q) = %q", s, out)
		}
		_ = WithConversions([]string{"$3bn"}, s)
		if q, ok := quantityIn(s, ""); ok && (q.value != q.value || q.value < 0) {
			t.Errorf("quantityIn(%q) = %v", s, q)
		}
		for _, d := range WithOrganisationDescriptions([]string{"AMF"}, s)[1:] {
			if !strings.HasPrefix(d, "the ") || len(d) > len(s)+4 {
				t.Errorf("WithOrganisationDescriptions(%q) gave %q", s, d)
			}
		}
	})
}

// TestWithOrganisationDescriptions: what the article calls an
// organisation right before its name names it; a description it gives
// two organisations, one word alone, or words across a headline do not.
func TestWithOrganisationDescriptions(t *testing.T) {
	text := "Watchdog probes bank sale\n\nFrench stock market regulator AMF has filed complaints. " +
		"Monitoring firm Netcraft found sites offline, and security firm Sophos agreed. The firm Lycos said little. " +
		"Mining firm Alpha Resources and mining firm Beta Ltd both bid."
	tests := []struct {
		key  string
		want []string
	}{
		{"AMF", []string{"AMF", "the French stock market regulator"}},
		{"Netcraft", []string{"Netcraft", "the Monitoring firm"}},
		{"Lycos", []string{"Lycos"}},                     // "The firm": one word
		{"Alpha Resources", []string{"Alpha Resources"}}, // "mining firm" is two firms'
		{"Alpha", []string{"Alpha"}},                     // not the whole name there
		{"bank sale", []string{"bank sale"}},             // not a name
	}
	for _, tt := range tests {
		if got := WithOrganisationDescriptions([]string{tt.key}, text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: %q, want %q", tt.key, got, tt.want)
		}
	}
	q := Question{Kind: ShortAnswer, Prompt: "Which firm measured the sites?", Answer: "Netcraft",
		Accepted: WithOrganisationDescriptions([]string{"Netcraft"}, text)}
	for answer, want := range map[string]Verdict{"the monitoring firm": Correct, "the security firm": Incorrect, "Sophos": Incorrect} {
		if got := Check(q, answer).Verdict; got != want {
			t.Errorf("%q: %v, want %v", answer, got, want)
		}
	}
}

// TestNumbersUnitsAndTimes: the same amount written another way — a
// fraction in words, a hedge, a bound, a length of time in two units, a
// speed in words — is right; another amount, the other bound, or another
// number in the key's own unit is wrong (issue 13).
func TestNumbersUnitsAndTimes(t *testing.T) {
	ask := teacherQuestion
	people := ask("How many people live there?", "about 2.5 million")
	hit := ask("How many people were affected?", "2 million")
	viewers := ask("How many viewers watched?", "over 20 million")
	almost := ask("How many viewers watched?", "almost 32 million")
	weight := ask("How heavy is the statue?", "roughly 1 tonne")
	probe := ask("How long did the probe last?", "15 months")
	match := ask("How long did the match last?", "90 minutes")
	speed := ask("How fast was the car going?", "100mph")
	rule := ask("How long did the empire rule?", "380 years")
	far := ask("How far is the town?", "about 50 km")
	tests := []verdictCase{
		{people, "two and a half million", Correct},
		{people, "three and a half million", Incorrect},
		{hit, "a couple of million", Correct},
		{hit, "a couple of thousand", Incorrect},
		{viewers, "more than twenty million", Correct},
		{viewers, "above 20 million", Correct},
		{viewers, "less than 20 million", Incorrect},
		{almost, "about 32 million", Correct},
		{almost, "nearly 32 million", Correct},
		{almost, "30 million", Incorrect}, // another number, however close
		{weight, "about a tonne", Correct},
		{weight, "about two tonnes", Incorrect},
		{probe, "a year and three months", Correct},
		{probe, "a year and four months", Incorrect},
		{probe, "15 mths", Correct},
		{match, "an hour and a half", Correct},
		{match, "1 hour 30 minutes", Correct},
		{match, "an hour", Incorrect},
		{speed, "100 miles per hour", Correct},
		{speed, "160 kilometres an hour", Correct},
		{speed, "100 km per hour", Incorrect},
		{rule, "380 yrs", Correct},
		{rule, "388 years", Incorrect}, // the key's own unit: the number is the answer
		{far, "31 miles", Correct},     // a conversion, within rounding
		{far, "45 km", Incorrect},
	}
	checkVerdicts(t, tests)
}

// TestInitialsAndShortDates: initials that pass over the small words of
// a name ("FDA"), and a day and month in figures with no year — read when
// only one order makes a date, asked again when both do (issue 13).
func TestInitialsAndShortDates(t *testing.T) {
	ask := teacherQuestion
	agency := ask("Which agency approved the drug?", "the Food and Drug Administration")
	signed := ask("When was the deal signed?", "Feb. 3")
	strike := ask("When did the strike start?", "Nov. 22")
	tests := []verdictCase{
		{agency, "FDA", Correct},
		{agency, "the FDA", Correct},
		{agency, "FTC", Incorrect},
		{ask("Which body runs the games?", "International Olympic Committee"), "IOC", Correct},
		{ask("Which body runs the games?", "International Olympic Committee"), "IMF", Incorrect},
		{signed, "3/2", Unclear}, // 3 February or 2 March: say so
		{signed, "3 Feb", Correct},
		{strike, "22/11", Correct},
		{strike, "11/22", Correct},
		{strike, "21/11", Incorrect},
	}
	checkVerdicts(t, tests)
}

// A person keyed by name is not one of two people an answer names: the
// article's other people are its wrong answers (held-out set 8).
func TestTwoPeopleForOne(t *testing.T) {
	a, err := article.Parse([]byte("Odinga's son dies\n\nFidel Castro Odinga, the son of former prime minister Raila Odinga, died on Sunday. " +
		"President Uhuru Kenyatta sent his condolences.\n"))
	if err != nil {
		t.Fatal(err)
	}
	key := []string{"Raila Odinga"}
	q := Question{Kind: ShortAnswer, Prompt: "Who is Fidel Castro Odinga's father?", Answer: key[0], Accepted: key, Distractors: Lookalikes(key, a)}
	for answer, want := range map[string]Verdict{
		"Raila Odinga":                     Correct,
		"Raila Odinga, the prime minister": Correct,
		"Raila Odinga and Uhuru Kenyatta":  Unclear,
		"Uhuru Kenyatta":                   Incorrect,
	} {
		if got := Check(q, answer).Verdict; got != want {
			t.Errorf("%q: %v, want %v", answer, got, want)
		}
	}
}

// teacherQuestion is a teacher's question, its kind read from the prompt
// and key as the editor reads it.
func teacherQuestion(prompt string, key ...string) Question {
	return Question{Kind: InferKind(prompt, key), Prompt: prompt, Answer: key[0], Accepted: key}
}

// verdictCase is an answer to a question and the verdict it should get.
type verdictCase struct {
	q      Question
	answer string
	want   Verdict
}

// checkVerdicts checks every case's verdict.
func checkVerdicts(t *testing.T, cases []verdictCase) {
	t.Helper()
	for _, tt := range cases {
		if got := Check(tt.q, tt.answer).Verdict; got != tt.want {
			t.Errorf("%q to %q: %v, want %v", tt.answer, tt.q.Prompt, got, tt.want)
		}
	}
}

// TestHeldOutNineForms: forms students wrote in held-out set 9 (first
// measured 95.0 % of right answers accepted), each a general rule.
func TestHeldOutNineForms(t *testing.T) {
	ask := teacherQuestion // a yes/no key in lower case, as the editor keeps it
	tweets := ask("On what date were the first tweets posted?", "February 4, 2015")
	slot := ask("At about what time might the show be transmitted on Sundays?", "1900")
	held := ask("For how many days was he held in Libya?", "45")
	child := ask("How old is the child believed to be?", "nine years old")
	killed := ask("How many people did the bombing kill?", "at least eight")
	girls := ask("How many schoolgirls were abducted?", "more than 200")
	confirm := ask("Did Islamic State confirm the arrest?", "no")
	reports := ask("Did Scotland Yard confirm the reports?", "no")
	move := ask("Did the flight attendants make the man move?", "no")
	deny := ask("Did he deny the report?", "yes")
	ceasefire := ask("According to Shekau, was there a ceasefire with the government?", "no")
	tests := []verdictCase{
		// A full date's day and month, without its year.
		{tweets, "4th February", Correct},
		{tweets, "Feb. 4", Correct},
		{tweets, "Wednesday 4 February", Correct},
		{tweets, "Thursday 4 February", Incorrect}, // 4 February 2015 was a Wednesday
		{tweets, "5 February", Incorrect},
		{tweets, "4 February 2014", Incorrect}, // a year given must be the key's
		// Four figures are a time of day where the question asks the time.
		{slot, "7pm", Correct},
		{slot, "19:00", Correct},
		{slot, "7 p.m.", Correct},
		{slot, "8pm", Incorrect},
		{ask("In what year did the war end?", "1945"), "7.45pm", Incorrect}, // elsewhere they are a year
		// A bare number counts in the question's unit.
		{held, "45 days", Correct},
		{held, "forty-five", Correct},
		{held, "45 weeks", Incorrect},
		{held, "45 hours", Incorrect},
		// "How old?" asks for years.
		{child, "nine", Correct},
		{child, "9", Correct},
		{child, "10", Incorrect},
		// "at least eight" were eight.
		{killed, "8", Correct},
		{killed, "eight", Correct},
		{killed, "18", Incorrect},
		// "200+" is more than 200.
		{girls, "200+", Correct},
		{girls, "2000+", Incorrect},
		{girls, "under 200", Incorrect},
		// A verb of refusal says no, unless the question asks about it.
		{confirm, "They denied it", Correct},
		{confirm, "they confirmed it", Incorrect},
		{reports, "they refused to confirm", Correct},
		{move, "They refused to move him", Correct},
		{deny, "he denied it", Correct},
		// An answer that calls the claim a lie says no.
		{ceasefire, "He said it was a lie", Correct},
		{ceasefire, "it was fake", Correct},
		{ceasefire, "yes, they agreed one", Incorrect},
		{ask("Did he lie about the ceasefire?", "no"), "yes he lied", Incorrect}, // the question asks about the lie
	}
	checkVerdicts(t, tests)
}

// TestHeldOutNineSpellings: names and words written another way in
// held-out set 9's drafts: accents, a country by its adjective, letters
// run together, codes of initials, karats named by the question.
func TestHeldOutNineSpellings(t *testing.T) {
	ask := teacherQuestion
	finland := ask("Which country is F-Secure from?", "Finland")
	based := ask("In which country is Xstrata based?", "Switzerland")
	exports := ask("Which country's exports did he worry about?", "Italy")
	army := ask("Which army detained them?", "the Lebanese army")
	force := ask("What is he commander-in-chief of?", "the Jordanian Air Force")
	update := ask("Which update protects users?", "SP2")
	channel := ask("Which channel was he brought back from?", "Channel 4")
	karats := ask("How many karats is the gold?", "18")
	tests := []verdictCase{
		// Accents are dropped on both sides.
		{ask("Outside what kind of place was he abducted?", "a café"), "cafe", Correct},
		{ask("Outside what kind of place was he abducted?", "a cafe"), "café", Correct},
		{ask("Who is the German Chancellor?", "Gerhard Schroeder"), "Schröder", Correct},
		{ask("Who is the German Chancellor?", "Gerhard Schröder"), "Schroder", Correct},
		// A country by its people's adjective where the question asks
		// which country someone is from, and a country's "army" by either.
		{finland, "Finnish", Correct},
		{finland, "Swedish", Incorrect},
		{based, "Swiss", Correct},
		{exports, "Italian exports", Correct},
		{exports, "German exports", Incorrect},
		{army, "Lebanon's army", Correct},
		{army, "Syria's army", Incorrect},
		{force, "Jordan's air force", Correct},
		{ask("Which language do they speak?", "French"), "France", Incorrect},
		// The same letters, spaced otherwise; numbers stay apart.
		{ask("Which program could help?", "Plays for Sure"), "PlaysForSure", Correct},
		{ask("Which producer encouraged him?", "No ID"), "NoID", Correct},
		{ask("What was the score?", "1-2"), "12", Incorrect},
		// Initials and a number for the words they stand for.
		{update, "Service Pack 2", Correct},
		{update, "Service Pack 1", Incorrect},
		{ask("Which archive show will it join?", "TOTP2"), "Top of the Pops 2", Correct},
		{channel, "C4", Correct},
		{channel, "C5", Incorrect},
		// Karats the question names.
		{karats, "18k", Correct},
		{karats, "24k", Incorrect},
		// A firm is a company.
		{ask("Where did he get a job?", "a computer company"), "a computer firm", Correct},
	}
	checkVerdicts(t, tests)
}

// TestMentionsUnitReadsInPlace: mentionsUnit's in-place reading of ASCII
// text finds what the folded reading finds — every unit in any case, and
// random phrases of units, words and marks — so no unit is too long for
// its buffer.
func TestMentionsUnitReadsInPlace(t *testing.T) {
	parts := []string{"the", "U.S.", "about", "of", "a", "1", "50km", "km/h", "/", "-", ",", "(", "Kms", "M", "s", "in", "x", " "}
	for _, u := range slices.Sorted(maps.Keys(measureUnits)) { // sorted: the same phrases every run
		parts = append(parts, u, strings.ToUpper(u), "8"+u)
	}
	for _, s := range randomPhrases(5, parts, 5, 3, 100_000) {
		if mentionsUnit(s) != mentionsUnitFolded(s) {
			t.Fatalf("mentionsUnit(%q) = %v, folded %v", s, mentionsUnit(s), mentionsUnitFolded(s))
		}
	}
	for u := range measureUnits {
		if !mentionsUnit(u) || !mentionsUnit(strings.ToUpper(u)) {
			t.Errorf("mentionsUnit misses %q", u)
		}
	}
}
