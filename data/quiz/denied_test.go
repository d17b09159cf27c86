package quiz

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// TestDeniedRules holds each wording of a denial to its own example,
// which must give a party and a claim, and its near miss, which must not.
func TestDeniedRules(t *testing.T) {
	for _, r := range deniedRules {
		t.Run(r.name, func(t *testing.T) {
			if r.pattern.FindStringSubmatch(r.example) == nil {
				t.Errorf("does not match its own example %q", r.example)
			}
			if _, ok := readDenial(r.example); !ok {
				t.Errorf("reads no party and claim in its own example %q", r.example)
			}
			if r.pattern.FindStringSubmatch(r.nearMiss) != nil {
				t.Errorf("matches its near miss %q", r.nearMiss)
			}
		})
	}
}

// TestReadDenial: who denies and what, and the denials whose claim
// cannot be shown alone.
func TestReadDenial(t *testing.T) {
	for _, c := range []struct {
		text               string
		party, verb, claim string // party "" for none
	}{
		{"An Islamic State fighter denied that al-Baghdadi's wife had been arrested.", "An Islamic State fighter", "denied", "al-Baghdadi's wife had been arrested"},
		{"SkyLark Airways confirmed that the flight had been delayed but denied that the pilot had been drinking.", "SkyLark Airways", "denied", "the pilot had been drinking"},
		{"The council denied claims made during the hearing that members of the planning committee had been lobbied privately by the developer before the vote.", "The council", "denied", "members of the planning committee had been lobbied privately by the developer before the vote"},
		{"But the club has strongly denied reports that the manager will leave in the summer.", "the club", "denied", "the manager will leave in the summer"},
		{"The ministry denies that soldiers fired on the crowd.", "The ministry", "denies", "soldiers fired on the crowd"},
		{"The club said there was no truth in reports that the manager would leave.", "The club", "said", "the manager would leave"},
		// A pronoun names no one; a clause for a subject is no party.
		{"He denied that the minister had been told.", "", "", ""},
		{"The minister said the firm denied that the loan had been repaid.", "", "", ""},
		// A claim negated, or pointing back at what the question does
		// not show.
		{"Lynxnet denied that cost-cutting had played any part in the failure.", "Lynxnet", "denied", "cost-cutting had played any part in the failure"},
		{"Kingsmoor chairman Phil Garside said he was \"shocked and very disappointed\" by the decision, and denied that anything had been kept from the buyers.",
			"Kingsmoor chairman Phil Garside", "denied", "anything had been kept from the buyers"},
		// Another subject before "and": not the one who denies.
		{"The striker said he was happy, and the club denied that the deal had been signed.", "", "", ""},
		{"The firm denied that it had broken the law.", "", "", ""},
		{"The firm denied that the staff were not paid.", "", "", ""},
		{"The firm denied that the deal had collapsed.", "", "", ""},
		// No clause: what is denied is not said in these words.
		{"The company dismissed the allegations as baseless.", "", "", ""},
		{"The fighter was denied entry at the border.", "", "", ""},
		{"A spokeswoman said the move was not about the new laws.", "", "", ""},
	} {
		d, ok := readDenial(c.text)
		if c.party == "" {
			if ok {
				t.Errorf("%q: read %+v; want nothing", c.text, d)
			}
			continue
		}
		if !ok || d.party != c.party || d.verb != c.verb || d.claim != c.claim {
			t.Errorf("%q: read %+v (%v); want %q %q %q", c.text, d, ok, c.party, c.verb, c.claim)
		}
	}
}

