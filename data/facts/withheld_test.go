package facts

import "testing"

// What someone pointedly did not promise, rule out or answer, each with
// who held it back, the verb a question asks and its object; and
// sentences that hold nothing back.
func TestWithheldCommitments(t *testing.T) {
	for _, c := range []struct{ body, who, verb, claim string }{
		{"Graham Tollett said the firm would not raise prices again this year, although he stopped short of guaranteeing that prices would not rise in 2006.",
			"Graham Tollett", "guarantee", "that prices would not rise in 2006"},
		{"Anna Bell refused to rule out further cuts at the plant, saying only that the business was under review.",
			"Anna Bell", "rule out", "further cuts at the plant"},
		{"Harbour Foods declined to say how many staff it employs.", "Harbour Foods", "say", "how many staff it employs"},
		{"Harbour Foods would not say whether any stores would close.", "Harbour Foods", "say", "whether any stores would close"},
		{"The minister, Sarah Cole, gave no guarantee that the clinic would stay open.", "Sarah Cole", "guarantee", "that the clinic would stay open"},
		{"Chairman Ian Pike would not be drawn on whether the manager would be replaced.", "Ian Pike", "say", "whether the manager would be replaced"},
		{"Harbour Foods could not confirm whether the letters had been sent.", "Harbour Foods", "confirm", "whether the letters had been sent"},
		{"Ian Pike said nothing was decided. He stopped short of promising a new stadium.", "", "", ""},
		{"Harbour Foods declined to comment.", "", "", ""},
		{"Harbour Foods would not say much.", "", "", ""},
		{"Harbour Foods would not confirm the figure.", "", "", ""},
		{"The bus stopped short of the bridge.", "", "", ""},
		// The police held back, not the speaker (held-out h15-08).
		{"Dale Marlow said he had reported the post to local police, who said they were aware of it but would not say whether an investigation had been opened.", "", "", ""},
	} {
		_, an := extractText(t, "Held Back\n\n"+c.body+"\n")
		var got []Fact
		for _, f := range an.ByKind(NoCommitment) {
			if f.Withheld != "" {
				got = append(got, f)
			}
		}
		if c.verb == "" {
			if len(got) != 0 { // "He stopped short of …" with no speaker in its sentence: no one to ask about
				t.Errorf("%q: held back %+v; want nothing", c.body, got[0])
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: %d withheld facts; want 1", c.body, len(got))
			continue
		}
		if f := got[0]; f.Subject != c.who || f.Withheld != c.verb || f.Claim != c.claim {
			t.Errorf("%q:\n got  %q %q %q\n want %q %q %q", c.body, f.Subject, f.Withheld, f.Claim, c.who, c.verb, c.claim)
		}
	}
}
