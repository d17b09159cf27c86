package facts

import (
	"strings"
	"testing"
)

// TestHeadlineDropsTheDoubt: a plain headline over a first sentence that
// only says the thing appears, is alleged or is believed to be so, and
// the near misses — a headline that hedges or credits someone itself, a
// first sentence that is sure, or unsure about something else, or whose
// doubt is a speaker's own words, a body that settles it further down.
func TestHeadlineDropsTheDoubt(t *testing.T) {
	const lede = "A campaign by Lycos Europe to target spam-related websites appears to have been put on hold.\n\nThe firm released a screensaver this week.\n"
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"doubt dropped", "Freeze on anti-spam campaign\n\n" + lede, true},
		{"alleged", "Singer punched photographer\n\nThe singer allegedly punched a photographer outside the club.\n", true},
		{"settled later", "Singer punched photographer\n\nThe singer allegedly punched a photographer outside the club.\n\nPolice confirmed the singer punched the photographer.\n", false},
		{"headline hedges", "Anti-spam campaign may be frozen\n\n" + lede, false},
		{"headline credits", "Anti-spam campaign frozen, firm says\n\n" + lede, false},
		{"lede is sure", "Freeze on anti-spam campaign\n\nA campaign by Lycos Europe to target spam-related websites has been put on hold.\n", false},
		{"another topic", "Freeze on anti-spam campaign\n\nThe weather in Madrid appears to have turned cold this week.\n", false},
		{"a speaker's doubt", "Freeze on anti-spam campaign\n\n“The campaign appears to have been put on hold,” a fan of the campaign said.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, c.text)
			got := false
			for _, fl := range an.Flags {
				if fl.Kind == HeadlineUnsupported {
					got = true
					if !strings.Contains(fl.Message, "not sure") {
						t.Errorf("message %q does not say the article is unsure", fl.Message)
					}
				}
			}
			if got != c.want {
				t.Errorf("headline-unsupported %v, want %v (flags %+v)", got, c.want, an.Flags)
			}
		})
	}
}

// TestNotFakeHeadline: a headline that insists a story is true, over a
// body on its subject that calls it a hoax, is not supported; a body on
// another subject that mentions a hoax says nothing about it.
func TestNotFakeHeadline(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"hoax on the subject", "‘Three-boobed’ woman: They’re not fake\n\nThe woman who reported adding a third breast was lying and the story is a hoax.\n", true},
		{"hoax on another subject", "Giant Whitstable crab photo: not fake\n\nA hoax about a giant squid fooled readers in Spain.\n", false},
		{"no hoax", "‘Three-boobed’ woman: They’re not fake\n\nThe woman who reported adding a third breast showed it to reporters.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, c.text)
			got := false
			for _, fl := range an.Flags {
				got = got || fl.Kind == HeadlineUnsupported
			}
			if got != c.want {
				t.Errorf("headline-unsupported %v, want %v (flags %+v)", got, c.want, an.Flags)
			}
		})
	}
}
