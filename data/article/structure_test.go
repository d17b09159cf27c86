package article

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadlineOnlyWhenItLooksLikeOne: a first line is the headline when it
// is short and not a sentence; bodies pasted without one have no title.
func TestHeadlineOnlyWhenItLooksLikeOne(t *testing.T) {
	cases := []struct {
		name, text, title string
	}{
		{"short headline", "Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%.\n", "Ad sales boost Time Warner profit"},
		{"headline with a dash and a name", "Farrell saga to drag on - Lindsay\n\nThe row goes on.\n", "Farrell saga to drag on - Lindsay"},
		{"question headline", "Is the euro safe?\n\nEconomists disagree.\n", "Is the euro safe?"},
		{"markdown heading", "# A long markdown title that has many words in it, more than any real headline would\n\nBody.\n",
			"A long markdown title that has many words in it, more than any real headline would"},
		{"opening sentence", "Kim Jong-un could try and open a restaurant in Scotland, experts claim.\n\nMore text.\n", ""},
		{"long standfirst", "The North Korean leader already has a restaurant in Holland and is hoping to branch out and build diplomatic ties with European cities\n\nMore.\n", ""},
		{"short sentence", "Meet 19-year-old Jess Smith.\n\n18 years is a long time.\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.title {
				t.Errorf("Title = %q, want %q", a.Title, c.title)
			}
			if c.title == "" && (len(a.Sentences) == 0 || a.Sentences[0].Span.Start != 0) {
				t.Errorf("the first line should be body text; sentences = %v", a.Sentences)
			}
		})
	}
}

