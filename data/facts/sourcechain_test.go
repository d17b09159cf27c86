package facts

import "testing"

// TestSourceChain: a report of a report, and the near misses — one pair
// of hands, a named teller, a speaker's own words, an outlet the article
// may itself be.
func TestSourceChain(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       string // the rule that flags, "" for none
	}{
		{"citing info from", "A journalist later retracted the tweet, citing \"bad info from Reuters.\"", "citing"},
		{"citing a cost", "The firm cut 200 jobs, citing information technology costs.", ""},
		{"said that reports say", "Abderrahmane Mekkaoui, a Moroccan military expert, explained to Al Jazeera that “credible intelligence” reports say the jets are meant for attacks.", "said that reports say"},
		{"reports are the subject", "The minister said that reports of the attack were false.", ""},
		{"inside someone's words", "“He told me that sources say the jets are ready,” she said.", ""},
		{"people told me", "“I talked to a few people who told me this was a coordinated arrest,” he told Reuters.", "people told me"},
		{"what people told us is heard, not passed on", "Council leader Brian Yeoman said the authority had \"listened to what people told us in no uncertain terms\".", ""},
		{"a doctor told me", "“My doctor told me to rest for a week,” she said.", ""},
		{"unnamed friend to an outlet", "\"I have no doubt,\" said one of his close friends who identified him in an interview with The Washington Post.", "unnamed told outlet"},
		{"named friend", "Jane Smith, a close friend, said in an interview with The Washington Post that she had no doubt.", ""},
		{"friend to a person", "One of his close friends, in an interview with Mr Jones, said she had no doubt.", ""},
		{"from another account", "From @RenaNetjes, Arabic press reports of the flight have been denied by an official spokesperson.", "from another account"},
		{"via an account", "The king flew the jet himself, via @BBCBreaking.", "from another account"},
		{"an account mentioned", "Photos of the king were sent to @KsaBrk on Wednesday.", ""},
		{"a reply", "@crystalhefner Dear Crystal, sorry for your loss.", ""},
		{"retweeted", "Photos of the king retweeted from @KsaBrk appear to be old.", ""},
		{"told, maybe the publisher", "A friend told the Daily Mail she had no doubt.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, "A Headline For Rules\n\n"+c.body+"\n")
			got := ""
			for _, fl := range an.Flags {
				if fl.Kind == SourceChain {
					got = fl.Rule
				}
			}
			if got != c.want {
				t.Errorf("source-chain flag by %q; want %q (flags %+v)", got, c.want, an.Flags)
			}
		})
	}
}
