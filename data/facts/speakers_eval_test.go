package facts

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// speakerLabel is one sentence of a held-out article that reports
// someone's words, and who says them, as a reader marked it
// (testdata/heldout-news/speakers.json): the speaker's fullest name, or
// "UNNAMED: " and the article's description of them.
type speakerLabel struct {
	Sentence int    `json:"i"`
	Speaker  string `json:"speaker"`
	Quote    bool   `json:"quote"`
	Also     string `json:"also,omitempty"`
}

// speakerTally counts how the extractor's statements and attributions
// compare with the readers' marks.
type speakerTally struct {
	named, right, wrong, vague, missed int // sentences a reader credits to a named speaker
	unnamed, unnamedAsPerson           int // sentences a reader credits to no one the article names
	unlabelled                         int // statements on sentences no reader marked
}

// Floors on the held-out speaker table (TestSpeakersOnHeldOutNews). A
// named speaker read wrong puts words in someone else's mouth, in a
// fact the teacher reads and in every question on it: the ceiling on
// wrong ones is the figure that matters.
const (
	// 2026-12-04, seventh session, on h7–h17 and h21–h26 (170 articles,
	// 1,898 sentences the readers credit to a named speaker): 1,332 read
	// right and 9 wrong at the session's end. On the 140 articles marked
	// before h15–h17, 663 right and 23 wrong at its start (ec0bc44), 1,116
	// and 6 at its end — a "he said" follows the person the paragraph
	// before his quotation is about, or the sentence before a
	// same-pronoun sentence; a post, a clause or a short description
	// before the name; "But she said"; "said the group's director, X";
	// "“…,” his publicist, X, said"; "resident X, 58, who said"; "X
	// thanked … and said"; descriptions with an age, "whose", "now a …",
	// a number's comma or a capital; a quotation's other sentences, a
	// paragraph that is one quotation, and a quotation over paragraphs
	// credited to a speaker read for certain. Sets marked after some of
	// the rules were written, measured once before their marks were
	// read: h7–h10, 196 → 261 right of 479 (7 → 3 wrong); h11–h14, 192 →
	// 316 of 435 (6 → 7, two errors of a "he" carried through their
	// quotations, mended after); h15–h17, marked after all of them, 148 →
	// 216 of 298 (5 → 3 wrong). Then, reading h15–h17's errors: "…,
	// according to Clare Dunmore, retail analyst at …" credits her and a
	// "she said" after it is hers; a "he said" after "However, a
	// spokesman …, who asked not to be named, rejected that view" names
	// no one: 1,342 right, 8 wrong.
	//
	// 2026-12-05: three more sets, h27–h29 (30 articles), marked by three
	// more blind helpers after every rule above and measured once, no
	// speaker rule changed since: 294 right of 396 named (74 %), 7 wrong,
	// 13 vague, 82 missed — as on h15–h17 (72 %). With them, 200 articles:
	// 1,636 right, 15 wrong of 2,294. Then, reading h27–h29's errors
	// (so a training score from here on): a longer post before the name
	// opens a sentence on its subject ("Liberal Democrat group leader Ann
	// Tully described …"), and the one person a sentence introduces by
	// their trade is the "he" of the quotation after it ("…, led by retired
	// telecoms engineer Alan Brierley"): 1,644 right, 11 wrong. Then the
	// older sets' errors: a name inside the quotation before is not the
	// subject a "she said" follows ("“We want to sell more Thackray
	// beer”"); a speech verb inside a quotation that closes is the
	// speaker's word ("Extraordinary claims need …”"); "Valdemar
	// president Ignacio Ruano" opens on Ruano; a post no job-title list
	// holds ("Labour's agent in the ward, Derek Hollins, dismissed …"):
	// 1,653 right, 6 wrong.
	//
	// 2026-12-05, later: h30 (10 articles, written after every rule
	// above) marked by a blind helper and measured once: 102 right of
	// 150 named (68 %), none wrong, 10 vague, 38 missed; of 78 sentences
	// whose speaker the article does not name, none given a person. With
	// them, 210 articles: 1,755 right, 6 wrong of 2,444. Then "Brig. Gen."
	// no longer ends a sentence (h30-08, its marks renumbered): 1,756
	// right, 6 wrong of 2,443. Then, reading h30's misses (a training
	// score): a quotation its credited sentence opens and leaves open
	// ("X said: “We understand … . / Our officers are talking …”") goes
	// on in the sentences after it — 1,785 right, 6 wrong, no more
	// statements on unmarked sentences. And "…, the club said." is the
	// club's, as "The club said …" is: 1,786 right, 6 wrong (four more
	// read as a body's kind, vague, where they were missed). And a post
	// before "X described … and said …": 1,788 right, 6 wrong. And a
	// "He believes …" whose only "said" is passive ("are said to have
	// released") is no unnamed speaker before a "he said": 1,789. And a
	// quotation paragraph whose first sentence is short ("“It's
	// unacceptable. I'm going to …”") is the speaker's before it: 1,791;
	// a quotation runs on to a short last sentence ("That's it.”"): 1,793;
	// the speaker's own quotation running on does not count toward how
	// far back a "he said" may reach: 1,794, 6 wrong. A body named by its
	// kind with a word before it ("The defence ministry denied …", "the
	// sheriff's office says"), and trusts, charities, offices, banks and
	// airlines among the kinds: 1,803 right, 6 wrong. A post of something
	// before its holder ("Chairman of governors Derek Sallis said …"):
	// 1,810. A quotation, then "X was quoted as saying", or its speaker
	// and what they are before the verb ("…,” Gillian Roper, whose
	// great-grandfather was the ship's engineer, wrote"): 1,822.
	floorSpeakersRight = 1822
	ceilSpeakersWrong  = 6
)

