package facts

import "testing"

// TestMediaReported: what the media report, a paper by its name among
// them, and not a person whose post names the media ("media researcher
// Paul Adeyemi said", held-out h12), who speaks for themself.
func TestMediaReported(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"local media", "Local media reported late on Tuesday that militants had attacked.", true},
		{"media of a place", "State media in Iran reported that the talks had ended.", true},
		{"a newspaper by its name", "The Lebanese newspaper As-Safir reported she had been detained.", true},
		{"a media researcher is a person", "Digital media researcher Paul Adeyemi said hoaxes like this were designed to make money.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, "A Headline For Rules\n\n"+c.body+"\n")
			got := false
			for _, fl := range an.Flags {
				got = got || fl.Kind == SecondHand && fl.Rule == "media reported"
			}
			if got != c.want {
				t.Errorf("flagged by \"media reported\": %v; want %v (flags %+v)", got, c.want, an.Flags)
			}
		})
	}
}
