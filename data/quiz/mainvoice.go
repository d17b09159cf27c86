package quiz

// "Whose words does the article report most?" A story told mostly
// through one person gives mostly their side, however many paragraphs it
// runs to; noticing whose voice fills it is a careful reader's first
// question of it. Asked where one person's words clearly outnumber
// everyone else's, with other people the article names as wrong options,
// in the articles that quote one person only, where no who-question can
// be asked.

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/facts"
)

// mainVoiceKind marks the question about whose words fill an article.
const mainVoiceKind facts.Kind = "main-voice"

// Dominance: the main voice's statements number at least minMainVoice,
// and at least mainVoiceLead times anyone else's.
const (
	minMainVoice  = 3
	mainVoiceLead = 3
)

// mainVoice asks whose words the article reports most, when one person's
// clearly do.
func (g *generator) mainVoice() {
	if g.namedSpeakers() >= 2 {
		// Who-questions ask about each speaker's words, a sharper test;
		// this one would take one of their answers (one answer a quiz).
		return
	}
	main, count, others, ok := g.dominantSpeaker()
	if !ok {
		return
	}
	names, ok := g.askableNames(main)
	if !ok || !looksLikePerson(g.canonicalSpeaker(names)) {
		return // a body ("Vivendi") has spokespeople: whose words, then?
	}
	name := g.canonicalSpeaker(names)
	if g.inHeadline(name) && !g.creditedByHeadline(name) {
		return // "Beckham rules out management move": the story's subject, its voice at a glance (round 62)
	}
	choices := g.peopleOptions([]string{name}, name)
	if len(choices) < 3 {
		return
	}
	prompt := "Whose words does the article report most, in quotations or in reported speech?"
	q := Question{Kind: Choice, Prompt: prompt, Answer: name, Accepted: []string{name},
		Choices: shuffled(choices, prompt), Distractors: choices[1:], Sentence: main.Sentence, Difficulty: 1,
		score: 70,
		Explanation: fmt.Sprintf("%s's: the article reports at least %d things %s said, %s. A story told mostly through one person gives mostly their side.",
			name, count, name, othersSaid(others)),
		Reason: "whose side a story gives"}
	// About the whole article, not its first statement's sentence: it
	// takes no sentence's place from a question about that sentence.
	q.key, q.order = "main-voice", g.a.Sentences[main.Sentence].Span.Start
	g.add(q, facts.Fact{Kind: mainVoiceKind, Subject: name})
}

// dominantSpeaker returns the first statement of the person whose
// statements clearly outnumber everyone else's, how many they are, and
// the most anyone else has.
// Only statements whose speaker is certain count.
func (g *generator) dominantSpeaker() (main facts.Fact, count, others int, ok bool) {
	var firsts []facts.Fact
	counts := map[int]int{}
	for _, f := range g.an.Facts {
		if f.Kind != facts.Statement || genericSpeaker(f.Subject) || f.Resolved {
			continue // "he says" paragraphs on may be someone else (a video's speaker after a friend's words)
		}
		k := -1
		for i, o := range firsts {
			if sameSpeaker(o, f) {
				k = i
				break
			}
		}
		if k < 0 {
			firsts = append(firsts, f)
			k = len(firsts) - 1
		}
		counts[k]++
	}
	best, second := -1, 0
	for k := range firsts {
		switch {
		case best < 0 || counts[k] > counts[best]:
			if best >= 0 {
				second = max(second, counts[best])
			}
			best = k
		default:
			second = max(second, counts[k])
		}
	}
	if best < 0 || counts[best] < minMainVoice || counts[best] < mainVoiceLead*second {
		return facts.Fact{}, 0, 0, false
	}
	main = firsts[best]
	if !g.clean(main) || !g.fillsReportedSpeech(main) {
		return facts.Fact{}, 0, 0, false
	}
	return main, counts[best], second, true
}

// othersSaid says how often anyone else is reported, at most.
func othersSaid(n int) string {
	switch n {
	case 0:
		return "and no one else's by name"
	case 1:
		return "and no one else's by name more than once"
	}
	return fmt.Sprintf("and no one else's by name more than %d times", n)
}

// fillsReportedSpeech reports whether main's words are at least half of
// the sentences that report anyone's: quotations, speech verbs, unnamed
// sources. A transcript or a string of "officials said" the statements
// do not credit to a name would otherwise be outvoted unseen.
func (g *generator) fillsReportedSpeech(main facts.Fact) bool {
	mine := map[int]bool{}
	for _, f := range g.an.Facts {
		if f.Kind == facts.Statement && sameSpeaker(main, f) {
			mine[f.Sentence] = true
		}
	}
	speech, ours := 0, 0
	inQuote := false
	for i, s := range g.a.Sentences {
		if i > 0 && g.a.Sentences[i-1].Block != s.Block {
			inQuote = false
		}
		speaks := anyWord(g.wordSet(i), speechWords)
		// Their quotation going on, within a paragraph or opening the
		// next one with nobody else named as its speaker.
		continued := i > 0 && mine[i-1] && (inQuote || opensQuote.MatchString(s.Text) && !speaks)
		inQuote = quoteOpenAfter(s.Text, inQuote)
		if continued {
			mine[i] = true
		}
		if !strings.ContainsAny(s.Text, "\"“”") && !speaks {
			continue
		}
		speech++
		if mine[i] {
			ours++
		}
	}
	return speech > 0 && 2*ours >= speech
}

// quoteOpenAfter reports whether a quotation is still open at the end of
// text, given whether one was open at its start: curly marks open and
// close, straight ones toggle.
func quoteOpenAfter(text string, open bool) bool {
	for _, r := range text {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

// askableNames returns the names of f's speaker a question may show:
// a person's or body's name, not a pronoun or a fragment.
func (g *generator) askableNames(f facts.Fact) ([]string, bool) {
	names := withoutPostNominals(withoutLeadingTitles(speakerNames(f)))
	if len(names) == 0 || !cleanActor(names[0]) {
		return nil, false
	}
	return names, true
}

// opensQuote finds a sentence that is a quotation from its first word.
var opensQuote = lazyre.New(`^\s*["“]`)

// canonicalSpeaker folds the forms of one person's name into one key:
// "Taylor" and "Shelley Taylor" are one speaker, shown in full.
func (g *generator) canonicalSpeaker(names []string) string {
	best := names[0]
	for _, n := range names {
		if looksLikePerson(n) && len(n) > len(best) && strings.HasSuffix(n, " "+best) {
			best = n
		}
	}
	return best
}