// TestSpeakersOnHeldOutNews reads every held-out article a reader marked
// for who says what (h7–h17 and h21–h30: 210 articles, marked by
// helpers who never saw Lede's rules) and compares the speakers of the extracted
// statements and attributions with the marks:
//
//	go test ./data/facts -run TestSpeakersOnHeldOutNews -v
//
// A statement is right when its speaker shares a word with the marked
// name (its title aside), vague when it names the speaker only by kind
// ("The company"), wrong otherwise; a marked sentence with no statement
// is missed. A sentence whose speaker the article does not name is
// wrong only when a person's name is given for it.
func TestSpeakersOnHeldOutNews(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/heldout-news/speakers.json")
	if err != nil {
		t.Fatal(err)
	}
	var marks map[string][]speakerLabel
	if err := json.Unmarshal(raw, &marks); err != nil {
		t.Fatalf("speakers.json: %v", err)
	}
	names := make([]string, 0, len(marks))
	for n := range marks {
		names = append(names, n)
	}
	sort.Strings(names)
	var all speakerTally
	for _, name := range names {
		text, err := os.ReadFile("../../testdata/heldout-news/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Read(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, line := range tallySpeakers(&all, a, Extract(a), marks[name]) {
			if testing.Verbose() {
				t.Logf("  %s %s", name, line)
			}
		}
	}
	t.Logf("named %d: right %d, wrong %d, vague %d, missed %d; unnamed %d: given a person %d; statements on unmarked sentences %d",
		all.named, all.right, all.wrong, all.vague, all.missed, all.unnamed, all.unnamedAsPerson, all.unlabelled)
	if all.right < floorSpeakersRight {
		t.Errorf("%d named speakers read right; the floor is %d", all.right, floorSpeakersRight)
	}
	if all.wrong > ceilSpeakersWrong {
		t.Errorf("%d named speakers read wrong; the ceiling is %d", all.wrong, ceilSpeakersWrong)
	}
}

// tallySpeakers adds one article's comparison to t and returns a line
// for each sentence read wrong, vaguely or not at all.
func tallySpeakers(t *speakerTally, a *article.Article, an *Analysis, marks []speakerLabel) []string {
	said := map[int][]string{}
	for _, f := range an.Facts {
		if f.Kind == Statement || f.Kind == Attribution {
			said[f.Sentence] = append(said[f.Sentence], f.Subject)
		}
	}
	var lines []string
	marked := map[int]bool{}
	for _, m := range marks {
		marked[m.Sentence] = true
		got := said[m.Sentence]
		if rest, ok := strings.CutPrefix(m.Speaker, "UNNAMED:"); ok {
			t.unnamed++
			for _, s := range got {
				if LooksLikePerson(stripTitles(s)) && !sameSpeaker(s, rest) {
					t.unnamedAsPerson++
					lines = append(lines, fmt.Sprintf("[%d] unnamed (%s) given to %q", m.Sentence, strings.TrimSpace(rest), s))
					break
				}
			}
			continue
		}
		t.named++
		switch verdict := speakerVerdict(got, m); verdict {
		case "right":
			t.right++
		case "missed":
			t.missed++
			lines = append(lines, fmt.Sprintf("[%d] missed %q", m.Sentence, m.Speaker))
		case "vague":
			t.vague++
			lines = append(lines, fmt.Sprintf("[%d] vague %q for %q", m.Sentence, got, m.Speaker))
		default:
			t.wrong++
			lines = append(lines, fmt.Sprintf("[%d] WRONG %q for %q", m.Sentence, got, m.Speaker))
		}
	}
	for i := range said {
		if !marked[i] && i >= 0 && i < len(a.Sentences) {
			t.unlabelled++
		}
	}
	return lines
}

// speakerVerdict judges the speakers read on a marked sentence.
func speakerVerdict(got []string, m speakerLabel) string {
	if len(got) == 0 {
		return "missed"
	}
	vague := false
	for _, s := range got {
		if sameSpeaker(s, m.Speaker) || m.Also != "" && sameSpeaker(s, m.Also) {
			return "right"
		}
		vague = vague || orgSpeaker.MatchString(s) || pronouns[s] || describedOnly(s)
	}
	if vague {
		return "vague"
	}
	return "wrong"
}

// sameSpeaker reports whether a speaker read and a marked one share a
// word that is not a title or an article ("Mr Greaves", "Martin Greaves").
func sameSpeaker(read, marked string) bool {
	words := func(s string) map[string]bool {
		set := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(stripTitles(s))) {
			w = strings.Trim(w, ",.'’\"“”()")
			if w != "" && !speakerFiller[w] {
				set[w] = true
			}
		}
		return set
	}
	if len(read) >= 2 && strings.ToUpper(read) == read && initials(marked) == read {
		return true // "RFU" for "the Rugby Football Union"
	}
	theirs := words(marked)
	for w := range words(read) {
		if theirs[w] {
			return true
		}
	}
	return false
}

// describedOnly reports whether a speaker read is a description, not a
// name: "the paper", "a report in a Seoul newspaper on Monday", "his
// publicist".
func describedOnly(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return first == "a" || first == "an" || first == "the" || first == "his" || first == "her" || first == "its" || first == "their"
}

// initials are the capitals of a name's words: "Rugby Football Union"
// gives "RFU".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(w)[0]; r >= 'A' && r <= 'Z' && w != "The" {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// speakerFiller are words two different speakers' names may share.
var speakerFiller = map[string]bool{"the": true, "a": true, "an": true, "of": true, "for": true, "and": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "mr": true, "mrs": true, "ms": true, "dr": true}
