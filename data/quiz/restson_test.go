package quiz

import (
	"slices"
	"strings"
	"testing"
)

// Each wording reads its example and not its near miss.
func TestCitedReports(t *testing.T) {
	for _, table := range []struct {
		wordings []wording
		read     func(string) (chainRead, bool)
	}{{citedReports, readCitedReport}, {postedClaims, readPost}} {
		for _, c := range table.wordings {
			t.Run(c.name, func(t *testing.T) {
				if !anyWord(lowerWordSet(c.example), chainWords) {
					t.Errorf("example %q has none of the words the wordings run on", c.example)
				}
				if got, ok := table.read(c.example); !ok || got.outlet == "" || got.cited == "" || got.claim == "" {
					t.Errorf("example %q read as %+v, %v", c.example, got, ok)
				}
				if got, ok := table.read(c.nearMiss); ok {
					t.Errorf("near miss %q read as %+v", c.nearMiss, got)
				}
			})
		}
	}
}

// "What does this claim rest on?" is asked where a sentence passes on
// another outlet's report and says whom it cites; the key says whether
// that source is named. A claim that leans on a pronoun, or a source the
// words do not settle, is not asked.
func TestRestsOn(t *testing.T) {
	const head = "Singer to quit band\n\nFans of the band Velvet Static were left reeling on Monday after reports that its singer, Kaylee Monroe, would leave.\n\n"
	for _, c := range []struct {
		name, sentence, prompt, answer string
	}{
		{"a source not named",
			"The Daily Star reported, citing a source close to the band, that Kaylee Monroe had told producers she would not record a fourth album.",
			"As the article tells it, what does this claim rest on: “Kaylee Monroe had told producers she would not record a fourth album”?",
			restsOnUnnamed},
		{"a source named",
			"Reports in Germany, citing Bild, said Velvet Static had turned down an offer to tour the United States next year.",
			"As the article tells it, what does this claim rest on: “Velvet Static had turned down an offer to tour the United States next year”?",
			restsOnNamed},
		{"the source after the claim",
			"Velvet Static will play its last concert in Dublin in December, the tabloid StarWire reported on Tuesday, citing two people close to the singer.",
			"As the article tells it, what does this claim rest on: “Velvet Static will play its last concert in Dublin in December”?",
			restsOnUnnamed},
		{"an adverb after the outlet",
			"The Daily Mirror later reported, citing an unnamed member of the tour crew, that Kaylee Monroe had collapsed after a concert in Leeds.",
			"As the article tells it, what does this claim rest on: “Kaylee Monroe had collapsed after a concert in Leeds”?",
			restsOnUnnamed},
		{"a source's words in quotation marks",
			"The Sunday Ledger reported, citing “a person close to the discussions”, that Velvet Static had hired a new manager in London.",
			"As the article tells it, what does this claim rest on: “Velvet Static had hired a new manager in London”?",
			restsOnUnnamed},
		{"a claim on what came before",
			"The Daily Star reported, citing a source close to the band, that the two singers had not spoken since the tour ended in May.", "", ""},
		{"a body described, not named",
			"The Daily Mail, citing a local animal shelter, reported that Kaylee Monroe had adopted a dog called Bublik last week.", "", ""},
		{"according to a report by an outlet, citing a source",
			"According to a separate report by a music website, citing two people close to the band, Velvet Static will split after its autumn tour.",
			"As the article tells it, what does this claim rest on: “Velvet Static will split after its autumn tour”?",
			restsOnUnnamed},
		{"a post on social media",
			"A fan who said she was at the hotel wrote on Instagram on Sunday that Kaylee Monroe had checked out two days early.",
			"As the article tells it, what does this claim rest on: “Kaylee Monroe had checked out two days early”?",
			restsOnPost},
		{"a pronoun in the claim",
			"The Daily Star reported, citing a source close to the band, that she had told producers she would not record a fourth album.", "", ""},
		{"no outlet",
			"The singer's manager, citing exhaustion, said that Kaylee Monroe would cancel four concerts in Germany next month.", "", ""},
		{"a source the words do not settle",
			"The Daily Star reported, citing its own research, that Kaylee Monroe had told producers she would not record a fourth album.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			q, ok := askedAtMostOnce(t, head+c.sentence+"\n", eachSentence((*generator).restsOn), c.prompt)
			if ok && (q.Prompt != c.prompt || q.Answer != c.answer || len(q.Choices) != 3 || !slices.Contains(q.Choices, restsOnOwn) ||
				!strings.Contains(q.Explanation, "did not find this out itself") || strings.Contains(q.Explanation, " later,") ||
				c.answer == restsOnPost && !strings.Contains(q.Explanation, "a post on Instagram")) {
				t.Errorf("got %q %q %q\nwant %q %q", q.Prompt, q.Answer, q.Choices, c.prompt, c.answer)
			}
		})
	}
}

// FuzzReadCitedReport holds what a wording reads to the sentence it
// reads.
func FuzzReadCitedReport(f *testing.F) {
	for _, c := range append(slices.Clone(citedReports), postedClaims...) {
		f.Add(c.example)
		f.Add(c.nearMiss)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, ok := readCitedReport(text)
		if ok && (!strings.Contains(text, got.outlet) || !strings.Contains(text, got.cited) || !strings.Contains(text, got.claim)) {
			t.Errorf("read %+v from %q", got, text)
		}
		got, ok = readPost(text)
		if ok && (!strings.Contains(text, got.outlet) || !strings.Contains(text, got.claim) || got.cited == "") {
			t.Errorf("read post %+v from %q", got, text)
		}
	})
}