func TestParseTitledKeepsAnyFirstLine(t *testing.T) {
	a, err := ParseTitled([]byte("A claim that reads like a sentence, and is long, and ends with a full stop.\n\nBody text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title == "" || len(a.Sentences) != 1 {
		t.Errorf("Title = %q, sentences = %d", a.Title, len(a.Sentences))
	}
}

// TestCaptionsAndFurnitureAreNotBody: captions, credits, link lists,
// follow prompts, editors' notes, pull-quotes and lists go to Extras.
func TestCaptionsAndFurnitureAreNotBody(t *testing.T) {
	cases := []struct{ name, line string }{
		{"credit then caption", "Getty   Tasty: Kim is a fan of dog meat soup"},
		{"agency then caption", "Reuters   Hungry dictator: Kim looking at fast food"},
		{"caption ending in a credit", "Wanted: the group's chief, who has a $10 million price on his head, delivers a sermon. Photo: AP"},
		{"caption credit in brackets", "[Image via screengrab]"},
		{"view full image", "View Full Image"},
		{"editor's note", "EDIT: This story has been updated to add a statement."},
		{"follow prompt", "Follow Chuck on Twitter"},
		{"follow prompt with handle", "—— >> Follow Evan McMurry (@evanmcmurry) on Twitter"},
		{"related links run together", "RelatedApple Watch features were ditched as executives struggledLG targets Apple"},
		{"a long list of related links run together", "RelatedApple Watch features were ditched as executives struggled to define its smartwatch purposeLG targets Apple Watch with premium, all-metal Urbane smartwatchApple installing safes in-store to protect gold Watch EditionApple Watch release date is before the end of April, says its chief executiveImpressed by Apple Watch, a Swiss watchmaker looks to Silicon Valley for smartwatch help"},
		{"related links set apart by bars", "Related: Norvell Pulse 2 sales slide as cheaper rivals close in | Is Norvell about to ditch its own app store? | Leaked memo hints at delay for Norvell smartwatch"},
		{"click here", "USING A MOBILE DEVICE? CLICK HERE TO SEE THE VIDEO."},
		{"editors' initials", "bw/jm (AFP, dpa)"},
		{"a picture's caption", "Ana Ruiz pictured at the club's summer party in June"},
		{"video prompt", "WATCH:"},
		{"HTML entity residue", "&amp;amp;amp;nbsp;"},
		{"player script", "OO.ready(function() { OO.Player.create('player', 'abc'); });"},
		{"no-script notice", "Please enable Javascript to watch."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n\n" + c.line + "\n\nIt moved north later.\n"
			a, err := Parse([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range a.Sentences {
				if s.Text == c.line || len(a.Sentences) != 2 {
					t.Fatalf("%q read as body: sentences %q", c.line, sentenceTexts(a))
				}
			}
			for _, b := range a.Blocks {
				if b.Kind == Heading && strings.Contains(b.Text, c.line) {
					t.Fatalf("%q read as a heading", c.line)
				}
			}
		})
	}
	// Near misses: article text that only resembles furniture.
	for _, line := range []string{
		"Reuters reported that the talks had failed.",
		"The photo: a man in a hood, taken in 2011, was shared widely.",
		"Related talks will follow next week.",
		"Ana Ruiz, pictured at the party in June, said she would stay.",
	} {
		a, err := Parse([]byte("Storm hits the coast\n\nThe storm hit the coast on Monday.\n\n" + line + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(sentenceTexts(a), line) {
			t.Errorf("%q was dropped: sentences %q", line, sentenceTexts(a))
		}
	}
}

func TestPullQuoteAndListAreNotBody(t *testing.T) {
	text := "Menu fun\n\nThe chef said the menu would change every week from now on.\n\n" +
		"the menu would change every week from now on\n\nSTARTERS\n\nDespotted shrimps\n\nRoast peasant\n\nA last sentence.\n"
	a, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := sentenceTexts(a)
	want := []string{"The chef said the menu would change every week from now on.", "A last sentence."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	if len(a.Headings()) != 0 {
		t.Errorf("list items read as headings: %v", a.Headings())
	}
}

func TestSingleLineBreaksBetweenParagraphs(t *testing.T) {
	text := "First paragraph ends here.\nSecond paragraph ends here.\nThird one, too.\nFourth.\n"
	a, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.Paragraphs()); n != 4 {
		t.Errorf("%d paragraphs, want 4", n)
	}
	wrapped := "Title here\n\nThis paragraph is wrapped at a fixed width so that its\nlines end in the middle of a sentence. As hard-wrapped\ntext does.\n"
	a, err = Parse([]byte(wrapped))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.Paragraphs()); n != 1 {
		t.Errorf("hard-wrapped text: %d paragraphs, want 1", n)
	}
	// Long lines, a caption and a subheading between them with no full
	// stop: pasted paragraphs all the same, not one wrapped paragraph
	// (a subheading read into the next sentence made "Shekau claims no
	// ceasefire The new video emerges …" one claim).
	pasted := "The militant group is reportedly holding a German hostage who was kidnapped in July from a town in the north.\n" +
		"Violence and more kidnappings have overshadowed talks on the release of more than two hundred schoolgirls\n" +
		"Leader claims no ceasefire\n" +
		"The new video emerges as violence continues to cast doubt over ceasefire talks between the government and the group.\n" +
		"The government says talks are taking place to secure the release of the schoolgirls whose abduction caused outrage.\n"
	a, err = Parse([]byte(pasted))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Sentences {
		if strings.Contains(s.Text, "ceasefire The new video") {
			t.Errorf("a subheading read into the next sentence: %q", s.Text)
		}
	}
}

func TestAbbreviationsDoNotEndSentences(t *testing.T) {
	text := "Title here\n\nThe officer in Ferguson, Mo. police said it was fine. He paid Rs. 500 for it. Gov. Jerry Brown spoke. " +
		"It is No. 5 on the list. They met in St. Louis. The U.S. The end. " +
		"\"We hold the town,\" Brig. Gen. Karim Haddad told state television.\n"
	a, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"The officer in Ferguson, Mo. police said it was fine.", "He paid Rs. 500 for it.", "Gov. Jerry Brown spoke.",
		"It is No. 5 on the list.", "They met in St. Louis.", "The U.S.", "The end.",
		"\"We hold the town,\" Brig. Gen. Karim Haddad told state television."} // a rank of two words (held-out h30-08)
	if got := sentenceTexts(a); !slices.Equal(got, want) {
		t.Errorf("sentences =\n%q\nwant\n%q", got, want)
	}
}

func sentenceTexts(a *Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestColonDateline(t *testing.T) {
	a, err := Parse([]byte("Wife held in Lebanon\n\nBeirut: The second wife of the group's leader is being questioned, officials said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != "Beirut" {
		t.Errorf("Dateline = %q, want Beirut", a.Dateline)
	}
}

// A subheading pasted with a single line break before its paragraph is a
// subheading, not the start of the paragraph's first sentence.
func TestSubheadingOnTheLineBeforeItsParagraph(t *testing.T) {
	a, err := Parse([]byte("King visits troops\n\nThe king met soldiers on Wednesday.\n\nKing not flying missions\nMeanwhile, a government official on Thursday told reporters that the king was not flying missions himself.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h := a.Headings(); len(h) != 1 || h[0].Text != "King not flying missions" {
		t.Errorf("headings %+v; want the one subheading", h)
	}
	if last := a.Sentences[len(a.Sentences)-1].Text; last[:9] != "Meanwhile" {
		t.Errorf("last sentence %q; want it to start at Meanwhile", last)
	}
}