// TestDeniedQuestion: a flagged denial is asked as what the party said
// about the claim, with no word of the denial in the prompt; where
// someone by the party would not comment, or "Did X accept …?" asks it
// already, it is not.
func TestDeniedQuestion(t *testing.T) {
	const opening = "Army holds leader's wife\n\nThe army detained the wife of the rebel leader at the border, officials said.\n\nShe was taken to the capital.\n\n"
	for _, c := range []struct {
		name, body, prompt, answer string
	}{
		{"asked", "A rebel fighter denied that the leader's wife had been arrested. The group's radio station played music all day.",
			"According to the article, how did a rebel fighter respond to the suggestion that the leader's wife had been arrested?", "The rebel fighter denied it"},
		{"present tense", "The rebel group denies that the leader's wife has been arrested. The group's radio station played music all day.",
			"According to the article, how does the rebel group respond to the suggestion that the leader's wife has been arrested?", "The rebel group denies it"},
		// A word capitalised only to open the sentence is not a name.
		{"common noun", "Rebels denied that the leader's wife had been arrested. The rebels' radio station played music all day.",
			"According to the article, how did rebels respond to the suggestion that the leader's wife had been arrested?", "Rebels denied it"},
		// The next sentence: "would not comment" may be true of it.
		{"refusal beside", "A rebel fighter denied that the leader's wife had been arrested. He declined to comment further.", "", ""},
		{"no further comment", "A rebel fighter denied that the leader's wife had been arrested. The group had no further comment.", "", ""},
		// A named speaker is asked by name, without the post before it.
		{"named", "Rebel spokesman Omar Haddad denied that the leader's wife had been arrested. The group's radio station played music all day.",
			"According to the article, how did Omar Haddad respond to the suggestion that the leader's wife had been arrested?", "Omar Haddad denied it"},
		// The claim cannot be shown alone.
		{"pronoun", "A rebel fighter denied that his leader's wife had been arrested. The group's radio station played music all day.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := article.Parse([]byte(opening + c.body))
			if err != nil {
				t.Fatal(err)
			}
			an := facts.Extract(a)
			if !slices.ContainsFunc(an.Flags, func(fl facts.Flag) bool { return fl.Kind == facts.Denial }) {
				t.Fatalf("no denial flag on %q (flags %+v)", c.body, an.Flags)
			}
			g := newGenerator(a, an)
			g.candidates(false)
			var got *Question
			for i, q := range g.out {
				if q.Source == string(deniedKind) || q.Reason == deniedReason {
					got = &g.out[i]
				}
			}
			if c.prompt == "" {
				if got != nil {
					t.Errorf("asked %q; want no denial question", got.Prompt)
				}
				return
			}
			if got == nil {
				t.Fatalf("no denial question; want %q", c.prompt)
			}
			if got.Prompt != c.prompt || got.Answer != c.answer {
				t.Errorf("asked %q → %q; want %q → %q", got.Prompt, got.Answer, c.prompt, c.answer)
			}
			if got.Source != string(deniedKind) {
				return
			}
			if openingDenies := []string{"den", "reject", "dismiss", "false", "untrue", "not "}; slices.ContainsFunc(openingDenies, func(w string) bool { return strings.Contains(strings.ToLower(got.Prompt), w) }) {
				t.Errorf("the prompt %q holds a word of the denial", got.Prompt)
			}
			if len(got.Choices) != 3 || !slices.Contains(got.Choices, got.Answer) || !passesGates(*got) {
				t.Errorf("choices %q, answer %q, gates %v", got.Choices, got.Answer, passesGates(*got))
			}
		})
	}
}

// TestDeniedAskedOnce: where "Did X accept that …?" asks the denial
// already (denial, generate.go), it is not asked again.
func TestDeniedAskedOnce(t *testing.T) {
	a, err := article.Parse([]byte("Army holds leader's wife\n\nThe army detained the wife of the rebel leader at the border, officials said.\n\nShe was taken to the capital.\n\nA rebel fighter denied that the leader's wife had been arrested. The group's radio station played music all day."))
	if err != nil {
		t.Fatal(err)
	}
	an := facts.Extract(a)
	i := slices.IndexFunc(an.Flags, func(fl facts.Flag) bool { return fl.Kind == facts.Denial })
	if i < 0 {
		t.Fatalf("no denial flag (flags %+v)", an.Flags)
	}
	g := newGenerator(a, an)
	g.out = []Question{{Sentence: an.Flags[i].Sentence, Reason: deniedReason}}
	g.deniedAsked(an.Flags[i])
	if len(g.out) != 1 {
		t.Errorf("asked again: %q", g.out[1].Prompt)
	}
	g.out = nil
	g.deniedAsked(an.Flags[i])
	if len(g.out) != 1 {
		t.Errorf("not asked without the other question")
	}
}

// FuzzReadDenial: on any sentence, a denial read has a party of at most
// six words and a claim that is part of the sentence.
func FuzzReadDenial(f *testing.F) {
	for _, r := range deniedRules {
		f.Add(r.example)
		f.Add(r.nearMiss)
	}
	f.Add("But the club has strongly denied reports that the manager will leave in the summer.")
	f.Add("SkyLark Airways confirmed that the flight had been delayed but denied that the pilot had been drinking.")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d, ok := readDenial(s)
		if !ok {
			return
		}
		if n := len(strings.Fields(d.party)); n == 0 || n > 6 {
			t.Errorf("%q: party %q", s, d.party)
		}
		if !strings.Contains(s, d.claim) || !strings.Contains(s, d.party) || d.claim == "" {
			t.Errorf("%q: read %+v, not in the sentence", s, d)
		}
		if _, ok := deniedAux[tenseOf(d.verb)]; !ok {
			t.Errorf("%q: verb %q has no tense", s, d.verb)
		}
	})
}
